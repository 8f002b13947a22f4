"""The planner's review list: imported review items, their pins on the plan, importing a package."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boothmanager.domain.review import Decision, ReviewItem, ReviewItemKind, ReviewItemState
from boothmanager.gui.plan.pins import PinItem, PinLayer, PinMark
from boothmanager.gui.plan.scene import PlanScene
from boothmanager.gui.review_plan import AnswerBadges
from boothmanager.gui.review_wording import (
    decision_text,
    import_refusal_text,
    kind_text,
    refusal_text,
    state_text,
    verdict_text,
)
from boothmanager.gui.wording import error_text, fill, metres_text, one_line, plain_tooltip

if TYPE_CHECKING:
    from boothmanager.gui.document import EventDocument
    from boothmanager.gui.main_window import MainWindow
    from boothmanager.operations import Change

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
OLDER = QColor("#e65100")
DONE = QColor("#78909c")
REVIEW_FILTER = "boothmanager review (*.boothreview)"
DECISIONS = {ReviewItemKind.APPROVE: Decision.APPROVE,
             ReviewItemKind.REQUEST_CHANGE: Decision.REQUEST_CHANGE}


def where_text(item: ReviewItem) -> str:
    if item.booth is not None:
        return fill(QCoreApplication.translate("ReviewPanel", "booth %1"), item.booth)
    if item.level is not None and item.x is not None and item.y is not None:
        # The point first: a narrow column cuts the level, which most events have one of.
        return fill(QCoreApplication.translate("ReviewPanel", "%2 / %3 (%1)"), item.level,
                    metres_text(item.x), metres_text(item.y))
    return QCoreApplication.translate("ReviewPanel", "the whole plan")


def short_name(reviewer: str) -> str:
    """The reviewer's name without what follows in brackets: "Anna Schäfer (MI)" → "Anna Schäfer"."""
    return reviewer.split(" (", 1)[0].strip() or reviewer


def review_pin_marks(items: list[ReviewItem], level: str) -> list[PinMark]:
    """The pinned comments of `level` as pins: open ones in colour, done ones grey."""
    older = QCoreApplication.translate("ReviewPanel", "reviewed an older version")
    return [PinMark(x=item.x, y=item.y, text=item.comment, label=str(item.id), key=item.id,
                    done=item.state is ReviewItemState.DONE, older=item.older_version,
                    caption=" · ".join((item.reviewer, state_text(item.state),
                                        *((older,) if item.older_version else ()))))
            for item in items if item.kind is ReviewItemKind.COMMENT and item.level == level
            and item.x is not None and item.y is not None]


def show_review_pins(scene: PlanScene, items: list[ReviewItem],
                     layer: PinLayer | None = None) -> PinLayer:
    """Put the pins of imported comments on the level `scene` shows (replacing earlier ones)."""
    layer = layer if layer is not None else PinLayer(scene)
    layer.show(review_pin_marks(items, scene.level_name))
    return layer


def booth_answers(items: list[ReviewItem]) -> dict[str, Decision]:
    """Per booth, what the reviewers said: a change request still open outweighs approvals."""
    answers: dict[str, Decision] = {}
    for item in items:
        if item.booth is None or item.kind not in DECISIONS:
            continue
        if item.kind is ReviewItemKind.REQUEST_CHANGE and item.state is ReviewItemState.OPEN:
            answers[item.booth] = Decision.REQUEST_CHANGE
        elif item.kind is ReviewItemKind.APPROVE:
            answers.setdefault(item.booth, Decision.APPROVE)
    return answers


