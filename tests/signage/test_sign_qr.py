"""The QR code on a booth sign scans to the stand's address, or to a plain-text reference."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest

from boothmanager.domain import Stand
from boothmanager.signage.content import shortened
from boothmanager.signage import render_booth_signs
from boothmanager.signage.designs import BOOTH_SIGN
from boothmanager.signage.layout import QrBox
from boothmanager.signage.qr import qr_matrix

QR = next(e for e in BOOTH_SIGN.elements if isinstance(e, QrBox))
IKOE = Stand("Auslandsgesellschaft Sachsen-Anhalt e.V.",
             "IKOE – Interkulturelle Orientierung und Öffnung")


def under_qr(probe, path: Path) -> str:
    """The text printed beneath the QR code, in reading order."""
    bottom = BOOTH_SIGN.height - QR.y - QR.size  # mm up from the page's bottom edge
    return "".join(g.char for g in probe.glyphs(path, 0)
                   if g.left >= QR.x - 5 and g.right <= QR.x + QR.size + 5
                   and bottom - 20 < g.top <= bottom)


def test_stand_website_is_encoded_and_printed(build_event, probe, tmp_path: Path) -> None:
    url = "https://www.auslandsgesellschaft.de/projekte/ikoe"
    out = tmp_path / "signs.pdf"
    render_booth_signs(build_event(("S1", replace(IKOE, website=url)),
                                   website="https://buko.example.de"), out)
    assert probe.qr_texts(out, 0) == [url]
    assert under_qr(probe, out) == probe.squeeze(url)


def test_a_long_address_is_printed_whole_beneath_the_code(build_event, probe,
                                                         tmp_path: Path) -> None:
    url = ("https://www.auslandsgesellschaft-sachsen-anhalt.de/projekte/"
           "interkulturelle-orientierung-und-oeffnung/markt-der-moeglichkeiten-2020")
    out = tmp_path / "signs.pdf"
    render_booth_signs(build_event(("S1", replace(IKOE, website=url))), out)
    assert probe.qr_texts(out, 0) == [url]
    assert under_qr(probe, out) == url


def test_event_website_stands_in_for_a_stand_without_one(build_event, probe,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "signs.pdf"
    render_booth_signs(build_event(("S1", IKOE),
                                   website="https://buko.example.de"), out)
    assert probe.qr_texts(out, 0) == ["https://buko.example.de"]
    assert under_qr(probe, out) == "https://buko.example.de"


def test_an_address_without_scheme_opens_as_a_link(build_event, probe, tmp_path: Path) -> None:
    out = tmp_path / "signs.pdf"
    render_booth_signs(build_event(("S1", replace(IKOE, website="www.ikoe.example.de"))), out)
    assert probe.qr_texts(out, 0) == ["https://www.ikoe.example.de"]


def test_without_any_address_the_code_is_a_plain_text_reference(build_event, probe,
                                                                 tmp_path: Path) -> None:
    out = tmp_path / "signs.pdf"
    render_booth_signs(build_event(("S1", IKOE)), out)
    assert probe.qr_texts(out, 0) == [
        "BuKo 2020 · Stand S1 · IKOE – Interkulturelle Orientierung und Öffnung"
        " · Auslandsgesellschaft Sachsen-Anhalt e.V."]
    assert under_qr(probe, out) == ""
    assert "http" not in probe.texts(out)[0]


def test_demo_signs_all_scan(demo_db, probe, tmp_path: Path) -> None:
    out = tmp_path / "demo.pdf"
    pages = render_booth_signs(demo_db.load(), out)
    for index, number in zip(range(pages), ("S1", "S2", "S3"), strict=True):
        (decoded,) = probe.qr_texts(out, index)
        assert decoded.startswith(f"BuKo 2020 · Stand {number} · ")


LONG = "İstanbul Straße ẞ Київ " + "x" * 300


@pytest.mark.parametrize(("stand", "website", "payload"), [
    (IKOE, "https://buko.example.de", "https://buko.example.de"),
    # the plain-text fallback is cut to 160 bytes, so the code keeps large modules
    (Stand("", LONG), "", shortened(f"BuKo 2020 · Stand S1 · {LONG.strip()}")),
], ids=["url", "long-text"])
def test_code_is_dark_on_white_with_a_quiet_zone_of_four_modules(
        build_event, probe, tmp_path: Path, stand: Stand, website: str, payload: str) -> None:
    out = tmp_path / "signs.pdf"
    render_booth_signs(build_event(("S1", stand), website=website), out)
    assert probe.qr_texts(out, 0) == [payload]

    scale = 4  # 288 dpi
    pdf = pdfium.PdfDocument(out)
    pixels = np.asarray(pdf[0].render(scale=scale).to_pil().convert("L"))
    pdf.close()
    px_per_mm = scale * 72 / 25.4
    box = pixels[round(QR.y * px_per_mm):round((QR.y + QR.size) * px_per_mm),
                 round(QR.x * px_per_mm):round((QR.x + QR.size) * px_per_mm)]
    dark = box < 128
    rows, cols = np.nonzero(dark)
    modules = len(qr_matrix(payload))
    module_px = (cols.max() - cols.min() + 1) / modules
    quiet_px = 4 * module_px - 2  # 4 modules, less a pixel or two of anti-aliasing
    assert rows.min() >= quiet_px and cols.min() >= quiet_px
    assert box.shape[0] - 1 - rows.max() >= quiet_px
    assert box.shape[1] - 1 - cols.max() >= quiet_px
    assert np.median(box[dark]) < 30  # black modules
    assert np.median(box[~dark]) > 250  # on white
