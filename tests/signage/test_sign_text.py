"""What a booth sign says: numbers, names as written, Unicode in Noto Sans, no private data."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader

from boothmanager.domain import Stand
from boothmanager.signage import render_booth_signs
from boothmanager.storage import Database
from print_support import PRIVATE

LONG_NAME = ("Netzwerk für interkulturelle Öffnung, Teilhabe und Antidiskriminierungsarbeit in "
             "den Landkreisen Anhalt-Bitterfeld, Salzlandkreis und Wittenberg – gefördert vom "
             "Bundesamt für Migration und Flüchtlinge im Jahr 2020, Magdeburg und Halle")[:200]
MARKUP = "<b>Bold</b> & Co"
CONTACT = "Erika Mustermann, erika.mustermann@example.org, 0345 1234567"


def test_long_name_is_200_characters() -> None:
    assert len(LONG_NAME) == 200


def test_each_page_shows_its_booth_number_and_stand(build_event, probe, tmp_path: Path) -> None:
    stands = {"S1": Stand("Verein <i>Kursiv</i> e.V.", MARKUP),
              "S2": Stand("Auslandsgesellschaft Sachsen-Anhalt e.V.", LONG_NAME),
              "S3": Stand("Träger folgt", "Projekt 3 – Name folgt", placeholder=True)}
    out = tmp_path / "signs.pdf"
    render_booth_signs(build_event(*stands.items()), out)

    for text, (number, stand) in zip(probe.texts(out), stands.items(), strict=True):
        said = probe.squeeze(text)
        assert probe.squeeze(f"Stand {number}") in said
        assert probe.squeeze(stand.name) in said  # complete: no ellipsis, nothing parsed
        assert probe.squeeze(stand.organisation) in said
        assert "…" not in text


def test_footer_names_event_dates_and_marketplace(demo_db: Database, probe,
                                                  tmp_path: Path) -> None:
    out = tmp_path / "demo.pdf"
    render_booth_signs(demo_db.load(), out)
    first = probe.texts(out)[0]
    assert "BuKo 2020 · 21.–22.09.2020" in first
    assert "Markt der Möglichkeiten" in first
    ikoe = "IKOE – Interkulturelle Orientierung und Öffnung"
    assert probe.squeeze(ikoe) in probe.squeeze(first)
    assert "Auslandsgesellschaft Sachsen-Anhalt e.V." in first


def test_turkish_german_cyrillic_come_out_in_noto_sans(build_event, probe,
                                                       tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Müller Ömer Şahin")
    out = tmp_path / "signs.pdf"
    stand = Stand(organisation=decomposed, project="İstanbul Straße ẞ Київ")
    render_booth_signs(build_event(("S1", stand)), out)

    text = probe.texts(out)[0]
    assert "İstanbul Straße ẞ Київ" in text
    assert "Müller Ömer Şahin" in text  # NFC: one character per letter, as typed elsewhere
    fonts = {str(font.get_object()["/BaseFont"])
             for page in PdfReader(out).pages
             for font in page["/Resources"]["/Font"].values()}
    assert fonts, "no fonts found"
    assert all("NotoSans" in name for name in fonts), fonts
    assert not any("Helvetica" in name for name in fonts)


def test_fonts_are_embedded(build_event, tmp_path: Path) -> None:
    out = tmp_path / "signs.pdf"
    render_booth_signs(build_event(("S1", Stand("Verein", "Projekt"))), out)
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # the TrueType program itself is in the PDF


def test_contact_never_reaches_the_sign(build_event, probe, tmp_path: Path) -> None:
    stands = (("S1", Stand("Verein", "Mit Website", website="https://example.org",
                           **PRIVATE)),
              ("S2", Stand("Verein", "Ohne Website", contact=CONTACT,
                           email="erika.mustermann@example.org", phone="0345 1234567")))
    out = tmp_path / "signs.pdf"
    render_booth_signs(build_event(*stands), out)

    for index, text in enumerate(probe.texts(out)):
        decoded = probe.qr_texts(out, index)
        assert len(decoded) == 1
        for part in ("Erika", "Mustermann", "erika.mustermann", "1234567"):
            assert part not in text
            assert part not in decoded[0]


def test_project_less_stand_shows_its_organisation_once(build_event, probe,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "signs.pdf"
    render_booth_signs(build_event(("S1", Stand("Caritas Halle", ""))), out)
    assert probe.texts(out)[0].count("Caritas Halle") == 1
