"""Booth signs for a whole event: one page per assigned booth, in one PDF."""

from __future__ import annotations

from pathlib import Path

from boothmanager.domain import Event
from boothmanager.signage.designs import BOOTH_SIGN
from boothmanager.signage.document import NothingToPrint, write_pdf
from boothmanager.signage.glyphs import check_glyphs, public_texts
from boothmanager.signage.layout import SignLayout
from boothmanager.signage.pieces import sheets


def render_booth_signs(event: Event, out: Path | str, *, layout: SignLayout = BOOTH_SIGN,
                       lang: str = "de") -> int:
    """Write one sign per assigned booth to the PDF `out`; return the number of pages."""
    pairs = event.assigned()
    if not pairs:
        raise NothingToPrint(event.info.name)
    check_glyphs(public_texts(event, pairs))
    title = f"Standschilder – {event.info.name}".strip(" –")
    return write_pdf(out, layout, sheets(layout, event, pairs, lang), title=title)
