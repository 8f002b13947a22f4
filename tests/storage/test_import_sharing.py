"""ImportStands on shared booths: rows join a booth with places left, with their parts of the
front, locked where the booth is; a full booth refuses the sheet; a shared booth round-trips."""

from __future__ import annotations

from pathlib import Path

import pytest

from boothmanager.domain.sheets import ImportRefused, RowProblemKind, Sheet, SheetRow, read_sheet
from boothmanager.domain.sheets import stand_table, write_table
from boothmanager.operations import (
    Assign,
    History,
    ImportStands,
    LockPlacement,
    RemoveStand,
    SetCapacity,
    SplitFrontage,
)
from boothmanager.storage import Database

HEADERS = ("Organisation", "Projekt", "Stand", "Frontanteil")


def sheet(*rows: tuple[object, ...]) -> Sheet:
    return Sheet(headers=HEADERS, rows=tuple(SheetRow(n, r) for n, r in enumerate(rows, 2)))


def test_rows_share_a_booth_with_places_left_with_their_parts(demo_db: Database) -> None:
    demo_db.run(SetCapacity(booth="S4", capacity=2))
    history = History(demo_db.run)
    history.do(ImportStands(sheet=sheet(("Verein A", "Eins", "S4", "1,2"),
                                        ("Verein B", "Zwei", "S4", "1,8"))))
    booth = demo_db.load().booth("S4")
    names = [demo_db.load().stand(i).organisation for i in booth.stand_ids]
    assert names == ["Verein A", "Verein B"]
    assert [s.frontage_mm for s in booth.shares] == [1_200, 1_800]
    history.undo()
    assert demo_db.load().booth("S4").shares == ()
    assert len(demo_db.load().stands) == 5


def test_a_row_joining_a_locked_booth_is_locked_too(demo_db: Database) -> None:
    demo_db.run(SetCapacity(booth="S1", capacity=2))
    demo_db.run(LockPlacement(booth="S1"))
    demo_db.run(ImportStands(sheet=sheet(("Verein A", "Eins", "S1", None))))
    booth = demo_db.load().booth("S1")
    assert len(booth.shares) == 2 and booth.locked


def test_a_full_booth_refuses_the_whole_sheet(demo_path: Path) -> None:
    db = Database.open(demo_path)
    try:
        db.run(SetCapacity(booth="S1", capacity=2))
        before = db.load()
        with pytest.raises(ImportRefused) as refused:
            db.run(ImportStands(sheet=sheet(("Verein A", "Eins", "S4", None),
                                            ("Verein B", "Zwei", "S1", None),
                                            ("Verein C", "Drei", "S1", None))))
        assert [(p.row, p.kind) for p in refused.value.problems] == [
            (4, RowProblemKind.BOOTH_FULL)]
        assert db.load() == before
    finally:
        db.close()
    reopened = Database.open(demo_path)
    try:
        assert reopened.load() == before  # nothing reached the file
    finally:
        reopened.close()


def test_an_exported_shared_booth_imports_as_it_was(demo_db: Database, tmp_path: Path) -> None:
    demo_db.run(SetCapacity(booth="S1", capacity=2))
    demo_db.run(Assign(booth="S1", stand_id=4, share=True))
    demo_db.run(SplitFrontage(booth="S1", frontages=(1_000, 2_000)))
    out = tmp_path / "stands.xlsx"
    write_table(out, stand_table(demo_db.load()))
    for stand in demo_db.load().stands:  # the same event, its stands gone: import them again
        assert stand.id is not None
        demo_db.run(RemoveStand(stand_id=stand.id))
    demo_db.run(ImportStands(sheet=read_sheet(out)))
    event = demo_db.load()
    booth = event.booth("S1")
    assert [event.stand(i).name for i in booth.stand_ids] == [
        "IKOE – Interkulturelle Orientierung und Öffnung",
        "Projekt 4 (Sachsen-Anhalt) – Name folgt"]
    assert [s.frontage_mm for s in booth.shares] == [1_000, 2_000]
    assert [len(b.shares) for b in event.booths] == [2, 1, 1, 0, 0]
