"""Drawing L- and U-shaped booths with the mouse on the plan's viewport, merging partly
adjacent booths, and how the plan shows them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage

from boothmanager.domain import Booth, Rect
from boothmanager.gui.main_window import MainWindow
from boothmanager.gui.plan import style
from boothmanager.gui.plan.tools import Tool
from boothmanager.operations import AddBooth

LEFT = Qt.MouseButton.LeftButton
FOYER = "Foyer (EG)"


def at(window: MainWindow, x: int, y: int) -> QPoint:
    return window.view.mapFromScene(QPointF(x, -y))


def drag(qtbot, window: MainWindow, start: tuple[int, int], end: tuple[int, int]) -> None:  # noqa: ANN001
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, at(window, *start))
    qtbot.mouseMove(viewport, at(window, *end))
    qtbot.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, at(window, *end))


def add(window: MainWindow, number: str, rect: Rect) -> None:
    window.run(AddBooth(booth=Booth(number=number, level=FOYER, rect=rect)), f"add {number}")
    window.view.zoom(6)  # 10 cm a pixel or finer: every drag lands on the grid it means
    window.view.centerOn(QPointF(21_500, -4_000))


def grab(window: MainWindow) -> QImage:
    return window.view.viewport().grab().toImage()


def colour_at(window: MainWindow, image: QImage, x: int, y: int) -> QColor:
    point = at(window, x, y)
    return image.pixelColor(point.x(), point.y())


def close(a: QColor, b: QColor, tolerance: int = 30) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a.getRgb()[:3], b.getRgb()[:3]))


def test_drag_out_of_the_selected_booth_makes_an_l_then_a_u_with_undo_and_redo(
        window: MainWindow, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    add(window, "L1", Rect(20_000, 2_000, 3_000, 2_000))
    window.select_booth("L1")
    window.choose_tool(Tool.BOOTH)
    drag(qtbot, window, (20_300, 3_000), (21_000, 5_000))  # west end, 1 m up out of it
    booth = window.document.db.load().booth("L1")
    assert booth.parts == (Rect(300, 2_000, 700, 1_000),)
    assert window.undo_action.text() == "&Undo Extend booth L1"
    assert [b.number for b in window.document.db.load().booths].count("L1") == 1
    assert len(window.document.db.load().booths) == 6  # no new booth drawn
    drag(qtbot, window, (22_700, 3_000), (22_000, 5_000))  # east end, dragged west and up
    u_booth = window.document.db.load().booth("L1")
    assert u_booth.parts == (Rect(300, 2_000, 700, 1_000), Rect(2_000, 2_000, 700, 1_000))
    item = window.scene.booth_items["L1"]
    assert item.booth == u_booth
    # The notch is not the booth: a click there finds nothing, the arms do.
    assert window.scene.booth_at(QPointF(21_500, -4_500)) is None
    assert window.scene.booth_at(QPointF(20_600, -4_500)) is item
    image = grab(window)
    image.save(str(tmp_path / "u.png"))
    assert close(colour_at(window, image, 20_600, 4_500), style.BOOTH_FILL[u_booth.status])
    assert not close(colour_at(window, image, 21_500, 4_700), style.BOOTH_FILL[u_booth.status],
                     tolerance=8)
    window.undo()
    assert window.document.db.load().booth("L1").parts == (Rect(300, 2_000, 700, 1_000),)
    window.undo()
    assert window.document.db.load().booth("L1").parts == ()
    assert window.scene.booth_items["L1"].booth.parts == ()
    window.redo()
    assert window.document.db.load().booth("L1").parts == (Rect(300, 2_000, 700, 1_000),)


def test_a_drag_from_an_unselected_booth_still_draws_a_new_booth(window: MainWindow,
                                                                 qtbot) -> None:  # noqa: ANN001
    add(window, "L1", Rect(20_000, 2_000, 3_000, 2_000))
    window.scene.clearSelection()
    window.choose_tool(Tool.BOOTH)
    drag(qtbot, window, (20_300, 3_000), (21_000, 5_000))
    event = window.document.db.load()
    assert event.booth("L1").parts == ()
    assert len(event.booths) == 7


def test_a_drag_out_across_a_corner_says_how_and_changes_nothing(window: MainWindow,
                                                                 qtbot) -> None:  # noqa: ANN001
    add(window, "L1", Rect(20_000, 2_000, 3_000, 2_000))
    window.select_booth("L1")
    before = window.document.db.load()
    window.choose_tool(Tool.BOOTH)
    drag(qtbot, window, (22_000, 3_000), (24_000, 5_000))
    assert window.document.db.load() == before
    assert "across one of its sides" in window.statusBar().currentMessage()


def test_merging_partly_adjacent_booths_gives_an_l_drawn_as_one_outline(
        window: MainWindow, qtbot) -> None:  # noqa: ANN001
    add(window, "A1", Rect(20_000, 2_000, 3_000, 2_000))
    add(window, "A2", Rect(23_000, 2_000, 2_000, 3_000))
    window.select_booth("A1")
    window.scene.booth_items["A2"].setSelected(True)
    window.merge_selected()
    event = window.document.db.load()
    assert "A2" not in {b.number for b in event.booths}
    assert event.booth("A1").parts == (Rect(3_000, 0, 2_000, 3_000),)
    item = window.scene.booth_items["A1"]
    assert item.isSelected()
    assert item.shape().boundingRect().size().toSize().width() == 5_000
    window.split_selected("width")
    event = window.document.db.load()
    assert event.booth("A1").parts == () and event.booth("A2").rect == Rect(23_000, 2_000, 2_000,
                                                                            3_000)
