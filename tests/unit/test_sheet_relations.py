"""Wishes, allowed zones, near and apart in a stand sheet: read, checked, written back."""

from __future__ import annotations

from dataclasses import replace

from boothmanager.domain import Booth, Rect, Stand
from boothmanager.domain.sheets import RowProblemKind as K
from boothmanager.domain.sheets import Sheet, SheetRow, plan_import, stand_table
from boothmanager.domain.stand import StandWish
from boothmanager.seed import demo_event
from boothmanager.domain import Event

BOOTHS = {n: Booth(n, "EG", Rect(0, k * 3_000, 3_000, 2_000)) for k, n in enumerate(("S1", "S2", "S3"))}
EXISTING = (Stand(organisation="Auslandsgesellschaft", project="IKOE", id=7),)


def sheet(headers: tuple[str, ...], *rows: tuple[object, ...]) -> Sheet:
    return Sheet(headers=headers, rows=tuple(SheetRow(n, r) for n, r in enumerate(rows, 2)))


def test_german_headers_give_wishes_zones_near_and_apart() -> None:
    plan = plan_import(sheet(
        ("Organisation", "Projekt", "Wunschstände", "Wunschzonen", "Zonen", "Nähe zu",
         "Nicht neben"),
        ("Verein A", "Lesen", "S2, S1", "Nord", "Nord; Süd", "Verein B / Schreiben", "IKOE"),
        ("Verein B", "Schreiben", "", "", "", "#7", "")),
        existing=EXISTING, booth_of=BOOTHS.get)
    assert plan.ok, plan.problems
    first, second = plan.rows
    assert first.stand.wishes == (StandWish(booth="S2"), StandWish(booth="S1"),
                                  StandWish(zone="Nord"))
    assert first.stand.zones == {"Nord", "Süd"}
    assert first.near_rows == (3,) and first.stand.near == frozenset()
    assert first.stand.apart == {7}  # the event's stand, by its project alone
    assert second.stand.near == {7} and second.near_rows == ()


def test_english_headers_and_sheet_ids() -> None:
    plan = plan_import(sheet(
        ("id", "organisation", "project", "wished_booths", "near", "apart"),
        (11, "A", "One", "S3", "#12", ""),
        (12, "B", "Two", "", "", "#11"),
        (13, "C", "Three", "", "", "7")), existing=EXISTING, booth_of=BOOTHS.get)
    assert plan.ok, plan.problems
    one, two, three = plan.rows
    assert one.near_rows == (3,) and two.apart_rows == (2,)
    assert three.stand.apart == {7}  # no row has ID 7: the event's stand 7
    assert one.stand.wishes == (StandWish(booth="S3"),)


def test_bad_references_are_row_problems_with_the_header() -> None:
    plan = plan_import(sheet(
        ("Organisation", "Projekt", "Wunschstände", "Nähe zu", "Nicht neben"),
        ("A", "Eins", "S9", "", ""),                     # no booth S9
        ("B", "Zwei", "", "Niemand", ""),                # names no stand
        ("C", "Drei", "", "C / Drei", ""),               # itself
        ("D", "Vier", "", "Zwei", "Zwei"),               # near and apart at once
        ("E", "Gleich", "", "", ""),
        ("F", "Gleich", "", "Gleich", ""),               # ambiguous: rows 6 and 7 (itself)
        ("G", "Sieben", "", "A / Eins", "")),            # names a row with problems
        booth_of=BOOTHS.get)
    found = {(p.row, p.kind, p.field, p.header): p.reason for p in plan.problems}
    assert (2, K.UNKNOWN_BOOTH, "wished_booths", "Wunschstände") in found
    assert found[(3, K.INVALID, "near", "Nähe zu")] == "names no stand"
    assert found[(4, K.INVALID, "near", "Nähe zu")] == "names this row's own stand"
    assert found[(5, K.INVALID, "apart", "Nicht neben")] == "names a stand also named as near"
    assert found[(7, K.INVALID, "near", "Nähe zu")].startswith("names 2 stands (row 6, row 7)")
    assert found[(8, K.INVALID, "near", "Nähe zu")] == "names row 2, which has problems"
    assert [r.row for r in plan.rows] == [6]
    assert [p.row for p in plan.problems] == sorted(p.row for p in plan.problems)
    assert "row 3: Nähe zu 'Niemand': names no stand" in [p.describe() for p in plan.problems]


def test_export_writes_them_and_an_import_reads_them_back() -> None:
    create = demo_event()
    event = Event(info=create.info, venue=create.venue, booths=create.booths,
                  stands=create.stands)
    stands = list(event.stands)
    stands[0] = replace(stands[0], wishes=(StandWish(booth="S5"), StandWish(zone="Nord")),
                        zones=frozenset({"Nord", "Ost"}), near=frozenset({2}),
                        apart=frozenset({3, 4}))
    event = replace(event, stands=tuple(stands))
    for lang in ("de", "en"):
        headers, rows = stand_table(event, lang=lang)
        cells = dict(zip(headers, rows[0], strict=True))
        wished = "Wunschstände" if lang == "de" else "wished_booths"
        near = "Nähe zu" if lang == "de" else "near"
        assert cells[wished] == "S5"
        assert cells["Zonen" if lang == "de" else "zones"] == "Nord, Ost"
        assert cells[near] == f"{stands[1].organisation} / {stands[1].project}"
        assert cells["Nicht neben" if lang == "de" else "apart"].count(";") == 1
        text_rows = [tuple("" if v is None else v for v in r) for r in rows]
        plan = plan_import(Sheet(headers=headers, rows=tuple(
            SheetRow(n, r) for n, r in enumerate(text_rows, 2))), booth_of=None)
        assert plan.ok, plan.problems
        back = plan.rows[0]
        assert back.stand.wishes == stands[0].wishes and back.stand.zones == stands[0].zones
        assert back.near_rows == (3,) and back.apart_rows == (4, 5)


def test_an_import_links_near_and_apart_to_the_new_stands(demo_db) -> None:  # noqa: ANN001
    from boothmanager.operations import History, ImportStands

    history = History(demo_db.run)
    history.do(ImportStands(sheet=sheet(
        ("Organisation", "Projekt", "Wunschstände", "Nähe zu", "Nicht neben"),
        ("Neu A", "Alpha", "S5, S4", "Neu B / Beta", "IKOE – Interkulturelle Orientierung und Öffnung"),
        ("Neu B", "Beta", "", "#1", "Neu A"))))
    event = demo_db.load()
    alpha = next(s for s in event.stands if s.project == "Alpha")
    beta = next(s for s in event.stands if s.project == "Beta")
    assert alpha.wishes == (StandWish(booth="S5"), StandWish(booth="S4"))
    assert alpha.near == {beta.id} and alpha.apart == {1}
    assert beta.near == {1} and beta.apart == {alpha.id}
    history.undo()
    assert {s.project for s in demo_db.load().stands}.isdisjoint({"Alpha", "Beta"})
