"""Shared booths in the main window: a stand dropped on an occupied booth shares it, the plan
draws one strip per stand, the properties panel splits the front and takes stands off, the
stand list says "(shared)"; every change one undo step."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMenu, QMessageBox

from boothmanager.gui.main_window import MainWindow
from tests.gui.driving import booth_centre
from tests.gui.driving import drop_stand_at as drop_at

IKOE = "IKOE – Interkulturelle Orientierung und Öffnung"


def strip_centre(window: MainWindow, number: str, stand_id: int) -> QPoint:
    item = window.scene.booth_items[number]
    return window.view.mapFromScene(item.mapToScene(item.strip_of(stand_id).center()))


def on_file(window: MainWindow, number: str) -> tuple[tuple[int, int | None], ...]:
    """The stands on a booth with their parts of the front, as the event file has them."""
    assert window.document is not None
    return tuple((s.stand_id, s.frontage_mm) for s in window.document.db.load().booth(number).shares)


def share_4_on_s1(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    assert drop_at(window, 4, booth_centre(window, "S1"))
    box = window.swap_question
    assert box is not None and "Share the booth?" in box.text() and IKOE in box.text()
    qtbot.mouseClick(window.share_button, Qt.MouseButton.LeftButton)
    assert on_file(window, "S1") == ((1, None), (4, None))


def booth_cell(window: MainWindow, stand_id: int) -> str:
    model = window.stand_panel.model
    return model.index(model.row_of(stand_id), model.BOOTH).data()


def test_drop_share_split_undo_redo_and_take_off(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    share_4_on_s1(window, qtbot)
    item = window.scene.booth_items["S1"]
    assert item.stand_names[0] == IKOE and item.stand_names[1].startswith("Projekt 4")
    assert item.strip_of(1) != item.strip_of(4)
    assert booth_cell(window, 1) == booth_cell(window, 4) == "S1 (shared)"
    assert window.undo_action.text().startswith("&Undo Share booth S1: add “Projekt 4")

    window.select_booth("S1")
    panel = window.properties.shares
    assert panel is not None and len(panel.spins) == 2 and panel.spins[1].isReadOnly()
    assert panel.spins[0].value() == 1.5 and panel.spins[1].value() == 1.5
    panel.spins[0].setValue(1.0)
    assert panel.spins[1].value() == 2.0  # the last part follows
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: on_file(window, "S1") == ((1, 1000), (4, 2000)))
    item = window.scene.booth_items["S1"]
    assert item.strip_of(4).height() == 2 * item.strip_of(1).height()
    assert window.undo_action.text() == "&Undo Split the front of booth S1"
    assert window.properties.shares.spins[0].value() == 1.0  # the panel shows the file

    window.undo_action.trigger()
    assert on_file(window, "S1") == ((1, None), (4, None))
    window.redo_action.trigger()
    assert on_file(window, "S1") == ((1, 1000), (4, 2000))

    qtbot.mouseClick(window.properties.shares.take_off_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: on_file(window, "S1") == ((4, 2000),))
    undo = window.undo_action.text()
    assert undo.startswith("&Undo Take “IKOE") and undo.endswith("” off booth S1")
    assert window.scene.booth_items["S1"].stand_name.startswith("Projekt 4")
    assert booth_cell(window, 1) == "" and booth_cell(window, 4) == "S1"
    window.undo_action.trigger()  # back at its place along the front, with its part
    assert on_file(window, "S1") == ((1, 1000), (4, 2000))
    assert booth_cell(window, 1) == "S1 (shared)"


def test_a_split_that_leaves_too_little_is_refused_with_a_message(window: MainWindow, qtbot) -> None:  # noqa: ANN001,E501
    share_4_on_s1(window, qtbot)
    window.select_booth("S1")
    panel = window.properties.shares
    panel.spins[0].setValue(2.95)
    assert "Too long together" in panel.note.text()
    steps = window.document.undo_stack.count()
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.last_message is not None)
    text = window.last_message.text()
    assert "S1" in text and "Projekt 4" in text and "Nothing was changed" in text
    assert on_file(window, "S1") == ((1, None), (4, None))
    assert window.document.undo_stack.count() == steps
    # Parts that do not add up (e.g. from a script) are refused as well.
    assert window.split_frontage("S1", (1000, 1000)) is None
    assert "front is 3.00 m" in window.last_message.text()
    assert on_file(window, "S1") == ((1, None), (4, None))


def test_capacity_box_sets_how_many_stands_the_assignment_may_put(window: MainWindow, qtbot) -> None:  # noqa: ANN001,E501
    window.select_booth("S4")
    panel = window.properties.shares
    assert panel is not None and panel.capacity.value() == 1 and not panel.spins
    panel.capacity.setValue(3)
    qtbot.waitUntil(lambda: window.document.db.load().booth("S4").capacity == 3)
    assert window.undo_action.text() == "&Undo Booth S4: up to 3 stands (automatic assignment)"
    assert window.properties.shares.capacity.value() == 3
    window.undo_action.trigger()
    assert window.document.db.load().booth("S4").capacity == 1


def test_context_and_booths_menu_take_one_stand_off(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    share_4_on_s1(window, qtbot)
    window.select_booth("S1")
    menu = window.booth_menu("S1")
    texts = [a.text() for a in menu.actions()]
    assert "Take All Stands off S1" in texts
    assert f"Take “{IKOE}” off the Booth" in texts
    assert f"Edit “{IKOE}”…" in texts and any(t.startswith("Edit “Projekt 4") for t in texts)
    next(a for a in menu.actions() if a.text().startswith("Take “Projekt 4")).trigger()
    assert on_file(window, "S1") == ((1, None),)
    window.undo_action.trigger()
    window.fill_take_off_menu()
    assert window.take_off_menu.isEnabled()
    entries = window.take_off_menu.actions()
    assert [a.text()[:12] for a in entries] == ["Take “IKOE –", "Take “Projek"]
    entries[0].trigger()
    assert on_file(window, "S1") == ((4, None),)
    assert isinstance(window.take_off_menu, QMenu)
    window.undo_action.trigger()
    menu = window.stand_menu(4)  # the stand list's menu: only that stand leaves
    next(a for a in menu.actions() if a.text() == "Take the Stand off Booth S1").trigger()
    assert on_file(window, "S1") == ((1, None),)


def test_a_placed_stand_dropped_on_a_strip_swaps_with_that_stand(window: MainWindow, qtbot) -> None:  # noqa: ANN001,E501
    share_4_on_s1(window, qtbot)
    assert drop_at(window, 2, strip_centre(window, "S1", 4))
    box = window.swap_question
    assert "Swap, or share the booth?" in box.text() and "“Projekt 4" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert on_file(window, "S1") == ((1, None), (2, None))  # in 4's place
    assert on_file(window, "S2") == ((4, None),)


def test_a_placed_stand_can_share_instead(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    assert drop_at(window, 2, booth_centre(window, "S3"))
    qtbot.mouseClick(window.share_button, Qt.MouseButton.LeftButton)
    assert on_file(window, "S3") == ((3, None), (2, None)) and on_file(window, "S2") == ()
    assert booth_cell(window, 2) == "S3 (shared)"
    window.undo_action.trigger()
    assert on_file(window, "S2") == ((2, None),) and on_file(window, "S3") == ((3, None),)


def render(window: MainWindow) -> QImage:
    viewport = window.view.viewport()
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    viewport.render(image)
    return image


def orange(colour: QColor) -> bool:
    return colour.red() > colour.blue() + 20  # booth fills are bluish; the mark washes orange


def test_selecting_a_stand_in_the_list_highlights_its_strip(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    share_4_on_s1(window, qtbot)
    window.view.auto_fit = False
    window.view.resetTransform()
    window.view.scale(0.15, 0.15)  # S1 about 300 px by 450 px
    window.view.centerOn(window.scene.booth_items["S1"])
    window.stand_panel.select_stand(4)
    item = window.scene.booth_items["S1"]
    assert item.highlighted == 4
    image = render(window)
    mine = strip_centre(window, "S1", 4) + QPoint(0, 40)  # below the centred name
    other = strip_centre(window, "S1", 1) + QPoint(0, 60)
    assert orange(image.pixelColor(mine)) and not orange(image.pixelColor(other))
    window.stand_panel.select_stand(3)
    assert item.highlighted is None and window.scene.booth_items["S3"].highlighted == 3


def test_a_shared_booth_item_has_one_strip_per_stand_along_its_front(qapp) -> None:  # noqa: ANN001
    from boothmanager.domain import Booth, Rect, Side
    from boothmanager.domain.booth import Share
    from boothmanager.gui.plan.items import BoothItem

    booth = Booth(number="A1", level="EG", rect=Rect(0, 0, 4000, 2000),
                  open_sides=frozenset({Side.SOUTH}), shares=(Share(1, 1000), Share(2, 3000)))
    item = BoothItem(booth, ("Eins", "Zwei"))
    first, second = item.strip_of(1), item.strip_of(2)
    assert (first.width(), second.width()) == (1000, 3000) and first.height() == 2000
    assert first.left() < second.left()  # from the west end of a south front
    assert item.stand_at(item.mapToScene(second.center())) == 2
    assert item.stand_name == "Eins / Zwei" and item.strip_of(3) is None
    item.update_booth(booth.without_stand(1), ("Zwei",))
    assert item.strip_of(2) == item.rect() and item.stand_name == "Zwei"


def test_a_stand_moves_one_place_earlier_along_the_front(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    share_4_on_s1(window, qtbot)
    window.select_booth("S1")
    panel = window.properties.shares
    panel.spins[0].setValue(1.0)
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: on_file(window, "S1") == ((1, 1000), (4, 2000)))
    panel = window.properties.shares
    assert len(panel.earlier_buttons) == 1  # the first stand has nowhere earlier to go
    assert "before “IKOE" in panel.earlier_buttons[0].toolTip()
    qtbot.mouseClick(panel.earlier_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: on_file(window, "S1") == ((4, 2000), (1, 1000)))
    item = window.scene.booth_items["S1"]
    assert item.stand_names[0].startswith("Projekt 4")  # the plan follows
    assert window.undo_action.text() == "&Undo Change the order of the stands on booth S1"
    window.undo_action.trigger()
    assert on_file(window, "S1") == ((1, 1000), (4, 2000))


def test_the_booth_number_goes_in_the_widest_strip(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    from boothmanager.gui.plan.items import Detail

    share_4_on_s1(window, qtbot)
    window.split_frontage("S1", (1_000, 2_000))
    item = window.scene.booth_items["S1"]
    number = next(line for line in item._lay_out(Detail.NAME) if line.text == "S1")
    assert item.strip_of(4).contains(number.origin) and not item.strip_of(1).contains(number.origin)
