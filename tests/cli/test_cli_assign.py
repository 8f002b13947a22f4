"""`assign` and `unassign`: by id and by exact name, and every way they refuse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import Cli, add_stand, load

from boothmanager.domain import Stand

IKOE = "IKOE – Interkulturelle Orientierung und Öffnung"


def stand_on(path: Path, number: str) -> int | None:
    return load(path).booth(number).stand_id


def test_assign_by_id(cli: Cli, demo_path: Path) -> None:
    result = cli("assign", demo_path, "S4", "4")
    assert result.code == 0 and result.err == ""
    assert result.out == "booth S4: assigned stand 4 'Projekt 4 (Sachsen-Anhalt) – Name folgt'\n"
    assert stand_on(demo_path, "S4") == 4


def test_assign_by_project_name_moves_a_placed_stand(cli: Cli, demo_path: Path) -> None:
    result = cli("assign", demo_path, "S5", IKOE)
    assert result.code == 0
    assert result.out == f"booth S5: assigned stand 1 {IKOE!r} (moved from booth S1)\n"
    assert stand_on(demo_path, "S5") == 1 and stand_on(demo_path, "S1") is None


def test_assign_by_organisation_name(cli: Cli, demo_path: Path) -> None:
    assert cli("assign", demo_path, "S4", "Auslandsgesellschaft Sachsen-Anhalt e.V.").code == 0
    assert stand_on(demo_path, "S4") == 1


def test_assign_a_stand_to_its_own_booth_changes_nothing(cli: Cli, demo_path: Path) -> None:
    result = cli("assign", demo_path, "S1", "1")
    assert result.code == 0
    assert result.out == f"booth S1: stand 1 {IKOE!r} is there already\n"
    assert stand_on(demo_path, "S1") == 1


def test_assign_to_an_occupied_booth_changes_nothing(cli: Cli, demo_path: Path) -> None:
    before = load(demo_path)
    cli("assign", demo_path, "S1", "4").user_error(
        "booth S1 is occupied by", IKOE, "(stand 1)")
    assert load(demo_path) == before


def test_assign_to_an_unknown_booth(cli: Cli, demo_path: Path) -> None:
    before = load(demo_path)
    result = cli("assign", demo_path, "S9", "4")
    result.user_error()
    assert result.err == "boothmanager: booth S9: there is no booth 'S9'\n"
    assert load(demo_path) == before


@pytest.mark.parametrize(("ref", "message"), [
    ("99", "boothmanager: stand 99: there is no stand 99\n"),
    ("9" * 40, f"boothmanager: stand {'9' * 40}: there is no stand {'9' * 40}\n"),
    ("Niemand e.V.", "boothmanager: stand Niemand e.V.: there is no stand 'Niemand e.V.'\n"),
    ("ikoe – interkulturelle orientierung und öffnung",  # exact means exact
     "boothmanager: stand ikoe – interkulturelle orientierung und öffnung: "
     "there is no stand 'ikoe – interkulturelle orientierung und öffnung'\n"),
])
def test_assign_an_unknown_stand(cli: Cli, demo_path: Path, ref: str, message: str) -> None:
    before = load(demo_path)
    result = cli("assign", demo_path, "S4", ref)
    result.user_error()
    assert result.err == message
    assert load(demo_path) == before


def test_a_name_of_several_stands_is_ambiguous(cli: Cli, demo_path: Path) -> None:
    before = load(demo_path)
    cli("assign", demo_path, "S4", "Träger folgt").user_error(
        "stand Träger folgt", "names several stands (ids 2, 3, 4, 5); give the id")
    assert load(demo_path) == before


def test_digits_are_an_id_even_if_a_stand_has_that_name(cli: Cli, demo_path: Path) -> None:
    add_stand(demo_path, Stand(organisation="", project="2020"))
    assert cli("assign", demo_path, "S4", "2020").code == 1
    assert cli("assign", demo_path, "S4", "5").code == 0


def test_unassign(cli: Cli, demo_path: Path) -> None:
    result = cli("unassign", demo_path, "S1")
    assert result.code == 0 and result.err == ""
    assert result.out == f"booth S1: unassigned stand 1 {IKOE!r}; the stand stays in the event\n"
    event = load(demo_path)
    assert event.booth("S1").stand_id is None
    assert event.stand(1).project == IKOE


def test_unassign_a_free_booth(cli: Cli, demo_path: Path) -> None:
    before = load(demo_path)
    result = cli("unassign", demo_path, "S5")
    result.user_error()
    assert result.err == "boothmanager: booth S5 has no stand assigned\n"
    assert load(demo_path) == before


def test_unassign_an_unknown_booth(cli: Cli, demo_path: Path) -> None:
    cli("unassign", demo_path, "S9").user_error("booth S9: there is no booth 'S9'")


STRANGE = "مرحبا <b>Stand</b> & Co.\nzweite Zeile\r\x1b[31mrot\u202eLTR\u2028"


def test_any_text_in_names_stays_on_one_line(cli: Cli, demo_path: Path) -> None:
    stand_id = add_stand(demo_path, Stand(organisation="مؤسسة", project=STRANGE))
    assert cli("assign", demo_path, "S4", STRANGE).code == 0  # found by its exact name
    occupied = cli("assign", demo_path, "S4", "5")
    occupied.user_error("booth S4 is occupied by", "مرحبا <b>Stand</b> & Co.", f"(stand {stand_id})")
    for control in ("\r", "\x1b", "\u202e", "\u2028"):
        assert control not in occupied.err
    table = cli("list", demo_path)
    assert table.code == 0
    rows = [line for line in table.out.splitlines() if line.startswith("S4")]
    assert len(rows) == 1 and "مرحبا" in rows[0] and "\\nzweite Zeile" in rows[0]
    listed = json.loads(cli("list", demo_path, "--json").out)
    assert listed["stands"][-1]["project"] == STRANGE  # JSON keeps the name exactly


def test_a_typed_booth_with_a_line_break_stays_on_one_line(cli: Cli, demo_path: Path) -> None:
    cli("unassign", demo_path, "S\n9\x1b").user_error("booth S\\n9\\x1b: there is no booth")
