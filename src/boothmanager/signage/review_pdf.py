"""The review package's PDF (plan, assignments, changes since the last review); a printable diff."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from boothmanager.domain import Booth, Event
from boothmanager.domain.diff import (
    AssignmentDiff,
    BoothDiff,
    Diff,
    DiffEntry,
    DiffKind,
    EventInfoDiff,
    SharesDiff,
    StandDiff,
    VenueDiff,
)
from boothmanager.domain.event import natural_key
from boothmanager.domain.geometry import Point
from boothmanager.domain.shares import front_length, share_frontages
from boothmanager.signage.content import SEPARATOR
from boothmanager.signage.document import NothingToPrint, pdf_canvas
from boothmanager.signage.flow import Cell, Flow
from boothmanager.signage.fonts import Face
from boothmanager.signage.glyphs import check_glyphs, public_texts
from boothmanager.signage.layout import ACCENT, HAIRLINE, MUTED, TextStyle
from boothmanager.signage.paper import Orientation, Paper, page_size
from boothmanager.signage.plan_drawing import Arrow, draw_plan
from boothmanager.signage.render import draw_text
from boothmanager.signage.text import clean

K = DiffKind
WORDS = {
    "de": {"title": "Zur Prüfung: Standplan und Belegung", "diff_title": "Änderungen",
           "package": "Prüfpaket „{snapshot}“, erstellt {when} von {who}",
           "first": "Erste Prüfung dieser Veranstaltung.",
           "since": "Seit „{previous}“ {count} Änderung(en); auf dem Plan orange markiert, in "
                    "der Tabelle mit • und unten einzeln aufgeführt.",
           "none_since": "Seit „{previous}“ keine Änderungen.",
           "table": "Belegung", "booth": "Stand", "stand": "Aussteller", "theme": "Thema",
           "status": "Status", "changed": "geänd.", "ok": "OK",
           "free": "Freie Standflächen: {booths}", "changes": "Änderungen seit „{previous}“",
           "what": "Art", "subject": "Betrifft", "change": "Einzelheiten",
           "page": "Seite {page} / {pages}",
           "no_changes": "Keine Änderungen.", "from_to": "von {old} bis {new}", "now": "jetzt",
           "was": "vorher {old}, nachher {new}", "placed": "auf {new}", "off": "von {old} "
           "genommen", "moved": "von {old} nach {new}", "count": "{count} Änderung(en)",
           "shared": "geteilt mit {names}", "had_shared": "zuvor geteilt mit {names}",
           "room": "Platz für {new} Aussteller (vorher {old})",
           "front": "entlang der Front: {stands}",
           "share": "geteilter Stand: {part} m von {front} m Front", "nobody": "niemand",
           "marked": "Auf dem Plan (nächste Seite) sind die betroffenen Stände orange, "
                     "verschobene mit einem Pfeil vom alten Platz.",
           "hint": "Bitte in boothmanager prüfen (Prüfmodus) oder auf diesem Ausdruck "
                   "abhaken und Anmerkungen notieren."},
    "en": {"title": "For review: floor plan and assignments", "diff_title": "Changes",
           "package": "Review package “{snapshot}”, made {when} by {who}",
           "first": "The first review of this event.",
           "since": "{count} change(s) since “{previous}”: orange on the plan, marked • in "
                    "the table and listed one by one below.",
           "none_since": "No changes since “{previous}”.",
           "table": "Assignments", "booth": "Booth", "stand": "Exhibitor", "theme": "Theme",
           "status": "Status", "changed": "chg.", "ok": "OK",
           "free": "Free booths: {booths}", "changes": "Changes since “{previous}”",
           "what": "Kind", "subject": "About", "change": "Details",
           "page": "Page {page} of {pages}",
           "no_changes": "No changes.", "from_to": "from {old} to {new}", "now": "now",
           "was": "before {old}, after {new}", "placed": "on {new}", "off": "taken off {old}",
           "moved": "from {old} to {new}", "count": "{count} change(s)",
           "shared": "shared with {names}", "had_shared": "had shared it with {names}",
           "room": "room for {new} exhibitors (was {old})", "front": "along the front: {stands}",
           "share": "shared booth: {part} m of the {front} m front", "nobody": "nobody",
           "marked": "On the plan (next page) the booths concerned are orange, moved ones "
                     "with an arrow from where they were.",
           "hint": "Please review in boothmanager (review mode), or tick and annotate this "
                   "print."},
}
KINDS = {
    "de": {K.BOOTH_ADDED: "Stand neu", K.BOOTH_REMOVED: "Stand entfernt",
           K.BOOTH_MOVED: "verschoben", K.BOOTH_RESIZED: "Größe geändert",
           K.BOOTH_ROTATED: "gedreht", K.OPEN_SIDES_CHANGED: "offene Seiten",
           K.AMENITIES_CHANGED: "Ausstattung", K.RESERVATION_CHANGED: "Reservierung",
           K.STAND_ADDED: "Aussteller neu", K.STAND_REMOVED: "Aussteller entfernt",
           K.STAND_CHANGED: "Angaben geändert", K.STATUS_CHANGED: "Status",
           K.ASSIGNMENT_MADE: "zugeteilt", K.ASSIGNMENT_CHANGED: "umgezogen",
           K.ASSIGNMENT_REMOVED: "Zuteilung entfernt", K.SHARES_CHANGED: "geteilter Stand",
           K.EVENT_CHANGED: "Veranstaltung",
           K.VENUE_CHANGED: "Veranstaltungsort"},
    "en": {K.BOOTH_ADDED: "booth added", K.BOOTH_REMOVED: "booth removed",
           K.BOOTH_MOVED: "moved", K.BOOTH_RESIZED: "resized", K.BOOTH_ROTATED: "turned",
           K.OPEN_SIDES_CHANGED: "open sides", K.AMENITIES_CHANGED: "amenities",
           K.RESERVATION_CHANGED: "reservation", K.STAND_ADDED: "exhibitor added",
           K.STAND_REMOVED: "exhibitor removed", K.STAND_CHANGED: "record changed",
           K.STATUS_CHANGED: "status", K.ASSIGNMENT_MADE: "placed",
           K.ASSIGNMENT_CHANGED: "moved to another booth", K.ASSIGNMENT_REMOVED: "taken off",
           K.SHARES_CHANGED: "shared booth",
           K.EVENT_CHANGED: "event", K.VENUE_CHANGED: "venue"},
}
STATUS = {"de": {"applied": "beworben", "accepted": "angenommen", "placed": "platziert",
                 "confirmed": "bestätigt", "waitlist": "Warteliste", "cancelled": "abgesagt"},
          "en": {"applied": "applied", "accepted": "accepted", "placed": "placed",
                 "confirmed": "confirmed", "waitlist": "waiting list", "cancelled": "cancelled"}}
YES_NO = {"de": ("reserviert", "frei"), "en": ("reserved", "free")}


@dataclass(frozen=True, slots=True)
class ReviewFacts:
    """What the package says about itself, printed under the title."""

    snapshot: str
    previous: str | None = None
    created_by: str = ""
    created_at: datetime | None = None


def language(lang: str) -> str:
    return lang if lang in WORDS else "de"


def metres(millimetres: int, lang: str) -> str:
    text = f"{millimetres / 1000:.2f}"
    return text.replace(".", ",") if lang == "de" else text


def change_line(entry: DiffEntry, lang: str) -> tuple[str, str, str]:
    """(kind, subject, what changed) of one diff entry, in `lang`; private values never."""
    lang = language(lang)
    kind = KINDS[lang][entry.kind]
    if isinstance(entry, BoothDiff):
        old, new = entry.old, entry.new
        detail = ""
        if old is not None and new is not None:
            pairs = {K.BOOTH_MOVED: lambda b: f"{metres(b.rect.x, lang)} / "
                                              f"{metres(b.rect.y, lang)} m ({clean(b.level)})",
                     K.BOOTH_RESIZED: lambda b: f"{metres(b.rect.width, lang)} × "
                                                f"{metres(b.rect.depth, lang)} m",
                     K.BOOTH_ROTATED: lambda b: f"{b.rotation}°",
                     K.OPEN_SIDES_CHANGED: lambda b: ", ".join(sorted(s.value for s in
                                                                     b.open_sides)) or "–",
                     K.AMENITIES_CHANGED: lambda b: ", ".join(sorted(a.value for a in
                                                                    b.amenities)) or "–",
                     K.RESERVATION_CHANGED: lambda b: YES_NO[lang][0 if b.reserved else 1]}
            shown = pairs.get(entry.kind)
            if shown is not None:
                detail = WORDS[lang]["was"].format(old=shown(old), new=shown(new))
        elif (old or new) is not None:
            booth = new or old
            assert booth is not None
            detail = (f"{metres(booth.rect.width, lang)} × {metres(booth.rect.depth, lang)} m, "
                      f"{clean(booth.level)}")
        return kind, entry.number, detail
    if isinstance(entry, AssignmentDiff):
        key = ("placed" if entry.old_booth is None else "off" if entry.new_booth is None
               else "moved")
        detail = WORDS[lang][key].format(old=entry.old_booth, new=entry.new_booth)
        if entry.shared_after or entry.shared_before:
            word, names = (("shared", entry.shared_after) if entry.shared_after
                           else ("had_shared", entry.shared_before))
            detail += "; " + WORDS[lang][word].format(names=quoted(names, lang))
        return kind, clean(entry.name), detail
    if isinstance(entry, SharesDiff):
        return kind, entry.number, sharing_detail(entry, lang)
    if isinstance(entry, StandDiff):
        detail = ", ".join(entry.fields)
        if entry.kind is K.STATUS_CHANGED and entry.old is not None and entry.new is not None:
            detail = WORDS[lang]["was"].format(old=STATUS[lang][entry.old.status.value],
                                               new=STATUS[lang][entry.new.status.value])
        return kind, clean(entry.name), detail
    if isinstance(entry, EventInfoDiff):
        return kind, clean(entry.new.name), ", ".join(entry.fields)
    assert isinstance(entry, VenueDiff)
    return kind, clean(entry.new.name), ", ".join((*entry.fields, *entry.levels))


def quoted(names: Sequence[str], lang: str) -> str:
    marks = ("„", "“") if lang == "de" else ("“", "”")
    return ", ".join(f"{marks[0]}{clean(name)}{marks[1]}" for name in names)


def sharing_detail(entry: SharesDiff, lang: str) -> str:
    """A shared booth's capacity, and its stands along the front with their parts."""
    words, parts = WORDS[lang], []
    if "capacity" in entry.fields:
        parts.append(words["room"].format(old=entry.old.capacity, new=entry.new.capacity))
    if "order" in entry.fields or "frontage" in entry.fields:
        def front(booth: Booth) -> str:
            stands = [f"{quoted([entry.name(s.stand_id)], lang)} {metres(part, lang)} m"
                      for s, part in zip(booth.shares, share_frontages(booth), strict=True)]
            return words["front"].format(stands=", ".join(stands) or words["nobody"])
        parts.append(words["was"].format(old=front(entry.old), new=front(entry.new)))
    return "; ".join(parts)


