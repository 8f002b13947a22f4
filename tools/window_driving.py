"""What the walkthroughs do to the main window as a user would: drag a stand onto a booth, and
zoom the plan to the booths for a screenshot."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from boothmanager.gui.main_window import MainWindow


def drop_stand(window: MainWindow, stand_id: int, booth: str) -> None:
    """The drag events a real drag from the stand list sends to the plan's viewport."""
    model = window.stand_panel.model
    data = model.mimeData([model.index(model.row_of(stand_id), 0)])
    pos = window.view.mapFromScene(window.scene.booth_items[booth].sceneBoundingRect().center())
    actions = Qt.DropAction.LinkAction | Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = window.view.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(pos, actions, data, buttons, mods))
    QApplication.sendEvent(viewport, QDragMoveEvent(pos, actions, data, buttons, mods))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(pos), actions, data, buttons, mods))


def zoom_to_booths(window: MainWindow, margin_mm: int = 2_000) -> None:
    """Fit the plan to the booths (with `margin_mm` around) instead of the whole level."""
    items = list(window.scene.booth_items.values())
    area = items[0].sceneBoundingRect()
    for item in items[1:]:
        area = area.united(item.sceneBoundingRect())
    window.view.auto_fit = False
    window.view.fitInView(area.adjusted(-margin_mm, -margin_mm, margin_mm, margin_mm),
                          Qt.AspectRatioMode.KeepAspectRatio)
