"""The import preview in the window says why a row cannot share a booth."""

from __future__ import annotations

from pathlib import Path

from boothmanager.gui.import_preview import PreviewModel
from boothmanager.gui.import_session import ImportSession
from boothmanager.operations import SetCapacity
from boothmanager.storage import Database


def test_the_import_preview_says_why_a_row_cannot_share(demo_db: Database, tmp_path: Path,
                                                         qapp) -> None:  # noqa: ANN001
    demo_db.run(SetCapacity(booth="S1", capacity=2))
    path = tmp_path / "neu.csv"
    path.write_text("Organisation;Projekt;Stand;Frontanteil\nVerein A;Eins;S1;\n"
                    "Verein B;Zwei;S1;\nVerein C;Drei;;1,5\n", encoding="utf-8")
    session = ImportSession()
    assert session.load(path)
    assert session.sheet is not None
    check = session.check(demo_db.load())
    model = PreviewModel()
    model.show(session.sheet.headers, check)
    assert model.problems_text(0) == "OK"  # it shares S1 with stand 1
    assert model.problems_text(1) == ("Stand “S1”: all 2 places on it are taken "
                                      "(stand 1, row 2)")
    assert model.problems_text(2) == ("Frontanteil “1,5”: a share of the front needs a booth in "
                                      "the same row")
    assert check.valid_count == 1 and check.problem_count == 2
