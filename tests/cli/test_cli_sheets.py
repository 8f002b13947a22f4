"""`import` and `export`: exit codes, every bad row on stderr, and nothing changed on refusal."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from cli_support import Cli, load

GOOD = "Organisation;Projekt;E-Mail;Fläche;Strom;Stand;Kommentar\n" \
       "Verein A;Eins;a@example.org;12,5;ja;S4;hallo\nVerein B;Zwei;;;;;\n"
BAD = "Organisation;Projekt;E-Mail;Fläche;Stand\n" \
      "Verein A;Eins;a@example.org;12,5;S4\n" \
      "Verein B;Zwei;b@;zwölf;S1\n" \
      ";;;;\n" \
      "verein a;EINS;;;\n" \
      ";;c@example.org;;\n"


def sheet(tmp_path: Path, text: str, name: str = "stands.csv",
          encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_import_a_valid_sheet(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    path = sheet(tmp_path, GOOD, encoding="cp1252")
    result = cli("import", demo_path, path)
    assert (result.code, result.err) == (0, "")
    assert result.out == (f"imported 2 stands from {path} (1 on a booth)\n"
                          "ignored columns: Kommentar\n")
    event = load(demo_path)
    assert [s.name for s in event.stands[5:]] == ["Eins", "Zwei"]
    assert event.booth("S4").stand_id == 6
    assert event.stand(6).min_area_mm2 == 12_500_000


def test_import_refuses_the_whole_sheet_and_names_every_bad_row(cli: Cli, demo_path: Path,
                                                                tmp_path: Path) -> None:
    before = load(demo_path)
    path = sheet(tmp_path, BAD)
    result = cli("import", demo_path, path)
    assert result.code == 1 and result.out == ""
    assert result.err.splitlines() == [
        "row 3: E-Mail 'b@': not an e-mail address",
        "row 3: Fläche 'zwölf': not a number",
        "row 3: Stand 'S1': stand 1 is on it already",
        "row 5: the same stand as row 2",
        "row 6: no organisation and no project",
        f"boothmanager: {path}: 5 problems in 3 rows; nothing was imported",
    ]
    assert load(demo_path) == before


def test_dry_run_checks_and_changes_nothing(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    before = load(demo_path)
    path = sheet(tmp_path, GOOD)
    result = cli("import", demo_path, path, "--dry-run")
    assert result.code == 0
    assert result.out.splitlines()[0] == (f"dry run: 2 stands from {path} would be imported "
                                          "(1 on a booth); nothing changed")
    bad = cli("import", demo_path, sheet(tmp_path, BAD, "bad.csv"), "--dry-run")
    assert bad.code == 1 and bad.err.count("\n") == 6
    assert load(demo_path) == before


def test_a_mapping_inline_or_in_a_file(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    path = sheet(tmp_path, "Name,Vorhaben,Mail\nVerein,Projekt X,x@example.org\n")
    assert cli("import", demo_path, path).code == 1  # nothing names the stand
    mapping = {"Name": "organisation", "Vorhaben": "project", "Mail": "E-Mail"}
    result = cli("import", demo_path, path, "--dry-run", "--mapping", json.dumps(mapping))
    assert result.code == 0, result
    mapping_file = tmp_path / "mapping.json"
    mapping_file.write_text(json.dumps(mapping), encoding="utf-8")
    assert cli("import", demo_path, path, "--mapping", mapping_file).code == 0
    assert load(demo_path).stand(6).email == "x@example.org"


def test_unusable_sheets_and_mappings(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    before = load(demo_path)
    path = sheet(tmp_path, "Name,Kommentar\nVerein,x\n")
    cli("import", demo_path, path).user_error(str(path), "no column names the organisation")
    cli("import", demo_path, path, "--mapping", "{nicht json").user_error("--mapping", "not JSON")
    cli("import", demo_path, path, "--mapping", '["Name"]').user_error("--mapping")
    cli("import", demo_path, path, "--mapping", '{"Name": "colour"}').user_error(
        "the field 'colour', which does not exist")
    cli("import", demo_path, path, "--mapping", '{"Träger": "organisation"}').user_error(
        "the column 'Träger', which the sheet lacks")
    broken = sheet(tmp_path, "", "kaputt.xlsx")
    broken.write_bytes(b"PK\x03\x04" + bytes(50))
    cli("import", demo_path, broken).user_error(str(broken), "cannot be read")
    cli("import", demo_path, tmp_path / "fehlt.csv").user_error("fehlt.csv")
    cli("import", tmp_path / "fehlt.boothplan", path).user_error("fehlt.boothplan")
    assert load(demo_path) == before


def test_export_csv_and_xlsx(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "stands.csv"
    result = cli("export", demo_path, out)
    assert (result.code, result.err) == (0, "")
    assert result.out == f"wrote 5 stands (3 on a booth) to {out}\n"
    assert out.read_text(encoding="utf-8-sig").startswith("ID;Stand;Frontanteil;Organisation;Projekt;")
    xlsx = tmp_path / "stands.xlsx"
    assert cli("export", demo_path, xlsx, "--lang", "en").code == 0
    assert [c.value for c in load_workbook(xlsx).active[1]][:4] == ["id", "booth", "frontage_m",
                                                                 "organisation"]


def test_export_then_import_into_the_same_event_finds_every_stand_there(
        cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "stands.xlsx"
    assert cli("export", demo_path, out).code == 0
    result = cli("import", demo_path, out)
    assert result.code == 1
    assert "row 2: the event has this stand already (stand 1)" in result.err


def test_export_refusals(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    result = cli("export", demo_path, tmp_path / "stands.pdf")
    assert result.code == 2 and "give a file name ending in .csv or .xlsx" in result.err
    folder = tmp_path / "ordner.csv"
    folder.mkdir()
    cli("export", demo_path, folder).user_error(str(folder), "is a folder")
    cli("export", demo_path, tmp_path / "nicht" / "da.csv").user_error("folder does not exist")
    cli("export", tmp_path / "fehlt.boothplan", tmp_path / "a.csv").user_error("fehlt.boothplan")
    odd = tmp_path / "plan.csv"
    odd.write_bytes(demo_path.read_bytes())
    before = odd.read_bytes()
    cli("export", odd, odd).user_error(str(odd), "that is the event file")
    assert odd.read_bytes() == before
