"""Shaping booths from the window: keys, menus and the context menu, each one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from boothmanager.domain import Amenity, Rect
from boothmanager.domain.numbering import NumberingScheme
from boothmanager.domain.shaping import AlignEdge, Direction
from boothmanager.gui.main_window import MainWindow
from boothmanager.gui.plan.tools import Tool


def booth(window: MainWindow, number: str):  # noqa: ANN201
    return window.document.db.load().booth(number)


def select(window: MainWindow, *numbers: str) -> None:
    window.scene.clearSelection()
    for number in numbers:
        window.scene.booth_items[number].setSelected(True)


def test_r_rotates_the_selection_in_15_degree_steps(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    select(window, "S5")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_R)
    assert booth(window, "S5").rotation == 15
    qtbot.keyClick(window.view, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    assert booth(window, "S5").rotation == 345
    assert window.undo_action.text() == "&Undo Rotate booth S5 by -15°"
    window.undo()
    window.undo()
    assert booth(window, "S5").rotation == 15


def test_duplicate_puts_copies_beside_with_the_next_numbers(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    select(window, "S4", "S5")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    event = window.document.db.load()
    copies = {b.number: b for b in event.booths} .keys() - {"S1", "S2", "S3", "S4", "S5"}
    assert copies == {"S6", "S7"}
    assert {b.rect.x for b in event.booths if b.number in copies} == {36_000}
    assert all(b.stand_id is None for b in event.booths if b.number in copies)
    assert set(window.selected_booths()) == copies
    window.undo()
    assert len(window.document.db.load().booths) == 5


def test_copy_and_paste_at_the_mouse(window: MainWindow) -> None:
    select(window, "S5")
    assert window.copy_selected() == 1
    from boothmanager.domain import Point

    window.paste(Point(10_000, 5_000))
    pasted = booth(window, "S6")
    assert pasted.rect == Rect(10_000, 5_000, 2_000, 3_000)
    assert pasted.amenities == booth(window, "S5").amenities


def test_merge_then_split(window: MainWindow) -> None:
    select(window, "S4", "S5")
    assert window.merge_action.isEnabled()
    window.merge_selected()
    assert booth(window, "S4").rect == Rect(34_000, 12_000, 2_000, 6_000)
    assert "S5" not in window.scene.booth_items
    select(window, "S4")
    window.split_selected("depth")
    halves = sorted((b.rect.y, b.rect.depth) for b in window.document.db.load().booths
                    if b.rect.x == 34_000 and b.rect.y >= 12_000)
    assert halves == [(12_000, 3_000), (15_000, 3_000)]
    window.undo()
    window.undo()
    assert booth(window, "S5").rect == Rect(34_000, 15_000, 2_000, 3_000)


def test_renumber_align_and_distribute(window: MainWindow) -> None:
    select(window, "S4", "S5")
    window.renumber(["S4", "S5"], NumberingScheme(prefix="K"))
    numbers = {b.number for b in window.document.db.load().booths}
    assert {"K1", "K2"} <= numbers and not {"S4", "S5"} & numbers
    window.run(__import__("boothmanager.operations", fromlist=["MoveBooth"]).MoveBooth(
        number="K1", x=30_000, y=12_000), "move")
    select(window, "K1", "K2")
    window.align(AlignEdge.LEFT)
    assert booth(window, "K1").rect.x == booth(window, "K2").rect.x == 30_000
    select(window, "S1", "S2", "S3")
    assert window.distribute_actions[Direction.VERTICAL].isEnabled()


def test_amenities_from_the_context_menu(window: MainWindow) -> None:
    menu = window.booth_menu("S5")
    amenities = next(a.menu() for a in menu.actions() if a.menu() is not None)
    power = next(a for a in amenities.actions() if a.text() == "power")
    power.setChecked(True)
    assert Amenity.POWER in booth(window, "S5").amenities
    window.undo()
    assert Amenity.POWER not in booth(window, "S5").amenities


def test_zoom_to_selection(window: MainWindow) -> None:
    fitted = window.view.transform().m11()
    select(window, "S3")
    window.zoom_to_selection()
    assert window.view.transform().m11() > 2 * fitted
    assert window.view.tool is Tool.SELECT


def test_copying_something_else_ends_pasting_booths(window: MainWindow) -> None:
    from PySide6.QtGui import QGuiApplication

    select(window, "S5")
    window.copy_selected()
    QGuiApplication.clipboard().setText("etwas anderes")
    assert window.paste() is None
    assert len(window.document.db.load().booths) == 5
