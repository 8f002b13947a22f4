"""The import dialog's logic without a screen: file, worksheet, mapping, memory, checked rows."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from boothmanager.domain import Event
from boothmanager.domain.sheets import Column, RowProblemKind, SheetProblemKind
from boothmanager.gui.import_session import DictMemory, ImportSession, headers_key
from boothmanager.seed import demo_event

HEADERS = ("Name", "Projekt", "E-Mail", "Thema", "Stand")
THEME = "Strukturorientierte Integrationsarbeit"
ROWS = [
    ("Verein A", "Lesepaten", "a@example.org", THEME, "S4"),  # 2: fine
    ("Verein B", "Sprachcafé", "b@", THEME, None),  # 3: bad e-mail
    (None, None, "c@example.org", None, None),  # 4: no name
    ("Auslandsgesellschaft Sachsen-Anhalt e.V.",  # 5: stand 1 of the demo
     "IKOE – Interkulturelle Orientierung und Öffnung", None, THEME, None),
    ("Verein C", "Nähwerkstatt", None, "Strukturorientierte Integrationsarbiet", None),  # 6
    ("Verein D", "Stadtteilmütter", None, None, "S9"),  # 7: no such booth
    (None, None, None, None, None),  # 8: blank, skipped
    ("Verein E", "Chor", None, None, None),  # 9: fine
]


def event() -> Event:
    create = demo_event()
    return Event(info=create.info, venue=create.venue, booths=create.booths, stands=create.stands)


def workbook(path: Path, headers: tuple[str, ...] = HEADERS, rows: list[tuple] = ROWS,
             *, cover: bool = False) -> Path:
    book = Workbook()
    sheet = book.active
    if cover:
        sheet.title = "Deckblatt"
        sheet.append(("Bitte die Stände im zweiten Blatt eintragen",))
        sheet = book.create_sheet("Stände")
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_known_headers_are_mapped_and_others_left_out(tmp_path: Path) -> None:
    session = ImportSession()
    assert session.load(workbook(tmp_path / "s.xlsx"))
    assert [session.choice(i) for i in range(5)] == [
        None, Column.PROJECT, Column.EMAIL, Column.THEME, Column.BOOTH]
    assert session.mapping() == {"Name": None, "Projekt": "project", "E-Mail": "email",
                                 "Thema": "theme", "Stand": "booth"}
    assert not session.remembered


def test_every_row_gets_its_problems_with_the_sheets_row_number(tmp_path: Path) -> None:
    session = ImportSession()
    session.load(workbook(tmp_path / "s.xlsx"))
    session.choose(0, Column.ORGANISATION)
    check = session.check(event())
    assert [row.row for row in check.rows] == [2, 3, 4, 5, 6, 7, 9]  # the blank row 8 is skipped
    kinds = {row.row: [p.kind for p in row.problems] for row in check.rows}
    assert kinds == {2: [], 3: [RowProblemKind.BAD_EMAIL], 4: [RowProblemKind.MISSING_NAME],
                     5: [RowProblemKind.DUPLICATE_EXISTING], 6: [],
                     7: [RowProblemKind.UNKNOWN_BOOTH], 9: []}
    (note,) = check.rows[4].notes
    assert (note.row, note.like, note.existing) == (6, THEME, True)
    assert (check.valid_count, check.problem_count, check.importable) == (3, 4, True)


def test_the_import_takes_the_valid_rows_only_when_some_are_bad(tmp_path: Path) -> None:
    session = ImportSession()
    session.load(workbook(tmp_path / "s.xlsx"))
    session.choose(0, Column.ORGANISATION)
    operation = session.operation(event())
    assert operation is not None and operation.valid_only
    assert dict(operation.mapping or ())["Name"] == "organisation"
    good = ImportSession()
    good.load(workbook(tmp_path / "good.xlsx", rows=[ROWS[0], ROWS[-1]]))
    all_rows = good.operation(event())
    assert all_rows is not None and not all_rows.valid_only  # all rows or none


def test_strict_themes_make_an_unknown_theme_a_problem(tmp_path: Path) -> None:
    session = ImportSession()
    session.load(workbook(tmp_path / "s.xlsx"))
    session.strict_themes = True
    row6 = next(row for row in session.check(event()).rows if row.row == 6)
    assert [p.kind for p in row6.problems] == [RowProblemKind.UNKNOWN_THEME]


def test_a_mapping_is_remembered_by_header_names_in_any_order(tmp_path: Path) -> None:
    memory = DictMemory()
    first = ImportSession(memory)
    first.load(workbook(tmp_path / "a.xlsx"))
    first.choose(0, Column.ORGANISATION)
    first.choose(3, None)
    shuffled = ("stand", "THEMA", "name", "projekt", "e_mail")
    second = ImportSession(memory)
    second.load(workbook(tmp_path / "b.xlsx", shuffled, []))
    assert second.remembered
    assert second.mapping() == {"stand": "booth", "THEMA": None, "name": "organisation",
                                "projekt": "project", "e_mail": "email"}
    other = ImportSession(memory)
    other.load(workbook(tmp_path / "c.xlsx", (*HEADERS, "Kommentar"), []))
    assert not other.remembered and other.choice(0) is None
    assert headers_key(HEADERS) == headers_key(shuffled) != headers_key((*HEADERS, "Kommentar"))


def test_a_mapping_that_cannot_work_is_a_sheet_problem(tmp_path: Path) -> None:
    session = ImportSession()
    session.load(workbook(tmp_path / "s.xlsx"))
    session.choose(0, Column.PROJECT)  # "Projekt" is the project already
    check = session.check(event())
    assert [p.kind for p in check.sheet_problems] == [SheetProblemKind.DUPLICATE_FIELD]
    assert not check.importable and session.operation(event()) is None
    assert len(check.rows) == 7  # the rows are still shown


def test_a_broken_file_says_why_and_offers_nothing(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    session = ImportSession()
    assert not session.load(path)
    assert [p.kind for p in session.failure] == [SheetProblemKind.UNREADABLE]
    assert session.columns() == () and not session.check(event()).importable
    assert session.operation(event()) is None


def test_a_worksheet_is_chosen_by_name(tmp_path: Path) -> None:
    path = workbook(tmp_path / "two.xlsx", cover=True)
    session = ImportSession()
    assert session.load(path)  # the first (active) worksheet has a header too
    assert session.worksheets == ("Deckblatt", "Stände") and session.worksheet == "Deckblatt"
    assert session.check(event()).sheet_problems  # no name column there
    assert session.load(path, "Stände")
    assert session.worksheet == "Stände" and len(session.check(event()).rows) == 7
