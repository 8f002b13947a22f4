"""The main window's booth shaping: rotate, resize, extend to an L or U, duplicate, copy and
paste, merge, split, renumber, align and distribute, amenities and zoom to the selection, each
one undo step."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from boothmanager.domain import Amenity, Booth, Point, Rect
from boothmanager.domain.shaping import AlignEdge, Direction
from boothmanager.gui.wording import amenity_text, fill, menu_text

if TYPE_CHECKING:
    from boothmanager.gui.main_window import MainWindow
    from boothmanager.operations import Change

ROTATE_STEP = 15  # degrees per key press


class BoothClipboard:
    """Booths copied in this app (shape, size, turn, amenities; never stands).

    The system clipboard gets their numbers as text; booths paste only while it still holds
    that text, so copying something else elsewhere ends it. (A QMimeData handed to the
    clipboard crashes PySide6 at exit under the offscreen platform, hence no custom format.)
    """

    booths: tuple[Booth, ...] = ()
    text = ""

    @classmethod
    def put(cls, booths: list[Booth]) -> None:
        cls.booths = tuple(replace(b, shares=(), reserved=False) for b in booths)
        cls.text = "\n".join(b.number for b in booths)
        QGuiApplication.clipboard().setText(cls.text)

    @classmethod
    def take(cls, level: str) -> list[Booth]:
        if not cls.booths or QGuiApplication.clipboard().text() != cls.text:
            return []
        return [replace(b, level=level) for b in cls.booths]


def align_text(edge: AlignEdge) -> str:
    return {AlignEdge.LEFT: QCoreApplication.translate("Booths", "Align &Left Edges"),
            AlignEdge.RIGHT: QCoreApplication.translate("Booths", "Align &Right Edges"),
            AlignEdge.TOP: QCoreApplication.translate("Booths", "Align &Back Edges"),
            AlignEdge.BOTTOM: QCoreApplication.translate("Booths", "Align &Front Edges"),
            AlignEdge.CENTRE: QCoreApplication.translate("Booths", "Align &Centres (north–south)"),
            AlignEdge.MIDDLE: QCoreApplication.translate("Booths", "Align Centres (&east–west)"),
            }[edge]


class BoothCommands:
    """Mixed into MainWindow: what the Booths menu and the booth context menu do."""

    def _make_booth_actions(self: MainWindow) -> None:
        keys = QKeySequence.StandardKey
        self.rotate_action = self._action("R", lambda: self.rotate_selected(ROTATE_STEP))
        self.rotate_back_action = self._action("Shift+R",
                                               lambda: self.rotate_selected(-ROTATE_STEP))
        self.duplicate_action = self._action("Ctrl+D", self.duplicate_selected)
        self.copy_action = self._action(keys.Copy, self.copy_selected)
        self.paste_action = self._action(keys.Paste, self.paste)
        self.merge_action = self._action(None, self.merge_selected)
        self.split_action = self._action(None, lambda: self.split_selected("width"))
        self.split_depth_action = self._action(None, lambda: self.split_selected("depth"))
        self.renumber_action = self._action(None, self.choose_renumber)
        self.zoom_selection_action = self._action("Ctrl+2", self.zoom_to_selection)
        self.align_actions = {edge: self._action(None, lambda _=False, e=edge: self.align(e))
                              for edge in AlignEdge}
        self.distribute_actions = {
            direction: self._action(None, lambda _=False, d=direction: self.distribute(d))
            for direction in Direction}
        for action in (self.rotate_action, self.rotate_back_action, self.duplicate_action,
                       self.copy_action, self.paste_action):
            # The stand list's filter box keeps its own keys (Ctrl+C copies the text there).
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
        self.view.booth_extended.connect(self.extend_booth)
        self.view.booth_resized.connect(self.resize_booth)

    def _make_booth_menus(self: MainWindow) -> None:
        self.booth_menu_bar = QMenu(self)
        self.menuBar().insertMenu(self.view_menu.menuAction(), self.booth_menu_bar)
        menu = self.booth_menu_bar
        for action in (self.copy_action, self.paste_action, self.duplicate_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.rotate_action, self.rotate_back_action, self.merge_action,
                       self.split_action, self.split_depth_action, self.renumber_action):
            menu.addAction(action)
        menu.addSeparator()
        self.align_menu = menu.addMenu("")
        for action in self.align_actions.values():
            self.align_menu.addAction(action)
        self.align_menu.addSeparator()
        for action in self.distribute_actions.values():
            self.align_menu.addAction(action)
        self.view_menu.insertAction(self.view_menu.actions()[1], self.zoom_selection_action)

    def _retranslate_booths(self: MainWindow) -> None:
        self.booth_menu_bar.setTitle(self.tr("&Booths"))
        self.copy_action.setText(self.tr("&Copy Booths"))
        self.paste_action.setText(self.tr("&Paste Booths"))
        self.duplicate_action.setText(self.tr("&Duplicate"))
        self.rotate_action.setText(self.tr("Rotate &Left 15°"))
        self.rotate_back_action.setText(self.tr("Rotate &Right 15°"))
        self.merge_action.setText(self.tr("&Merge Two Booths"))
        self.split_action.setText(self.tr("&Split Across the Width"))
        self.split_depth_action.setText(self.tr("Split Across the &Depth"))
        self.renumber_action.setText(self.tr("Re&number…"))
        self.zoom_selection_action.setText(self.tr("Zoom to &Selection"))
        self.align_menu.setTitle(self.tr("&Align and Distribute"))
        for edge, action in self.align_actions.items():
            action.setText(align_text(edge))
        self.distribute_actions[Direction.HORIZONTAL].setText(
            self.tr("Distribute &Horizontally"))
        self.distribute_actions[Direction.VERTICAL].setText(self.tr("Distribute &Vertically"))

    def _update_booth_enabled(self: MainWindow) -> None:
        count = len(self.selected_booths()) if self.document is not None else 0
        for action in (self.rotate_action, self.rotate_back_action, self.duplicate_action,
                       self.copy_action, self.renumber_action, self.zoom_selection_action):
            action.setEnabled(count >= 1)
        self.split_action.setEnabled(count == 1)
        self.split_depth_action.setEnabled(count == 1)
        self.merge_action.setEnabled(count == 2)
        for action in self.align_actions.values():
            action.setEnabled(count >= 2)
        for action in self.distribute_actions.values():
            action.setEnabled(count >= 3)
        self.paste_action.setEnabled(self.document is not None)

    def _named(self: MainWindow, one: str, many: str, numbers: list[str]) -> str:
        return fill(one, menu_text(numbers[0])) if len(numbers) == 1 else fill(many, len(numbers))

    def rotate_selected(self: MainWindow, degrees: int) -> Change | None:
        from boothmanager.operations import RotateBooths

        numbers = self.selected_booths()
        if not numbers or self.current is None:
            return None
        turns = tuple(self.current.booth(n).rotation for n in numbers)
        change = self.run(RotateBooths(numbers=tuple(numbers), degrees=degrees, expected=turns),
                          self._named(fill(self.tr("Rotate booth %1 by %2°"), "%1", degrees),
                                      fill(self.tr("Rotate %1 booths by %2°"), "%1", degrees),
                                      numbers))
        self._reselect(numbers)
        return change

    def duplicate_selected(self: MainWindow) -> Change | None:
        """Copies right beside the selection, to the east, with the next free numbers."""
        from boothmanager.operations import DuplicateBooths

        numbers = self.selected_booths()
        if not numbers or self.current is None:
            return None
        booths = [self.current.booth(n) for n in numbers]
        width = max(b.rect.right for b in booths) - min(b.rect.x for b in booths)
        before = {b.number for b in self.current.booths}
        change = self.run(DuplicateBooths(numbers=tuple(numbers), dx=width, dy=0),
                          self._named(self.tr("Duplicate booth %1"),
                                      self.tr("Duplicate %1 booths"), numbers))
        if change is not None and self.current is not None:
            self._reselect(sorted({b.number for b in self.current.booths} - before))
        return change

    def copy_selected(self: MainWindow) -> int:
        """Put the selected booths on the clipboard; how many."""
        numbers = self.selected_booths()
        if not numbers or self.current is None:
            return 0
        BoothClipboard.put([self.current.booth(n) for n in numbers])
        self.statusBar().showMessage(fill(self.tr("Copied %1 booth(s)"), len(numbers)), 5_000)
        return len(numbers)

    def paste(self: MainWindow, at: Point | None = None) -> Change | None:
        """Paste copied booths with their lower left corner at `at` (the mouse, else beside)."""
        from boothmanager.operations import PasteBooths

        level = self.scene.level_name
        booths = BoothClipboard.take(level)
        if not booths or self.current is None:
            return None
        if at is None:
            at = self.last_cursor or Point(min(b.rect.x for b in booths) + 1_000,
                                           min(b.rect.y for b in booths) - 1_000)
        before = {b.number for b in self.current.booths}
        change = self.run(PasteBooths(booths=tuple(booths), at=at, level=level),
                          fill(self.tr("Paste %1 booth(s)"), len(booths)))
        if change is not None and self.current is not None:
            self._reselect(sorted({b.number for b in self.current.booths} - before))
        return change

    def extend_booth(self: MainWindow, booth: Booth, part: Rect | None) -> Change | None:
        """Join `part` to `booth` (a drag with the booth tool out of the selected booth)."""
        from boothmanager.operations.shaping import ExtendBooth

        if part is None:
            self.statusBar().showMessage(self.tr(
                "To extend a booth, drag from inside it straight out across one of its sides."),
                8_000)
            return None
        change = self.run(ExtendBooth(number=booth.number, part=part, expected=booth.pieces),
                          fill(self.tr("Extend booth %1"), menu_text(booth.number)))
        self._reselect([booth.number])
        return change

    def resize_booth(self: MainWindow, number: str, rect: Rect, expected: Rect) -> Change | None:
        """Give a booth a new rectangle (a resize handle dragged on the plan)."""
        from boothmanager.operations import ResizeBooth

        change = self.run(ResizeBooth(number=number, rect=rect, expected=expected),
                          fill(self.tr("Resize booth %1"), menu_text(number)))
        self._reselect([number])
        return change

    def merge_selected(self: MainWindow) -> Change | None:
        from boothmanager.operations import MergeBooths

        numbers = self.selected_booths()
        if len(numbers) != 2:
            return None
        a, b = numbers
        change = self.run(MergeBooths(a=a, b=b), fill(self.tr("Merge booths %1 and %2"), a, b))
        self._reselect([a])
        return change

    def split_selected(self: MainWindow, along: str) -> Change | None:
        from boothmanager.operations import SplitBooth

        numbers = self.selected_booths()
        if len(numbers) != 1 or self.current is None:
            return None
        booth = self.current.booth(numbers[0])
        return self.run(SplitBooth(number=booth.number, along=along, expected=booth.rect),
                        fill(self.tr("Split booth %1"), menu_text(booth.number)))

    def choose_renumber(self: MainWindow) -> None:
        from boothmanager.gui.renumber_dialog import RenumberDialog

        numbers = self.selected_booths()
        if not numbers:
            return
        dialog = RenumberDialog(len(numbers), self)
        if dialog.exec() and (scheme := dialog.scheme()) is not None:
            self.renumber(numbers, scheme)

    def renumber(self: MainWindow, numbers: list[str], scheme: object) -> Change | None:
        from boothmanager.operations import RenumberBooths

        change = self.run(RenumberBooths(numbers=tuple(numbers), scheme=scheme),  # type: ignore[arg-type]
                          fill(self.tr("Renumber %1 booths"), len(numbers)))
        if change is not None and self.current is not None:
            self._reselect(sorted(n for n in change.booths if n in self.scene.booth_items
                                  and n not in numbers) or numbers)
        return change

    def align(self: MainWindow, edge: AlignEdge) -> Change | None:
        from boothmanager.operations import AlignBooths

        numbers = self.selected_booths()
        if len(numbers) < 2:
            return None
        change = self.run(AlignBooths(numbers=tuple(numbers), edge=edge),
                          fill(self.tr("Align %1 booths"), len(numbers)))
        self._reselect(numbers)
        return change

    def distribute(self: MainWindow, direction: Direction) -> Change | None:
        from boothmanager.operations import DistributeBooths

        numbers = self.selected_booths()
        if len(numbers) < 3:
            return None
        change = self.run(DistributeBooths(numbers=tuple(numbers), direction=direction),
                          fill(self.tr("Distribute %1 booths"), len(numbers)))
        self._reselect(numbers)
        return change

    def set_amenity(self: MainWindow, number: str, amenity: Amenity, on: bool) -> Change | None:
        from boothmanager.operations import SetAmenities

        if self.current is None:
            return None
        booth = self.current.booth(number)
        amenities = booth.amenities | {amenity} if on else booth.amenities - {amenity}
        text = (fill(self.tr("Booth %1: add %2"), menu_text(number), amenity_text(amenity)) if on
                else fill(self.tr("Booth %1: remove %2"), menu_text(number), amenity_text(amenity)))
        return self.run(SetAmenities(number=number, amenities=amenities,
                                     expected=booth.amenities), text)

    def amenities_menu(self: MainWindow, number: str, parent: QMenu) -> QMenu:
        menu = parent.addMenu(self.tr("Amenities"))
        booth = self.current.booth(number) if self.current else None
        for amenity in Amenity:
            action: QAction = menu.addAction(amenity_text(amenity))
            action.setCheckable(True)
            action.setChecked(bool(booth and amenity in booth.amenities))
            action.toggled.connect(lambda on, a=amenity: self.set_amenity(number, a, on))
        return menu

    def zoom_to_selection(self: MainWindow) -> None:
        """Zoom so that the selected booths (or venue parts) fill the view."""
        items = self.scene.selectedItems()
        if not items:
            return
        area = QRectF()
        for item in items:
            area = area.united(item.sceneBoundingRect())
        margin = max(area.width(), area.height()) * 0.15 + 500
        self.view.auto_fit = False
        self.view.fitInView(area.adjusted(-margin, -margin, margin, margin),
                            Qt.AspectRatioMode.KeepAspectRatio)

    def _reselect(self: MainWindow, numbers: list[str]) -> None:
        self.scene.clearSelection()
        for number in numbers:
            item = self.scene.booth_items.get(number)
            if item is not None:
                item.setSelected(True)
