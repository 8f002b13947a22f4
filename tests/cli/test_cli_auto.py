"""`assign FILE --auto`: the proposal in words and as JSON, --dry-run, and the usage rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import Cli, add_stand, load

from boothmanager.domain import Amenity, Stand


def file_bytes(path: Path) -> dict[str, bytes]:
    """The event file and its SQLite companions, byte for byte."""
    return {p.name: p.read_bytes() for p in sorted(path.parent.glob(path.name + "*"))}


def test_auto_places_the_waiting_stands_and_says_why(cli: Cli, demo_path: Path) -> None:
    result = cli("assign", demo_path, "--auto")
    assert result.code == 0 and result.err == ""
    lines = result.out.splitlines()
    assert lines[0] == "automatic assignment: 5 of 5 stands placed"
    assert lines[2].split() == ["booth", "stand", "from", "points", "why"]
    s1 = next(line for line in lines if line.startswith("S1 "))
    assert "IKOE" in s1 and "kept; fits" in s1
    s4 = next(line for line in lines if line.startswith("S4 "))
    assert "4 Projekt 4" in s4 and " -  " in s4 and "placed; fits" in s4
    assert "objective 30 points (waste 30), bound 30, gap 0 (optimal)" in result.out
    assert lines[-1] == "applied 2 changes as one step"
    assert {b.number: b.stand_id for b in load(demo_path).booths} == {
        "S1": 1, "S2": 2, "S3": 3, "S4": 4, "S5": 5}
    again = cli("assign", demo_path, "--auto")
    assert again.out.splitlines()[-1] == "no changes: every stand is where the proposal puts it"


def test_dry_run_changes_nothing(cli: Cli, demo_path: Path) -> None:
    before = file_bytes(demo_path)
    result = cli("assign", demo_path, "--auto", "--dry-run")
    assert result.code == 0
    assert result.out.splitlines()[-1] == "dry run: 2 changes proposed, nothing changed"
    assert file_bytes(demo_path) == before
    as_json = cli("assign", demo_path, "--auto", "--dry-run", "--json")
    assert json.loads(as_json.out)["applied"] is False
    assert file_bytes(demo_path) == before


def test_json_has_the_documented_shape(cli: Cli, demo_path: Path) -> None:
    add_stand(demo_path, Stand(organisation="Verein", project="Strom", contact="geheim@example.org",
                               needs=frozenset({Amenity.POWER})))
    result = cli("assign", demo_path, "--auto", "--json")
    assert result.code == 0
    data = json.loads(result.out)
    assert list(data) == ["applied", "stands", "placed", "objective", "bound", "gap", "terms",
                          "changes", "placements", "unplaced"]
    assert (data["applied"], data["stands"], data["placed"]) == (True, 6, 5)
    assert data["objective"] == data["bound"] == 30 and data["gap"] == 0
    assert list(data["terms"]) == ["wish", "waste", "move", "displace", "near", "apart", "theme"]
    assert data["changes"] == [{"stand_id": 4, "from": None, "to": "S4"},
                               {"stand_id": 5, "from": None, "to": "S5"}]
    s4 = data["placements"][3]
    assert list(s4) == ["booth", "stand_id", "stand", "from", "locked", "points", "costs",
                        "reasons", "why"]
    assert (s4["booth"], s4["stand_id"], s4["from"], s4["locked"], s4["points"]) == (
        "S4", 4, None, False, 6)
    assert s4["costs"] == [{"kind": "waste", "points": 6, "other": None}]
    assert s4["reasons"][0] == {"kind": "fits", "needs": [], "min_area_mm2": None,
                                "area_mm2": 6_000_000}
    assert s4["reasons"][1]["kind"] == "theme" and s4["reasons"][1]["neighbours"] == [3, 5]
    (unplaced,) = data["unplaced"]
    assert unplaced == {
        "stand_id": 6, "stand": "Strom", "from": None,
        "blocker": {"kind": "no_free_booth_with_needs", "needs": ["power"], "lacking": ["power"],
                    "zones": []},
        "why": "needs power; no free booth has it"}
    assert "geheim" not in result.out


def test_unplaced_stands_are_listed_with_the_blocking_rule(cli: Cli, demo_path: Path) -> None:
    add_stand(demo_path, Stand(organisation="Verein", project="Sechs"))
    result = cli("assign", demo_path, "--auto", "--dry-run")
    assert "automatic assignment: 5 of 6 stands placed" in result.out
    lines = result.out.split("stands without a booth:\n")[1].splitlines()
    # Stands 1-3 keep their booths; one of the three others must wait (a tie, broken the same
    # way every time).
    assert lines[0] == "  6 Sechs  6 stands compete for 5 booths that fit them (S1, S2, S3, S4, S5)"


@pytest.mark.parametrize("words", [
    pytest.param(["S1", "1", "--auto"], id="auto-with-booth-and-stand"),
    pytest.param(["S1", "--auto"], id="auto-with-booth"),
    pytest.param([], id="neither"),
    pytest.param(["S1", "1", "--dry-run"], id="dry-run-without-auto"),
    pytest.param(["S1", "1", "--json"], id="json-without-auto"),
])
def test_wrong_usage_changes_nothing(cli: Cli, demo_path: Path, words: list[str]) -> None:
    before = file_bytes(demo_path)
    result = cli("assign", demo_path, *words)
    assert result.code == 2 and result.out == ""
    assert "usage: boothmanager assign" in result.err and "error:" in result.err
    assert file_bytes(demo_path) == before


def test_auto_on_a_file_that_is_not_an_event(cli: Cli, text_file: Path) -> None:
    cli("assign", text_file, "--auto").user_error(str(text_file))


def test_help_names_both_forms(cli: Cli) -> None:
    helped = cli("assign", "--help")
    assert helped.code == 0
    assert "FILE BOOTH STAND" in helped.out and "FILE --auto [--dry-run] [--json]" in helped.out
