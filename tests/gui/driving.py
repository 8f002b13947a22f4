"""Driving the main window as a user would: the drag events a real drag from the stand list
sends to the plan."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from boothmanager.gui.main_window import MainWindow


def drop_stand_at(window: MainWindow, stand_id: int, pos: QPoint) -> bool:
    """Drag the stand's row from the stand list to `pos` of the plan's viewport and drop it;
    True if the drop was accepted."""
    model = window.stand_panel.model
    data = model.mimeData([model.index(model.row_of(stand_id), 0)])
    viewport = window.view.viewport()
    actions = Qt.DropAction.LinkAction | Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(pos, actions, data, buttons, mods))
    QApplication.sendEvent(viewport, QDragMoveEvent(pos, actions, data, buttons, mods))
    drop = QDropEvent(QPointF(pos), actions, data, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def booth_centre(window: MainWindow, number: str) -> QPoint:
    """Where the booth's middle is in the plan's viewport."""
    return window.view.mapFromScene(window.scene.booth_items[number].sceneBoundingRect().center())


def drop_stand(window: MainWindow, stand_id: int, booth: str) -> bool:
    """Drag the stand from the stand list onto the middle of `booth`."""
    return drop_stand_at(window, stand_id, booth_centre(window, booth))
