"""Shared booths in `review export|answer|import|list`, `snapshot` and `diff`: every stand on a
booth is answered on its own and listed with whom it shares the booth."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from cli_support import Cli
from pypdf import PdfReader

from boothmanager.operations import Assign, Operation, SetCapacity, SplitFrontage
from boothmanager.storage import Database

P2 = "Projekt 2 (Sachsen-Anhalt) – Name folgt"
P4 = "Projekt 4 (Sachsen-Anhalt) – Name folgt"


def run(path: Path, *operations: Operation) -> None:
    db = Database.open(path)
    try:
        for operation in operations:
            db.run(operation)
    finally:
        db.close()


def package_parts(package: Path) -> tuple[str, dict[str, object]]:
    """The text of the package's PDF (one line) and its diff."""
    with zipfile.ZipFile(package) as archive:
        pdf = PdfReader(io.BytesIO(archive.read("plan.pdf")))
        diff = json.loads(archive.read("diff.json"))
    return " ".join(" ".join(page.extract_text().split()) for page in pdf.pages), diff


def test_each_stand_on_a_shared_booth_is_answered_and_imported_on_its_own(
        cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    run(demo_path, Assign(booth="S2", stand_id=4, share=True))
    package = tmp_path / "a.boothreview"
    result = cli("review", "export", demo_path, "--out", package)
    assert result.code == 0 and "(5 booths, 2 with a stand" not in result.out
    assert "5 booths, 3 with a stand, 1 of them shared; the first review" in result.out
    text, _ = package_parts(package)
    assert P2 in text and P4 in text
    assert text.count("geteilter Stand: 1,50 m von 3,00 m Front") == 2
    # A stand that is not on the booth, a booth without one, the same stand twice: refused.
    cli("review", "answer", package, "--reviewer", "Anna", "--approve", "S2/5").user_error(
        "booth S2: stand 5 is not on it", "stand 2, 4")
    cli("review", "answer", package, "--reviewer", "Anna", "--approve", "S4").user_error(
        "booth S4: has no stand")
    cli("review", "answer", package, "--reviewer", "Anna", "--approve", "S2",
        "--request", "S2/4:zu schmal").user_error("stand 4 on booth S2 is answered twice")
    before = package.read_bytes()
    cli("review", "answer", package, "--reviewer", "Anna", "--approve", "S9/2").user_error(
        "booth S9/2: the package shows no such booth")
    assert package.read_bytes() == before  # refused answers change nothing
    result = cli("review", "answer", package, "--reviewer", "Anna", "--approve", "S1", "S2/2",
                 "--request", "S2/4:zu schmal")
    assert "(2 approved, 1 change requested" in result.out
    assert cli("review", "import", demo_path, package).code == 0
    items = json.loads(cli("review", "list", demo_path, "--json").out)["items"]
    assert [(i["kind"], i["booth"], i["stand_id"], i["comment"]) for i in items] == [
        ("approve", "S1", 1, ""), ("approve", "S2", 2, ""), ("request_change", "S2", 4,
                                                               "zu schmal")]
    listing = cli("review", "list", demo_path).out
    assert "booth S2 (stand 2)" in listing and "booth S2 (stand 4)" in listing
    # A booth named without a stand: every stand on it gets the answer.
    copy = tmp_path / "b.boothreview"
    copy.write_bytes(before)
    assert cli("review", "answer", copy, "--reviewer", "Bernd", "--approve", "S2").code == 0
    cli("review", "import", demo_path, copy)
    items = json.loads(cli("review", "list", demo_path, "--json").out)["items"]
    assert [(i["booth"], i["stand_id"]) for i in items if i["reviewer"] == "Bernd"] == [
        ("S2", 2), ("S2", 4)]


def test_the_next_package_lists_the_front_split_anew(cli: Cli, demo_path: Path,
                                                     tmp_path: Path) -> None:
    run(demo_path, Assign(booth="S2", stand_id=4, share=True))
    cli("review", "export", demo_path, "--out", tmp_path / "a.boothreview")
    run(demo_path, SplitFrontage(booth="S2", frontages=(2_000, 1_000)))
    second = tmp_path / "b.boothreview"
    assert cli("review", "export", demo_path, "--out", second).code == 0
    text, diff = package_parts(second)
    assert [(c["kind"], c["booth"], c["fields"]) for c in diff["changes"]] == [
        ("shares_changed", "S2", ["frontage"])]
    assert "geteilter Stand: 2,00 m von 3,00 m Front" in text
    assert "geteilter Stand: 1,00 m von 3,00 m Front" in text
    assert "entlang der Front:" in text and "2,00 m" in text


def test_snapshot_and_diff_show_who_shares_a_booth(cli: Cli, demo_path: Path,
                                                   tmp_path: Path) -> None:
    assert cli("snapshot", demo_path, "--name", "v1").code == 0
    run(demo_path, Assign(booth="S2", stand_id=4, share=True),
        SplitFrontage(booth="S2", frontages=(2_000, 1_000)), SetCapacity(booth="S4", capacity=3))
    result = cli("snapshot", demo_path, "--name", "v2")
    assert result.out == ("snapshot 'v2': taken (5 booths, 3 with a stand, 1 of them shared; "
                          "5 stands)\n")
    lines = cli("diff", demo_path, "--from", "v1", "--to", "v2").out.splitlines()
    assert lines[1:] == [
        "assignments made (1):",
        f"  S2  4  {P4}  shared with '{P2}'",
        "shared booths changed (2):",
        f"  S2  '{P2}' 3.00 m → '{P2}' 2.00 m, '{P4}' 1.00 m",
        "  S4  room for 1 → 3 stands"]
    data = json.loads(cli("diff", demo_path, "--from", "v1", "--to", "v2", "--json").out)
    assert data["changes"][0]["to"] == {"booth": "S2", "shared_with": [P2], "position": 1,
                                        "frontage_mm": 1_000}
    out = tmp_path / "diff.pdf"
    result = cli("diff", demo_path, "--from", "v1", "--to", "v2", "--pdf", out, "--lang", "en")
    assert result.code == 0, result
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert f"on S2; shared with “{P2}”" in text
    assert "shared booth" in text and "along the front:" in text
    assert "room for 3 exhibitors (was 1)" in text
