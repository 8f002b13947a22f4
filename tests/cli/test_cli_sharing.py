"""Shared booths on the command line: assign --share, unassign --stand, share, list, export."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from cli_support import Cli, load

IKOE = "IKOE – Interkulturelle Orientierung und Öffnung"
P4 = "Projekt 4 (Sachsen-Anhalt) – Name folgt"


def shares(path: Path, number: str) -> list[tuple[int, int | None]]:
    return [(s.stand_id, s.frontage_mm) for s in load(path).booth(number).shares]


def shared_s1(cli: Cli, path: Path) -> None:
    result = cli("assign", path, "S1", "4", "--share")
    assert result.code == 0, result


def test_assign_share_joins_an_occupied_booth(cli: Cli, demo_path: Path) -> None:
    result = cli("assign", demo_path, "S1", "4", "--share")
    assert (result.code, result.err) == (0, "")
    assert result.out == (f"booth S1: assigned stand 4 {P4!r}, sharing it with stand 1 "
                          f"{IKOE!r}\n")
    assert shares(demo_path, "S1") == [(1, None), (4, None)]


def test_without_share_an_occupied_booth_is_refused_as_before(cli: Cli, demo_path: Path) -> None:
    before = load(demo_path)
    cli("assign", demo_path, "S1", "4").user_error("booth S1 is occupied by", IKOE, "(stand 1)")
    assert load(demo_path) == before


def test_share_and_auto_is_wrong_usage(cli: Cli, demo_path: Path) -> None:
    before = load(demo_path)
    result = cli("assign", demo_path, "--auto", "--share")
    assert result.code == 2 and "--share is for one stand" in result.err
    assert load(demo_path) == before


def test_list_shows_every_stand_of_a_shared_booth_with_its_part(cli: Cli,
                                                                demo_path: Path) -> None:
    shared_s1(cli, demo_path)
    lines = cli("list", demo_path).out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("S1 "))
    assert lines[at].split("  ")[0] == "S1"
    assert "shared 2/2" in lines[at] and lines[at].endswith(f"1 {IKOE} (1.5 m of 3 m)")
    assert lines[at + 1].strip() == f"4 {P4} (1.5 m of 3 m)"
    assert lines[at + 1].index("4 Projekt") == lines[at].index("1 IKOE")  # one column
    assert lines[at + 2].startswith("S2 ")
    assert "stands without a booth:" in lines and f"  4  {P4}" not in lines  # 4 is placed
    data = json.loads(cli("list", demo_path, "--json").out)
    s1 = data["booths"][0]
    assert (s1["stand_id"], s1["capacity"], s1["front_mm"]) == (1, 1, 3000)
    assert s1["shares"] == [{"stand_id": 1, "frontage_mm": 1500},
                            {"stand_id": 4, "frontage_mm": 1500}]
    assert [s["booth"] for s in data["stands"]] == ["S1", "S2", "S3", "S1", None]


def test_share_parts_split_the_front(cli: Cli, demo_path: Path) -> None:
    shared_s1(cli, demo_path)
    result = cli("share", demo_path, "S1", "--parts", "1,2")
    assert (result.code, result.err) == (0, "")
    assert result.out.splitlines() == [
        "booth S1: front 3 m (west side), 2 of 2 places taken",
        f"  1 m  stand 1 {IKOE}",
        f"  2 m  stand 4 {P4}"]
    assert shares(demo_path, "S1") == [(1, 1000), (4, 2000)]
    assert cli("share", demo_path, "S1", "--parts", "1,25; 1,75 m").code == 0  # decimal commas
    assert shares(demo_path, "S1") == [(1, 1250), (4, 1750)]
    assert cli("share", demo_path, "S1", "--parts", "equal").code == 0
    assert shares(demo_path, "S1") == [(1, None), (4, None)]
    assert "1.5 m of 3 m" in cli("list", demo_path).out


def test_share_refuses_bad_parts_naming_the_booth_and_changes_nothing(
        cli: Cli, demo_path: Path) -> None:
    shared_s1(cli, demo_path)
    before = demo_path.read_bytes()
    cases = {
        "1,x": "booth S1: --parts: 'x' is not a length in metres",
        "1.5": "booth S1: 1 part given for 2 stands (stand 1",
        "1,1,1": "booth S1: 3 parts given for 2 stands",
        "1,2.5": "booth S1: the parts add up to 3.5 m, the front is 3 m",
        "2.95,0.05": "booth S1: each stand needs at least 0.1 m of the front",
        "-1,4": "booth S1: --parts: '-1' is not a length in metres",
        "1.0001,1.9999": "booth S1: --parts: '1.0001' is not a length in metres",
    }
    for parts, message in cases.items():
        cli("share", demo_path, "S1", f"--parts={parts}").user_error(message)
        assert demo_path.read_bytes() == before, parts


def test_share_on_a_free_or_unknown_booth(cli: Cli, demo_path: Path) -> None:
    cli("share", demo_path, "S5", "--parts", "3").user_error("booth S5 has no stand assigned")
    cli("share", demo_path, "S9", "--parts", "3").user_error("booth S9: there is no booth 'S9'")


def test_capacity_lets_the_booth_take_more_and_is_checked(cli: Cli, demo_path: Path) -> None:
    result = cli("share", demo_path, "S5", "--capacity", "2")
    assert result.code == 0
    assert result.out == "booth S5: front 3 m (west side), 0 of 2 places taken\n"
    assert load(demo_path).booth("S5").capacity == 2
    assert "free 0/2" in next(line for line in cli("list", demo_path).out.splitlines()
                              if line.startswith("S5"))
    before = demo_path.read_bytes()
    for bad in ("0", "7"):
        cli("share", demo_path, "S5", "--capacity", bad).user_error(
            f"booth S5: --capacity {bad}: a booth takes 1 to 6 stands")
    assert demo_path.read_bytes() == before


def test_capacity_and_parts_at_once_or_not_at_all(cli: Cli, demo_path: Path) -> None:
    shared_s1(cli, demo_path)
    before = demo_path.read_bytes()
    cli("share", demo_path, "S1", "--capacity", "3", "--parts", "1,1").user_error("add up to 2 m")
    assert demo_path.read_bytes() == before  # the capacity did not change either
    assert cli("share", demo_path, "S1", "--capacity", "3", "--parts", "1,2").code == 0
    booth = load(demo_path).booth("S1")
    assert booth.capacity == 3 and [s.frontage_mm for s in booth.shares] == [1000, 2000]


def test_unassign_one_stand_of_a_shared_booth(cli: Cli, demo_path: Path) -> None:
    shared_s1(cli, demo_path)
    result = cli("unassign", demo_path, "S1", "--stand", IKOE)
    assert (result.code, result.err) == (0, "")
    assert result.out == (f"booth S1: unassigned stand 1 {IKOE!r}; the stand stays in the "
                          f"event; still on it: stand 4 {P4!r}\n")
    assert shares(demo_path, "S1") == [(4, None)]


def test_unassign_a_stand_that_is_not_on_the_booth(cli: Cli, demo_path: Path) -> None:
    shared_s1(cli, demo_path)
    before = load(demo_path)
    cli("unassign", demo_path, "S1", "--stand", "2").user_error(
        "booth S1: stand 2 'Projekt 2 (Sachsen-Anhalt) – Name folgt' is not on it",
        f"(it holds stand 1 {IKOE!r}, stand 4 {P4!r})")
    cli("unassign", demo_path, "S5", "--stand", "2").user_error("booth S5 has no stand assigned")
    assert load(demo_path) == before


def test_unassign_without_stand_takes_every_stand_off(cli: Cli, demo_path: Path) -> None:
    shared_s1(cli, demo_path)
    result = cli("unassign", demo_path, "S1")
    assert result.code == 0
    assert result.out == (f"booth S1: unassigned stand 1 {IKOE!r}, stand 4 {P4!r}; "
                          "the stand stays in the event\n")
    assert shares(demo_path, "S1") == []


def test_export_gives_each_sharing_stand_the_booth_and_its_part(cli: Cli, demo_path: Path,
                                                                 tmp_path: Path) -> None:
    shared_s1(cli, demo_path)
    assert cli("share", demo_path, "S1", "--parts", "1.25,1.75").code == 0
    out = tmp_path / "stands.csv"
    result = cli("export", demo_path, out)
    assert result.out == f"wrote 5 stands (4 on a booth) to {out}\n"
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:3] == ["ID", "Stand", "Frontanteil"]
    assert [row[:3] for row in rows[1:]] == [["1", "S1", "1,25"], ["2", "S2", ""],
                                             ["3", "S3", ""], ["4", "S1", "1,75"], ["5", "", ""]]
    english = tmp_path / "stands-en.csv"
    assert cli("export", demo_path, english, "--lang", "en").code == 0
    with english.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["id", "booth", "frontage_m"] and rows[4][:3] == ["4", "S1", "1.75"]


def test_import_shares_a_booth_that_has_places_left(cli: Cli, demo_path: Path,
                                                    tmp_path: Path) -> None:
    assert cli("share", demo_path, "S1", "--capacity", "3").code == 0
    sheet = tmp_path / "neu.csv"
    sheet.write_text("Organisation;Projekt;Stand;Frontanteil\n"
                     "Verein A;Eins;S1;\nVerein B;Zwei;S1;\n", encoding="utf-8")
    result = cli("import", demo_path, sheet)
    assert (result.code, result.err) == (0, "")
    assert result.out == f"imported 2 stands from {sheet} (2 on a booth)\n"
    event = load(demo_path)
    names = [event.stand(i).organisation for i in event.booth("S1").stand_ids]
    assert names == ["Auslandsgesellschaft Sachsen-Anhalt e.V.", "Verein A", "Verein B"]


def test_import_refuses_a_full_booth_naming_who_holds_it(cli: Cli, demo_path: Path,
                                                         tmp_path: Path) -> None:
    assert cli("share", demo_path, "S1", "--capacity", "2").code == 0
    before = demo_path.read_bytes()
    sheet = tmp_path / "neu.csv"
    sheet.write_text("Organisation;Projekt;Stand\nVerein A;Eins;S1\nVerein B;Zwei;S1\n"
                     "Verein C;Drei;S2\n", encoding="utf-8")
    result = cli("import", demo_path, sheet)
    assert result.code == 1 and result.out == ""
    assert result.err.splitlines() == [
        "row 3: Stand 'S1': all 2 places on it are taken (stand 1, row 2)",
        "row 4: Stand 'S2': stand 2 is on it already",
        f"boothmanager: {sheet}: 2 problems in 2 rows; nothing was imported"]
    assert demo_path.read_bytes() == before


def test_share_order_puts_the_stands_in_order_along_the_front(cli: Cli, demo_path: Path) -> None:
    shared_s1(cli, demo_path)
    assert cli("share", demo_path, "S1", "--parts", "1,2").code == 0
    result = cli("share", demo_path, "S1", "--order", "4,1")
    assert (result.code, result.err) == (0, "")
    assert result.out.splitlines()[1:] == [f"  2 m  stand 4 {P4}", f"  1 m  stand 1 {IKOE}"]
    assert shares(demo_path, "S1") == [(4, 2000), (1, 1000)]
    # Order and parts in one step: the parts are given in the new order.
    assert cli("share", demo_path, "S1", "--order", "1,4", "--parts", "0.5,2.5").code == 0
    assert shares(demo_path, "S1") == [(1, 500), (4, 2500)]
    before = demo_path.read_bytes()
    cli("share", demo_path, "S1", "--order", "1").user_error(
        "order of stands 'booth S1': name each stand on it once: stand 1, stand 4")
    cli("share", demo_path, "S1", "--order", "1,2").user_error(
        "booth S1: stand 2 'Projekt 2 (Sachsen-Anhalt) – Name folgt' is not on it")
    assert demo_path.read_bytes() == before
