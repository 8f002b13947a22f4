"""The plan view around booths: resize handles dragged on the viewport, amenity icons by zoom
and layer, rulers in metres (checked on grabbed pixels)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage

from boothmanager.domain import Amenity, Booth, Rect
from boothmanager.gui.main_window import MainWindow
from boothmanager.gui.plan import style
from boothmanager.gui.plan.overlay import RULER_PX, metre_label, step_for
from boothmanager.gui.plan.scene import Layer
from boothmanager.operations import AddBooth

LEFT = Qt.MouseButton.LeftButton
FOYER = "Foyer (EG)"


def at(window: MainWindow, x: float, y: float) -> QPoint:
    return window.view.mapFromScene(QPointF(x, -y))


def show(window: MainWindow, booth: Booth, pixels_per_mm: float) -> None:
    """`booth` on the plan, the view at `pixels_per_mm` centred on it."""
    window.run(AddBooth(booth=booth), "add")
    window.view.resetTransform()
    window.view.zoom(pixels_per_mm)
    centre = booth.rect
    window.view.centerOn(QPointF(centre.x + centre.width / 2, -(centre.y + centre.depth / 2)))


def grab(window: MainWindow) -> QImage:
    return window.view.viewport().grab().toImage()


def close(a: QColor, b: QColor, tolerance: int = 20) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a.getRgb()[:3], b.getRgb()[:3]))


def test_dragging_the_east_handle_widens_the_booth_on_the_grid_in_one_undo_step(
        window: MainWindow, qtbot) -> None:  # noqa: ANN001
    show(window, Booth(number="R1", level=FOYER, rect=Rect(20_000, 2_000, 3_000, 2_000)), 0.1)
    window.select_booth("R1")
    view, viewport = window.view, window.view.viewport()
    assert view.resize_target() is window.scene.booth_items["R1"]
    handle = at(window, 23_000, 3_000)
    qtbot.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, handle)
    qtbot.mouseMove(viewport, at(window, 24_040, 3_300))
    qtbot.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, at(window, 24_040, 3_300))
    assert window.document.db.load().booth("R1").rect == Rect(20_000, 2_000, 4_000, 2_000)
    assert window.undo_action.text() == "&Undo Resize booth R1"
    window.undo()
    assert window.document.db.load().booth("R1").rect == Rect(20_000, 2_000, 3_000, 2_000)
    window.redo()
    assert window.scene.booth_items["R1"].booth.rect.width == 4_000


def test_shift_frees_a_corner_handle_and_a_booth_never_shrinks_below_half_a_metre(
        window: MainWindow, qtbot) -> None:  # noqa: ANN001
    show(window, Booth(number="R1", level=FOYER, rect=Rect(20_000, 2_000, 3_000, 2_000)), 0.1)
    window.select_booth("R1")
    viewport = window.view.viewport()
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.mousePress(viewport, LEFT, shift, at(window, 20_000, 2_000))  # south-west corner
    qtbot.mouseMove(viewport, at(window, 19_555, 1_777))
    qtbot.mouseRelease(viewport, LEFT, shift, at(window, 19_555, 1_777))
    rect = window.document.db.load().booth("R1").rect
    assert (rect.right, rect.top) == (23_000, 4_000)  # the opposite corner stays
    assert abs(rect.x - 19_555) <= 10 and abs(rect.y - 1_777) <= 10
    assert rect.x % 100 or rect.y % 100  # off the 10 cm grid: drawn freely
    window.select_booth("R1")
    qtbot.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, at(window, 23_000, 4_000))
    qtbot.mouseMove(viewport, at(window, 18_000, 4_000))
    qtbot.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, at(window, 18_000, 4_000))
    assert window.document.db.load().booth("R1").rect.width == 500


def test_no_handles_on_turned_shaped_tiny_or_several_booths(window: MainWindow) -> None:
    show(window, Booth(number="R1", level=FOYER, rect=Rect(20_000, 2_000, 3_000, 2_000),
                       rotation=15), 0.1)
    window.select_booth("R1")
    assert window.view.resize_target() is None
    window.run(AddBooth(booth=Booth(number="L1", level=FOYER, rect=Rect(25_000, 2_000, 3_000,
                                                                        2_000),
                                    parts=(Rect(0, 2_000, 1_000, 1_000),))), "add")
    window.select_booth("L1")
    assert window.view.resize_target() is None
    window.select_booth("S1")
    assert window.view.resize_target() is not None
    window.scene.booth_items["S2"].setSelected(True)
    assert window.view.resize_target() is None
    window.select_booth("S1")
    window.view.fit()
    window.view.zoom(0.1)  # S1 is a few pixels large: handles would hide it
    assert window.view.resize_target() is None


def test_amenity_icons_appear_only_zoomed_in_and_hide_with_their_layer(
        window: MainWindow) -> None:
    booth = Booth(number="A1", level=FOYER, rect=Rect(20_000, 2_000, 3_000, 2_000),
                  amenities=frozenset({Amenity.POWER, Amenity.WATER, Amenity.STEP_FREE}))
    show(window, booth, 0.02)
    item = window.scene.booth_items["A1"]
    boxes = item.icon_boxes()
    assert [amenity for amenity, _ in boxes] == [Amenity.POWER, Amenity.WATER, Amenity.STEP_FREE]
    fill = style.BOOTH_FILL[booth.status]

    def icon_colour() -> QColor:
        # The step-free icon is a blue plate: its upper left quarter shows it.
        box = item.mapRectToScene(boxes[2][1])
        point = window.view.mapFromScene(box.topLeft() + QPointF(box.width() * 0.12,
                                                                  box.height() * 0.35))
        return grab(window).pixelColor(point.x(), point.y())

    assert not item.shows_icons(window.view.transform().m11())
    assert close(icon_colour(), fill)  # 0.02 px/mm: an icon would be 6 px, so none
    window.view.zoom(5)  # 0.1 px/mm: 32 px icons
    assert item.shows_icons(window.view.transform().m11())
    assert close(icon_colour(), QColor("#1565c0"), tolerance=40)
    window.scene.set_layer_visible(Layer.AMENITIES, False)
    assert close(icon_colour(), fill)
    window.scene.set_layer_visible(Layer.AMENITIES, True)
    assert close(icon_colour(), QColor("#1565c0"), tolerance=40)


def test_rulers_show_metres_along_the_top_and_left_edge(window: MainWindow) -> None:
    view = window.view
    view.resetTransform()
    view.zoom(0.05)  # 5 cm a pixel: labelled ticks every 2 m
    view.centerOn(QPointF(18_000, -9_000))
    assert step_for(0.05, 70) == 2_000 and metre_label(2_000) == "2" and metre_label(-500) == "-0.5"
    image = grab(window)
    width, height = image.width(), image.height()

    def dark(x: int, y: int) -> bool:
        return image.pixelColor(x, y).lightness() < 120

    # The ruler bands are light; the ticks on them dark, one long tick every 2 m (100 px).
    assert image.pixelColor(width // 2, 3).lightness() > 200 or dark(width // 2, 3)
    long_ticks = [x for x in range(RULER_PX + 1, width) if dark(x, RULER_PX - 7)
                  and dark(x, RULER_PX - 2)]
    assert len(long_ticks) >= width // 100 - 1
    gaps = {b - a for a, b in zip(long_ticks, long_ticks[1:]) if b - a > 3}
    assert gaps and all(abs(gap - 100) <= 2 for gap in gaps)
    left_ticks = [y for y in range(RULER_PX + 1, height) if dark(RULER_PX - 7, y)
                  and dark(RULER_PX - 2, y)]
    assert len(left_ticks) >= height // 100 - 1
    # A long tick sits where the plan's x is a whole 2 m.
    tick_x = view.mapToScene(QPoint(long_ticks[0], 100)).x()
    assert abs(tick_x - round(tick_x / 2_000) * 2_000) <= 30
    view.show_rulers = False
    view.viewport().update()
    plain = grab(window)
    assert sum(plain.pixelColor(x, RULER_PX - 2).lightness() < 120
               for x in range(RULER_PX + 1, width)) < len(long_ticks) // 2
