"""`review export|answer|import|list`: the round trip, exit codes, refusals, no private data."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from cli_support import Cli

from boothmanager.operations import UpdateStand
from boothmanager.storage import Database

EG = "Foyer (EG)"
SECRETS = {"email": "geheim@example.org", "phone": "+49 0000 424242",
           "contact_name": "GEHEIM Erika", "notes": "GEHEIM-notiz"}


def exported(cli: Cli, event: Path, out: Path) -> Path:
    result = cli("review", "export", event, "--out", out)
    assert (result.code, result.err) == (0, ""), result
    return out


def test_round_trip_export_answer_import_list(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    package = exported(cli, demo_path, tmp_path / "a.boothreview")
    copy = tmp_path / "b.boothreview"
    copy.write_bytes(package.read_bytes())
    result = cli("review", "answer", package, "--reviewer", "Anna BMI", "--approve", "S1", "S3",
                 "--request", "S2:zu eng", "--comment", f"{EG}:1000:2000:Notausgang: frei?",
                 "--verdict", "changes", "--note", "bitte nachbessern")
    assert result.code == 0 and result.out == (
        "review package 'review-1': answered as 'Anna BMI' (2 approved, 1 change requested, "
        "1 pinned comments; verdict changes)\n")
    assert cli("review", "answer", copy, "--reviewer", "Bernd", "--approve", "S2").code == 0
    result = cli("assign", demo_path, "S4", "4")  # the event changes meanwhile
    assert result.code == 0
    result = cli("review", "import", demo_path, package)
    assert result.out == ("review 'review-1' by 'Anna BMI': imported 5 items (3 open; "
                          "1 reviewed an older version)\n")
    assert cli("review", "import", demo_path, copy).code == 0
    listing = cli("review", "list", demo_path)
    lines = listing.out.splitlines()
    assert lines[0].split() == ["id", "state", "kind", "where", "reviewer", "version", "comment"]
    assert len(lines) == 7
    assert "Foyer (EG) at 1000, 2000 mm" in lines[4] and "Notausgang: frei?" in lines[4]
    data = json.loads(cli("review", "list", demo_path, "--json").out)
    assert data["format"] == 1
    assert [(i["kind"], i["booth"], i["reviewer"], i["older_version"]) for i in data["items"]] == [
        ("approve", "S1", "Anna BMI", False), ("approve", "S3", "Anna BMI", False),
        ("request_change", "S2", "Anna BMI", False), ("comment", None, "Anna BMI", False),
        ("verdict", None, "Anna BMI", True), ("approve", "S2", "Bernd", False)]
    second = exported(cli, demo_path, tmp_path / "c.boothreview")
    with zipfile.ZipFile(second) as archive:
        diff = json.loads(archive.read("diff.json"))
    assert diff["since"] == "review-1"
    assert [(c["kind"], c["to"]) for c in diff["changes"]] == [("assignment_made",
                                                                {"booth": "S4"})]


def test_no_private_value_is_ever_in_a_package(cli: Cli, demo_path: Path,
                                               tmp_path: Path) -> None:
    db = Database.open(demo_path)
    db.run(UpdateStand(stand_id=1, changes=SECRETS))
    db.close()
    package = exported(cli, demo_path, tmp_path / "a.boothreview")
    cli("review", "answer", package, "--reviewer", "Anna", "--approve", "S1")
    data = package.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unpacked = b"".join(archive.read(name) for name in archive.namelist())
    for secret in SECRETS.values():
        for form in (secret.encode(), json.dumps(secret).encode()):
            assert form not in data and form not in unpacked, secret


def tampered(package: Path, kind: str) -> bytes:
    data = package.read_bytes()
    if kind == "truncated":
        return data[:len(data) // 2]
    if kind == "random":
        return bytes(range(256)) * 20
    if kind == "empty zip":
        buffer = io.BytesIO()
        zipfile.ZipFile(buffer, "w").close()
        return buffer.getvalue()
    if kind == "empty json":
        return b"{}"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    if kind == "snapshot":
        parts["snapshot.json"] = parts["snapshot.json"].replace(b'"S2"', b'"S9"')
    else:
        seal = json.loads(parts["seal.json"])["seal"]
        parts["seal.json"] = parts["seal.json"].replace(seal.encode(), b"f" * 64)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(("kind", "fragment"), [
    ("snapshot", "the snapshot was changed after export"),
    ("seal", "the seal does not match the content"),
    ("truncated", "truncated or damaged"),
    ("random", "not a review package"),
    ("empty zip", "the zip file is empty"),
    ("empty json", "not a review package"),
])
def test_a_tampered_package_is_refused_and_the_event_file_unchanged(
        cli: Cli, demo_path: Path, tmp_path: Path, kind: str, fragment: str) -> None:
    package = exported(cli, demo_path, tmp_path / "a.boothreview")
    assert cli("review", "answer", package, "--reviewer", "Anna", "--approve", "S1").code == 0
    bad = tmp_path / "bad.boothreview"
    bad.write_bytes(tampered(package, kind))
    before = demo_path.read_bytes()
    cli("review", "import", demo_path, bad).user_error("the review package is refused", fragment)
    assert demo_path.read_bytes() == before
    assert cli("review", "list", demo_path).out == "no review items yet\n"


def test_refusals_and_usage(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    package = exported(cli, demo_path, tmp_path / "a.boothreview")
    before = demo_path.read_bytes()
    cli("review", "import", demo_path, package).user_error("has no answers yet")
    cli("review", "answer", package, "--reviewer", "Anna").user_error("nothing to answer")
    cli("review", "answer", package, "--reviewer", "Anna", "--approve", "S5").user_error(
        "booth S5: has no stand")
    cli("review", "answer", package, "--reviewer", "Anna", "--approve", "S99").user_error(
        "booth S99: the package shows no such booth")
    cli("review", "answer", package, "--reviewer", "Anna", "--comment", "UG:1:2:x").user_error(
        "no level 'UG'")
    assert cli("review", "answer", package, "--reviewer", "Anna", "--request", "S1").code == 2
    assert cli("review", "answer", package, "--reviewer", "A", "--comment", "EG:a:2:x").code == 2
    assert cli("review", "answer", package, "--reviewer", "A", "--verdict", "maybe").code == 2
    assert cli("review", "export", demo_path).code == 2
    assert cli("review").code == 2
    cli("review", "answer", package, "--reviewer", "Anna", "--approve", "S1")
    cli("review", "import", demo_path, package)
    after_import = demo_path.read_bytes()
    assert after_import != before
    cli("review", "import", demo_path, package).user_error("were imported already")
    assert demo_path.read_bytes() == after_import
    cli("review", "answer", package, "--reviewer", "Bernd", "--approve", "S2").user_error(
        "answered by 'Anna' already")
    cli("review", "export", demo_path, "--out", demo_path).user_error("that is the event file")
    text = tmp_path / "notes.txt"
    text.write_text("keep me")
    cli("review", "export", demo_path, "--out", text).user_error("is not a review package")
    assert text.read_text() == "keep me"
    cli("review", "import", demo_path, tmp_path / "none.boothreview").user_error("none.boothreview")


def test_items_are_marked_done_and_open_again(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    package = exported(cli, demo_path, tmp_path / "a.boothreview")
    assert cli("review", "answer", package, "--reviewer", "Anna", "--request", "S2:zu eng").code == 0
    assert cli("review", "import", demo_path, package).code == 0
    (item,) = json.loads(cli("review", "list", demo_path, "--json").out)["items"]
    result = cli("review", "done", demo_path, str(item["id"]))
    assert result.code == 0 and result.out == "marked 1 review item(s) done\n"
    assert json.loads(cli("review", "list", demo_path, "--json").out)["items"][0]["state"] == "done"
    assert cli("review", "done", demo_path, str(item["id"]), "--reopen").code == 0
    assert json.loads(cli("review", "list", demo_path, "--json").out)["items"][0]["state"] == "open"
    before = demo_path.read_bytes()
    cli("review", "done", demo_path, str(item["id"]), "999").user_error("999")
    assert json.loads(cli("review", "list", demo_path, "--json").out)["items"][0]["state"] == "open"
    assert demo_path.read_bytes() == before
