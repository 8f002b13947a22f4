"""What the print tests share besides fixtures: test events and readers for the PDFs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp
from pypdf import PdfReader

from boothmanager.domain import Stand
from boothmanager.signage.layout import Panel, RowList, SignLayout, TextBox, TextStack

PT_PER_MM = 72 / 25.4

CONTACT = "Erika Mustermann, erika.mustermann@example.org, 0345 1234567"
# The structured contact fields hold the same words, so every "never printed" check covers them.
PRIVATE = {"contact": CONTACT, "contact_name": "Erika Mustermann",
           "email": "erika.mustermann@example.org", "phone": "0345 1234567",
           "notes": "Erika Mustermann zahlt spät"}
ARABIC_PROJECT = "مرحبا بالعالم"  # "hello world": مرحبا is read first, so it stands right
# Stands of the made-up multilingual event: German, Turkish, Ukrainian, Arabic, Greek, mixed.
WORLD = (
    ("S1", Stand("Auslandsgesellschaft Sachsen-Anhalt e.V.",
                 "IKOE – Interkulturelle Orientierung und Öffnung", **PRIVATE)),
    ("S2", Stand("Türkisch-Deutscher Kulturverein Halle e.V.",
                 "Şehir Bahçesi – İstanbul trifft Halle", **PRIVATE)),
    ("S3", Stand("Українська громада Магдебурга", "Київ – Магдебург: мости дружби",
                 **PRIVATE)),
    ("S4", Stand("جمعية الجالية العربية في هاله", ARABIC_PROJECT, **PRIVATE)),
    ("S5", Stand("Ελληνική Κοινότητα Χάλλε", "Καλώς ήρθατε στη Σαξονία-Άνχαλτ")),
    ("S6", Stand("Verein مرحبا بالعالم e.V.", "Straße ẞ <b>Markup</b> & Co")),
)


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


@dataclass(frozen=True)
class Run:
    """A run of text as the PDF draws it: where it starts (mm from the left) and its font."""

    text: str
    x: float
    y: float
    font: str
    size: float
    turned: bool  # drawn upside down (the far face of a table tent)


def runs(path: Path, index: int) -> list[Run]:
    """The text runs of one page, read with pypdf's visitor (text matrix and font)."""
    found: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict | None,
              size: float) -> None:
        if text.strip() and font is not None:
            x = (tm[4] * cm[0] + tm[5] * cm[2] + cm[4]) / PT_PER_MM
            y = (tm[4] * cm[1] + tm[5] * cm[3] + cm[5]) / PT_PER_MM
            turned = tm[0] * cm[0] + tm[1] * cm[2] < 0  # the text's x axis points left
            found.append(Run(text, x, y, str(font["/BaseFont"]), size, turned))

    PdfReader(path).pages[index].extract_text(visitor_text=visit)
    return found


Box = tuple[float, float, float, float]  # left, top, right, bottom in mm from the top-left


def text_boxes(layout: SignLayout) -> list[tuple[str, Box]]:
    """Every text box of a layout in page coordinates, panels turned as they are printed;
    a stack is one box named after its fields, a row list one box per cell."""
    found: list[tuple[str, Box]] = []

    def visit(elements: tuple, dx: int, dy: int, width: int, height: int,
              turned: bool) -> None:
        def place(name: str, x: int, y: int, w: int, h: int) -> None:
            if turned:  # 180°: the panel's top-left becomes its bottom-right
                x, y = width - x - w, height - y - h
            found.append((name, (dx + x, dy + y, dx + x + w, dy + y + h)))

        for e in elements:
            if isinstance(e, TextBox):
                place(e.field, e.x, e.y, e.width, e.height)
            elif isinstance(e, TextStack):
                place("+".join(item.field for item in e.items), e.x, e.y, e.width, e.height)
            elif isinstance(e, RowList):
                for row in range(e.capacity):
                    for column in e.columns:
                        place(f"{column.field}#{row}", e.x + column.x, e.y + row * e.row_height,
                              column.width, e.row_height)
            elif isinstance(e, Panel):
                visit(e.elements, dx + e.x, dy + e.y, e.width, e.height, e.rotation == 180)

    visit(layout.elements, 0, 0, layout.width, layout.height, False)
    return found


def outside(glyphs: list[Glyph], boxes: list[tuple[str, Box]], page_height: float,
            tolerance: float = 0.3) -> list[Glyph]:
    """The glyphs that lie in no text box (glyph y is up from the bottom, boxes y down)."""
    def inside(g: Glyph, box: Box) -> bool:
        left, top, right, bottom = box
        return (left - tolerance <= g.left and g.right <= right + tolerance
                and top - tolerance <= page_height - g.top
                and page_height - g.bottom <= bottom + tolerance)

    return [g for g in glyphs if not any(inside(g, box) for _, box in boxes)]
