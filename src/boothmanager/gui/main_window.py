"""The main window: plan in the middle, stands on the left, properties on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QWidget,
)

from boothmanager.domain import Event, Point
from boothmanager.gui.document import EventDocument
from boothmanager.gui.file_commands import FileCommands
from boothmanager.gui.files import remember
from boothmanager.gui.i18n import LANGUAGES, SYSTEM, Translations
from boothmanager.gui.legend import Legend
from boothmanager.gui.plan.scene import PlanScene
from boothmanager.gui.plan.tools import Tool
from boothmanager.gui.plan.view import PlanView
from boothmanager.gui.properties import PropertiesPanel
from boothmanager.gui.stands import StandListPanel
from boothmanager.gui.wording import elided, error_text, fill, menu_text, metres_text
from boothmanager.domain.blocks import BlockSpec, generate_block
from boothmanager.gui.problems import ProblemList
from boothmanager.gui.review_panel import ReviewDock
from boothmanager.gui.snapshots_panel import SnapshotPanel
from boothmanager.gui.booth_commands import BoothCommands
from boothmanager.gui.share_commands import ShareCommands
from boothmanager.gui.stand_commands import StandCommands
from boothmanager.gui.venue_commands import VenueCommands
from boothmanager.operations import (
    AddBooth,
    Assign,
    Batch,
    Change,
    MoveBooth,
    Operation,
    RemoveBooth,
    Unassign,
)
if TYPE_CHECKING:
    from boothmanager.domain.assignment import Proposal


class MainWindow(FileCommands, VenueCommands, BoothCommands, StandCommands, ShareCommands,
                 QMainWindow):
    """The one window of the app; every change it makes runs through an operation."""

    def __init__(self, settings: QSettings, translations: Translations) -> None:
        super().__init__()
        self.settings = settings
        self.translations = translations
        self.document: EventDocument | None = None
        self.last_cursor: Point | None = None  # mm under the mouse on the plan, for pasting
        self.last_message: QMessageBox | None = None
        self.scene = PlanScene(self)
        self.view = PlanView(self.scene, self)
        self.setCentralWidget(self.view)
        self.stand_panel = StandListPanel(self)
        self.properties = PropertiesPanel(self)
        self.stand_dock = self._dock("stands", self.stand_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.properties_dock = self._dock("properties", self.properties,
                                          Qt.DockWidgetArea.RightDockWidgetArea)
        self.snapshot_panel = SnapshotPanel(self)
        self.snapshots_dock = self._dock("snapshots", self.snapshot_panel,
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.properties_dock, self.snapshots_dock)
        self.properties_dock.raise_()
        self.problem_list = ProblemList(self)
        self.problems_dock = self._dock("problems", self.problem_list,
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self.resizeDocks([self.stand_dock, self.properties_dock], [400, 300],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.problems_dock], [90], Qt.Orientation.Vertical)
        self.legend = Legend(self)
        self.statusBar().addWidget(self.legend)
        self.cursor_label = QLabel()
        self.statusBar().addPermanentWidget(self.cursor_label)
        self.file_label = QLabel()
        self.estimate_label = QLabel()
        self.estimate_label.setStyleSheet("color: #c62828; font-weight: bold")
        self.statusBar().addPermanentWidget(self.estimate_label)
        self.statusBar().addPermanentWidget(self.file_label)
        self.level_box = QComboBox()
        self.level_box.currentTextChanged.connect(self._show_level)
        self.reviews = ReviewDock(self)
        self.tabifyDockWidget(self.properties_dock, self.reviews.dock)
        self.properties_dock.raise_()
        # After the last dock: a tabified dock must not widen the right side beyond this.
        self.resizeDocks([self.stand_dock, self.properties_dock], [400, 300],
                         Qt.Orientation.Horizontal)
        self._make_actions()
        self._make_venue_actions()
        self._make_booth_actions()
        self._make_menus()
        self._make_venue_menus()
        self._make_booth_menus()
        self._connect()
        self.install_stand_commands()
        self.install_share_commands()
        self.retranslate()
        self._update_enabled()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    # Building the window ---------------------------------------------------------------
    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                slot: object = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(keys.New, self.choose_new)
        self.open_action = self._action(keys.Open, self.choose_open)
        self.new_from_action = self._action(None, self.choose_new_from)
        self.save_template_action = self._action(None, self.choose_save_template)
        self.open_review_action = self._action(None, self.choose_open_review)
        self.send_review_action = self._action(None, self.choose_send_review)
        self.import_review_action = self._action(None, self.reviews.choose_import)
        self.save_as_action = self._action(keys.SaveAs, self.choose_save_as)
        self.import_action = self._action(None, lambda: self.choose_import())
        self.history_action = self._action(None, self.show_stand_history)
        self.print_action = self._action(keys.Print, self.choose_print)
        self.quit_action = self._action(keys.Quit, self.close)
        self.undo_action = self._action(keys.Undo, self.undo)
        self.redo_action = self._action(keys.Redo, self.redo)
        self.unassign_action = self._action(None, self.unassign_selected)
        self.block_action = self._action(None, self.choose_block)
        self.auto_action = self._action(None, self.choose_auto_assign)
        self.fit_action = self._action("Ctrl+0", self.view.fit)
        self.zoom_in_action = self._action(keys.ZoomIn, lambda: self.view.zoom(1.25))
        self.zoom_out_action = self._action(keys.ZoomOut, lambda: self.view.zoom(0.8))
        self.about_action = self._action(None, self.show_about)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in (SYSTEM, *LANGUAGES):
            action = QAction(self)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == self.translations.choice)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        for action in (self.new_action, self.new_from_action, self.open_action):
            self.file_menu.addAction(action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.save_as_action)
        self.file_menu.addAction(self.save_template_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.print_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.send_review_action)
        self.file_menu.addAction(self.open_review_action)
        self.file_menu.addAction(self.import_review_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        for action in (self.undo_action, self.redo_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.unassign_action)
        self.edit_menu.addAction(self.block_action)
        self.edit_menu.addAction(self.auto_action)
        self.edit_menu.addAction(self.history_action)
        self.view_menu = bar.addMenu("")
        for action in (self.fit_action, self.zoom_in_action, self.zoom_out_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.stand_dock.toggleViewAction())
        self.view_menu.addAction(self.properties_dock.toggleViewAction())
        self.view_menu.addAction(self.problems_dock.toggleViewAction())
        self.view_menu.addAction(self.snapshots_dock.toggleViewAction())
        self.view_menu.addAction(self.reviews.dock.toggleViewAction())
        self.language_menu = bar.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("toolbar_main")
        for action in (self.open_action, self.undo_action, self.redo_action, self.fit_action,
                       self.print_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.level_caption = QLabel()
        self.toolbar.addWidget(self.level_caption)
        self.toolbar.addWidget(self.level_box)
        self.addToolBar(self.toolbar)
        self._fill_recent_menu()

    def _connect(self) -> None:
        self.view.context_menu_requested.connect(self._booth_menu_at)
        self.scene.selectionChanged.connect(self._plan_selection_changed)
        self.scene.booths_moved.connect(self.move_booths)
        self.problem_list.booth_chosen.connect(self.select_booth)
        self.snapshot_panel.take_requested.connect(self.take_snapshot)
        self.snapshot_panel.compare_requested.connect(self.compare_with_snapshot)
        self.view.cursor_moved.connect(self._show_cursor)
        self.view.nudged.connect(self.nudge_selected)
        self.view.delete_requested.connect(self.delete_selected)
        self.view.tool_reset.connect(lambda: self.tool_actions[Tool.SELECT].setChecked(True))
        self.stand_panel.table.selectionModel().selectionChanged.connect(self._stand_selection_changed)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_action.setText(self.tr("&New Event…"))
        self.open_action.setText(self.tr("&Open…"))
        self.new_from_action.setText(self.tr("New from &Template or Previous Event…"))
        self.save_template_action.setText(self.tr("Save Venue as &Template…"))
        self.open_review_action.setText(self.tr("Open Review &Package…"))
        self.send_review_action.setText(self.tr("Send for Re&view…"))
        self.import_review_action.setText(self.tr("&Import Review…"))
        self.reviews.retranslate()
        self.save_as_action.setText(self.tr("Save &As…"))
        self.import_action.setText(self.tr("&Import Stands…"))
        self.history_action.setText(self.tr("Stand &History…"))
        self.print_action.setText(self.tr("&Print…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.unassign_action.setText(self.tr("U&nassign Stand"))
        self.block_action.setText(self.tr("Generate Booth &Block…"))
        self.auto_action.setText(self.tr("&Automatic Assignment…"))
        self.fit_action.setText(self.tr("&Fit to Window"))
        self.zoom_in_action.setText(self.tr("Zoom &In"))
        self.zoom_out_action.setText(self.tr("Zoom &Out"))
        self.about_action.setText(self.tr("&About boothmanager"))
        self.language_actions[SYSTEM].setText(self.tr("System Language"))
        self.language_actions["de"].setText("Deutsch")
        self.language_actions["en"].setText("English")
        self.stand_dock.setWindowTitle(self.tr("Stands"))
        self.properties_dock.setWindowTitle(self.tr("Properties"))
        self.problems_dock.setWindowTitle(self.tr("Problems"))
        self.snapshots_dock.setWindowTitle(self.tr("Snapshots"))
        self.snapshot_panel.retranslate()
        self.toolbar.setWindowTitle(self.tr("Main Toolbar"))
        self.level_caption.setText(self.tr("Level:") + " ")
        self.stand_panel.retranslate()
        self.legend.retranslate()
        self.scene.retranslate()
        self._retranslate_venue()
        self._retranslate_booths()
        self.retranslate_stand_commands()
        self.retranslate_share_commands()
        self._update_undo_texts()
        self._update_title()
        if self.document is not None:
            self.properties.refresh(self.document.current)
        else:
            self.properties.show_nothing()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # The open event --------------------------------------------------------------------
    @property
    def current(self) -> Event | None:
        """The open event as last read (QObject.event is Qt's, hence the name)."""
        return self.document.current if self.document else None

    def _set_document(self, document: EventDocument) -> None:
        if self.document is not None:
            self.document.close()
            self.document.deleteLater()
        self.document = document
        document.changed.connect(self._document_changed)
        document.failed.connect(lambda error: self.show_error(error_text(error)))
        document.undo_stack.indexChanged.connect(self._update_undo_texts)
        if document.path is not None:
            remember(self.settings, document.path)
            self._fill_recent_menu()
        event = document.current
        self.level_box.blockSignals(True)
        self.level_box.clear()
        self.level_box.addItems([level.name for level in event.venue.levels])
        self.level_box.blockSignals(False)
        self._show_level(self.level_box.currentText())
        self.stand_panel.model.set_event(event)
        self.properties.show_nothing()
        self._refresh_snapshots()
        self.reviews.refresh()
        self._update_title()
        self._update_enabled()
        self._update_undo_texts()

    def _show_level(self, name: str, *, fit: bool = True) -> None:
        if self.document is None or not name:
            return
        event = self.document.current
        self.view.cancel_sketch()
        self.scene.show_level(event, event.venue.level(name))
        self._show_background()
        self.problem_list.refresh(event, self.scene)
        self.reviews.show_pins()
        if fit:
            self.view.fit()

    def _reload_venue(self) -> None:
        """The venue changed: the same level again (or the first), at the same zoom."""
        assert self.document is not None
        event = self.document.current
        names = [level.name for level in event.venue.levels]
        keep = self.level_box.currentText()
        self.level_box.blockSignals(True)
        self.level_box.clear()
        self.level_box.addItems(names)
        self.level_box.setCurrentText(keep if keep in names else names[0])
        self.level_box.blockSignals(False)
        self._show_level(self.level_box.currentText(), fit=keep not in names)

    def _document_changed(self, change: Change) -> None:
        assert self.document is not None
        event = self.document.current
        if change.venue:
            self._reload_venue()
            self.stand_panel.model.update_from(event, change.stands)
            self.properties.refresh(event)
            self.update_stand_actions()
            return
        if change.backgrounds:
            self._show_background()
        self.scene.update_booths(event, change.booths)
        if change.booths:
            self.problem_list.refresh(event, self.scene, change.booths)
        if change.snapshots:
            self._refresh_snapshots()
        self.stand_panel.model.update_from(event, change.stands)
        self.properties.refresh(event)
        self.update_stand_actions()

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle("boothmanager")
            self.file_label.setText("")
            self.estimate_label.setText("")
            return
        event = self.document.current
        name = self.document.path.name if self.document.path else ""
        self.setWindowTitle(f"{event.info.name} – {name} – boothmanager")
        self.file_label.setText(str(self.document.path or ""))
        self.estimate_label.setText(self.tr("Venue geometry is an estimate")
                                    if event.venue.is_estimate else "")

    def _update_enabled(self) -> None:
        has = self.document is not None
        for action in (self.save_as_action, self.save_template_action, self.print_action,
                       self.import_review_action, self.send_review_action,
                       self.fit_action,
                       self.block_action, self.auto_action, self.import_action,
                       self.zoom_in_action, self.zoom_out_action):
            action.setEnabled(has)
        self.history_action.setEnabled(has and self.stand_panel.selected_stand_id() is not None)
        self._update_venue_enabled()
        self._update_booth_enabled()
        self._update_undo_texts()

    def _update_undo_texts(self, _index: int = 0) -> None:
        stack = self.document.undo_stack if self.document else None
        if stack is not None and not shiboken6.isValid(stack):
            return  # the stack is being destroyed with its document
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        undo = stack.undoText() if stack and stack.canUndo() else ""
        redo = stack.redoText() if stack and stack.canRedo() else ""
        self.undo_action.setText(fill(self.tr("&Undo %1"), menu_text(undo)) if undo
                                 else self.tr("&Undo"))
        self.redo_action.setText(fill(self.tr("&Redo %1"), menu_text(redo)) if redo
                                 else self.tr("&Redo"))
        booth = self.selected_booth()
        self.unassign_action.setEnabled(bool(booth and self.current
                                             and self.current.booth(booth).stand_id is not None))

    # Changes, all through operations ---------------------------------------------------
    def run(self, operation: Operation, text: str) -> Change | None:
        """Run an operation as one undo step; a refusal is shown, nothing changes."""
        if self.document is None:
            return None
        return self._attempt(lambda: self.document.execute(operation, text))

    def _attempt(self, action: Callable[[], Change | None]) -> Change | None:
        """Do something to the event; whatever goes wrong is said, and no exception reaches Qt."""
        try:
            return action()
        except Exception as error:  # noqa: BLE001 - typed errors are worded, others said plainly
            self.show_error(error_text(error))
            return None

    def assign(self, booth: str, stand_id: int) -> Change | None:
        name = self._stand_name(stand_id)
        return self.run(Assign(booth=booth, stand_id=stand_id),
                        fill(self.tr("Assign “%1” to %2"), elided(name), booth))

    def unassign(self, booth: str) -> Change | None:
        return self.run(Unassign(booth=booth), fill(self.tr("Unassign booth %1"), booth))

    def unassign_selected(self) -> None:
        booth = self.selected_booth()
        if booth is not None:
            self.unassign(booth)

    def move_booths(self, moves: list[tuple[str, int, int]]) -> Change | None:
        steps = tuple(MoveBooth(number=n, x=x, y=y) for n, x, y in moves)
        text = (fill(self.tr("Move booth %1"), moves[0][0]) if len(moves) == 1
                else fill(self.tr("Move %1 booths"), len(moves)))
        change = self.run(steps[0] if len(steps) == 1 else Batch(steps=steps, label="move_booths"),
                          text)
        if change is None and self.document is not None:  # put the items back
            self.scene.update_booths(self.document.current, frozenset(n for n, _, _ in moves))
        return change

    def take_snapshot(self, name: str, note: str = "") -> Change | None:
        """Keep the event as it is now under `name` (undo deletes the snapshot)."""
        from boothmanager.operations.snapshots import TakeSnapshot

        return self.run(TakeSnapshot(snapshot=name, note=note),
                        fill(self.tr("Take snapshot “%1”"), menu_text(name)))

    def compare_with_snapshot(self, name: str) -> int | None:
        """List what changed since snapshot `name` and show it on the plan; the count."""
        from boothmanager.domain.diff import BoothDiff, DiffKind, diff_events
        from boothmanager.gui.diff_wording import entry_text

        if self.document is None:
            return None
        try:
            then = self.document.db.snapshot(name).event()
        except Exception as error:  # noqa: BLE001 - said, never crosses into Qt
            self.show_error(error_text(error))
            return None
        diff = diff_events(then, self.document.current)
        self.snapshot_panel.show_changes(name, [entry_text(e) for e in diff], diff=diff,
                                         event=self.document.current, folder=self._start_folder())
        moved = [(e.old.rect, e.new.rect) for e in diff
                 if isinstance(e, BoothDiff) and e.kind is DiffKind.BOOTH_MOVED and e.old and e.new
                 and e.new.level == self.scene.level_name]
        self.scene.show_changes(moved, sorted(diff.booths))
        return len(diff)

    def _refresh_snapshots(self) -> None:
        if self.document is not None:
            try:
                self.snapshot_panel.show_snapshots(self.document.db.snapshots())
            except Exception as error:  # noqa: BLE001
                self.show_error(error_text(error))

    def selected_booths(self) -> list[str]:
        """The selected booths still on the plan (an item being removed may still be selected)."""
        items = self.scene.booth_items
        return sorted(item.booth.number for item in self.scene.selectedItems()
                      if getattr(item, "booth", None) is not None
                      and items.get(item.booth.number) is item)

    def nudge_selected(self, dx: int, dy: int) -> Change | None:
        """Move the selected booths by (dx, dy) mm as one step (arrow keys)."""
        if self.current is None or not self.selected_booths():
            return None
        moves = [(n, self.current.booth(n).rect.x + dx, self.current.booth(n).rect.y + dy)
                 for n in self.selected_booths()]
        return self.move_booths(moves)

    def delete_selected(self) -> Change | None:
        """Delete the selected booths (their stands stay, unplaced) as one undo step."""
        numbers = self.selected_booths()
        if not numbers:
            return self.delete_selected_parts()
        text = (fill(self.tr("Delete booth %1"), menu_text(numbers[0])) if len(numbers) == 1
                else fill(self.tr("Delete %1 booths"), len(numbers)))
        return self.run(Batch(steps=tuple(RemoveBooth(number=n) for n in numbers),
                              label="delete_booths"), text)

    def _show_cursor(self, x: int, y: int) -> None:
        self.last_cursor = Point(x, y)
        self.cursor_label.setText(f"x {metres_text(x)}   y {metres_text(y)}")

    def add_block(self, spec: BlockSpec) -> Change | None:
        """Add a generated block of booths as one undo step."""
        booths = generate_block(spec)
        return self.run(Batch(steps=tuple(AddBooth(booth=b) for b in booths), label="add_block"),
                        fill(self.tr("Add %1 booths (%2 to %3)"), len(booths), booths[0].number,
                             booths[-1].number))

    def apply_proposal(self, proposal: Proposal, stand_ids: list[int] | None = None) -> Change | None:
        """Apply a proposal (or the ticked part of it) as one undo step."""
        from boothmanager.operations.auto_assign import ApplyProposal

        operation = ApplyProposal.of(proposal, stand_ids, event=self.current)
        return self.run(operation, fill(self.tr("Automatic assignment (%1 stands)"),
                                        len(operation.moves)))

    def choose_auto_assign(self) -> None:
        if self.current is None:
            return
        from boothmanager.gui.proposal_dialog import ProposalDialog  # with the solver's types

        dialog = ProposalDialog(self)
        if dialog.compute() is not None and dialog.exec() and dialog.proposal is not None:
            self.apply_proposal(dialog.proposal, dialog.ticked())

    def choose_import(self, path: Path | None = None) -> Change | None:
        """File > Import Stands…: a sheet's stands, checked row by row, as one undo step."""
        if self.current is None:
            return None
        from boothmanager.gui.import_dialog import ImportDialog  # the sheet readers on first use

        dialog = ImportDialog(event=lambda: self.current, run=self.run, settings=self.settings,
                              parent=self)
        if not dialog.choose_file(path) and dialog.session.path is None:
            return None  # no file chosen
        dialog.exec()  # a file that cannot be read opens the dialog with the reason
        return dialog.imported

    def show_stand_history(self) -> None:
        """Edit > Stand History…: every status and booth change of the selected stand."""
        stand_id = self.stand_panel.selected_stand_id()
        if stand_id is None or self.document is None or self.current is None:
            return
        from boothmanager.gui.stand_history import StandHistoryDialog

        dialog = StandHistoryDialog(self.current.stand(stand_id), self.document.db.stand_history,
                                    self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def choose_block(self) -> None:
        if self.current is None:
            return
        from boothmanager.gui.block_dialog import BlockDialog

        dialog = BlockDialog([level.name for level in self.current.venue.levels], self)
        dialog.level.setCurrentText(self.level_box.currentText())
        if dialog.exec() and (spec := dialog.spec()) is not None:
            self.add_block(spec)

    def choose_send_review(self) -> None:
        if self.document is None:
            return
        path = self._ask_path(self.tr("Send for Review"), self._start_folder(),
                              "boothmanager review (*.boothreview)", "boothreview", save=True)
        if path is not None:
            self.send_for_review(path)

    def send_for_review(self, path: Path) -> bool:
        """Write a sealed review package of the event as it is now (and keep its snapshot)."""
        from boothmanager.review_export import NotAReviewTarget, export_review

        if self.document is None:
            return False
        try:
            exported = export_review(self.document.db, path, lang=self.translations.language)
        except NotAReviewTarget:
            self.show_error(fill(self.tr("%1 exists and is not a review package; it was not "
                                         "replaced."), str(path)))
            return False
        except Exception as error:  # noqa: BLE001 - worded; nothing was written
            self.show_error(error_text(error))
            return False
        self._refresh_snapshots()
        self.statusBar().showMessage(fill(
            self.tr("Wrote the review package %1 (%2 booths, %3 with a stand; kept as the "
                    "snapshot “%4”)."), str(path), exported.booths, exported.placed,
            exported.snapshot), 15_000)
        return True

    def choose_open_review(self) -> None:
        path = self._ask_path(self.tr("Open Review Package"), self._start_folder(),
                              "boothmanager review (*.boothreview)", "boothreview", save=False)
        if path is not None:
            self.open_review(path)

    def open_review(self, path: Path) -> QWidget:
        """Review a package in its own window (read-only plan, answers saved into it)."""
        from boothmanager.gui.review_mode import open_review_window

        self.review_window = open_review_window(path, self)
        return self.review_window

    def undo(self) -> None:
        if self.document is not None:
            self._attempt(self.document.undo)

    def redo(self) -> None:
        if self.document is not None:
            self._attempt(self.document.redo)

    def _stand_name(self, stand_id: int) -> str:
        try:
            return self.current.stand(stand_id).name if self.current else str(stand_id)
        except KeyError:
            return str(stand_id)

    # Selection and context menu --------------------------------------------------------
    def selected_booth(self) -> str | None:
        numbers = self.selected_booths()
        return numbers[0] if numbers else None

    def select_booth(self, number: str) -> None:
        self.scene.clearSelection()
        item = self.scene.booth_items.get(number)
        if item is not None:
            item.setSelected(True)

    def _plan_selection_changed(self) -> None:
        number = self.selected_booth()
        # A booth being taken off the plan (undo of a copy) may still count as selected.
        if number is not None and self.current is not None and self.current.has_booth(number):
            self.properties.show_booth(self.current, self.current.booth(number))
        elif self.properties.showing_booth():
            self.properties.show_nothing()
        self._update_booth_enabled()
        self._update_undo_texts()

    def _stand_selection_changed(self) -> None:
        stand_id = self.stand_panel.selected_stand_id()
        self.history_action.setEnabled(stand_id is not None and self.current is not None)
        self.scene.highlight_stand(stand_id)  # its strip of a shared booth, else its booth
        if stand_id is None or self.current is None:
            return
        self.properties.show_stand(self.current, self.current.stand(stand_id))

    def booth_menu(self, number: str) -> QMenu:
        """The context menu of a booth on the plan."""
        menu = QMenu(self)
        booth = self.current.booth(number) if self.current else None
        text = (self.tr("Take All Stands off %1") if booth is not None and booth.shared
                else self.tr("Unassign stand from %1"))
        action = menu.addAction(fill(text, menu_text(number)))
        action.setEnabled(bool(booth and booth.stand_id is not None))
        action.triggered.connect(lambda: self.unassign(number))
        self.add_share_actions(menu, number)
        menu.addSeparator()
        for shaping in (self.rotate_action, self.rotate_back_action, self.duplicate_action,
                        self.split_action, self.split_depth_action):
            menu.addAction(shaping)
        self.amenities_menu(number, menu)
        self.add_stand_actions(menu, number)
        return menu

    def _booth_menu_at(self, number: str, global_pos: QPoint) -> None:
        self.select_booth(number)
        menu = self.booth_menu(number)
        menu.exec(global_pos)
        menu.deleteLater()

    # Dialogs ---------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        """Say what went wrong without blocking (the event is as it was)."""
        box = QMessageBox(QMessageBox.Icon.Warning, "boothmanager", text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_message = box
        box.open()
        self.statusBar().showMessage(text, 10_000)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About boothmanager"), self.tr(
            "boothmanager plans the marketplace of a conference: venue, booths, stands and "
            "printed signs."))

    def set_language(self, choice: str) -> None:
        self.translations.apply(choice)
        self.settings.setValue("ui/language", self.translations.choice)
        self.language_actions[self.translations.choice].setChecked(True)
        self.retranslate()  # Qt's LanguageChange events arrive later; the user sees it now

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        if self.document is not None:
            self.document.close()
            self.document = None
        super().closeEvent(event)
