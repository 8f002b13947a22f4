"""The review window: the package's plan and assignments read-only beside the answers being made."""

from __future__ import annotations

from datetime import datetime

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QWidget,
)

from boothmanager.domain import DomainError
from boothmanager.domain.review import Decision
from boothmanager.gui.legend import ReviewLegend
from boothmanager.gui.plan.items import BoothItem
from boothmanager.gui.plan.pins import PinItem, PinLayer, PinMark
from boothmanager.gui.plan.scene import PlanScene
from boothmanager.gui.review_plan import (
    AnswerBadges,
    ReviewPlanView,
    make_read_only,
    show_package_changes,
)
from boothmanager.gui.review_session import (
    AssignmentRow,
    PackageChangedOnDisk,
    PackageUnreadable,
    ReviewSession,
    SaveRefused,
)
from boothmanager.gui.review_pins import PinDialog, ReviewPins
from boothmanager.gui.review_sidebar import ReviewSidebar
from boothmanager.gui.review_wording import blocker_text, change_text, refusal_text
from boothmanager.gui.wording import elided, fill, one_line


class ReviewWindow(ReviewPins, QMainWindow):
    """The reviewer's window over one ReviewSession; the Qt part only shows and forwards."""

    def __init__(self, session: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.last_message: QMessageBox | None = None
        self.pin_dialog: PinDialog | None = None
        self._syncing = False
        self._loading = False
        self._discard = False
        self.scene = PlanScene(self)
        self.view = ReviewPlanView(self.scene, self)
        self.pins = PinLayer(self.scene)
        self.badges = AnswerBadges(self.scene)
        self.sidebar = ReviewSidebar(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 810])
        self.setCentralWidget(splitter)
        self.level_box = QComboBox()
        self.level_box.addItems([level.name for level in session.event.venue.levels])
        self.legend = ReviewLegend(self)
        # Permanent, so a message ("Answers saved …") never hides it; made now, so the plan
        # does not jump when the first message appears.
        self.statusBar().addPermanentWidget(self.legend)
        self._make_actions()
        self._connect()
        self.retranslate()
        self.resize(1280, 800)
        self._fill()

    # Building ---------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.pin_action = QAction(self)
        self.pin_action.setCheckable(True)
        self.fit_action = QAction(self)
        self.fit_action.setShortcut(QKeySequence("Ctrl+0"))
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.save_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("toolbar_review")
        for action in (self.save_action, self.pin_action, self.fit_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.level_caption = QLabel()
        self.toolbar.addWidget(self.level_caption)
        self.toolbar.addWidget(self.level_box)
        self.addToolBar(self.toolbar)

    def _connect(self) -> None:
        s = self.sidebar
        self.save_action.triggered.connect(self.save)
        s.save_button.clicked.connect(self.save)
        self.close_action.triggered.connect(self.close)
        self.fit_action.triggered.connect(self.view.fit)
        self.pin_action.toggled.connect(self.set_pin_mode)
        s.add_pin_button.toggled.connect(self.pin_action.setChecked)
        self.view.pin_requested.connect(self.ask_pin)
        self.view.pin_cancelled.connect(lambda: self.pin_action.setChecked(False))
        self.level_box.currentTextChanged.connect(self.show_level)
        self.scene.selectionChanged.connect(self._plan_selection_changed)
        s.table.currentCellChanged.connect(lambda *_: self._row_changed())
        s.approve_button.clicked.connect(lambda: self.decide(Decision.APPROVE))
        s.request_button.clicked.connect(lambda: self.decide(Decision.REQUEST_CHANGE))
        s.clear_button.clicked.connect(lambda: self.decide(None))
        s.comment.textChanged.connect(self._comment_edited)
        s.pins.currentRowChanged.connect(self._pin_row_changed)
        s.pins.itemDoubleClicked.connect(lambda _item: self.ask_edit_pin())
        s.edit_pin_button.clicked.connect(self.ask_edit_pin)
        s.remove_pin_button.clicked.connect(self.remove_current_pin)
        s.reviewer.textEdited.connect(self._reviewer_edited)
        s.verdict.currentIndexChanged.connect(self._verdict_edited)
        s.verdict_comment.textChanged.connect(self._verdict_edited)

    def retranslate(self) -> None:
        self.file_menu.setTitle(QCoreApplication.translate("ReviewWindow", "&File"))
        self.save_action.setText(QCoreApplication.translate("ReviewWindow", "&Save Answers"))
        self.pin_action.setText(QCoreApplication.translate("ReviewWindow", "&Pin Comment"))
        self.pin_action.setToolTip(QCoreApplication.translate("ReviewWindow", "Click on the plan to pin a comment to that spot"))
        self.fit_action.setText(QCoreApplication.translate("ReviewWindow", "&Fit to Window"))
        self.close_action.setText(QCoreApplication.translate("ReviewWindow", "&Close"))
        self.toolbar.setWindowTitle(QCoreApplication.translate("ReviewWindow", "Review Toolbar"))
        self.level_caption.setText(QCoreApplication.translate("ReviewWindow", "Level:") + " ")
        self.sidebar.retranslate()
        self.legend.retranslate()
        self._update_title()

    def _fill(self) -> None:
        """Show the package: its facts, rows, pins, changes and answers so far."""
        session, s = self.session, self.sidebar
        self._loading = True
        s.reviewer.setText(session.reviewer)
        s.reviewer.setReadOnly(session.reviewer_locked)
        if session.reviewer_locked:
            s.reviewer.setToolTip(QCoreApplication.translate("ReviewWindow", "This copy holds the answers of this reviewer. Another "
                                    "reviewer answers a fresh copy of the package."))
        s.show_verdict(session.verdict)
        s.verdict_comment.setPlainText(session.verdict_comment)
        self._loading = False
        s.package_label.setText(self._package_text())
        s.table.show_rows(session.rows())
        s.set_answer_enabled(None)
        self._fill_pins()
        self._fill_changes()
        self.show_level(self.level_box.currentText())
        self._update_status()

    def _package_text(self) -> str:
        manifest = self.session.package.manifest
        when = ""
        try:
            at = datetime.fromisoformat(str(manifest.get("created_at", "")))
            when = QLocale().toString(at.astimezone(), QLocale.FormatType.ShortFormat)
        except ValueError:
            pass
        head = fill(QCoreApplication.translate("ReviewWindow", "Review package “%1” of %2, sent by %3 on %4."), self.session.snapshot,
                    one_line(self.session.event.info.name),
                    one_line(str(manifest.get("created_by", "") or "?")), when or "?")
        return head + " " + QCoreApplication.translate("ReviewWindow", "The plan and the list are read-only; your answers are saved "
                              "into the package.")

    def _fill_changes(self) -> None:
        s, session = self.sidebar, self.session
        s.changes.clear()
        if session.previous is None:
            s.changes_caption.setText(QCoreApplication.translate("ReviewWindow", "This is the first review of the event."))
        else:
            s.changes_caption.setText(fill(QCoreApplication.translate("ReviewWindow", "Changes since the review “%1”: %2 (marked ⚠ in "
                                             "the list and on the plan)"),
                                           session.previous, len(session.changes)))
            s.changes.addItems([change_text(change) for change in session.changes])

    def _update_title(self) -> None:
        self.setWindowTitle(fill(QCoreApplication.translate("ReviewWindow", "Review of %1 (%2) – %3[*] – boothmanager"),
                                 elided(self.session.event.info.name), self.session.snapshot,
                                 self.session.path.name))
        self.setWindowModified(self.session.modified)

    # The plan ---------------------------------------------------------------------------
    def show_level(self, name: str) -> None:
        if not name:
            return
        event = self.session.event
        self.scene.show_level(event, event.venue.level(name))
        make_read_only(self.scene)
        touched = frozenset(r.booth for r in self.session.rows() if r.changed)
        show_package_changes(self.scene, event, self.session.changes, touched)
        self._show_marks()
        self.view.fit()

    def _show_marks(self) -> None:
        """Pins of this level (the chosen one selected) and the answer badges."""
        level = self.scene.level_name
        self.pins.show(PinMark(x=pin.x, y=pin.y, text=pin.text, label=str(index + 1), key=index)
                       for index, pin in enumerate(self.session.pins) if pin.level == level)
        self.badges.show(self.session.booth_decisions())
        chosen = self.sidebar.pins.currentRow()
        if chosen >= 0 and self.sidebar.tabs.currentIndex() == 1:
            syncing, self._syncing = self._syncing, True
            self.pins.select(chosen)
            self._syncing = syncing

    def _plan_selection_changed(self) -> None:
        if self._syncing or not shiboken6.isValid(self.scene):
            return
        chosen = self.scene.selectedItems()
        self._syncing = True
        try:
            for item in chosen:
                if isinstance(item, PinItem):
                    self.sidebar.tabs.setCurrentIndex(1)
                    self.sidebar.pins.setCurrentRow(int(item.mark.key))
                    return
                if isinstance(item, BoothItem) and self.session.answerable(item.booth.number):
                    # A shared booth: its first stand, or the one of it already chosen.
                    self.sidebar.tabs.setCurrentIndex(0)
                    self.sidebar.table.select_booth(item.booth.number)
                    self._row_changed()
                    return
        finally:
            self._syncing = False

    # Answers ----------------------------------------------------------------------------
    def select_booth(self, number: str, stand_id: int | None = None) -> None:
        """Select the assignment on `number` (of `stand_id` on a shared booth) in the list
        and on the plan."""
        self.sidebar.table.select_booth(number, stand_id)

    def current_row(self) -> AssignmentRow | None:
        key = self.sidebar.table.current_key()
        return self.session.row(key[0], stand_id=key[1]) if key is not None else None

    def _row_changed(self) -> None:
        row = self.current_row()
        self.sidebar.set_answer_enabled(row.booth if row else None,
                                        row.stand if row and row.shared_with else "")
        self._loading = True
        self.sidebar.comment.setPlainText(row.comment if row else "")
        self._loading = False
        if row is None or self._syncing:
            return
        booth = row.booth
        self._syncing = True
        if row.level != self.scene.level_name:
            self.level_box.setCurrentText(row.level)
        self.scene.clearSelection()
        item = self.scene.booth_items.get(booth)
        if item is not None:
            item.setSelected(True)
            self.view.ensureVisible(item, 40, 40)
        self._syncing = False

    def decide(self, decision: Decision | None) -> None:
        key = self.sidebar.table.current_key()
        if key is None:
            return
        booth, stand_id = key
        self.session.decide(booth, decision, self.sidebar.comment.toPlainText(),
                            stand_id=stand_id)
        self.sidebar.table.update_row(self.session.row(booth, stand_id=stand_id))
        if decision is Decision.REQUEST_CHANGE and not self.sidebar.comment.toPlainText().strip():
            self.sidebar.comment.setFocus()
        self._answers_changed()

    def _comment_edited(self) -> None:
        key = self.sidebar.table.current_key()
        if self._loading or key is None:
            return
        booth, stand_id = key
        self.session.set_comment(booth, self.sidebar.comment.toPlainText(), stand_id=stand_id)
        self.sidebar.table.update_row(self.session.row(booth, stand_id=stand_id))
        self._answers_changed()

    def _reviewer_edited(self, text: str) -> None:
        self.session.set_reviewer(text)
        self._answers_changed()

    def _verdict_edited(self, *_: object) -> None:
        if self._loading:
            return
        self.session.set_verdict(self.sidebar.chosen_verdict(),
                                 self.sidebar.verdict_comment.toPlainText())
        self._answers_changed()

    def _answers_changed(self) -> None:
        self._show_marks()
        self._update_status()

    def status_text(self) -> str:
        blockers = self.session.blockers()
        if self.session.modified and blockers:
            return " ".join(blocker_text(b) for b in blockers[:3])
        approved, requested, total = self.session.counts()
        text = fill(QCoreApplication.translate("ReviewWindow", "%1 of %2 assignments answered (%3 approved, %4 change requested), %5 "
                      "pinned comment(s)."), approved + requested, total, approved, requested,
                    len(self.session.pins))
        if not self.session.modified:
            return text + " " + (QCoreApplication.translate("ReviewWindow", "Everything is saved.") if not self.session.empty
                                 else blocker_text(blockers[0]) if blockers else "")
        return text + " " + QCoreApplication.translate("ReviewWindow", "Not saved yet.")

    def _update_status(self) -> None:
        self.sidebar.status.setText(self.status_text())
        can = self.session.can_save
        self.save_action.setEnabled(can)
        self.sidebar.save_button.setEnabled(can)
        self._update_title()

    # Saving and closing -----------------------------------------------------------------
    def save(self) -> bool:
        """Write the answers into the package; a refusal is said and nothing is written."""
        try:
            self.session.save()
        except SaveRefused as error:
            self.show_error("\n".join(blocker_text(b) for b in error.blockers))
            return False
        except (PackageChangedOnDisk, PackageUnreadable, OSError, DomainError) as error:
            self.show_error(refusal_text(error, self.session.path))
            return False
        self.sidebar.reviewer.setReadOnly(True)
        self._update_status()
        self.statusBar().showMessage(fill(QCoreApplication.translate("ReviewWindow", "Answers saved into %1"), self.session.path), 10_000)
        return True

    def show_error(self, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, "boothmanager", text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_message = box
        box.open()
        return box

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.modified and not self._discard:
            event.ignore()
            self.ask_unsaved()
            return
        super().closeEvent(event)

    def ask_unsaved(self) -> QMessageBox:
        """Save, discard or keep working; asked without blocking."""
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("ReviewWindow", "Unsaved answers"),
                          QCoreApplication.translate("ReviewWindow", "Your answers are not saved in the package yet. Save them now?"),
                          buttons, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda result: self._unsaved_answered(
            QMessageBox.StandardButton(result)))
        self.last_message = box
        box.open()
        return box

    def _unsaved_answered(self, button: QMessageBox.StandardButton) -> None:
        if button == QMessageBox.StandardButton.Save and self.save():
            self.close()
        elif button == QMessageBox.StandardButton.Discard:
            self._discard = True
            self.close()
