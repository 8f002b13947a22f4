"""One PDF of many sheets of one layout, written whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from boothmanager.signage.fonts import Face, register_fonts
from boothmanager.signage.layout import SignLayout
from boothmanager.signage.logos import Logo
from boothmanager.signage.render import draw_sign

Sheet = tuple[Mapping[str, str], Sequence[Mapping[str, str]]]  # page fields, records
Progress = Callable[[int, int], bool]  # (done, total) → go on?


class NothingToPrint(Exception):
    """The event has no booth with a stand assigned, so there is nothing to print."""

    def __init__(self, event_name: str = "", what: str = "booth signs") -> None:
        self.event_name = event_name
        self.what = what
        super().__init__(f"no booth of {event_name or 'the event'!r} has a stand assigned:"
                         f" there are no {what} to print")


class PrintCancelled(Exception):
    """The print was cancelled on the way (its progress callback said so); nothing was
    written and any older file of that name is as it was."""

    def __init__(self) -> None:
        super().__init__("the print was cancelled; nothing was written")


class UnsuitableOutput(Exception):
    """The PDF may not go there: a folder, a missing folder, or a file that is not a PDF."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


def check_output(out: Path) -> None:
    """Refuse to write where a PDF cannot go or would replace something that is not a PDF
    (an event file chosen by mistake is the case that matters)."""
    if out.is_dir():
        raise UnsuitableOutput(out, "is a folder; choose a file name")
    if not out.parent.is_dir():
        raise UnsuitableOutput(out, "the folder does not exist")
    if out.exists():
        with out.open("rb") as handle:
            if handle.read(4) != b"%PDF":
                raise UnsuitableOutput(out, "exists and is not a PDF; it was not replaced")


@contextlib.contextmanager
def pdf_canvas(out: Path | str, *, width: float, height: float,
               title: str) -> Iterator[Canvas]:
    """A canvas whose pages (`width` × `height` mm) become the PDF `out` when the block ends
    without an error; written beside `out` and renamed over it, so a failure leaves neither
    half a PDF nor a damaged older one."""
    out = Path(out)
    check_output(out)
    register_fonts()
    if out.is_symlink():
        out = out.resolve()  # replace the file the link points to, not the link
    fd, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    os.close(fd)
    temp = Path(name)
    try:
        # The initial font is ours too, so no unused Helvetica lands in the PDF.
        canvas = Canvas(str(temp), pagesize=(width * mm, height * mm), invariant=True,
                        pageCompression=1, initialFontName=Face.REGULAR.value)
        canvas.setTitle(title)
        canvas.setCreator("boothmanager")
        yield canvas
        with _binary_streams():
            canvas.save()
        os.chmod(temp, out.stat().st_mode & 0o777 if out.exists() else 0o644)
        os.replace(temp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


_streams = threading.Lock()


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """Page streams deflated but not also ASCII85-encoded while a PDF is saved: without
    ReportLab's C accelerator the encoding is pure Python and took a sixth of the time of
    1,000 signs with QR codes; the PDF is a quarter smaller too. ReportLab reads the switch
    only from its global configuration, so it is set for the save and put back."""
    with _streams:
        before = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = before


def write_pdf(out: Path | str, layout: SignLayout, sheets: Sequence[Sheet], *,
              title: str, images: Mapping[str, Logo] | None = None,
              progress: Progress | None = None) -> int:
    """Draw one page of `layout` per sheet into the PDF `out`; the number of pages.

    `progress(done, total)` hears of every sheet; returning False cancels (PrintCancelled)
    and leaves no file behind.
    """
    pages = 0
    with pdf_canvas(out, width=layout.width, height=layout.height, title=title) as canvas:
        for fields, records in sheets:
            if progress is not None and not progress(pages, len(sheets)):
                raise PrintCancelled
            draw_sign(canvas, layout, fields, records, images)
            canvas.showPage()
            pages += 1
        if progress is not None and not progress(pages, len(sheets)):
            raise PrintCancelled
    return pages
