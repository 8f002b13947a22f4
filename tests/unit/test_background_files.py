"""Images, PDF pages and DXF drawings read into backgrounds; broken files refused by name."""

from __future__ import annotations

import json
from pathlib import Path

import ezdxf
import pytest
from PIL import Image
from reportlab.pdfgen import canvas

from boothmanager.background_files import drawing_polylines, read_background
from boothmanager.domain import Level, Point
from boothmanager.domain.background import BackgroundKind, BackgroundUnreadable

HALL = Level(name="EG", outline=(Point(0, 0), Point(40_000, 0), Point(40_000, 18_000),
                                 Point(0, 18_000)))


def test_a_png_is_kept_as_it_is_and_fitted_over_the_level(tmp_path: Path) -> None:
    path = tmp_path / "plan.png"
    Image.new("RGB", (800, 360), "white").save(path)
    background = read_background(path, HALL)
    assert background.kind is BackgroundKind.IMAGE
    assert background.data == path.read_bytes()
    assert (background.width, background.height) == (800, 360)
    assert (background.x, background.y, background.scale) == (0, 18_000, 50.0)


def test_a_bmp_becomes_png(tmp_path: Path) -> None:
    path = tmp_path / "scan.bmp"
    Image.new("RGB", (40, 20), "red").save(path)
    assert read_background(path, HALL).data.startswith(b"\x89PNG")


def test_a_pdf_page_is_rendered(tmp_path: Path) -> None:
    path = tmp_path / "fluchtweg.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(842, 595))
    pdf.rect(100, 100, 600, 400)
    pdf.showPage()
    pdf.save()
    percents: list[int] = []
    background = read_background(path, HALL, progress=percents.append)
    assert background.data.startswith(b"\x89PNG")
    assert background.width > background.height  # landscape stays landscape
    assert percents == sorted(percents) and percents[-1] == 100
    with pytest.raises(BackgroundUnreadable, match="no page 3"):
        read_background(path, HALL, page=2)


def test_a_dxf_drawing_keeps_its_units_and_blocks(tmp_path: Path) -> None:
    path = tmp_path / "halle.dxf"
    document = ezdxf.new(units=6)  # metres
    space = document.modelspace()
    space.add_lwpolyline([(0, 0), (30, 0), (30, 20), (0, 20)], close=True)
    column = document.blocks.new("STUETZE")
    column.add_circle((0, 0), 0.3)
    space.add_blockref("STUETZE", (5, 5))
    space.add_text("Foyer")
    document.saveas(path)
    background = read_background(path, HALL)
    assert background.kind is BackgroundKind.DRAWING
    assert background.scale == 1000.0  # a drawing unit is a metre
    assert (background.width, background.height) == (30, 20)
    lines = drawing_polylines(background)
    assert len(lines) == 2  # the outline and the column from inside the block
    corners = {(round(u), round(v)) for u, v in lines[0]}
    assert {(0, 0), (30, 0), (30, 20), (0, 20)} <= corners  # y now runs downwards
    assert json.loads(background.data)  # plain JSON, kept in the event file


@pytest.mark.parametrize("name, content, reason", [
    ("plan.png", b"not an image at all", "not an image"),
    ("plan.pdf", b"%PDF-1.4 broken", "not a PDF"),
    ("plan.dxf", b"0\nSECTION\n2\nNONSENSE", "DXF"),
    ("plan.docx", b"PK", "not an image, a PDF or a DXF"),
])
def test_broken_files_are_refused_with_their_name(tmp_path: Path, name: str, content: bytes,
                                                  reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(BackgroundUnreadable, match=reason) as refused:
        read_background(path, HALL)
    assert name in str(refused.value)


def test_a_truncated_png_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cut.png"
    Image.new("RGB", (400, 400), "blue").save(path)
    path.write_bytes(path.read_bytes()[:200])
    with pytest.raises(BackgroundUnreadable, match="cut.png"):
        read_background(path, HALL)


def test_an_empty_drawing_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "leer.dxf"
    document = ezdxf.new()
    document.modelspace().add_text("nur Text")
    document.saveas(path)
    with pytest.raises(BackgroundUnreadable, match="no lines"):
        read_background(path, HALL)