def moved_arrows(diff: Diff | None, level: str) -> list[Arrow]:
    """An arrow from where each booth of `level` was to where it is."""
    arrows = []
    for entry in diff.of_kind(K.BOOTH_MOVED) if diff else ():
        assert isinstance(entry, BoothDiff)
        if entry.old and entry.new and entry.old.level == entry.new.level == level:
            a, b = entry.old.rect, entry.new.rect
            arrows.append(Arrow(Point(a.x + a.width // 2, a.y + a.depth // 2),
                                Point(b.x + b.width // 2, b.y + b.depth // 2)))
    return arrows


class _Styles:
    title = TextStyle(Face.BOLD, max_size=20, min_size=20, color=ACCENT, leading=1.1)
    lead = TextStyle(Face.BOLD, max_size=12, min_size=12, leading=1.15)
    sub = TextStyle(max_size=9.5, min_size=9.5, color=MUTED, leading=1.25)
    heading = TextStyle(Face.BOLD, max_size=13, min_size=13, color=ACCENT, leading=1.1)
    head = TextStyle(Face.BOLD, max_size=8, min_size=8, color=ACCENT, wrap=False)
    number = TextStyle(Face.BOLD, max_size=10, min_size=10, wrap=False)
    name = TextStyle(Face.BOLD, max_size=9.5, min_size=9.5, leading=1.15)
    body = TextStyle(max_size=8.5, min_size=8.5, leading=1.15, color=MUTED)
    mark = TextStyle(Face.BOLD, max_size=14, min_size=14, wrap=False, color="#e65100")


class _Page:
    """A4 landscape with a running foot: what is printed and the page number."""

    def __init__(self, foot: str, lang: str) -> None:
        self.width, self.height = (v * mm for v in page_size(Paper.A4, Orientation.LANDSCAPE))
        self.margin = 12 * mm
        self.foot = foot
        self.lang = lang
        self.flow = Flow(left=self.margin, top=self.height - self.margin,
                         width=self.width - 2 * self.margin, bottom=self.margin + 8 * mm)

    def decorate(self, canvas: Canvas, page: int, pages: int) -> None:
        m, w = self.margin, self.width - 2 * self.margin
        canvas.saveState()
        canvas.setStrokeColor(HexColor(HAIRLINE))
        canvas.setLineWidth(0.5)
        canvas.line(m, m + 6 * mm, m + w, m + 6 * mm)
        canvas.restoreState()
        small = TextStyle(max_size=8, min_size=7, wrap=False, color=MUTED)
        draw_text(canvas, self.foot, small, x=m, top=m + 5 * mm, width=w * 0.75, height=5 * mm)
        draw_text(canvas, WORDS[self.lang]["page"].format(page=page, pages=pages), small,
                  x=m + w * 0.75, top=m + 5 * mm, width=w * 0.25, height=5 * mm, align="right")

    def write(self, out: Path | str, title: str) -> int:
        with pdf_canvas(out, width=self.width / mm, height=self.height / mm,
                        title=title) as canvas:
            return self.flow.render(canvas, self.decorate)


def _plans(page: _Page, event: Event, *, highlight: frozenset[str], diff: Diff | None,
           lang: str) -> None:
    """Each level that has booths, as large as a page allows."""
    flow = page.flow
    used = {booth.level for booth in event.booths}
    for level in event.venue.levels:
        if level.name not in used:
            continue
        flow.text(clean(level.name), _Styles.lead, lines=1, keep=90 * mm)
        height = max(90 * mm, flow.room() - 2 * mm)
        flow.block(height, lambda canvas, top, name=level.name, h=height: draw_plan(
            canvas, event, level=name, box=(flow.left, top - h, flow.width, h), lang=lang,
            highlight=highlight, marks=moved_arrows(diff, name)))
        flow.new_page()


def _assignments(page: _Page, event: Event, touched: frozenset[str], stands: frozenset[int],
                 lang: str) -> None:
    flow, text, s = page.flow, WORDS[lang], _Styles
    flow.text(text["table"], s.heading, lines=1, keep=30 * mm)
    w = flow.width
    columns = ((0, 20 * mm), (22 * mm, w * 0.46), (24 * mm + w * 0.46, w * 0.24),
               (w - 58 * mm, 28 * mm), (w - 26 * mm, 12 * mm), (w - 11 * mm, 11 * mm))
    heads = (text["booth"], text["stand"], text["theme"], text["status"], text["changed"],
             text["ok"])
    flow.head = tuple(Cell(x, width, ((head, s.head),), max_lines=1)
                      for (x, width), head in zip(columns, heads, strict=True))
    flow.row(flow.head, rule=True, heavy=True)
    for booth, stand in event.assigned():
        public = stand.public()
        organisation = clean(public.organisation)
        if organisation.casefold() == clean(public.name).casefold():
            organisation = ""
        changed = booth.number in touched or stand.id in stands
        share = ""
        if booth.shared:
            part = share_frontages(booth)[booth.stand_ids.index(stand.id or 0)]
            share = text["share"].format(part=metres(part, lang),
                                         front=metres(front_length(booth), lang))
        (x0, w0), (x1, w1), (x2, w2), (x3, w3), (x4, w4), (x5, w5) = columns
        flow.row((Cell(x0, w0, ((booth.number, s.number),), max_lines=1),
                  Cell(x1, w1, ((clean(public.name), s.name), (organisation, s.body),
                                (share, s.body))),
                  Cell(x2, w2, ((clean(public.theme), s.body),)),
                  Cell(x3, w3, ((STATUS[lang][public.status.value], s.body),), max_lines=1),
                  Cell(x4, w4, (("•" if changed else "", s.mark),), max_lines=1,
                       align="center"),
                  Cell(x5, w5, (), checkbox=3.5 * mm)))
    flow.head = None
    free = sorted((b.number for b in event.booths if b.stand_id is None), key=natural_key)
    if free:
        flow.space(3 * mm)
        flow.text(text["free"].format(booths=", ".join(free)), s.sub, lines=4)


def _changes(page: _Page, diff: Diff, lang: str) -> None:
    flow, text, s = page.flow, WORDS[lang], _Styles
    if not diff:
        flow.text(text["no_changes"], s.sub, lines=1)
        return
    w = flow.width
    columns = ((0, 50 * mm), (52 * mm, w * 0.38), (54 * mm + w * 0.38, w - 54 * mm - w * 0.38))
    flow.head = tuple(Cell(x, width, ((head, s.head),), max_lines=1) for (x, width), head in
                      zip(columns, (text["what"], text["subject"], text["change"]),
                          strict=True))
    flow.row(flow.head, rule=True, heavy=True)
    for entry in diff:
        kind, subject, detail = change_line(entry, lang)
        (x0, w0), (x1, w1), (x2, w2) = columns
        flow.row((Cell(x0, w0, ((kind, s.body),)), Cell(x1, w1, ((subject, s.name),)),
                  Cell(x2, w2, ((detail, s.body),), max_lines=6)))
    flow.head = None


def _heading(page: _Page, event: Event, title: str, lines: Sequence[str]) -> None:
    flow, info = page.flow, event.info
    flow.text(title, _Styles.title, lines=2)
    flow.space(1.5 * mm)
    flow.text(SEPARATOR.join(p for p in (clean(info.name), info.date_text(), clean(
        event.venue.name)) if p), _Styles.lead, lines=2)
    for line in lines:
        if line:
            flow.text(line, _Styles.sub, lines=3)
    flow.space(3 * mm)


def write_review_pdf(event: Event, out: Path | str, *, facts: ReviewFacts,
                     diff: Diff | None = None, lang: str = "de") -> int:
    """The package's PDF: title, plan(s) with the changes marked, the assignment table with a
    box to tick per row, and the changes listed; NothingToPrint if no booth has a stand."""
    lang = language(lang)
    if not event.assigned():
        raise NothingToPrint(event.info.name, "assignments to review")
    check_glyphs([*public_texts(event, event.assigned()), facts.created_by,
                  *(level.name for level in event.venue.levels),
                  *(part for entry in diff or () for part in change_line(entry, lang))])
    text = WORDS[lang]
    when = facts.created_at.strftime("%d.%m.%Y %H:%M" if lang == "de" else "%Y-%m-%d %H:%M") \
        if facts.created_at else "–"
    about = text["package"].format(snapshot=facts.snapshot, when=when,
                                   who=clean(facts.created_by) or "–")
    if facts.previous is None or diff is None:
        since = text["first"]
    elif diff:
        since = text["since"].format(previous=facts.previous, count=len(diff))
    else:
        since = text["none_since"].format(previous=facts.previous)
    page = _Page(SEPARATOR.join((clean(event.info.name), text["title"], facts.snapshot)), lang)
    _heading(page, event, text["title"], (about, since, text["hint"]))
    touched = diff.booths if diff else frozenset()
    _plans(page, event, highlight=touched, diff=diff, lang=lang)
    _assignments(page, event, touched, diff.stands if diff else frozenset(), lang)
    if facts.previous is not None and diff is not None:
        page.flow.space(6 * mm)
        page.flow.text(text["changes"].format(previous=facts.previous), _Styles.heading,
                       lines=1, keep=20 * mm)
        _changes(page, diff, lang)
    return page.write(out, f"{text['title']} – {clean(event.info.name)} ({facts.snapshot})")


def write_diff_pdf(diff: Diff, out: Path | str, *, event: Event, old: str,
                   new: str | None = None, lang: str = "de") -> int:
    """A printable diff from `old` to `new` (None: now): the list, then the plan(s) of
    `event` (the newer state) with the touched booths marked and moved ones arrowed."""
    lang = language(lang)
    check_glyphs([event.info.name, *(level.name for level in event.venue.levels),
                  *(part for entry in diff for part in change_line(entry, lang))])
    text = WORDS[lang]
    span = text["from_to"].format(old=old, new=new or text["now"])
    page = _Page(SEPARATOR.join((clean(event.info.name), text["diff_title"], span)), lang)
    _heading(page, event, f"{text['diff_title']} {span}", (
        text["count"].format(count=len(diff)), text["marked"] if diff.booths else ""))
    _changes(page, diff, lang)
    if diff.booths:
        page.flow.new_page()
        _plans(page, event, highlight=diff.booths, diff=diff, lang=lang)
    return page.write(out, f"{text['diff_title']} {span} – {clean(event.info.name)}")


def review_pdf(event: Event, *, facts: ReviewFacts, diff: Diff | None = None,
               lang: str = "de") -> bytes:
    """`write_review_pdf` into memory, for the package."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "plan.pdf"
        write_review_pdf(event, out, facts=facts, diff=diff, lang=lang)
        return out.read_bytes()
