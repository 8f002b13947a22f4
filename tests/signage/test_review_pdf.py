"""The review package's PDF and the printable diff: what they say, the changes marked on the
plan, public data only, refusals; and the package written by export carries it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import numpy
import pypdfium2 as pdfium
import pytest
from print_support import PRIVATE, PdfProbe
from pypdf import PdfReader

from boothmanager.domain import Event, without_private
from boothmanager.domain.diff import Diff, diff_events
from boothmanager.domain.review_package import read_package
from boothmanager.operations import Assign, MoveBooth, UpdateStand
from boothmanager.review_export import export_review
from boothmanager.signage import MissingGlyphs, NothingToPrint
from boothmanager.signage.review_pdf import ReviewFacts, write_diff_pdf, write_review_pdf
from boothmanager.storage import Database

FACTS = ReviewFacts(snapshot="review-2", previous="review-1", created_by="anna",
                    created_at=datetime(2020, 9, 14, 10, 2, tzinfo=UTC))
A4_LANDSCAPE = (842, 595)  # pt, rounded


def changed(db: Database, *, public: bool = True) -> tuple[Event, Diff]:
    """The demo event after S5 moved 4 m west, S4 got stand 4 and stand 3 a new theme and
    contact data; `public`: both sides without private data, as a review package sees them."""
    seen = without_private if public else (lambda event: event)
    old = seen(db.load())
    s5 = db.load().booth("S5")
    db.run(MoveBooth(number="S5", x=s5.rect.x - 4_000, y=s5.rect.y))
    db.run(Assign(booth="S4", stand_id=4))
    db.run(UpdateStand(stand_id=3, changes={"theme": "Bildung", **PRIVATE}))
    new = seen(db.load())
    return new, diff_events(old, new)


def sizes(path: Path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in PdfReader(path).pages]


def orange_share(path: Path, index: int) -> float:
    """How much of a rendered page is the plan's highlight orange."""
    pdf = pdfium.PdfDocument(path)
    try:
        image = pdf[index].render(scale=0.5).to_pil().convert("RGB")
    finally:
        pdf.close()
    pixels = numpy.asarray(image, dtype=int)
    near = (numpy.abs(pixels - (0xff, 0xb7, 0x4d)) < 12).all(axis=2)
    return float(near.mean())


def test_the_package_pdf_shows_plan_assignments_and_the_changes(
        demo_db: Database, tmp_path: Path, probe: PdfProbe) -> None:
    event, diff = changed(demo_db)
    out = tmp_path / "review.pdf"
    assert write_review_pdf(event, out, facts=FACTS, diff=diff, lang="de") == 2
    assert sizes(out) == [A4_LANDSCAPE] * 2
    first, second = probe.texts(out)
    assert "Zur Prüfung: Standplan und Belegung" in first
    assert "Prüfpaket „review-2“, erstellt 14.09.2020 10:02 von anna" in first
    assert "Seit „review-1“ 5 Änderung(en)" in first
    for number in ("S1", "S2", "S3", "S4", "S5", "D1", "E1"):
        assert number in first  # the plan: booths, doors and exits labelled
    assert orange_share(out, 0) > 0.002  # the touched booths S4 and S5 are highlighted
    flat = probe.squeeze(second)
    assert probe.squeeze("IKOE – Interkulturelle Orientierung und Öffnung") in flat
    assert probe.squeeze("Auslandsgesellschaft Sachsen-Anhalt e.V.") in flat
    assert "Änderungen seit „review-1“" in second
    assert probe.squeeze("vorher 34,00 / 15,00 m (Foyer (EG)), nachher 30,00 / 15,00 m") in flat
    assert probe.squeeze("auf S4") in flat and "•" in second
    assert probe.squeeze("Freie Standflächen: S5") in flat
    for value in PRIVATE.values():
        assert value not in first + second


def test_a_first_review_has_no_changes_part_and_english_works(
        demo_db: Database, tmp_path: Path, probe: PdfProbe) -> None:
    out = tmp_path / "first.pdf"
    facts = ReviewFacts(snapshot="review-1")
    assert write_review_pdf(without_private(demo_db.load()), out, facts=facts, lang="en") == 2
    text = " ".join(probe.texts(out))
    assert "For review: floor plan and assignments" in text
    assert "The first review of this event." in text
    assert "Changes since" not in text and "Free booths: S4, S5" in text
    assert orange_share(out, 0) == 0.0  # nothing highlighted


def test_the_printable_diff_lists_every_change_and_draws_the_plan(
        demo_db: Database, tmp_path: Path, probe: PdfProbe) -> None:
    event, diff = changed(demo_db, public=False)  # the planner's own diff names private fields
    out = tmp_path / "diff.pdf"
    assert write_diff_pdf(diff, out, event=event, old="v1", lang="en") == 2
    listing, plan = probe.texts(out)
    assert "Changes from v1 to now" in listing and f"{len(diff)} change(s)" in listing
    for words in ("moved", "open sides", "record changed", "placed", "on S4", "theme"):
        assert words in listing
    assert "email" in listing and "contact" in listing  # private fields are named only
    for value in PRIVATE.values():
        assert value not in listing + plan
    assert "S5" in plan and orange_share(out, 1) > 0.002
    only_stands = Diff(tuple(e for e in diff if e.kind.value == "stand_changed"))
    assert write_diff_pdf(only_stands, tmp_path / "stands.pdf", event=event, old="v1",
                          new="v2") == 1  # no booth touched: no plan page


def test_nothing_assigned_or_unprintable_names_are_refused_and_nothing_written(
        demo_db: Database, tmp_path: Path) -> None:
    event = without_private(demo_db.load())
    empty = replace(event, booths=tuple(replace(b, shares=()) for b in event.booths))
    out = tmp_path / "none.pdf"
    with pytest.raises(NothingToPrint):
        write_review_pdf(empty, out, facts=FACTS)
    demo_db.run(UpdateStand(stand_id=1, changes={"project": "会议 Stand"}))
    with pytest.raises(MissingGlyphs):
        write_review_pdf(without_private(demo_db.load()), out, facts=FACTS)
    assert not out.exists()


def test_exported_packages_carry_the_plan_pdf_with_the_changes_since_the_last(
        demo_db: Database, tmp_path: Path, probe: PdfProbe) -> None:
    export_review(demo_db, tmp_path / "1.boothreview", lang="en")
    demo_db.run(Assign(booth="S4", stand_id=4))
    export_review(demo_db, tmp_path / "2.boothreview", lang="en")
    package = read_package((tmp_path / "2.boothreview").read_bytes())
    assert package.manifest["pdf"] == "plan and assignments"
    (tmp_path / "plan.pdf").write_bytes(package.pdf)
    text = " ".join(probe.texts(tmp_path / "plan.pdf"))
    assert "Review package “review-2”" in text and "Changes since “review-1”" in text
    assert "Projekt 4" in text and "on S4" in text
