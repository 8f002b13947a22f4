"""Refuse to print text that no bundled font can draw, instead of leaving a silent gap."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from boothmanager.domain import Booth, Event, Stand
from boothmanager.signage.fonts import BIDI_CONTROLS, Face, metrics

LISTED = 8


class MissingGlyphs(ValueError):
    """Characters no bundled font has (e.g. Chinese, Hebrew, emoji); nothing was printed."""

    def __init__(self, *, characters: tuple[str, ...], sample: str) -> None:
        self.characters = characters
        self.sample = sample
        shown = "".join(characters[:LISTED]) + ("…" if len(characters) > LISTED else "")
        super().__init__(f"no bundled font can print {shown!r} (in {sample!r}); the fonts cover "
                         "Latin, Greek, Cyrillic and Arabic")


def check_glyphs(texts: Iterable[str]) -> None:
    """Raise MissingGlyphs if any text has a visible character the fonts lack."""
    face = metrics(Face.REGULAR)
    missing: dict[str, str] = {}
    for text in texts:
        for char in text:
            if (char in missing or char.isspace() or char in BIDI_CONTROLS
                    or unicodedata.category(char) in ("Cc", "Cf", "Mn")):
                continue
            if not face.has(char):
                missing[char] = text
    if missing:
        first = next(iter(missing.values()))
        raise MissingGlyphs(characters=tuple(missing), sample=first[:60])


def public_texts(event: Event, pairs: Iterable[tuple[Booth, Stand]]) -> list[str]:
    """What public pieces print: event facts, booth numbers, stand names, organisations."""
    texts = [event.info.name, event.info.title, event.info.marketplace]
    for booth, stand in pairs:
        texts += [booth.number, stand.name, stand.organisation, stand.theme]
    return [text for text in texts if text]
