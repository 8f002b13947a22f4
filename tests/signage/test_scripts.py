"""Text in any script: the font chosen per character, Arabic joined and put in visual order."""

from __future__ import annotations

import unicodedata

import pytest

from boothmanager.signage.fonts import ARABIC_FONT, Face, metrics
from boothmanager.signage.scripts import needs_bidi, right_to_left, shape, visual
from boothmanager.signage.text import ELLIPSIS, fit

HELLO, WORLD = "مرحبا", "بالعالم"


def letters(shaped: str) -> str:
    """Presentation forms back to the letters they stand for (NFKC undoes the joining)."""
    return unicodedata.normalize("NFKC", shaped)


def test_arabic_words_are_joined_and_drawn_right_to_left() -> None:
    line = visual(shape(f"{HELLO} {WORLD}"), rtl=True)
    left, right = line.split(" ")
    assert letters(right[::-1]) == HELLO  # read first, so drawn rightmost
    assert letters(left[::-1]) == WORLD
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in line.replace(" ", ""))  # joined forms


def test_mixed_text_keeps_latin_order_and_turns_only_the_arabic_run() -> None:
    text = f"Verein {HELLO} {WORLD} e.V."
    assert not right_to_left(text) and needs_bidi(text)
    line = visual(shape(text), rtl=False)
    assert line.startswith("Verein ") and line.endswith(" e.V.")
    middle = line[len("Verein "):-len(" e.V.")]
    assert [letters(word[::-1]) for word in middle.split(" ")] == [WORLD, HELLO]


def test_paragraph_direction_is_that_of_the_first_letter() -> None:
    assert right_to_left(f"{HELLO} Halle")
    assert not right_to_left(f"2020 Halle {HELLO}")
    assert not right_to_left("2020 – ")


def test_latin_text_is_left_alone() -> None:
    text = "İstanbul Straße ẞ Київ Καλώς"
    assert not needs_bidi(text)
    assert shape(text) == text and visual(text, rtl=False) == text


def test_direction_controls_are_obeyed_then_dropped() -> None:
    line = visual("abc \u202edef\u202c", rtl=False)
    assert line == "abc fed"
    assert metrics(Face.REGULAR).advance("\u202e\u2066") == 0


@pytest.mark.parametrize("face", list(Face))
def test_each_character_goes_to_the_font_of_its_script(face: Face) -> None:
    m = metrics(face)
    line = visual(shape(f"Ölçü Київ Σ {HELLO} 2020"), rtl=False)
    fonts = dict(m.runs(line))
    arabic = [run for font, run in m.runs(line) if font == ARABIC_FONT[face]]
    latin = [run for font, run in m.runs(line) if font == face.value]
    assert letters("".join(arabic))[::-1] == HELLO
    assert "Ölçü Київ Σ " in "".join(latin) and "2020" in "".join(latin)
    assert set(fonts) == {face.value, ARABIC_FONT[face]}


def test_every_form_the_reshaper_makes_is_in_the_arabic_font() -> None:
    arabic = metrics(Face.BOLD)
    alphabet = "".join(chr(c) for c in range(0x0621, 0x064B)) + "پچژگیکە"
    words = [alphabet, "لا لأ لإ لآ الله", "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652",
             "٠١٢٣٤٥٦٧٨٩ ، ؛ ؟"]
    for word in words:
        for char in shape(word).replace(" ", ""):
            assert arabic.has(char), f"U+{ord(char):04X} {unicodedata.name(char, '?')}"


def test_vowel_marks_stay_and_sit_before_their_letter_in_drawing_order() -> None:
    line = visual(shape("مُحَمَّد"), rtl=True)
    assert "\u0651" in line and "\u064f" in line  # nothing is dropped
    # Marks have no advance: drawn just before their letter, their ink falls on it.
    assert line.index("\u064f") == len(line) - 2


def test_arabic_text_fits_its_box_by_the_width_of_its_runs() -> None:
    text = " ".join([HELLO, WORLD] * 30)
    fitted = fit(text, face=Face.BOLD, width=400, height=120, max_size=40, min_size=12)
    m = metrics(Face.BOLD)
    for line in fitted.lines:
        width = sum(m.advance(run) for _, run in m.runs(line))
        assert width == pytest.approx(m.advance(line))
        assert m.ink_width(line) * fitted.size <= 400 + 1e-6
    assert fitted.height <= 120 + 1e-6
    # The first line holds the first words: read from the right, it starts with مرحبا.
    assert letters(fitted.lines[0].split(" ")[-1][::-1]) == HELLO


def test_shortened_arabic_text_ends_on_the_left() -> None:
    text = " ".join([HELLO, WORLD] * 200)
    fitted = fit(text, face=Face.BOLD, width=300, height=60, max_size=30, min_size=14)
    assert fitted.shortened
    assert fitted.lines[-1].startswith(ELLIPSIS)  # the end of a right-to-left line


def test_nfc_holds_for_every_script() -> None:
    decomposed = unicodedata.normalize("NFD", "Ömer Şahin Київ Άνχαλτ")
    fitted = fit(decomposed, face=Face.REGULAR, width=800, height=100, max_size=20,
                 min_size=10)
    assert fitted.lines == ("Ömer Şahin Київ Άνχαλτ",)
