"""Venue parts on the plan: dragged to another place, edited in their form, one step each."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from boothmanager.domain import ExitKind
from boothmanager.gui.main_window import MainWindow
from boothmanager.gui.plan.scene import Part
from boothmanager.gui.plan.tools import Tool

LEFT = Qt.MouseButton.LeftButton


def at(window: MainWindow, x: int, y: int) -> QPoint:
    return window.view.mapFromScene(QPointF(x, -y))


def drag(qtbot, window: MainWindow, start: tuple[int, int], end: tuple[int, int]) -> None:  # noqa: ANN001
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, at(window, *start))
    qtbot.mouseMove(viewport, at(window, *end))
    qtbot.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, at(window, *end))


def level(window: MainWindow):  # noqa: ANN201
    return window.document.db.load().venue.level(window.scene.level_name)


def test_drag_an_obstacle_to_another_place(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.choose_tool(Tool.OBSTACLE)
    drag(qtbot, window, (5_000, 5_000), (6_000, 6_000))
    before = level(window).obstacles
    window.choose_tool(Tool.SELECT)
    viewport = window.view.viewport()
    start, end = at(window, 5_500, 5_500), at(window, 8_500, 7_500)
    from PySide6.QtGui import QMouseEvent

    def send(kind: QMouseEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), LEFT,
                            buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    send(QMouseEvent.Type.MouseButtonPress, start, LEFT)
    for step in range(1, 6):
        send(QMouseEvent.Type.MouseMove, start + (end - start) * step / 5, LEFT)
    send(QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    moved = level(window).obstacles[-1].rect
    assert (round(moved.x, -3), round(moved.y, -3)) == (8_000, 7_000)
    assert moved.width == 1_000 and level(window).obstacles[:-1] == before[:-1]
    assert window.undo_action.text() == "&Undo Move venue part"
    window.undo()
    assert level(window).obstacles == before


def test_double_click_an_exit_to_edit_its_width_and_kind(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    first = level(window).exits[0]
    dialog = window.edit_part(Part.EXIT, 0)
    dialog.width.setValue(2.4)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ExitKind.EMERGENCY_EXIT.value))
    dialog.accept()
    edited = level(window).exits[0]
    assert (edited.width, edited.kind, edited.start) == (2_400, ExitKind.EMERGENCY_EXIT,
                                                         first.start)
    window.undo()
    assert level(window).exits[0] == first


def test_double_clicking_a_zone_opens_its_form(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.choose_tool(Tool.ZONE)
    drag(qtbot, window, (3_000, 3_000), (6_000, 5_000))
    window.choose_tool(Tool.SELECT)
    qtbot.mouseDClick(window.view.viewport(), LEFT, pos=at(window, 4_500, 4_000))
    dialog = window.part_dialog
    dialog.text.setText("vor der Tür")
    dialog.accept()
    assert level(window).zones[-1].reason == "vor der Tür"


def test_place_the_background_by_two_clicks(window: MainWindow, qtbot, tmp_path) -> None:  # noqa: ANN001
    from PIL import Image

    path = tmp_path / "plan.png"
    Image.new("RGB", (600, 300), "white").save(path)
    window.import_background(path, wait=True)
    before = window.document.db.background(window.scene.level_name)
    window.choose_tool(Tool.PLACE_BACKGROUND)
    window.view.zoom(3)
    window.view.centerOn(QPointF(4_000, -6_000))
    for x, y in ((2_000, 5_000), (5_000, 7_000)):
        qtbot.mouseClick(window.view.viewport(), LEFT, pos=at(window, x, y))
    moved = window.document.db.background(window.scene.level_name)
    assert abs(moved.x - before.x - 3_000) <= 20 and abs(moved.y - before.y - 2_000) <= 20
    assert moved.scale == before.scale
    assert window.view.tool is Tool.SELECT
    window.undo()
    assert window.document.db.background(window.scene.level_name) == before


def test_an_area_drawn_over_a_booth_is_listed_as_a_problem(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    from boothmanager.domain import AreaKind

    window.choose_tool(Tool.AREA)
    window.kind_box.setCurrentIndex(window.kind_box.findData(AreaKind.STAGE.value))
    s5 = window.current.booth("S5").rect
    drag(qtbot, window, (s5.x - 1_000, s5.y + 500), (s5.x + 1_000, s5.y + 2_500))
    texts = [window.problem_list.item(i).text() for i in range(window.problem_list.count())]
    assert "Booth S5 stands in an area without stands (Stage)" in texts
    window.undo()
    texts = [window.problem_list.item(i).text() for i in range(window.problem_list.count())]
    assert not any("area without stands" in text for text in texts)


def test_a_venue_edit_does_not_decode_the_background_again(window: MainWindow, qtbot,  # noqa: ANN001
                                                           tmp_path) -> None:  # noqa: ANN001
    from PIL import Image

    path = tmp_path / "scan.png"
    Image.new("RGB", (800, 400), "white").save(path)
    window.import_background(path, wait=True)
    pixmap = window.scene.background_item.pixmap()
    window.choose_tool(Tool.ZONE)
    drag(qtbot, window, (3_000, 3_000), (6_000, 5_000))  # the level is redrawn
    assert window.scene.background_item.pixmap().cacheKey() == pixmap.cacheKey()
