"""Benchmark of printing: 1,000 booth signs with QR codes, into one PDF and into 1,000 files,
and the A0 floor plan poster of a 2,000-booth venue, each as a ratio to plain ReportLab.

The baselines draw the same text with the same embedded fonts in the same run, but with no
layout engine (no fitting, no script runs, no legibility check) and no QR code; for the
poster, the same booth rectangles and numbers. Prints seconds and ratios; asserts nothing.
Run: `python bench/signage.py [SIGNS] [BOOTHS]`.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))  # also without installing

from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from boothmanager.domain import Event  # noqa: E402
from boothmanager.seed import generated_event  # noqa: E402
from boothmanager.signage import Paper, Piece, print_piece  # noqa: E402
from boothmanager.signage.content import sign_fields  # noqa: E402
from boothmanager.signage.fonts import Face, register_fonts  # noqa: E402
from boothmanager.signage.qr import qr_matrix  # noqa: E402
from boothmanager.signage.text import _fit_cached  # noqa: E402

GOAL = 3.0  # issue 5: signs with codes at most 3 × plain drawing


def event_with(booths: int) -> Event:
    """A generated hall with a stand (and a web address, so every code is a URL) per booth."""
    made = generated_event(booths, stands=booths)
    stands = tuple(replace(s, website=f"https://example.org/stand/{s.id}",
                           project=f"Projekt {s.id} – Vielfalt in Sachsen-Anhalt")
                   for s in made.stands)
    return Event(info=replace(made.info, name="Bench 2020", marketplace="Markt der Möglichkeiten"),
                 venue=made.venue, booths=made.booths, stands=stands)


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def cold() -> None:
    """Forget fitted texts, so a run pays for fitting as the first print in the app does."""
    _fit_cached.cache_clear()


def plain_signs(event: Event, out: Path) -> None:
    """The text of every sign at fixed places, drawString only: the floor under any renderer."""
    canvas = Canvas(str(out), pagesize=(297 * mm, 210 * mm), initialFontName=Face.REGULAR.value)
    for booth, stand in event.assigned():
        fields = sign_fields(event, booth, stand)
        canvas.setFont(Face.BOLD.value, 16)
        canvas.drawString(18 * mm, 190 * mm, fields["booth_label"])
        canvas.setFont(Face.BOLD.value, 150)
        canvas.drawString(18 * mm, 130 * mm, fields["booth_number"])
        canvas.setFont(Face.BOLD.value, 40)
        canvas.drawString(18 * mm, 90 * mm, fields["stand_name"][:40])
        canvas.setFont(Face.REGULAR.value, 24)
        canvas.drawString(18 * mm, 70 * mm, fields["organisation"])
        canvas.setFont(Face.REGULAR.value, 12)
        canvas.drawString(18 * mm, 18 * mm, fields["event"])
        canvas.drawString(182 * mm, 18 * mm, fields["marketplace"])
        canvas.setFont(Face.REGULAR.value, 8)
        canvas.drawString(231 * mm, 140 * mm, fields["qr_url"])
        canvas.showPage()
    canvas.save()


def plain_plan(event: Event, out: Path) -> None:
    """The booths of the poster as rectangles with their numbers, drawn straight on A0."""
    bounds = event.venue.levels[0].bounds()
    scale = min(1129 * mm / bounds.width, 700 * mm / bounds.depth)
    canvas = Canvas(str(out), pagesize=(1189 * mm, 841 * mm), initialFontName=Face.REGULAR.value)
    canvas.setFont(Face.BOLD.value, 9)
    for booth in event.booths:
        x, y = 30 * mm + booth.rect.x * scale, 70 * mm + booth.rect.y * scale
        canvas.rect(x, y, booth.rect.width * scale, booth.rect.depth * scale)
        canvas.drawCentredString(x + booth.rect.width * scale / 2, y + 2, booth.number)
    canvas.showPage()
    canvas.save()


def main(signs: int = 1_000, booths: int = 2_000) -> None:
    register_fonts()
    folder = Path(tempfile.mkdtemp(prefix="boothmanager-bench-"))
    event = event_with(signs)
    plain = min(timed(lambda: plain_signs(event, folder / "plain.pdf")) for _ in range(3))
    cold()
    one = timed(lambda: print_piece(Piece.SIGNS, event, folder / "signs.pdf"))
    payloads = [sign_fields(event, b, s)["qr_payload"] for b, s in event.assigned()]
    codes = timed(lambda: [qr_matrix(p) for p in payloads])
    files = folder / "files"
    files.mkdir()
    numbers = [booth.number for booth, _ in event.assigned()]
    cold()
    many = timed(lambda: [print_piece(Piece.SIGNS, event, files / f"sign-{n}.pdf", booths=[n])
                          for n in numbers])
    print(f"{signs:,} booth signs with QR codes, A4 landscape")
    print(f"  plain ReportLab, same text, no layout, no QR: {plain:6.2f} s")
    print(f"  boothmanager, one PDF:                        {one:6.2f} s"
          f"  ({one / plain:4.1f} × plain; goal ≤ {GOAL:g} ×)")
    print(f"    of which encoding the QR codes:             {codes:6.2f} s")
    print(f"  boothmanager, {signs:,} files:                    {many:6.2f} s"
          f"  ({many / plain:4.1f} × plain, {many / one:4.1f} × one PDF)")
    hall = event_with(booths)
    plain_poster = min(timed(lambda: plain_plan(hall, folder / "plain-plan.pdf"))
                       for _ in range(3))
    poster = timed(lambda: print_piece(Piece.POSTER, hall, folder / "poster.pdf",
                                       paper=Paper.A0))
    size = (folder / "poster.pdf").stat().st_size
    print(f"A0 floor plan poster, {booths:,} booths")
    print(f"  plain ReportLab, rectangles and numbers only: {plain_poster:6.2f} s")
    print(f"  boothmanager poster:                          {poster:6.2f} s"
          f"  ({poster / plain_poster:4.1f} × plain; {size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:3]))