class ReviewPanel(QWidget):
    """Lists review items; asks the window to change their state, show a booth, a pin or the
    changes since the reviewed snapshot."""

    state_requested = Signal(int, object)  # item id, ReviewItemState
    item_chosen = Signal(object)  # ReviewItem
    compare_requested = Signal(str)  # the snapshot the item's package showed
    import_requested = Signal()

    STATE, KIND, WHERE, COMMENT, REVIEWER = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[ReviewItem] = []
        self.stand_names: dict[int, str] = {}  # the event's stands, to name who an answer is for
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (self.STATE, self.KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((self.WHERE, 85), (self.REVIEWER, 85)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(self.COMMENT, QHeaderView.ResizeMode.Stretch)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Narrower, and the comments are cut to a few letters (the details below show them
        # whole); wider, and the plan beside it shrinks for everyone who never reviews.
        self.setMinimumWidth(340)
        self.show_done = QCheckBox()
        self.show_done.setChecked(True)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_button = QPushButton()
        self.compare_button = QPushButton()
        self.import_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_done)
        buttons = QHBoxLayout()  # about the chosen item
        for button in (self.state_button, self.compare_button):
            buttons.addWidget(button)
        package = QHBoxLayout()  # three in a row are cut off in German at the dock's width
        package.addStretch(1)
        package.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addLayout(package)
        self.tree.currentItemChanged.connect(lambda *_: self._current_changed())
        self.tree.itemDoubleClicked.connect(lambda *_: self._toggle_state())
        self.state_button.clicked.connect(self._toggle_state)
        self.compare_button.clicked.connect(self._compare)
        self.import_button.clicked.connect(self.import_requested)
        self.show_done.toggled.connect(lambda _on: self.show_items(self.items))
        self.retranslate()
        self._current_changed()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([
            QCoreApplication.translate("ReviewPanel", "State"),
            QCoreApplication.translate("ReviewPanel", "What"),
            QCoreApplication.translate("ReviewPanel", "Where"),
            QCoreApplication.translate("ReviewPanel", "Comment"),
            QCoreApplication.translate("ReviewPanel", "Reviewer")])
        self.show_done.setText(QCoreApplication.translate("ReviewPanel", "Show done"))
        self.compare_button.setText(QCoreApplication.translate("ReviewPanel", "Show Changes Since"))
        self.import_button.setText(QCoreApplication.translate("ReviewPanel", "Import Review…"))
        self.show_items(self.items)

    def show_items(self, items: list[ReviewItem]) -> None:
        """Show these items (done ones only if asked), keeping the chosen one chosen."""
        chosen = self.chosen()
        self.items = list(items)
        self.tree.blockSignals(True)
        self.tree.clear()
        for item in self.items:
            if item.state is ReviewItemState.DONE and not self.show_done.isChecked():
                continue
            self.tree.addTopLevelItem(self._row(item))
        self.tree.blockSignals(False)
        opened = sum(item.state is ReviewItemState.OPEN for item in self.items)
        older = sum(item.older_version and item.state is ReviewItemState.OPEN
                    for item in self.items)
        self.summary.setText(fill(QCoreApplication.translate(
            "ReviewPanel", "%1 open of %2; %3 open about an older version"),
            opened, len(self.items), older) if self.items else QCoreApplication.translate(
            "ReviewPanel", "No review answers imported yet."))
        if chosen is not None:
            self.select_item(chosen.id)
        self._current_changed()

    def _row(self, item: ReviewItem) -> QTreeWidgetItem:
        what = kind_text(item.kind)
        if item.older_version:
            what += " ⚠"
        comment = one_line(item.comment)
        if item.kind is ReviewItemKind.VERDICT:
            comment = verdict_text(item.verdict) + (f": {comment}" if comment else "")
        row = QTreeWidgetItem([state_text(item.state), what, where_text(item), comment,
                               short_name(item.reviewer)])
        row.setToolTip(self.REVIEWER, plain_tooltip(item.reviewer))
        where = where_text(item)
        if item.stand_id in self.stand_names:  # on a shared booth the booth alone is not enough
            where = f"{where}: {self.stand_names[item.stand_id]}"
        row.setToolTip(self.WHERE, plain_tooltip(where))
        row.setData(0, ITEM_ROLE, item.id)
        older = QCoreApplication.translate("ReviewPanel", "reviewed an older version")
        row.setToolTip(self.KIND, plain_tooltip(what, older if item.older_version else ""))
        row.setToolTip(self.COMMENT, plain_tooltip(item.comment))
        if item.state is ReviewItemState.DONE:
            for column in range(5):
                row.setForeground(column, QBrush(DONE))
        else:
            font = QFont(row.font(self.STATE))
            font.setBold(True)
            row.setFont(self.STATE, font)
        if item.older_version:
            row.setForeground(self.KIND, QBrush(OLDER))
        return row

    def chosen(self) -> ReviewItem | None:
        row = self.tree.currentItem()
        if row is None:
            return None
        item_id = row.data(0, ITEM_ROLE)
        return next((item for item in self.items if item.id == item_id), None)

    def select_item(self, item_id: int | None) -> bool:
        for index in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(index)
            if row.data(0, ITEM_ROLE) == item_id:
                self.tree.setCurrentItem(row)
                return True
        return False

    def _current_changed(self) -> None:
        item = self.chosen()
        self.state_button.setEnabled(item is not None)
        self.compare_button.setEnabled(item is not None and item.older_version)
        if item is None:
            self.state_button.setText(QCoreApplication.translate("ReviewPanel", "Mark Done"))
            self.compare_button.setText(QCoreApplication.translate("ReviewPanel", "Show Changes Since"))
            self.details.setText("")
            return
        self.state_button.setText(QCoreApplication.translate("ReviewPanel", "Reopen") if item.state is
                                  ReviewItemState.DONE else QCoreApplication.translate("ReviewPanel", "Mark Done"))
        self.compare_button.setText(fill(QCoreApplication.translate("ReviewPanel", "Show Changes Since “%1”"),
                                         item.snapshot))
        self.details.setText(self.details_text(item))
        self.item_chosen.emit(item)

    def details_text(self, item: ReviewItem) -> str:
        lines = [fill(QCoreApplication.translate("ReviewPanel", "%1 by %2 on %3 (package “%4”; verdict: %5)"),
                      kind_text(item.kind), item.reviewer, where_text(item), item.snapshot,
                      verdict_text(item.verdict))]
        if item.kind in DECISIONS:
            lines[0] = fill(QCoreApplication.translate("ReviewPanel", "Booth %1, stand %2: %3 by %4 (package “%5”)"),
                            item.booth, f"“{self.stand_names[item.stand_id]}”"
                            if item.stand_id in self.stand_names else item.stand_id,
                            decision_text(DECISIONS[item.kind]), item.reviewer, item.snapshot)
        if item.comment:
            lines.append(item.comment)
        if item.older_version:
            lines.append(fill(QCoreApplication.translate("ReviewPanel", "⚠ Reviewed an older version: the plan changed "
                                               "here since “%1”."), item.snapshot))
        if item.imported_at is not None:
            when = QLocale().toString(item.imported_at.astimezone(),
                                      QLocale.FormatType.ShortFormat)
            lines.append(fill(QCoreApplication.translate("ReviewPanel", "Imported %1 by %2"), when,
                              item.imported_by or "?"))
        return "\n".join(lines)

    def _toggle_state(self) -> None:
        item = self.chosen()
        if item is not None and item.id is not None:
            new = (ReviewItemState.OPEN if item.state is ReviewItemState.DONE
                   else ReviewItemState.DONE)
            self.state_requested.emit(item.id, new)

    def _compare(self) -> None:
        item = self.chosen()
        if item is not None:
            self.compare_requested.emit(item.snapshot)


class ReviewDock(QObject):
    """The review panel docked in the main window, kept in step with the open event."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = ReviewPanel(window)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("dock_reviews")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.pins = PinLayer(window.scene)
        self.badges = AnswerBadges(window.scene)  # ✓ approved, ! change requested, per booth
        self._document: EventDocument | None = None
        self._choosing = False
        self.panel.state_requested.connect(self.set_state)
        self.panel.item_chosen.connect(self.show_item)
        self.panel.compare_requested.connect(self.compare)
        self.panel.import_requested.connect(self.choose_import)
        window.scene.selectionChanged.connect(self._plan_selection_changed)
        # After the window's own handler has rebuilt the scene for the level:
        window.level_box.currentTextChanged.connect(lambda _name: self.show_pins())
        self.retranslate()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(QCoreApplication.translate("ReviewPanel", "Review"))
        self.panel.retranslate()

    def refresh(self) -> None:
        """Read the items from the event file again; follow a newly opened document."""
        document = self.window.document
        if document is not self._document:
            self._document = document
            if document is not None:
                document.changed.connect(self._changed)
        items: list[ReviewItem] = []
        if document is not None:
            try:
                items = document.db.review_items()
            except Exception as error:  # noqa: BLE001 - said, never crosses into Qt
                self.window.show_error(str(error))
        event = self.window.current
        self.panel.stand_names = ({s.id: s.name for s in event.stands if s.id is not None}
                                  if document is not None and event is not None else {})
        self.panel.show_items(items)
        self.show_pins()

    def _changed(self, change: Change) -> None:
        if self.window.document is not self._document:
            return
        if change.reviews:
            self.refresh()
        elif change.booths and self.panel.items:
            self.show_pins()  # badges follow booths moved or turned

    def show_pins(self) -> None:
        """Pins of the imported comments and the answers' badges on the level shown."""
        show_review_pins(self.window.scene, self.panel.items, self.pins)
        self.badges.show(booth_answers(self.panel.items))

    def set_state(self, item_id: int, state: ReviewItemState) -> Change | None:
        """Mark an item done or open again, one undo step."""
        from boothmanager.operations import SetReviewItemState

        text = (fill(QCoreApplication.translate("ReviewPanel", "Mark review item %1 done"),
                     item_id) if state is ReviewItemState.DONE else
                fill(QCoreApplication.translate("ReviewPanel", "Reopen review item %1"),
                     item_id))
        return self.window.run(SetReviewItemState(item_id=item_id, state=state), text)

    def import_package(self, path: Path) -> Change | None:
        """Import an answered package into the event (one undo step); refusals are said."""
        from boothmanager.domain.review import (
            ForeignReviewPackage,
            ReviewAlreadyImported,
            ReviewAnswersInvalid,
            ReviewNotAnswered,
        )
        from boothmanager.domain.review_package import ReviewPackageRefused, read_package
        from boothmanager.operations import ImportReview

        if self.window.document is None:
            return None
        path = Path(path)
        try:
            package = read_package(path.read_bytes())
        except (ReviewPackageRefused, ReviewAnswersInvalid, OSError) as error:
            self.window.show_error(refusal_text(error, path))
            return None
        reviewer = package.answers.reviewer if package.answers is not None else "?"
        text = fill(QCoreApplication.translate("ReviewPanel", "Import review of %1"),
                    one_line(reviewer))
        try:
            change = self.window.document.execute(ImportReview(package=package), text)
        except (ReviewAlreadyImported, ReviewNotAnswered, ForeignReviewPackage) as error:
            self.window.show_error(import_refusal_text(error, path))
            return None
        except Exception as error:  # noqa: BLE001 - said, never crosses into Qt
            self.window.show_error(error_text(error))
            return None
        if change is not None:
            self.refresh()
            older = sum(i.older_version for i in self.panel.items if i.id in change.reviews)
            self.window.statusBar().showMessage(fill(QCoreApplication.translate(
                "ReviewPanel", "Imported %1 review item(s) of %2; %3 about an older version"),
                len(change.reviews), one_line(reviewer), older), 10_000)
            self.dock.show()
            self.dock.raise_()
        return change

    def choose_import(self) -> None:
        start = str(self.window.document.path.parent) if self.window.document \
            and self.window.document.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.window, QCoreApplication.translate("ReviewPanel", "Import Review"), start,
            REVIEW_FILTER)
        if path:
            self.import_package(Path(path))

    def show_item(self, item: ReviewItem) -> None:
        """Show where an item is about: select its booth, or its pin, on the right level."""
        event = self.window.current
        if event is None:
            return
        level = item.level
        if item.booth is not None:
            try:
                level = event.booth(item.booth).level
            except KeyError:
                self.window.statusBar().showMessage(fill(QCoreApplication.translate(
                    "ReviewPanel", "Booth %1 is no longer in the event."), item.booth), 10_000)
                return
        if level is not None and level != self.window.scene.level_name:
            self.window.level_box.setCurrentText(level)
        self._choosing = True
        try:
            if item.booth is not None:
                self.window.select_booth(item.booth)
                target = self.window.scene.booth_items.get(item.booth)
            else:
                target = self.pins.select(item.id)
            if target is not None:
                self.window.view.ensureVisible(target, 40, 40)
        finally:
            self._choosing = False

    def _plan_selection_changed(self) -> None:
        if self._choosing or not shiboken6.isValid(self.window.scene):
            return
        for chosen in self.window.scene.selectedItems():
            if isinstance(chosen, PinItem) and chosen in self.pins.live():
                self.panel.select_item(chosen.mark.key)
                return

    def compare(self, snapshot: str) -> None:
        """The changes since the reviewed snapshot, in the Snapshots panel and on the plan."""
        self.window.compare_with_snapshot(snapshot)
        dock = getattr(self.window, "snapshots_dock", None)
        if dock is not None:
            dock.show()
            dock.raise_()
