"""The plan scene: one level of the venue with its booths, rebuilt or updated from the event."""

from __future__ import annotations

import hashlib
import math

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
)

from boothmanager.domain import Event, ExitKind, Level, Rect
from boothmanager.domain.background import Background, BackgroundKind
from boothmanager.gui.plan import style
from boothmanager.gui.wording import area_kind_text, plain_tooltip
from boothmanager.gui.plan.coords import scene_point, scene_polygon, scene_rect
from boothmanager.gui.plan.items import BoothItem, stand_names
from boothmanager.gui.plan.text import LabelItem


class Layer(StrEnum):
    """What the user can hide on the plan (View > Layers)."""

    BACKGROUND = "background"
    OBSTACLES = "obstacles"  # obstacles and non-exhibit areas
    ZONES = "zones"
    LABELS = "labels"
    AMENITIES = "amenities"  # the amenity icons on booths


class Part(StrEnum):
    """A selectable piece of the venue, found again by its kind and index in the level."""

    OBSTACLE = "obstacle"
    ZONE = "zone"
    AREA = "area"
    EXIT = "exit"


PART_KEY = 0  # QGraphicsItem.data key holding (Part, index)
AREA_FILL = QColor(121, 134, 203, 60)  # non-exhibit areas: a light indigo wash
AREA_EDGE = QColor("#3949ab")
DRAWING_LINE = QColor("#5d4037")  # the lines of a DXF background

MARGIN = 3_000  # mm of backdrop around the level


