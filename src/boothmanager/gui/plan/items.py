"""The booth items of the plan, drawn by level of detail (a shared booth as its strips)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from boothmanager.domain import Amenity, Booth, Point, Side
from boothmanager.domain.shares import front_side, share_rects
from boothmanager.gui.plan import style
from boothmanager.gui.plan.coords import scene_rect
from boothmanager.gui.plan.glyphs import draw_amenity
from boothmanager.gui.plan.text import TEXT_MIN_PX, TextLine
from boothmanager.gui.wording import plain_tooltip

# Level of detail, in screen pixels (as in Qt's "chip" example): how much of a booth is drawn
# depends on how large it is on screen, so a fitted plan of 10,000 booths stays quick.
BLOCK_MAX_PX = 6.0  # a booth whose short side is smaller is one block in its status colour
# Amenity icons (power, water …): an icon `side` mm wide is drawn only where
# side * lod >= AMENITY_ICON_MIN_PX, i.e. where it would be at least this many pixels wide.
AMENITY_ICON_MIN_PX = 12.0
ICON_SIZE = 0.16  # amenity icon side, as a share of the booth's short side …
ICON_LIMITS = (150.0, 450.0)  # … within these mm
NUMBER_SIZE = 0.30  # letter size of the booth number, as a share of the booth's short side
NAME_SIZE = 0.17  # letter size of the stand name, likewise
GRID = 100  # mm: booths dragged on a plan land on this grid unless its scene has its own


class Detail(IntEnum):
    """What a booth shows at a zoom; each step adds to the one before."""

    BLOCK = 0  # a filled block in its status colour
    OUTLINE = 1  # its fill and outline
    NUMBER = 2  # and its number
    NAME = 3  # and its stand's name


BOOTH_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsSelectable  # combined once, not per booth
               | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
               | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)


def stand_names(booth: Booth, names: dict[int, str]) -> tuple[str, ...]:
    """The names of the stands on a booth, along its front."""
    return tuple(names.get(stand_id, "") for stand_id in booth.stand_ids)


class BoothItem(QGraphicsRectItem):
    """A booth coloured by status, with its number and stand name when legible; an L- or
    U-shaped booth is drawn as its outline, its texts in its largest rectangle; a shared booth
    as one strip per stand along its front, each with that stand's name."""

    show_labels = True  # the plan's Labels layer; the scene switches it for every booth
    show_amenities = True  # the plan's Amenities layer, likewise

    def __init__(self, booth: Booth, names: str | tuple[str, ...] = "") -> None:
        super().__init__()
        self.setFlags(BOOTH_FLAGS)
        self.setZValue(10)
        # paint() brings its own pens and stays inside the rectangle: without a pen of its own
        # the item's bounds and shape are the rectangle itself, and a hit test strokes nothing.
        self.setPen(Qt.PenStyle.NoPen)
        self.drop_target = False
        self.problems: list[str] = []  # what is wrong with where it stands, worded
        self.highlighted: int | None = None  # a stand picked in the stand list, if it is here
        self.booth = booth
        self.update_booth(booth, names)

    def update_booth(self, booth: Booth, names: str | tuple[str, ...]) -> None:
        """Show `booth` with `names`: the stands' names in share order (one name: a str)."""
        self.booth = booth
        self.stand_names = ((names,) if names else ()) if isinstance(names, str) else tuple(names)
        # The stand's name; of a shared booth all names along the front (paint() reads it).
        self.stand_name = " / ".join(name for name in self.stand_names if name)
        area = scene_rect(booth.rect)
        # Kept on the Python side: paint() reads them without a call into Qt. The item's own
        # coordinates start at the main rectangle's north-west corner (parts may lie outside it).
        self._rect = QRectF(0, 0, area.width(), area.height())
        self._path: QPainterPath | None = None
        self._label_rect = self._rect
        bounds = self._rect
        if booth.parts:
            self._path = QPainterPath()
            self._path.addPolygon(QPolygonF([self._local(p) for p in booth.outline()]))
            self._path.closeSubpath()
            bounds = self._path.boundingRect()
            largest = booth.largest_piece
            self._label_rect = QRectF(self._local(Point(largest.x, largest.top)),
                                      self._local(Point(largest.right, largest.y)))
        self._short = min(self._label_rect.width(), self._label_rect.height())
        self._strips: tuple[QRectF, ...] = ()  # a shared booth: each stand's part, in order
        self._dividers: tuple[QLineF, ...] = ()
        self._text_short = self._short  # what decides whether the names are legible
        self._icon_rect = self._label_rect  # where the amenity icons go
        if booth.shared:
            self._share_strips(booth)
            # The number goes where it reads best, the icons where the number is not.
            last = len(self._strips) - 1
            self._icon_rect = self._strips[last if self._number_strip != last else 0]
        # An icon's side: a share of the (smallest strip's) short side, within limits.
        self._icon = min(max(self._text_short * ICON_SIZE, ICON_LIMITS[0]), ICON_LIMITS[1])
        if self.highlighted is not None and self.highlighted not in booth.stand_ids:
            self.highlighted = None
        self._amenities = [a for a in Amenity if a in booth.amenities]  # in the menu's order
        self._block_lod = 0.0
        self._block_rect = self._rect
        self._labels: dict[Detail, tuple[TextLine, ...]] = {}  # laid out when first drawn
        self.setRect(bounds)
        self.setPos(area.topLeft())
        if booth.rotation or self.rotation():  # most booths are never turned: two calls saved
            self.setTransformOriginPoint(area.width() / 2, area.height() / 2)
            self.setRotation(-booth.rotation)
        self._set_colours()
        self._set_tooltip()
        self.update()

    def _share_strips(self, booth: Booth) -> None:
        """Each stand's strip of the main rectangle and the lines between them."""
        rects = share_rects(booth)
        self._strips = tuple(QRectF(self._local(Point(r.x, r.top)), self._local(Point(r.right, r.y)))
                             for r in rects)
        across = front_side(booth) in (Side.SOUTH, Side.NORTH)  # strips side by side in x
        self._dividers = tuple(
            QLineF(self._local(Point(r.x, r.y)), self._local(Point(r.x, r.top))) if across
            else QLineF(self._local(Point(r.x, r.y)), self._local(Point(r.right, r.y)))
            for r in rects[1:])
        self._text_short = min(min(s.width(), s.height()) for s in self._strips)
        self._number_strip = max(range(len(self._strips)),  # the largest; of equals the first
                                 key=lambda i: (min(self._strips[i].width(),
                                                    self._strips[i].height()), -i))

    def strip_of(self, stand_id: int) -> QRectF | None:
        """Where `stand_id` stands on this booth, in item coordinates (the whole booth if it
        is not shared); None if it is not on it."""
        if stand_id not in self.booth.stand_ids:
            return None
        if not self._strips:
            return self._rect
        return self._strips[self.booth.stand_ids.index(stand_id)]

    def stand_at(self, scene_pos: QPointF) -> int | None:
        """The stand whose part of the booth is at `scene_pos` (the first one outside them)."""
        local = self.mapFromScene(scene_pos)
        for stand_id, strip in zip(self.booth.stand_ids, self._strips):
            if strip.contains(local):
                return stand_id
        return self.booth.stand_id

    def set_highlighted(self, stand_id: int | None) -> None:
        """Mark where `stand_id` stands on this booth (None, or a stand not here: no mark)."""
        stand_id = stand_id if stand_id in self.booth.stand_ids else None
        if stand_id != self.highlighted:
            self.highlighted = stand_id
            self.update()

    def _local(self, point: Point) -> QPointF:
        """A plan point of the unturned booth in the item's coordinates."""
        rect = self.booth.rect
        return QPointF(point.x - rect.x, rect.top - point.y)

    def shape(self) -> QPainterPath:
        if self._path is not None:  # an L or U: hits in its notch miss it
            return self._path
        return super().shape()

    def set_problems(self, problems: list[str]) -> None:
        if problems != self.problems:
            self.problems = problems
            self._set_colours()
            self._set_tooltip()
            self.update()

    def _set_colours(self) -> None:
        status = self.booth.status
        self._pen = style.BOOTH_PEN[status]
        self._brush = style.BOOTH_BRUSH[status]
        self._block = style.PROBLEM_BRUSH if self.problems else style.BOOTH_BLOCK[status]

    def _set_tooltip(self) -> None:
        self.setToolTip(plain_tooltip(self.booth.number, *self.stand_names, *self.problems))

    def snapped_corner(self) -> tuple[int, int]:
        """Where the booth's south-west corner is now, in domain mm on the grid."""
        grid = getattr(self.scene(), "grid", GRID)  # the plan's snap step (View toolbar)
        x = round(self.pos().x() / grid) * grid
        y = round(-(self.pos().y() + self._rect.height()) / grid) * grid
        return int(x), int(y)

    def detail(self, lod: float) -> Detail:
        """What this booth shows at `lod` screen pixels per scene mm."""
        pixels = self._short * lod
        if pixels < BLOCK_MAX_PX:
            return Detail.BLOCK
        if pixels * NUMBER_SIZE < TEXT_MIN_PX:
            return Detail.OUTLINE
        if not self.stand_name or self._text_short * lod * NAME_SIZE < TEXT_MIN_PX:
            return Detail.NUMBER
        return Detail.NAME

    def labels(self, detail: Detail) -> tuple[TextLine, ...]:
        """The texts drawn at `detail`, laid out on first use (none below Detail.NUMBER)."""
        if detail < Detail.NUMBER:
            return ()
        lines = self._labels.get(detail)
        if lines is None:
            lines = self._labels[detail] = self._lay_out(detail)
        return lines

    @property
    def laid_out(self) -> frozenset[Detail]:
        """The details whose texts have been laid out so far (text costs only where drawn)."""
        return frozenset(self._labels)

    def _lay_out(self, detail: Detail) -> tuple[TextLine, ...]:
        rect, short = self._label_rect, self._short
        inner = rect.adjusted(short * 0.06, short * 0.06, -short * 0.06, -short * 0.06)
        if detail < Detail.NAME:
            return (TextLine(self.booth.number, inner, size=short * NUMBER_SIZE, bold=True),)
        if self._strips:
            return self._lay_out_strips()
        half = inner.height() * 0.5
        top = QRectF(inner.left(), inner.top(), inner.width(), half)
        bottom = QRectF(inner.left(), inner.top() + half, inner.width(), half)
        return (TextLine(self.booth.number, top, size=short * NUMBER_SIZE, bold=True,
                         align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                TextLine(self.stand_name, bottom, size=short * NAME_SIZE,
                         align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop))

    def _lay_out_strips(self) -> tuple[TextLine, ...]:
        """A shared booth: its number once, in its widest strip, over that stand's name; each
        other stand's name in the middle of its strip, all names in one size."""
        short = self._text_short
        lines = []
        for index, (strip, name) in enumerate(zip(self._strips, self.stand_names)):
            inner = strip.adjusted(short * 0.06, short * 0.06, -short * 0.06, -short * 0.06)
            if index != self._number_strip:
                lines.append(TextLine(name, inner, size=short * NAME_SIZE))
                continue
            half = inner.height() * 0.5
            top = QRectF(inner.left(), inner.top(), inner.width(), half)
            bottom = QRectF(inner.left(), inner.top() + half, inner.width(), half)
            lines.append(TextLine(self.booth.number, top, size=short * NUMBER_SIZE, bold=True,
                                  align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom))
            lines.append(TextLine(name, bottom, size=short * NAME_SIZE,
                                  align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop))
        return tuple(lines)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        # Called for every visible booth on every repaint: few calls into Qt, nothing made anew.
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if self._short * lod < BLOCK_MAX_PX:  # Detail.BLOCK, the bulk of a fitted large plan
            marked = self.isSelected() or self.highlighted is not None
            if self._path is not None:
                painter.fillPath(self._path, style.DROP_TARGET_BRUSH if self.drop_target
                                 else style.SELECTED_BRUSH if marked else self._block)
                return
            if lod != self._block_lod:  # less a quarter pixel all round: a row stays apart
                gap = 0.25 / lod
                self._block_lod = lod
                self._block_rect = self._rect.adjusted(gap, gap, -gap, -gap)
            painter.fillRect(self._block_rect, style.DROP_TARGET_BRUSH if self.drop_target
                             else style.SELECTED_BRUSH if marked else self._block)
            return
        painter.setPen(self._pen)
        painter.setBrush(style.DROP_TARGET_BRUSH if self.drop_target else self._brush)
        if self._path is None:
            painter.drawRect(self._rect)
        else:
            painter.drawPath(self._path)
        if self.highlighted is not None:
            self._paint_highlight(painter, lod)
        if self._dividers:
            painter.setPen(self._pen)
            painter.drawLines(self._dividers)
        if self.booth.locked:
            self._paint_lock(painter, lod)
        selected = self.isSelected()
        if selected or self.problems:
            self._paint_marks(painter, lod, selected=selected)
        detail = self.detail(lod)
        if detail >= Detail.NUMBER and self.show_labels:
            painter.setPen(style.TEXT_PEN)
            for line in self.labels(detail):
                line.draw(painter)
        if self._amenities and self.show_amenities and self.shows_icons(lod):
            self._paint_icons(painter)

    def _paint_highlight(self, painter: QPainter, lod: float) -> None:
        """The stand picked in the stand list: its strip (or the whole booth) washed and
        outlined."""
        strip = self.strip_of(self.highlighted) if self.highlighted is not None else None
        if strip is None:
            return
        inset = 1.0 / lod
        painter.setPen(style.HIGHLIGHT_PEN)
        painter.setBrush(style.HIGHLIGHT_BRUSH)
        if self._path is not None and not self._strips:
            painter.drawPath(self._path)
        else:
            painter.drawRect(strip.adjusted(inset, inset, -inset, -inset))

    def _paint_lock(self, painter: QPainter, lod: float) -> None:
        """A padlock in the top right corner of its (largest) rectangle: the placement stays."""
        size = min(14 / lod, self._short * 0.3)
        right, top = self._label_rect.right() - size * 0.25, self._label_rect.top() + size * 0.25
        body = QRectF(right - size, top + size * 0.45, size, size * 0.55)
        painter.setPen(style.LOCK_PEN)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(body.left() + size * 0.2, top, size * 0.6, size * 0.8), 0, 180 * 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.LOCK_BRUSH)
        painter.drawRect(body)

    def shows_icons(self, lod: float) -> bool:
        """Whether its amenity icons are large enough on screen to be drawn at `lod`."""
        return self._icon * lod >= AMENITY_ICON_MIN_PX

    def icon_boxes(self) -> list[tuple[Amenity, QRectF]]:
        """Where each amenity icon goes: a row along the bottom of its (largest) rectangle
        (of a shared booth: of the last stand's strip), as many as fit."""
        rect, side = self._icon_rect, self._icon
        gap = side * 0.2
        x, y = rect.left() + gap, rect.bottom() - gap - side
        boxes = []
        for amenity in self._amenities:
            if x + side > rect.right() - gap:
                break
            boxes.append((amenity, QRectF(x, y, side, side)))
            x += side + gap
        return boxes

    def _paint_icons(self, painter: QPainter) -> None:
        for amenity, box in self.icon_boxes():
            draw_amenity(painter, amenity, box.topLeft(), box.width())

    def _paint_marks(self, painter: QPainter, lod: float, *, selected: bool) -> None:
        """The selection and the problem mark, drawn inside the booth's rectangle."""
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._path is not None:  # an L or U: its outline, clipped to stay inside it
            painter.save()
            painter.setClipPath(self._path)
            if self.problems:  # under the selection, showing beyond it
                painter.setPen(style.cosmetic_pen(style.PROBLEM, 12 if selected else 5,
                                                  Qt.PenStyle.DashLine))
                painter.drawPath(self._path)
            if selected:
                painter.setPen(style.cosmetic_pen(style.SELECTED, 6))
                painter.drawPath(self._path)
            painter.restore()
            return
        inset = 0.0
        if selected:
            inset = 1.5 / lod
            painter.setPen(style.SELECTED_PEN)
            painter.drawRect(self._rect.adjusted(inset, inset, -inset, -inset))
            inset *= 2
        if self.problems:  # marked at once: overlaps, outside, on obstacles or exits' space
            inset += 1.25 / lod
            painter.setPen(style.PROBLEM_PEN)
            painter.drawRect(self._rect.adjusted(inset, inset, -inset, -inset))
