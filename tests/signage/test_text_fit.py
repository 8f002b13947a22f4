"""Fitting text into a box: shrink, then wrap, then shorten; never wider or taller than the box."""

from __future__ import annotations

import math
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from boothmanager.signage.fonts import Face, metrics
from boothmanager.signage.scripts import needs_bidi
from boothmanager.signage.text import ELLIPSIS, TextDoesNotFit, clean, fit

W, H = 500.0, 120.0  # pt


def assert_inside(fitted, width: float, height: float, face: Face = Face.BOLD) -> None:
    m = metrics(face)
    for line in fitted.lines:
        assert m.ink_width(line) * fitted.size <= width + 1e-6, line
    assert fitted.height <= height + 1e-6


def test_clean_normalises_to_nfc_and_single_spaces() -> None:
    assert clean(unicodedata.normalize("NFD", "  Ömer\n\tŞahin \u2028 Straße ")) == \
        "Ömer Şahin Straße"
    assert clean("a\x00b\x1bc") == "abc"
    assert clean("A\u00a0B") == "A\u00a0B"  # a no-break space stays one


def test_short_text_takes_the_largest_size_on_one_line() -> None:
    fitted = fit("S1", face=Face.BOLD, width=W, height=H, max_size=60, min_size=20)
    assert fitted.size == 60 and fitted.lines == ("S1",)


def test_text_shrinks_on_one_line_before_it_wraps() -> None:
    text = "Interkulturelle Orientierung"
    one_line = W / metrics(Face.BOLD).ink_width(text)  # the size that just fits
    fitted = fit(text, face=Face.BOLD, width=W, height=H, max_size=one_line * 1.2,
                 min_size=10)
    assert fitted.lines == (text,)
    assert one_line - 0.5 <= fitted.size <= one_line


def test_wraps_when_another_line_makes_it_much_larger() -> None:
    text = "IKOE – Interkulturelle Orientierung und Öffnung"
    fitted = fit(text, face=Face.BOLD, width=W, height=H, max_size=48, min_size=10)
    assert len(fitted.lines) == 2
    assert fitted.size > 1.25 * W / metrics(Face.BOLD).ink_width(text)
    assert_inside(fitted, W, H)


def test_one_line_first_shrinks_to_the_minimum_before_wrapping() -> None:
    text = "IKOE – Interkulturelle Orientierung und Öffnung"
    one_line = W / metrics(Face.BOLD).ink_width(text)
    fitted = fit(text, face=Face.BOLD, width=W, height=H, max_size=48, min_size=10,
                 wrap_gain=math.inf)
    assert fitted.lines == (text,) and fitted.size <= one_line


def test_too_long_for_one_line_it_wraps_on_as_many_lines_as_the_box_holds() -> None:
    text = " ".join(["Teilhabe"] * 40)
    fitted = fit(text, face=Face.BOLD, width=W, height=H, max_size=30, min_size=12,
                 wrap_gain=math.inf)
    assert 12 <= fitted.size < 30 and len(fitted.lines) > 2 and not fitted.shortened
    larger = fit(text, face=Face.BOLD, width=W, height=H, max_size=30,
                 min_size=fitted.size + 0.5, wrap_gain=math.inf)
    assert larger.shortened or len(larger.lines) > len(fitted.lines)  # fewest lines first
    assert " ".join(fitted.lines) == text
    assert_inside(fitted, W, H)


def test_words_break_inside_only_at_the_minimum_size() -> None:
    word = "Donaudampfschifffahrtsgesellschaft"
    fitted = fit(word, face=Face.BOLD, width=200, height=H, max_size=40, min_size=8)
    assert fitted.lines == (word,)  # shrank rather than broke
    fitted = fit(word * 3, face=Face.BOLD, width=200, height=H, max_size=40, min_size=14)
    assert fitted.size == 14 and len(fitted.lines) > 1
    assert "".join(fitted.lines) == word * 3
    assert_inside(fitted, 200, H)


def test_a_line_may_break_after_a_hyphen_or_slash() -> None:
    fitted = fit("Sachsen-Anhalt", face=Face.BOLD, width=140, height=H, max_size=40,
                 min_size=30)
    assert fitted.lines == ("Sachsen-", "Anhalt")


def test_only_what_cannot_fit_at_the_minimum_ends_in_an_ellipsis() -> None:
    text = " ".join(["Teilhabe"] * 200)
    fitted = fit(text, face=Face.BOLD, width=W, height=H, max_size=30, min_size=12)
    assert fitted.shortened and fitted.size == 12
    assert fitted.lines[-1].endswith(ELLIPSIS)
    assert_inside(fitted, W, H)


def test_single_line_box_shortens_with_an_ellipsis() -> None:
    fitted = fit("Markt der Möglichkeiten " * 5, face=Face.REGULAR, width=200, height=30,
                 max_size=16, min_size=10, wrap=False)
    assert len(fitted.lines) == 1 and fitted.lines[0].endswith(ELLIPSIS)
    assert_inside(fitted, 200, 30, Face.REGULAR)


def test_markup_is_text() -> None:
    fitted = fit("<b>Bold</b> & Co", face=Face.BOLD, width=W, height=H, max_size=40,
                 min_size=10)
    assert fitted.lines == ("<b>Bold</b> & Co",)


def test_a_box_too_small_for_one_line_is_a_layout_error() -> None:
    with pytest.raises(TextDoesNotFit):
        fit("Stand", face=Face.BOLD, width=W, height=5, max_size=30, min_size=20)


def test_empty_text_has_no_lines() -> None:
    fitted = fit("  \n ", face=Face.BOLD, width=W, height=H, max_size=30, min_size=10)
    assert fitted.lines == () and fitted.height == 0


def test_descender_and_accent_of_neighbouring_lines_never_meet() -> None:
    fitted = fit("gjpqy ÄÖÜÉ " * 20, face=Face.BOLD, width=W, height=400, max_size=30,
                 min_size=20, leading=1.0)
    m = metrics(Face.BOLD)
    for upper, lower in zip(fitted.lines, fitted.lines[1:], strict=False):
        assert (m.ink_bottom(upper) + m.ink_top(lower)) * fitted.size < fitted.pitch


@settings(max_examples=150, deadline=None, database=None)
@given(text=st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")),
                    min_size=1, max_size=300),
       width=st.floats(120, 800), height=st.floats(40, 300))
def test_any_text_is_complete_or_shortened_and_never_leaves_its_box(
        text: str, width: float, height: float) -> None:
    fitted = fit(text, face=Face.BOLD, width=width, height=height, max_size=40, min_size=9)
    assert_inside(fitted, width, height)
    bidi = needs_bidi(clean(text))  # reordered and shaped: test_scripts.py checks those
    if fitted.shortened:
        assert ELLIPSIS in fitted.lines[-1]  # at the end of reading: the left if right-to-left
        assert bidi or fitted.lines[-1].endswith(ELLIPSIS)
    elif not bidi:
        assert "".join(fitted.lines).replace(" ", "") == clean(text).replace(" ", "")
