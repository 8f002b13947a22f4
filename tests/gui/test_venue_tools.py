"""Drawing the venue with the mouse on the plan's viewport: booths, outline, exits, calibration."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from boothmanager.domain import ExitKind, ObstacleKind, Point, Rect
from boothmanager.gui.main_window import MainWindow
from boothmanager.gui.plan.scene import Layer
from boothmanager.gui.plan.tools import Tool

LEFT = Qt.MouseButton.LeftButton


def at(window: MainWindow, x: int, y: int) -> QPoint:
    """The viewport pixel showing plan point (x, y) mm."""
    return window.view.mapFromScene(QPointF(x, -y))


def drag(qtbot, window: MainWindow, start: tuple[int, int], end: tuple[int, int],  # noqa: ANN001
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, LEFT, modifier, at(window, *start))
    qtbot.mouseMove(viewport, at(window, *end))
    qtbot.mouseRelease(viewport, LEFT, modifier, at(window, *end))


def click(qtbot, window: MainWindow, x: int, y: int) -> None:  # noqa: ANN001
    qtbot.mouseClick(window.view.viewport(), LEFT, pos=at(window, x, y))


def level(window: MainWindow):  # noqa: ANN201
    return window.document.db.load().venue.level(window.scene.level_name)


def test_draw_a_booth_by_dragging_then_undo_and_redo(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.view.zoom(4)  # under 5 cm a pixel, however narrow the docks leave the plan
    window.view.centerOn(QPointF(3_500, -3_000))
    window.choose_tool(Tool.BOOTH)
    drag(qtbot, window, (2_000, 2_000), (5_000, 4_000))
    booth = window.document.db.load().booth("1")
    assert booth.rect == Rect(2_000, 2_000, 3_000, 2_000)
    assert "1" in window.scene.booth_items
    assert window.undo_action.text() == "&Undo Draw booth 1"
    window.undo()
    assert "1" not in {b.number for b in window.document.db.load().booths}
    assert "1" not in window.scene.booth_items
    window.redo()
    assert window.document.db.load().booth("1").rect == Rect(2_000, 2_000, 3_000, 2_000)


def test_a_tiny_drag_draws_nothing(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    before = window.document.db.load().booths
    window.choose_tool(Tool.BOOTH)
    drag(qtbot, window, (2_000, 2_000), (2_000, 2_000))
    assert window.document.db.load().booths == before


def test_the_snap_grid_is_switchable_and_shift_draws_freely(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.set_grid(1_000)
    window.view.zoom(4)  # close enough that a pixel is a few mm
    window.view.centerOn(QPointF(3_000, -3_000))
    window.choose_tool(Tool.BOOTH)
    drag(qtbot, window, (2_300, 2_200), (4_800, 4_100))
    assert window.document.db.load().booth("1").rect == Rect(2_000, 2_000, 3_000, 2_000)
    drag(qtbot, window, (5_230, 2_210), (6_770, 3_880), Qt.KeyboardModifier.ShiftModifier)
    free = window.document.db.load().booth("2").rect
    assert free.x % 100 != 0 or free.right % 100 != 0 or free.top % 100 != 0


def test_trace_the_outline_by_clicking_corners(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    before = level(window)
    window.choose_tool(Tool.OUTLINE)
    corners = [(0, 0), (42_000, 0), (42_000, 20_000), (10_000, 20_000), (0, 12_000)]
    for x, y in corners:
        click(qtbot, window, x, y)
    qtbot.mouseDClick(window.view.viewport(), LEFT, pos=at(window, *corners[-1]))
    assert level(window).outline == tuple(Point(x, y) for x, y in corners)
    assert level(window).exits == before.exits  # only the outline changed
    assert window.undo_action.text() == "&Undo Draw hall outline (5 corners)"
    window.undo()
    assert level(window) == before


def test_draw_an_exit_and_an_obstacle_of_a_kind(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    count = len(level(window).exits)
    window.choose_tool(Tool.EXIT)
    window.kind_box.setCurrentIndex(window.kind_box.findData(ExitKind.EMERGENCY_EXIT.value))
    click(qtbot, window, 10_000, 0)
    click(qtbot, window, 11_800, 150)  # a slightly slanted click lands on the wall's axis
    exits = level(window).exits
    assert len(exits) == count + 1
    new = exits[-1]
    assert (new.start, new.width, new.angle, new.kind) == (Point(10_000, 0), 1_800, 0,
                                                           ExitKind.EMERGENCY_EXIT)
    window.choose_tool(Tool.OBSTACLE)
    window.kind_box.setCurrentIndex(window.kind_box.findData(ObstacleKind.FIRE_EXTINGUISHER.value))
    drag(qtbot, window, (1_000, 1_000), (1_500, 1_500))
    obstacle = level(window).obstacles[-1]
    assert obstacle.kind is ObstacleKind.FIRE_EXTINGUISHER
    assert obstacle.rect == Rect(1_000, 1_000, 500, 500)


def test_a_venue_part_is_selected_and_deleted_as_one_step(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.choose_tool(Tool.ZONE)
    drag(qtbot, window, (3_000, 3_000), (6_000, 5_000))
    zones = level(window).zones
    window.choose_tool(Tool.SELECT)
    click(qtbot, window, 4_500, 4_000)
    assert window.scene.selected_parts()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert level(window).zones == zones[:-1]
    window.undo()
    assert level(window).zones == zones


def test_measure_two_points(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.choose_tool(Tool.MEASURE)
    click(qtbot, window, 1_000, 1_000)
    click(qtbot, window, 4_000, 5_000)
    assert window.measure_text == "Distance: 5.00 m"
    assert "5.00 m" in window.cursor_label.text()


@pytest.fixture
def hall_png(tmp_path: Path) -> Path:
    path = tmp_path / "fluchtwegplan.png"
    Image.new("RGB", (1_200, 600), "white").save(path)
    return path


def test_import_and_calibrate_a_background_by_two_clicks(window: MainWindow, qtbot,  # noqa: ANN001
                                                          hall_png: Path) -> None:
    window.import_background(hall_png, wait=True)
    background = window.document.db.background(window.scene.level_name)
    assert background is not None and background.source == "fluchtwegplan.png"
    assert window.scene.background_item is not None
    assert window.tool_actions[Tool.CALIBRATE].isEnabled()
    window.choose_tool(Tool.CALIBRATE)
    window.view.zoom(3)  # calibration points are not snapped: a closer view clicks truer
    window.view.centerOn(QPointF(7_000, -10_000))
    click(qtbot, window, 2_000, 10_000)
    click(qtbot, window, 12_000, 10_000)  # 10 m apart as shown now …
    dialog = window.calibration_dialog
    dialog.setDoubleValue(12.4)  # … but 12.40 m in the hall
    dialog.accept()
    calibrated = window.document.db.background(window.scene.level_name)
    assert calibrated.scale == pytest.approx(background.scale * 1.24, rel=5e-3)
    assert window.scene.background_item.scale() == pytest.approx(calibrated.scale)
    assert window.view.tool is Tool.SELECT
    window.undo()
    assert window.document.db.background(window.scene.level_name) == background


def test_a_broken_background_is_refused_and_nothing_changes(window: MainWindow,  # noqa: ANN001
                                                            tmp_path: Path) -> None:
    broken = tmp_path / "plan.pdf"
    broken.write_bytes(b"%PDF-1.7 nothing here")
    window.import_background(broken, wait=True)
    assert window.document.db.background(window.scene.level_name) is None
    assert "plan.pdf" in window.last_message.text()
    assert not window.undo_action.isEnabled()


def test_layers_hide_and_show(window: MainWindow, hall_png: Path) -> None:
    window.import_background(hall_png, wait=True)
    window.layer_actions[Layer.BACKGROUND].setChecked(False)
    assert not window.scene.background_item.isVisible()
    window.layer_actions[Layer.OBSTACLES].setChecked(False)
    assert not any(item.isVisible() for item in window.scene.layers[Layer.OBSTACLES])
    window.layer_actions[Layer.BACKGROUND].setChecked(True)
    assert window.scene.background_item.isVisible()


def test_escape_returns_to_selecting(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.choose_tool(Tool.OUTLINE)
    click(qtbot, window, 0, 0)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)  # drops the half-drawn outline
    assert window.view.tool is Tool.OUTLINE
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.view.tool is Tool.SELECT
    assert window.tool_actions[Tool.SELECT].isChecked()


def test_add_a_level_and_switch_to_it(window: MainWindow) -> None:
    window.add_level("Foyer (OG)")
    assert window.scene.level_name == "Foyer (OG)"
    assert [lv.name for lv in window.current.venue.levels][-1] == "Foyer (OG)"
    window.undo()
    assert window.scene.level_name != "Foyer (OG)"
    QApplication.processEvents()


def test_save_the_venue_as_template_and_start_a_new_event_from_it(window: MainWindow,  # noqa: ANN001
                                                                   tmp_path: Path) -> None:
    assert window.save_template(tmp_path / "haendel")
    template = tmp_path / "haendel.boothtemplate"
    assert template.exists()
    assert window.new_from(template, tmp_path / "2021")
    assert window.document.path == tmp_path / "2021.boothplan"
    assert len(window.current.booths) == 5 and window.current.stands == ()
    assert set(window.scene.booth_items) == {b.number for b in window.current.booths}


def test_a_broken_template_is_said_and_the_open_event_stays(window: MainWindow,
                                                            tmp_path: Path) -> None:
    before = window.document.path
    broken = tmp_path / "kaputt.boothtemplate"
    broken.write_text("{}", encoding="utf-8")
    assert not window.new_from(broken, tmp_path / "neu")
    assert "kaputt.boothtemplate" in window.last_message.text()
    assert window.document.path == before
    assert not (tmp_path / "neu.boothplan").exists()


def test_the_snap_step_belongs_to_the_window(window: MainWindow, qtbot, settings,  # noqa: ANN001
                                             translations) -> None:  # noqa: ANN001
    window.set_grid(1_000)
    other = MainWindow(settings, translations)
    qtbot.addWidget(other)
    assert other.scene.grid == other.view.grid == 100  # not the first window's 1 m
    assert window.view.grid == 1_000
