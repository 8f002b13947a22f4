"""Fixtures for sign tests: events built through operations, and readers for the PDFs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader

from boothmanager.domain import Booth, Event, EventInfo, Rect, Stand
from boothmanager.operations import AddBooth, AddStand, Assign
from boothmanager.seed import blank_event
from boothmanager.storage import Database

PT_PER_MM = 72 / 25.4

BUKO = EventInfo(name="BuKo 2020", starts=date(2020, 9, 21), ends=date(2020, 9, 22),
                 marketplace="Markt der Möglichkeiten")

EventBuilder = Callable[..., Event]


@pytest.fixture
def build_event(empty_db: Database) -> EventBuilder:
    """Build BuKo 2020 in a fresh file: booths in order, each with its stand or None (free).

    Keyword arguments change the event's facts, e.g. `website="https://…"`.
    """

    def build(*booths: tuple[str, Stand | None], **facts: object) -> Event:
        info = replace(BUKO, **facts)
        empty_db.run(replace(blank_event(info.name), info=info))
        for i, (number, stand) in enumerate(booths):
            empty_db.run(AddBooth(booth=Booth(number=number, level="EG",
                                              rect=Rect(1_000 + 3_000 * i, 1_000, 3_000, 2_000))))
            if stand is not None:
                stand_id = next(iter(empty_db.run(AddStand(stand=stand)).stands))
                empty_db.run(Assign(booth=number, stand_id=stand_id))
        return empty_db.load()

    return build


@dataclass(frozen=True)
class Glyph:
    """A drawn character and its ink box in mm, x from the left, y up from the bottom."""

    char: str
    left: float
    bottom: float
    right: float
    top: float


class PdfProbe:
    """Reads back what a sign PDF says, where it draws it, and what its QR codes hold."""

    @staticmethod
    def squeeze(text: str) -> str:
        """Text with all white space removed: line breaks on a sign do not change what it says."""
        return re.sub(r"\s+", "", text)

    @staticmethod
    def texts(path: Path) -> list[str]:
        return [page.extract_text() for page in PdfReader(path).pages]

    @staticmethod
    def glyphs(path: Path, index: int) -> list[Glyph]:
        """Every drawn (non-space) character of one page with its tight box, via PDFium."""
        pdf = pdfium.PdfDocument(path)
        try:
            textpage = pdf[index].get_textpage()
            count = textpage.count_chars()
            text = textpage.get_text_range(0, count)
            assert len(text) == count
            glyphs = []
            for i, char in enumerate(text):
                if char.isspace():
                    continue
                char = "-" if char == "\ufffe" else char  # PDFium's name for a hyphen at a break
                left, bottom, right, top = textpage.get_charbox(i)
                glyphs.append(Glyph(char, left / PT_PER_MM, bottom / PT_PER_MM,
                                    right / PT_PER_MM, top / PT_PER_MM))
            return glyphs
        finally:
            pdf.close()

    @staticmethod
    def qr_texts(path: Path, index: int, *, scale: float = 2.0) -> list[str]:
        """What the QR codes on one page decode to, read from a rendering of the page."""
        pdf = pdfium.PdfDocument(path)
        try:
            image = pdf[index].render(scale=scale).to_pil()
        finally:
            pdf.close()
        return [result.text for result in zxingcpp.read_barcodes(image)]


@pytest.fixture
def probe() -> PdfProbe:
    return PdfProbe()
