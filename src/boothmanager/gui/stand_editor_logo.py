"""A stand's logo file checked with Pillow before it goes into the event: PNG or JPEG, sane size."""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024  # a logo for a sign, not a photo archive
MIN_SIDE = 32  # pixels: smaller prints as a smudge
MAX_SIDE = 8_000  # pixels: larger is a photo or a decompression bomb
FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}


class LogoProblem(StrEnum):
    UNREADABLE = "unreadable"  # the file cannot be opened
    TOO_LARGE = "too_large"  # more than MAX_BYTES
    NOT_AN_IMAGE = "not_an_image"  # Pillow does not recognise it, or it is damaged
    WRONG_FORMAT = "wrong_format"  # an image, but not PNG or JPEG
    TOO_SMALL_PIXELS = "too_small_pixels"
    TOO_MANY_PIXELS = "too_many_pixels"


@dataclass(frozen=True, slots=True)
class LogoRefused(Exception):
    """A file that cannot be a logo: its name, the problem, and a detail (format, size)."""

    name: str
    problem: LogoProblem
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Logo:
    data: bytes
    source: str  # the file name it came from
    format: str  # "PNG" or "JPEG"
    width: int
    height: int


def read_logo(path: Path) -> Logo:
    """The file's bytes if it is a PNG or JPEG of sensible size; else LogoRefused."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LogoRefused(name, LogoProblem.TOO_LARGE, f"{size / 1_048_576:.1f} MB")
        data = path.read_bytes()
    except OSError as error:
        raise LogoRefused(name, LogoProblem.UNREADABLE, error.strerror or str(error)) from None
    return check_logo(data, name)


def check_logo(data: bytes, name: str) -> Logo:
    """Check image bytes as read_logo does (the name is for the message)."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_BYTES:
        raise LogoRefused(name, LogoProblem.TOO_LARGE, f"{len(data) / 1_048_576:.1f} MB")
    try:
        with Image.open(io.BytesIO(data)) as image:
            found, (width, height) = image.format or "", image.size
            if found not in FORMATS:
                raise LogoRefused(name, LogoProblem.WRONG_FORMAT, found or "?")
            if max(width, height) > MAX_SIDE:
                raise LogoRefused(name, LogoProblem.TOO_MANY_PIXELS, f"{width} × {height}")
            if min(width, height) < MIN_SIDE:
                raise LogoRefused(name, LogoProblem.TOO_SMALL_PIXELS, f"{width} × {height}")
            image.verify()  # a damaged file fails here, not on the printer
    except LogoRefused:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise LogoRefused(name, LogoProblem.NOT_AN_IMAGE) from None
    return Logo(data=data, source=name, format=found, width=width, height=height)
