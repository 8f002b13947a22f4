"""Where a booth sign draws its text: big number, names of any length inside their zone."""

from __future__ import annotations

from pathlib import Path

import pytest

from boothmanager.domain import Stand
from boothmanager.domain.stand import MAX_NAME
from boothmanager.signage import render_booth_signs
from boothmanager.signage.designs import BOOTH_SIGN
from boothmanager.signage.layout import QrBox, Rule, TextBox, TextStack

PAGE_W, PAGE_H = BOOTH_SIGN.width, BOOTH_SIGN.height
ACCENT, FOOTER = (e for e in BOOTH_SIGN.elements if isinstance(e, Rule))
BODY = next(e for e in BOOTH_SIGN.elements if isinstance(e, TextStack))
QR = next(e for e in BOOTH_SIGN.elements if isinstance(e, QrBox))
NUMBER = next(e for e in BOOTH_SIGN.elements
              if isinstance(e, TextBox) and e.field == "booth_number")
TOLERANCE = 0.3  # mm: PDFium's glyph boxes are rounded

WORDS = ("Interkulturelle Öffnung, Teilhabe und Antidiskriminierungsarbeit in den Landkreisen "
         "Anhalt-Bitterfeld, Salzland und Wittenberg – gefördert vom Bundesamt für Migration ")
NAMES = {
    "short": "IKOE",
    "demo": "IKOE – Interkulturelle Orientierung und Öffnung",
    "200": (WORDS * 3)[:200],
    "200-one-word": "Donaudampfschifffahrts" * 9 + "kapitän"[:2],
    "wide-200": "WÄHLT MÖGLICHKEITEN " * 10,
    "max": (WORDS * 6)[:MAX_NAME],
}


def from_top(y_up: float) -> float:
    return PAGE_H - y_up


def render_one(build_event, tmp_path: Path, number: str, stand: Stand) -> Path:
    out = tmp_path / "sign.pdf"
    render_booth_signs(build_event((number, stand)), out)
    return out


@pytest.mark.parametrize("name", NAMES.values(), ids=NAMES.keys())
def test_names_of_any_length_stay_in_the_body(build_event, probe, tmp_path: Path,
                                              name: str) -> None:
    organisation = "Auslandsgesellschaft Sachsen-Anhalt e.V."
    out = render_one(build_event, tmp_path, "S1", Stand(organisation, name))
    glyphs = probe.glyphs(out, 0)
    body = [g for g in glyphs if ACCENT.y < from_top(g.top) < FOOTER.y]

    for g in glyphs:  # nothing straddles a rule, nothing leaves the margins
        for rule in (ACCENT, FOOTER):
            assert not from_top(g.top) < rule.y < from_top(g.bottom), g
        assert 10 <= g.left and g.right <= PAGE_W - 10, g
        assert 10 <= from_top(g.top) and from_top(g.bottom) <= PAGE_H - 10, g
    for g in body:
        assert BODY.x - TOLERANCE <= g.left and g.right <= BODY.x + BODY.width + TOLERANCE, g
        assert BODY.y - TOLERANCE <= from_top(g.top), g
        assert from_top(g.bottom) <= BODY.y + BODY.height + TOLERANCE, g
    said = "".join(g.char for g in body)
    if len(name) <= 200:
        assert said == probe.squeeze(name + organisation)  # complete, in reading order
    else:
        assert said.startswith(probe.squeeze(name[:100])) and "…" in said


def test_lines_of_a_long_name_do_not_touch(build_event, probe, tmp_path: Path) -> None:
    out = render_one(build_event, tmp_path, "S1", Stand("Verein", NAMES["200"]))
    body = [g for g in probe.glyphs(out, 0) if ACCENT.y < from_top(g.top) < FOOTER.y]
    lines: list[list] = []
    for g in body:  # glyphs come in reading order; a new line starts back at the left
        if not lines or g.left < lines[-1][-1].left - 20:
            lines.append([])
        lines[-1].append(g)
    assert len(lines) >= 3
    for upper, lower in zip(lines, lines[1:], strict=False):
        assert min(g.bottom for g in upper) > max(g.top for g in lower)


@pytest.mark.parametrize("number", ["S1", "12", "A12", "W99"])
def test_booth_number_is_at_least_50_mm_high(build_event, probe, tmp_path: Path,
                                             number: str) -> None:
    out = render_one(build_event, tmp_path, number, Stand("Verein", "Projekt"))
    drawn = [g for g in probe.glyphs(out, 0) if from_top(g.top) < ACCENT.y and g.left < QR.x]
    big = [g for g in drawn if g.top - g.bottom > 20]
    assert "".join(g.char for g in big) == number
    assert min(g.top - g.bottom for g in big) >= 50


def test_long_booth_number_shrinks_and_stays_left_of_the_code(build_event, probe,
                                                              tmp_path: Path) -> None:
    number = "Foyer-Nord-117-WWWWW"  # 20 characters, the most a booth number may have
    out = render_one(build_event, tmp_path, number, Stand("Verein", "Projekt"))
    drawn = [g for g in probe.glyphs(out, 0)
             if NUMBER.y - TOLERANCE <= from_top(g.top) < ACCENT.y and g.right < QR.x + 1]
    assert probe.squeeze(number) in "".join(g.char for g in drawn)
    for g in drawn:
        assert NUMBER.x - TOLERANCE <= g.left and g.right <= NUMBER.x + NUMBER.width + TOLERANCE
        assert from_top(g.bottom) <= NUMBER.y + NUMBER.height + TOLERANCE