class PlanScene(QGraphicsScene):
    """Draws a level; reports booths the user dragged to a new place."""

    booths_moved = Signal(object)  # list[tuple[str, int, int]]: number, new x, new y (mm)
    parts_moved = Signal(object)  # list[tuple[Part, int, int, int]]: part, index, dx, dy (mm)
    part_activated = Signal(object, int)  # a venue part double-clicked: Part, index

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(style.BACKDROP)
        self.booth_items: dict[str, BoothItem] = {}
        self.highlighted_stand: int | None = None  # the stand picked in the stand list
        self.level_name = ""
        self.estimate_label: LabelItem | None = None
        self._pressed: dict[str, QPointF] = {}
        self._parts_pressed: dict[QGraphicsItem, QPointF] = {}
        self.grid = 100  # mm booths and venue parts snap to when dragged (the toolbar sets it)
        self.proposal_items: list[QGraphicsItem] = []
        self.layers: dict[Layer, list[QGraphicsItem]] = {layer: [] for layer in Layer}
        self.hidden: set[Layer] = set()
        self.background_item: QGraphicsItem | None = None
        self.background: Background | None = None
        # The last background decoded: every venue edit redraws the level, and decoding a
        # large scan again each time would make tracing an outline crawl.
        self._decoded: dict[str, QPixmap | QPainterPath] = {}

    def show_proposal(self, moves: list[tuple[str | None, str | None]]) -> None:
        """Arrows from where stands are to where a proposal puts them (a ring for new ones)."""
        self.clear_proposal()
        pen = QPen(style.PROPOSAL, 0)
        pen.setCosmetic(True)
        pen.setWidthF(2.5)
        ringed: set[str] = set()  # a shared booth getting two stands: one ring
        for before, after in moves:
            start = self.booth_items.get(before) if before else None
            end = self.booth_items.get(after) if after else None
            if end is None or after is None:
                continue  # a stand leaving the plan shows in the table only
            target = end.sceneBoundingRect()
            if after not in ringed:
                ringed.add(after)
                ring = self.addRect(target.adjusted(150, 150, -150, -150), pen)
                ring.setZValue(30)
                self.proposal_items.append(ring)
            if start is not None:
                line = QLineF(start.sceneBoundingRect().center(), target.center())
                self.proposal_items += arrow(self, line, pen)

    def show_changes(self, moved: list[tuple[Rect, Rect]], touched: list[str]) -> None:
        """What changed since a snapshot: arrows for moved booths, rings on touched booths."""
        self.clear_proposal()
        pen = QPen(style.CHANGED, 0)
        pen.setCosmetic(True)
        pen.setWidthF(2.5)
        for old, new in moved:
            self.proposal_items += arrow(self, QLineF(scene_rect(old).center(),
                                                      scene_rect(new).center()), pen)
        for number in touched:
            item = self.booth_items.get(number)
            if item is not None:
                ring = self.addRect(item.sceneBoundingRect().adjusted(100, 100, -100, -100), pen)
                ring.setZValue(30)
                self.proposal_items.append(ring)

    def clear_proposal(self) -> None:
        for item in self.proposal_items:
            if item.scene() is self:
                self.removeItem(item)
        self.proposal_items = []

    def show_level(self, event: Event, level: Level, background: Background | None = None) -> None:
        """Rebuild the scene for `level` of `event` (over its background, if it has one)."""
        self.clear()
        self.proposal_items = []
        self.booth_items = {}
        self.estimate_label = None
        self.layers = {layer: [] for layer in Layer}
        self.background_item = None
        self.background = None
        self.level_name = level.name
        self._draw_venue(level, estimate=event.venue.is_estimate)
        self.set_background(background)
        names = {s.id: s.name for s in event.stands}
        for booth in event.booths:
            if booth.level == level.name:
                item = BoothItem(booth, stand_names(booth, names))
                self.addItem(item)
                self.booth_items[booth.number] = item
        self.highlight_stand(self.highlighted_stand)
        bounds = scene_polygon(level.outline).boundingRect()
        self.setSceneRect(bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def update_booths(self, event: Event, numbers: frozenset[str]) -> None:
        """Bring the items of these booths in line with the event (added, changed, removed)."""
        names = {s.id: s.name for s in event.stands}
        current = {b.number: b for b in event.booths if b.number in numbers}
        # Forget every booth that goes before removing any: a removal may change the selection,
        # and whoever listens must not find a booth here that the event no longer has.
        gone = [self.booth_items.pop(number) for number in numbers
                if number in self.booth_items and (number not in current
                                                   or current[number].level != self.level_name)]
        for item in gone:
            self.removeItem(item)
        for number in numbers:
            item = self.booth_items.get(number)
            booth = current.get(number)
            if booth is None or booth.level != self.level_name:
                continue
            if item is None:
                item = BoothItem(booth, stand_names(booth, names))
                self.addItem(item)
                self.booth_items[number] = item
            else:
                item.update_booth(booth, stand_names(booth, names))
        if self.highlighted_stand is not None:
            self.highlight_stand(self.highlighted_stand)

    def highlight_stand(self, stand_id: int | None) -> BoothItem | None:
        """Mark where `stand_id` stands (its strip of a shared booth); the booth item, if the
        stand is on this level."""
        self.highlighted_stand = stand_id
        found = None
        for item in self.booth_items.values():
            if stand_id is not None and stand_id in item.booth.stand_ids:
                found = item
                item.set_highlighted(stand_id)
            elif item.highlighted is not None:
                item.set_highlighted(None)
        return found

    def set_background(self, background: Background | None) -> None:
        """Show `background` under the plan; a new placement of the same content is cheap."""
        old = self.background
        self.background = background
        if background is None or old is None or old.data != background.data \
                or self.background_item is None:
            if self.background_item is not None:
                self.removeItem(self.background_item)
                self.layers[Layer.BACKGROUND].remove(self.background_item)
                self.background_item = None
            if background is None:
                return
            self.background_item = background_item(background, self._decoded)
            self.background_item.setZValue(1)  # over the floor, under everything else
            self.addItem(self.background_item)
            self.layers[Layer.BACKGROUND].append(self.background_item)
            self.background_item.setVisible(Layer.BACKGROUND not in self.hidden)
        item = self.background_item
        item.setPos(background.x, -background.y)
        item.setScale(background.scale)
        item.setOpacity(background.opacity / 100)
        bounds = scene_rect(background.bounds).united(self.sceneRect())
        self.setSceneRect(bounds)

    def set_layer_visible(self, layer: Layer, visible: bool) -> None:
        """Show or hide one layer of the plan."""
        if visible:
            self.hidden.discard(layer)
        else:
            self.hidden.add(layer)
        for item in self.layers[layer]:
            item.setVisible(visible)
        if layer in (Layer.LABELS, Layer.AMENITIES):
            if layer is Layer.LABELS:
                BoothItem.show_labels = visible
            else:
                BoothItem.show_amenities = visible
            for booth in self.booth_items.values():
                booth.update()

    def selected_parts(self) -> list[tuple[Part, int]]:
        """The venue parts (obstacles, zones, areas, exits) selected on the plan."""
        return [item.data(PART_KEY) for item in self.selectedItems()
                if item.data(PART_KEY) is not None]

    def _part(self, item: QGraphicsItem, part: Part, index: int, layer: Layer | None) -> None:
        item.setData(PART_KEY, (part, index))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self._add(item, layer)

    def _add(self, item: QGraphicsItem, layer: Layer | None) -> None:
        self.addItem(item)
        if layer is not None:
            self.layers[layer].append(item)
            item.setVisible(layer not in self.hidden)

    def booth_at(self, pos: QPointF) -> BoothItem | None:
        for item in self.items(pos):
            if isinstance(item, BoothItem):
                return item
        return None

    def retranslate(self) -> None:
        if self.estimate_label is not None:
            self.estimate_label.text = estimate_text()
            self.estimate_label.update()

    def _draw_venue(self, level: Level, *, estimate: bool) -> None:
        floor = QGraphicsPolygonItem(scene_polygon(level.outline))
        floor.setBrush(style.FLOOR)
        floor.setPen(QPen(style.WALL, 200, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap,
                          Qt.PenJoinStyle.MiterJoin))
        floor.setZValue(0)
        self.addItem(floor)
        for index, zone in enumerate(level.zones):
            item = QGraphicsRectItem(scene_rect(zone.rect))
            item.setBrush(QBrush(style.KEEP_CLEAR, Qt.BrushStyle.BDiagPattern))
            item.setPen(QPen(style.KEEP_CLEAR, 0, Qt.PenStyle.DashLine))
            item.setZValue(2)
            item.setToolTip(plain_tooltip(zone.reason))
            self._part(item, Part.ZONE, index, Layer.ZONES)
        for index, area in enumerate(level.areas):
            box = scene_rect(area.rect)
            item = QGraphicsRectItem(box)
            item.setBrush(AREA_FILL)
            item.setPen(QPen(AREA_EDGE, 0, Qt.PenStyle.DotLine))
            item.setZValue(3)
            label = area.label or area_kind_text(area.kind.value)
            item.setToolTip(plain_tooltip(label))
            self._part(item, Part.AREA, index, Layer.OBSTACLES)
            self._add(LabelItem(label, box, size=min(600.0, box.height() * 0.3,
                                                     box.width() * 0.15), color=AREA_EDGE),
                      Layer.LABELS)
        for index, obstacle in enumerate(level.obstacles):
            area = scene_rect(obstacle.rect)
            item = QGraphicsRectItem(area)
            item.setBrush(style.OBSTACLE)
            item.setPen(QPen(style.OBSTACLE_EDGE, 0))
            item.setZValue(5)
            item.setToolTip(plain_tooltip(obstacle.label))
            self._part(item, Part.OBSTACLE, index, Layer.OBSTACLES)
            label = LabelItem(obstacle.label, area, size=min(450.0, area.height() * 0.5,
                                                             area.width() * 0.3))
            self._add(label, Layer.LABELS)
        centre = scene_polygon(level.outline).boundingRect().center()
        for index, exit_ in enumerate(level.exits):
            colour = style.HALL_DOOR if exit_.kind == ExitKind.HALL_DOOR else style.EXIT_GREEN
            line = QGraphicsLineItem(QLineF(scene_point(exit_.start), scene_point(exit_.end)))
            line.setPen(QPen(colour, 400, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            line.setZValue(6)
            line.setToolTip(plain_tooltip(f"{exit_.name}: {exit_.description}"))
            self._part(line, Part.EXIT, index, None)
            mid = (scene_point(exit_.start) + scene_point(exit_.end)) / 2
            inward = centre - mid  # the label goes inside the room, off the wall
            if exit_.angle % 180 == 0:
                mid.setY(mid.y() + (700 if inward.y() > 0 else -700))
            else:
                mid.setX(mid.x() + (900 if inward.x() > 0 else -900))
            box = QRectF(mid.x() - 1_500, mid.y() - 450, 3_000, 900)
            self._add(LabelItem(exit_.name, box, size=500, color=colour, bold=True), Layer.LABELS)
        if estimate:
            bounds = scene_polygon(level.outline).boundingRect()
            box = QRectF(bounds.left(), bounds.top() - 2_300, bounds.width(), 1_600)
            self.estimate_label = LabelItem(estimate_text(), box, size=900, color=style.ESTIMATE,
                                            bold=True)
            self.addItem(self.estimate_label)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._pressed = {n: i.pos() for n, i in self.booth_items.items() if i.isSelected()}
        self._parts_pressed = {i: i.pos() for i in self.selectedItems()
                               if i.data(PART_KEY) is not None}

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        for item in self.items(event.scenePos()):
            if item.data(PART_KEY) is not None:
                part, index = item.data(PART_KEY)
                self.part_activated.emit(part, index)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        moves = []
        for number, before in self._pressed.items():
            item = self.booth_items.get(number)
            if item is None or item.pos() == before:
                continue
            x, y = item.snapped_corner()
            if (x, y) == (item.booth.rect.x, item.booth.rect.y):
                item.update_booth(item.booth, item.stand_names)  # back onto its grid place
            else:
                moves.append((number, x, y))
        self._pressed = {}
        if moves:
            self.booths_moved.emit(moves)
        self._release_parts()

    def _release_parts(self) -> None:
        """Venue parts dragged to a new place, on the grid booths snap to."""
        grid = self.grid
        moved = []
        for item, before in self._parts_pressed.items():
            delta = item.pos() - before
            dx, dy = round(delta.x() / grid) * grid, -round(delta.y() / grid) * grid
            if (dx, dy) == (0, 0):
                item.setPos(before)
                continue
            part, index = item.data(PART_KEY)
            moved.append((part, index, dx, dy))
        self._parts_pressed = {}
        if moved:
            self.parts_moved.emit(moved)


def arrow(scene: QGraphicsScene, line: QLineF, pen: QPen) -> list[QGraphicsItem]:
    """A line with a head at its end, above the booths."""
    shaft = scene.addLine(line, pen)
    head_length = min(600.0, line.length() / 3)
    angle = math.atan2(line.dy(), line.dx())
    tip = line.p2()
    wings = [QPointF(tip.x() - head_length * math.cos(angle + turn),
                     tip.y() - head_length * math.sin(angle + turn)) for turn in (0.4, -0.4)]
    head = scene.addPolygon(QPolygonF([tip, *wings]), pen, QBrush(pen.color()))
    for item in (shaft, head):
        item.setZValue(30)
    return [shaft, head]


def background_item(background: Background,
                    decoded: dict[str, QPixmap | QPainterPath]) -> QGraphicsItem:
    """The picture or the lines of a background, in its own units (placed by the caller);
    `decoded` keeps the last one decoded, by the digest of its content."""
    key = hashlib.sha256(background.data).hexdigest()
    content = decoded.get(key)
    if content is None:
        content = decode(background)
        decoded.clear()
        decoded[key] = content
    if isinstance(content, QPixmap):
        item: QGraphicsItem = QGraphicsPixmapItem(content)
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        return item
    pen = QPen(DRAWING_LINE, 0)
    pen.setCosmetic(True)
    drawing = QGraphicsPathItem(content)
    drawing.setPen(pen)
    return drawing


def decode(background: Background) -> QPixmap | QPainterPath:
    """A background's picture, or its drawing's lines as one path."""
    if background.kind is BackgroundKind.IMAGE:
        return QPixmap.fromImage(QImage.fromData(background.data))
    from boothmanager.background_files import drawing_polylines

    path = QPainterPath()
    for line in drawing_polylines(background):
        path.moveTo(*line[0])
        for point in line[1:]:
            path.lineTo(*point)
    return path


def estimate_text() -> str:
    return QCoreApplication.translate(
        "PlanScene", "ESTIMATE – venue geometry assumed, not measured")
