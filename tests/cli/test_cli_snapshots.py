"""`snapshot`, `snapshots` and `diff`: output, defaults, exit codes, and no private value shown."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from cli_support import Cli, load

from boothmanager.domain import Stand
from boothmanager.operations import (
    AddStand,
    Assign,
    ChangeStandStatus,
    MoveBooth,
    Operation,
    RemoveBooth,
    RemoveStand,
    Unassign,
    UpdateStand,
)
from boothmanager.storage import Database

SECRETS = {"contact": "GEHEIM-kontakt", "contact_name": "GEHEIM Erika",
           "email": "geheim@example.org", "phone": "+49 0000 GEHEIM", "notes": "GEHEIM-notiz"}


def run(path: Path, *operations: Operation) -> None:
    db = Database.open(path)
    try:
        for operation in operations:
            db.run(operation)
    finally:
        db.close()


def test_snapshot_is_taken_and_listed(cli: Cli, demo_path: Path) -> None:
    before = load(demo_path)
    result = cli("snapshot", demo_path, "--name", "vor der Sitzung", "--note", "für das BMI")
    assert (result.code, result.err) == (0, "")
    assert result.out == "snapshot 'vor der Sitzung': taken (5 booths, 3 with a stand; 5 stands)\n"
    cli("snapshot", demo_path, "--name", "v2")
    assert load(demo_path) == before  # a snapshot changes nothing of the event
    listing = cli("snapshots", demo_path)
    assert listing.code == 0
    header, first, second = listing.out.splitlines()
    assert header.split() == ["name", "taken", "by", "note"]
    assert re.fullmatch(r"vor der Sitzung  \d{4}-\d\d-\d\d \d\d:\d\d  \S*\s+für das BMI", first)
    assert second.startswith("v2 ")


def test_no_snapshots_yet(cli: Cli, demo_path: Path) -> None:
    assert cli("snapshots", demo_path).out == "no snapshots yet\n"
    cli("diff", demo_path).user_error(f"{demo_path}: no snapshots yet", "take a snapshot first")


def test_a_name_twice_is_refused_and_the_first_stays(cli: Cli, demo_path: Path) -> None:
    cli("snapshot", demo_path, "--name", "v1", "--note", "erste")
    cli("snapshot", demo_path, "--name", "v1", "--note", "zweite").user_error(
        "'v1'", "exists already")
    assert "erste" in cli("snapshots", demo_path).out
    cli("snapshot", demo_path, "--name", " ").user_error("snapshot name")
    assert cli("snapshot", demo_path).code == 2  # --name is required: wrong usage


@pytest.mark.parametrize("command", [("snapshot", "--name", "v1"), ("snapshots",), ("diff",)])
def test_files_that_are_no_event_files(cli: Cli, text_file: Path, missing_file: Path,
                                       command: tuple[str, ...]) -> None:
    cli(command[0], text_file, *command[1:]).user_error(f"{text_file}: not a boothmanager")
    cli(command[0], missing_file, *command[1:]).user_error(f"{missing_file}: no such file")
    assert not missing_file.exists()


def test_diff_from_the_newest_snapshot_to_now_grouped_by_kind(cli: Cli, demo_path: Path) -> None:
    cli("snapshot", demo_path, "--name", "v1")
    run(demo_path, Assign(booth="S4", stand_id=4), Unassign(booth="S1"),
        Assign(booth="S5", stand_id=2), MoveBooth(number="S3", x=30_000, y=9_000),
        ChangeStandStatus(stand_id=4, status="accepted"),
        UpdateStand(stand_id=3, changes={"project": "Drei", "min_area_mm2": 6_000_000}),
        AddStand(stand=Stand(organisation="Neu e.V.", project="")), RemoveBooth(number="S1"))
    result = cli("diff", demo_path)
    assert (result.code, result.err) == (0, "")
    lines = result.out.splitlines()
    assert re.fullmatch(r"from snapshot 'v1' \(\d{4}-\d\d-\d\d \d\d:\d\d, \S*\) to now: "
                        r"11 changes", lines[0])
    assert lines[1:] == [
        "booths removed (1):",
        "  S1  2.00 × 3.00 m at Foyer (EG), 34.00, 3.00 m",
        "booths moved (1):",
        "  S3  34.00, 9.00 m → 30.00, 9.00 m (Foyer (EG))",
        "open sides changed (3):",
        "  S2  west → north, south, west",
        "  S3  west → north, east, south, west",
        "  S4  west → south, west",
        "stands added (1):",
        "  6  Neu e.V.  applied",
        "stand records changed (1):",
        "  3  Drei  project 'Projekt 3 (Sachsen-Anhalt) – Name folgt' → 'Drei'; "
        "min_area_mm2 none → 6.00 m²",
        "status changes (1):",
        "  4  Projekt 4 (Sachsen-Anhalt) – Name folgt  applied → accepted",
        "assignments made (1):",
        "  S4  4  Projekt 4 (Sachsen-Anhalt) – Name folgt",
        "stands moved to another booth (1):",
        "  S2 → S5  2  Projekt 2 (Sachsen-Anhalt) – Name folgt",
        "assignments removed (1):",
        "  S1  1  IKOE – Interkulturelle Orientierung und Öffnung",
    ]


def test_diff_between_snapshots_and_its_defaults(cli: Cli, demo_path: Path) -> None:
    cli("snapshot", demo_path, "--name", "v1")
    run(demo_path, Assign(booth="S4", stand_id=4))
    cli("snapshot", demo_path, "--name", "v2")
    run(demo_path, Unassign(booth="S1"))
    since_v2 = cli("diff", demo_path).out.splitlines()  # from the newest: v2
    assert since_v2[0].startswith("from snapshot 'v2'") and since_v2[1:] == [
        "assignments removed (1):", "  S1  1  IKOE – Interkulturelle Orientierung und Öffnung"]
    for argv in (("--to", "v2"), ("--from", "v1", "--to", "v2")):  # --to alone: from the one before
        lines = cli("diff", demo_path, *argv).out.splitlines()
        assert lines[0].startswith("from snapshot 'v1'") and " to snapshot 'v2' " in lines[0]
        assert lines[1:] == ["assignments made (1):",
                             "  S4  4  Projekt 4 (Sachsen-Anhalt) – Name folgt"]
    assert cli("diff", demo_path, "--from", "v1").out.count("(1):") == 2
    same = cli("diff", demo_path, "--from", "v2", "--to", "v2")
    assert same.out.splitlines()[1:] == ["no changes"] and ": 0 changes" in same.out


@pytest.mark.parametrize("argv, fragments", [
    (("--from", "nope"), ("snapshot 'nope'", "no snapshot of that name", "'v1'")),
    (("--to", "nope"), ("snapshot 'nope'",)),
    (("--to", "v1"), ("'v1' is the oldest", "give --from")),
])
def test_diff_refuses_unknown_names(cli: Cli, demo_path: Path, argv: tuple[str, ...],
                                    fragments: tuple[str, ...]) -> None:
    cli("snapshot", demo_path, "--name", "v1")
    cli("diff", demo_path, *argv).user_error(*fragments)
    cli("diff", demo_path, *argv, "--json").user_error(*fragments)


def test_diff_json_has_a_stable_shape(cli: Cli, demo_path: Path) -> None:
    cli("snapshot", demo_path, "--name", "v1", "--note", "erste")
    run(demo_path, MoveBooth(number="S5", x=34_000, y=14_900), Assign(booth="S4", stand_id=4))
    result = cli("diff", demo_path, "--json")
    assert result.code == 0 and result.err == ""
    assert cli("diff", demo_path, "--json").out == result.out
    data = json.loads(result.out)
    assert list(data) == ["format", "from", "to", "count", "changes"]
    assert data["format"] == 1 and data["count"] == len(data["changes"]) == 2
    assert list(data["from"]) == ["snapshot", "taken_at", "who", "note", "sha256"]
    assert (data["from"]["snapshot"], data["from"]["note"]) == ("v1", "erste")
    assert data["from"]["taken_at"].endswith("+00:00")
    assert data["to"]["snapshot"] is None and len(data["to"]["sha256"]) == 64
    assert data["changes"][0] == {
        "kind": "booth_moved", "booth": "S5", "fields": ["y_mm"],
        "from": {"level": "Foyer (EG)", "x_mm": 34_000, "y_mm": 15_000},
        "to": {"level": "Foyer (EG)", "x_mm": 34_000, "y_mm": 14_900}}
    assert data["changes"][1] == {"kind": "assignment_made", "stand_id": 4,
                                  "stand": "Projekt 4 (Sachsen-Anhalt) – Name folgt",
                                  "fields": ["booth"], "from": None, "to": {"booth": "S4"}}
    # "now" has the digest a snapshot taken now gets: a review package can name what it shows.
    cli("snapshot", demo_path, "--name", "v2")
    to_v2 = json.loads(cli("diff", demo_path, "--from", "v1", "--to", "v2", "--json").out)
    assert to_v2["to"]["sha256"] == data["to"]["sha256"]
    assert to_v2["changes"] == data["changes"]


def test_private_values_never_appear_in_a_diff(cli: Cli, demo_path: Path) -> None:
    run(demo_path, UpdateStand(stand_id=1, changes=SECRETS),
        UpdateStand(stand_id=5, changes=SECRETS))
    cli("snapshot", demo_path, "--name", "v1")
    changed = {name: f"neu-{value}" for name, value in SECRETS.items()}
    run(demo_path, UpdateStand(stand_id=1, changes=changed), RemoveStand(stand_id=5),
        AddStand(stand=Stand(organisation="Neu", project="Sieben", **SECRETS)))
    plain, as_json = cli("diff", demo_path), cli("diff", demo_path, "--json")
    for result in (plain, as_json):
        assert result.code == 0
        for secret in SECRETS.values():
            assert secret not in result.out
    assert ("contact changed; contact_name changed; email changed; phone changed; "
            "notes changed") in plain.out
    entry = next(c for c in json.loads(as_json.out)["changes"] if c["kind"] == "stand_changed")
    assert entry["fields"] == list(SECRETS) and entry["from"] == entry["to"] == {}


def test_a_snapshot_altered_in_the_file_is_refused(cli: Cli, demo_path: Path) -> None:
    cli("snapshot", demo_path, "--name", "v1")
    connection = sqlite3.connect(demo_path)
    with connection:
        connection.execute("UPDATE snapshot SET document = replace(document, '34000', '1')")
    connection.close()
    cli("diff", demo_path).user_error("snapshot 'v1' was altered", "SHA-256")


def test_diff_as_a_pdf_lists_the_changes_and_draws_the_plan(cli: Cli, demo_path: Path,
                                                            tmp_path: Path) -> None:
    from pypdf import PdfReader

    cli("snapshot", demo_path, "--name", "v1")
    run(demo_path, MoveBooth(number="S3", x=30_000, y=9_000), Assign(booth="S4", stand_id=4))
    cli("snapshot", demo_path, "--name", "v2")
    run(demo_path, Unassign(booth="S1"))
    before = demo_path.read_bytes()
    out = tmp_path / "changes.pdf"
    result = cli("diff", demo_path, "--from", "v1", "--to", "v2", "--pdf", out, "--lang", "en")
    assert (result.code, result.err) == (0, "")
    assert re.fullmatch(r"wrote the changes from snapshot 'v1' \(.*\) to snapshot 'v2' \(.*\) "
                        r"\(5 changes on 2 pages\) to " + re.escape(str(out)) + "\n", result.out)
    assert demo_path.read_bytes() == before
    pages = PdfReader(out).pages
    first = pages[0].extract_text()
    assert "Changes from v1 to v2" in first and "5 change(s)" in first
    assert "S3\nbefore 34.00 / 9.00 m (Foyer (EG)), after 30.00 / 9.00 m (Foyer (EG))" in first
    assert "Projekt 4 (Sachsen-Anhalt) – Name folgt" in first and "on S4" in first
    assert "IKOE" not in first  # taken off S1 after v2
    assert "Foyer (EG)" in pages[1].extract_text()  # the plan with the changes marked
    german = tmp_path / "aenderungen.pdf"
    assert cli("diff", demo_path, "--pdf", german).code == 0  # from v2 to now, in German
    text = PdfReader(german).pages[0].extract_text()
    assert "Änderungen von v2 bis jetzt" in text and "von S1 genommen" in text


def test_diff_pdf_refusals_leave_every_file_as_it_was(cli: Cli, demo_path: Path,
                                                     tmp_path: Path) -> None:
    cli("snapshot", demo_path, "--name", "v1")
    before = demo_path.read_bytes()
    cli("diff", demo_path, "--pdf", demo_path).user_error(f"{demo_path}: that is the event file")
    notes = tmp_path / "notes.txt"
    notes.write_text("keep me\n", encoding="utf-8")
    cli("diff", demo_path, "--pdf", notes).user_error(f"{notes}: exists and is not a PDF")
    cli("diff", demo_path, "--pdf", tmp_path).user_error(f"{tmp_path}: is a folder")
    cli("diff", demo_path, "--pdf", tmp_path / "no" / "x.pdf").user_error("folder does not exist")
    cli("diff", demo_path, "--from", "nope", "--pdf", tmp_path / "x.pdf").user_error("'nope'")
    assert cli("diff", demo_path, "--json", "--pdf", tmp_path / "x.pdf").code == 2
    assert notes.read_text(encoding="utf-8") == "keep me\n"
    assert demo_path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [demo_path.name, "notes.txt"]
