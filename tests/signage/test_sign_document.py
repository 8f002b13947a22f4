"""The booth-sign PDF as a whole: one A4 landscape page per assigned booth, written safely."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from boothmanager.domain import Stand
from boothmanager.signage import NothingToPrint, render_booth_signs
from boothmanager.storage import Database

A4_LANDSCAPE_PT = (842, 595)


@pytest.fixture
def prints(tmp_path: Path) -> Path:
    """A folder of its own for the PDFs, away from the event file and its journal."""
    folder = tmp_path / "prints"
    folder.mkdir()
    return folder


def test_one_page_per_assigned_booth_in_booth_order(build_event, probe, tmp_path: Path) -> None:
    event = build_event(("S10", Stand("Verein Zehn", "Projekt Zehn")), ("S2", None),
                        ("S1", Stand("Verein Eins", "Projekt Eins")),
                        ("S3", Stand("Verein Drei", "Projekt Drei")))
    out = tmp_path / "signs.pdf"

    pages = render_booth_signs(event, out)

    assert pages == 3 == len(PdfReader(out).pages)
    numbers = [text.split()[1] for text in probe.texts(out)]  # "Stand" comes first
    assert numbers == ["S1", "S3", "S10"]


def test_demo_event_prints_its_three_assigned_booths(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "demo.pdf"
    assert render_booth_signs(demo_db.load(), str(out)) == 3  # S4 and S5 are free
    assert len(PdfReader(out).pages) == 3


def test_every_page_is_a4_landscape(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "demo.pdf"
    render_booth_signs(demo_db.load(), out)
    for page in PdfReader(out).pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert width == pytest.approx(A4_LANDSCAPE_PT[0], abs=1)
        assert height == pytest.approx(A4_LANDSCAPE_PT[1], abs=1)
        assert page.get("/Rotate", 0) == 0


def test_no_assigned_booth_is_nothing_to_print(build_event, prints: Path) -> None:
    event = build_event(("S1", None), ("S2", None))
    with pytest.raises(NothingToPrint, match="no booth .* has a stand assigned"):
        render_booth_signs(event, prints / "signs.pdf")
    assert list(prints.iterdir()) == []


def test_nothing_to_print_leaves_an_older_pdf_alone(build_event, tmp_path: Path) -> None:
    out = tmp_path / "signs.pdf"
    out.write_bytes(b"%PDF old signs")
    with pytest.raises(NothingToPrint):
        render_booth_signs(build_event(), out)
    assert out.read_bytes() == b"%PDF old signs"


def test_a_failure_half_way_leaves_the_old_pdf_and_no_debris(
        build_event, prints: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import boothmanager.signage.render as render

    event = build_event(("S1", Stand("A", "Eins")), ("S2", Stand("B", "Zwei")))
    out = prints / "signs.pdf"
    out.write_bytes(b"%PDF old signs")
    encoded = render.qr_matrix
    calls = []

    def fail_on_second_page(payload: str) -> tuple[tuple[bool, ...], ...]:
        calls.append(payload)
        if len(calls) == 2:
            raise OSError("disk full")
        return encoded(payload)

    monkeypatch.setattr(render, "qr_matrix", fail_on_second_page)
    with pytest.raises(OSError, match="disk full"):
        render_booth_signs(event, out)

    assert out.read_bytes() == b"%PDF old signs"
    assert [p.name for p in prints.iterdir()] == ["signs.pdf"]


def test_a_new_pdf_replaces_the_old_one(build_event, prints: Path) -> None:
    out = prints / "signs.pdf"
    out.write_bytes(b"%PDF old signs")
    out.chmod(0o640)
    render_booth_signs(build_event(("S1", Stand("A", "Eins"))), out)
    assert len(PdfReader(out).pages) == 1
    assert [p.name for p in prints.iterdir()] == ["signs.pdf"]
    assert out.stat().st_mode & 0o777 == 0o640


def test_nothing_to_print_is_an_exception_worded_in_english() -> None:
    error = NothingToPrint("BuKo 2020")
    assert isinstance(error, Exception)
    assert str(error) == ("no booth of 'BuKo 2020' has a stand assigned:"
                          " there are no booth signs to print")
