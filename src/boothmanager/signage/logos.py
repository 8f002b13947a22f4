"""Stands' logos on prints: read and checked before anything is drawn, sized for sharpness."""

from __future__ import annotations

import hashlib
import io
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError
from reportlab.lib.utils import ImageReader

from boothmanager.domain import Booth, Stand

# A logo is never drawn larger than 150 pixels per inch allow: below that, a raster logo
# looks soft from the reading distance of a table tent. A logo with fewer pixels is drawn
# smaller, centred in its box; one with more fills the box (aspect kept), never beyond it.
SHARP_PPI = 150
MM_PER_INCH = 25.4
MOST_PIXELS = 40_000_000  # more is no logo but a mistake (or a decompression bomb)


class BrokenLogo(ValueError):
    """A stand's logo is no image we can print; nothing was printed."""

    def __init__(self, *, stand: str, reason: str) -> None:
        self.stand = stand
        self.reason = reason
        super().__init__(f"the logo of {stand!r} is not an image that can be printed: {reason}")


@dataclass(frozen=True, slots=True)
class Logo:
    """A checked logo: its image for ReportLab and its size in pixels."""

    image: ImageReader
    width_px: int
    height_px: int

    def drawn_size(self, width: float, height: float) -> tuple[float, float]:
        """Width and height in mm to draw it in a box of `width` × `height` mm: aspect kept,
        inside the box, at most as large as SHARP_PPI allow."""
        sharp = MM_PER_INCH / SHARP_PPI
        scale = min(width / self.width_px, height / self.height_px, sharp)
        return self.width_px * scale, self.height_px * scale


def logo_key(stand_id: int) -> str:
    """The value of a record's `logo` field: which image the page draws."""
    return f"stand-{stand_id}"


def read_logo(data: bytes, *, stand: str) -> Logo:
    """`data` as a printable image, or BrokenLogo naming the stand."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                probe.verify()  # the file's structure and checksums
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > MOST_PIXELS:
                raise BrokenLogo(stand=stand, reason=f"{image.width} × {image.height} pixels "
                                                     "is far more than a logo needs")
            image.load()  # every pixel: a truncated file fails here, not while printing
    except BrokenLogo:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError,
            Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise BrokenLogo(stand=stand, reason=str(error) or type(error).__name__) from None
    if image.width < 1 or image.height < 1:
        raise BrokenLogo(stand=stand, reason="the image has no pixels")
    mode = "RGBA" if "A" in image.getbands() or "transparency" in image.info else "RGB"
    image = image.convert(mode)
    return Logo(ImageReader(image), image.width, image.height)


def read_logos(pairs: Iterable[tuple[Booth, Stand]],
               logos: Mapping[int, bytes]) -> dict[str, Logo]:
    """The logos of the stands on these booths (by logo_key), each checked; BrokenLogo for
    the first that is no image."""
    found: dict[str, Logo] = {}
    for _, stand in pairs:
        if stand.id is not None and stand.id in logos and logos[stand.id]:
            found[logo_key(stand.id)] = read_logo(logos[stand.id], stand=stand.name)
    return found


def logo_digest(data: bytes | None) -> str:
    """A short fingerprint of a logo's bytes, for "changed since the last print"."""
    return hashlib.sha256(data).hexdigest()[:16] if data else ""
