"""Read an image, a PDF page or a DXF drawing into a Background for a level (no Qt)."""

from __future__ import annotations

import io
import json
import math
from collections.abc import Callable
from pathlib import Path

from boothmanager.domain import Level
from boothmanager.domain.background import Background, BackgroundKind, BackgroundUnreadable

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp"}
SUFFIXES = IMAGE_SUFFIXES | {".pdf", ".dxf"}
MAX_BYTES = 200 * 1024 * 1024
MAX_PIXELS = 80_000_000  # a scanned A0 plan at 300 dpi is ~ 140 MP; 80 MP keeps memory sane
PDF_LONG_SIDE = 6_000  # pixels of a rendered PDF page: 1 cm per pixel for a 60 m hall
MAX_POINTS = 2_000_000  # of a drawing, beyond which the plan would crawl
# $INSUNITS of a DXF drawing → mm per drawing unit (0, unitless, is read as millimetres).
DXF_UNITS = {0: 1.0, 1: 25.4, 2: 304.8, 4: 1.0, 5: 10.0, 6: 1000.0, 14: 100.0}

Progress = Callable[[int], None]  # per cent done; may raise to cancel


def read_background(path: Path, level: Level, *, page: int = 0,
                    progress: Progress | None = None) -> Background:
    """The background a file makes for `level`, fitted over it before calibration.

    Raises BackgroundUnreadable naming the file and the reason; reads nothing else.
    """
    report = progress or (lambda _percent: None)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise BackgroundUnreadable(path=str(path), reason=(
            "not an image, a PDF or a DXF drawing (expected one of "
            + ", ".join(sorted(SUFFIXES)) + ")"))
    try:
        size = path.stat().st_size
    except OSError as error:
        raise BackgroundUnreadable(path=str(path), reason=error.strerror or str(error)) from None
    if size > MAX_BYTES:
        raise BackgroundUnreadable(path=str(path), reason=f"larger than {MAX_BYTES >> 20} MB")
    report(5)
    if suffix == ".dxf":
        return read_drawing(path, level, report)
    if suffix == ".pdf":
        data, width, height = render_pdf_page(path, page, report)
    else:
        data, width, height = read_image(path, report)
    report(100)
    background = Background(level=level.name, kind=BackgroundKind.IMAGE, source=path.name,
                            data=data, width=width, height=height)
    return background.fitted_to(level.bounds())


def read_image(path: Path, report: Progress) -> tuple[bytes, int, int]:
    """PNG or JPEG bytes as they are; other formats turned into PNG."""
    from PIL import Image, UnidentifiedImageError

    raw = path.read_bytes()
    try:
        with Image.open(io.BytesIO(raw)) as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise BackgroundUnreadable(path=str(path), reason=(
                    f"{width} × {height} pixels is more than {MAX_PIXELS // 1_000_000} megapixels"))
            image.load()  # a truncated file fails here, not later in the plan
            report(60)
            if image.format in ("PNG", "JPEG"):
                return raw, width, height
            return png_bytes(image), width, height
    except BackgroundUnreadable:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise BackgroundUnreadable(path=str(path), reason=image_reason(error)) from None


def image_reason(error: Exception) -> str:
    text = str(error)
    if "cannot identify image file" in text:
        return "not an image file or a damaged one"
    if "truncated" in text:
        return "the image is cut off (damaged or incomplete)"
    return text


def png_bytes(image: object) -> bytes:
    out = io.BytesIO()
    image.convert("RGBA" if "A" in image.getbands() else "RGB").save(out, format="PNG")  # type: ignore[attr-defined]
    return out.getvalue()


def render_pdf_page(path: Path, page: int, report: Progress) -> tuple[bytes, int, int]:
    """One page of a PDF rendered to a PNG whose long side is PDF_LONG_SIDE pixels."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        reason = str(error)
        if "password" in reason.lower():
            reason = "the PDF is protected by a password"
        elif "format" in reason.lower() or "data" in reason.lower():
            reason = "not a PDF or a damaged one"
        raise BackgroundUnreadable(path=str(path), reason=reason) from None
    try:
        if not 0 <= page < len(document):
            raise BackgroundUnreadable(path=str(path), reason=(
                f"has {len(document)} pages, there is no page {page + 1}"))
        pdf_page = document[page]
        width_pt, height_pt = pdf_page.get_size()
        report(20)
        bitmap = pdf_page.render(scale=PDF_LONG_SIDE / max(width_pt, height_pt),
                                 fill_color=(255, 255, 255, 255))
        image = bitmap.to_pil()
        report(70)
        return png_bytes(image), image.width, image.height
    finally:
        document.close()


def read_drawing(path: Path, level: Level, report: Progress) -> Background:
    """A DXF drawing's lines, arcs and blocks as polylines in drawing units (y downwards)."""
    import ezdxf
    from ezdxf import path as dxf_path
    from ezdxf.disassemble import recursive_decompose

    try:
        document = ezdxf.readfile(str(path))
    except (OSError, ezdxf.DXFStructureError, ezdxf.DXFError, UnicodeDecodeError,
            ValueError) as error:
        reason = str(error) or type(error).__name__
        if "not a DXF file" in reason:
            reason = "not a DXF file"
        raise BackgroundUnreadable(path=str(path), reason=f"not a readable DXF drawing ({reason})"
                                   ) from None
    report(30)
    unit = DXF_UNITS.get(int(document.header.get("$INSUNITS", 0)), 1.0)
    polylines: list[list[tuple[float, float]]] = []
    points = 0
    for entity in recursive_decompose(document.modelspace()):
        if entity.dxftype() in ("TEXT", "MTEXT", "HATCH", "DIMENSION", "POINT", "IMAGE"):
            continue
        try:
            shape = dxf_path.make_path(entity)
        except (TypeError, ValueError, AttributeError):
            continue  # an entity with no outline (e.g. a viewport)
        for sub in shape.sub_paths() if shape.has_sub_paths else [shape]:
            line = [(v.x, v.y) for v in sub.flattening(distance=1.0 / unit * 10)]
            if len(line) >= 2:
                polylines.append(line)
                points += len(line)
        if points > MAX_POINTS:
            raise BackgroundUnreadable(path=str(path), reason=(
                f"more than {MAX_POINTS:,} points; simplify the drawing (e.g. hide layers)"))
    if not polylines:
        raise BackgroundUnreadable(path=str(path), reason="the drawing has no lines to show")
    report(80)
    xs = [x for line in polylines for x, _ in line]
    ys = [y for line in polylines for _, y in line]
    left, top = min(xs), max(ys)
    width, height = max(max(xs) - left, 1e-3), max(top - min(ys), 1e-3)
    digits = max(0, 3 - int(math.log10(unit))) if unit >= 1 else 3
    data = json.dumps([[[round(x - left, digits), round(top - y, digits)] for x, y in line]
                       for line in polylines], separators=(",", ":")).encode()
    report(100)
    bounds = level.bounds()
    return Background(level=level.name, kind=BackgroundKind.DRAWING, source=path.name, data=data,
                      width=width, height=height, x=bounds.x, y=bounds.top, scale=unit)


def drawing_polylines(background: Background) -> list[list[tuple[float, float]]]:
    """The polylines of a drawing background, in its source units."""
    return [[(u, v) for u, v in line] for line in json.loads(background.data)]
