"""Staff pieces: a pack per stand into a folder, and the set-up pick list with its totals."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from print_support import PRIVATE, PT_PER_MM, WORLD, PdfProbe
from pypdf import PdfReader

from boothmanager.domain import Amenity, Booth, Event, Rect, Stand
from boothmanager.signage import Piece, PrintCancelled, UnsuitableOutput, print_piece
from boothmanager.signage.picklist import CHAIRS, pick

SETUP = datetime(2020, 9, 20, 14, 30)
TEARDOWN = datetime(2020, 9, 22, 17, 0)


def stand(**fields: object) -> Stand:
    return Stand("Auslandsgesellschaft Sachsen-Anhalt e.V.", "IKOE", **{**PRIVATE, **fields})


def test_one_pack_per_stand_into_a_folder(build_event, probe: PdfProbe, tmp_path: Path) -> None:
    out = tmp_path / "packs"
    printed = print_piece(Piece.PACKS, build_event(*WORLD), out, contact="Leitstand: 0345 999")
    files = sorted(out.iterdir())
    assert [f.name for f in files] == sorted(f"Ausstellerinformation-S{n}.pdf"
                                             for n in range(1, 7))
    assert set(printed.files) == set(files)
    assert printed.pages == 6 == printed.booths
    for path in files:
        reader = PdfReader(path)
        assert len(reader.pages) == 1
        box = reader.pages[0].mediabox
        assert (round(float(box.width) / PT_PER_MM), round(float(box.height) / PT_PER_MM)) == (
            210, 297)
    first = probe.squeeze("".join(probe.texts(out / "Ausstellerinformation-S1.pdf")))
    for part in ("StandS1", "IKOE–InterkulturelleOrientierung", "Leitstand:0345999",
                 "AnsprechpartnervorOrt", "Aufbau:wirdnochmitgeteilt"):
        assert part in first, part


def test_a_pack_says_times_needs_and_the_exhibitors_own_data_never_the_notes(
        build_event, probe: PdfProbe, tmp_path: Path) -> None:
    event = build_event(("S1", stand(needs=frozenset({Amenity.POWER, Amenity.PINBOARD}),
                                     table_length_mm=2_400, staff_count=3, setup_at=SETUP,
                                     teardown_at=TEARDOWN)))
    out = tmp_path / "packs"
    print_piece(Piece.PACKS, event, out)
    text = probe.squeeze("".join(probe.texts(out / "Ausstellerinformation-S1.pdf")))
    for part in ("Aufbau:So20.09.2020,14:30Uhr", "Abbau:Di22.09.2020,17:00Uhr", "Strom",
                 "Pinnwand", "Tischlänge2,40m", "PersonenamStand:3",
                 "erika.mustermann@example.org", "03451234567", "NameundTelefon:"):
        assert part in text, part
    assert "zahlt" not in text  # the organisers' notes stay theirs
    english = tmp_path / "en"
    print_piece(Piece.PACKS, event, english, lang="en")
    text = probe.squeeze("".join(probe.texts(english / "Exhibitor-S1.pdf")))
    assert "Set-up:Sun2020-09-20,14:30" in text and "Whomtocallonsite" in text


def test_packs_refuse_a_file_and_leave_no_half_folder(build_event, tmp_path: Path) -> None:
    event = build_event(*WORLD[:2])
    notes = tmp_path / "notes.txt"
    notes.write_text("keep", encoding="utf-8")
    with pytest.raises(UnsuitableOutput, match="is a file"):
        print_piece(Piece.PACKS, event, notes)
    out = tmp_path / "packs"
    out.mkdir()
    (out / "Ausstellerinformation-S2.pdf").write_text("not a pdf", encoding="utf-8")
    with pytest.raises(UnsuitableOutput, match="not a PDF"):
        print_piece(Piece.PACKS, event, out)
    assert [p.name for p in out.iterdir()] == ["Ausstellerinformation-S2.pdf"]
    assert notes.read_text(encoding="utf-8") == "keep"


def test_cancelling_packs_writes_none(build_event, tmp_path: Path) -> None:
    out = tmp_path / "packs"
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 2

    with pytest.raises(PrintCancelled):
        print_piece(Piece.PACKS, build_event(*WORLD), out, progress=progress)
    assert seen == [(0, 6), (1, 6), (2, 6)]
    assert list(out.iterdir()) == []


def test_pick_counts_follow_needs_table_length_and_staff() -> None:
    booth = Booth("S1", "EG", Rect(0, 0, 3_000, 2_000), amenities=frozenset({Amenity.TABLE}))
    assert pick(booth, None).tables == 1 and pick(booth, None).chairs == 0
    item = pick(booth, Stand("", "X", table_length_mm=3_700, staff_count=4,
                             needs=frozenset({Amenity.POWER, Amenity.WATER})))
    assert (item.tables, item.chairs, item.power, item.pinboards) == (3, 4, 1, 0)
    assert item.other == (Amenity.WATER,)
    assert pick(booth, Stand("", "Y")).chairs == CHAIRS


def test_the_pick_list_has_a_row_per_booth_and_the_totals(multilingual: Event, probe: PdfProbe,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "picklist.pdf"
    printed = print_piece(Piece.PICKLIST, multilingual, out)
    texts = probe.texts(out)
    assert printed.pages == len(texts) >= 2
    assert all(f"Seite {n} von {len(texts)}" in text for n, text in enumerate(texts, start=1))
    assert all("Tische" in text and "Stühle" in text for text in texts)  # head on every page
    stands = {s.id: s for s in multilingual.stands}
    items = [pick(b, stands.get(b.stand_id)) for b in multilingual.booths]
    items = [i for i in items if i.stand or i.tables or i.power or i.pinboards or i.other]
    assert printed.booths == len(items)
    totals = [sum(i.tables for i in items), sum(i.chairs for i in items),
              sum(i.power for i in items), sum(i.pinboards for i in items)]
    last = texts[-1].replace("\n", " ")
    assert f"Summe ({len(items)}) {' '.join(map(str, totals))}" in last
    squeezed = probe.squeeze("".join(texts))
    assert "A1" in squeezed and "G200" in squeezed


def test_the_pick_list_may_be_limited_to_booths(build_event, probe: PdfProbe,
                                               tmp_path: Path) -> None:
    out = tmp_path / "picklist.pdf"
    printed = print_piece(Piece.PICKLIST, build_event(*WORLD), out, booths=["S2", "S5"],
                          lang="en")
    text = "".join(probe.texts(out))
    assert printed.booths == 2 and "Set-up pick list" in text and "Total (2)" in text
    assert "S1" not in text.split() and "S2" in text.split()
