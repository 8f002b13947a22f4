"""The automatic assignment dialog: weights, the proposal as a table and on the plan, apply."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from boothmanager.domain import Event
from boothmanager.domain.assignment import AssignmentSettings, Proposal, Weights
from boothmanager.gui.proposal_wording import blocker_text, reason_text
from boothmanager.gui.wording import fill, one_line

if TYPE_CHECKING:
    from boothmanager.gui.main_window import MainWindow

STAND_ROLE = Qt.ItemDataRole.UserRole + 1
WEIGHTS = ("wish", "theme", "apart", "near", "waste", "move", "displace")


def weight_label(name: str) -> str:
    return {
        "wish": QCoreApplication.translate("ProposalDialog", "Wish not granted"),
        "theme": QCoreApplication.translate("ProposalDialog", "Different themes side by side"),
        "apart": QCoreApplication.translate("ProposalDialog", "Keep-apart stands side by side"),
        "near": QCoreApplication.translate("ProposalDialog", "Be-near stands, per metre"),
        "waste": QCoreApplication.translate("ProposalDialog", "Unused area, per m²"),
        "move": QCoreApplication.translate("ProposalDialog", "Placed stand moved"),
        "displace": QCoreApplication.translate("ProposalDialog", "Placed stand left without booth"),
    }[name]


class ProposalDialog(QDialog):
    """Computes a proposal, shows why, and applies the ticked changes as one undo step."""

    COLUMNS = 5  # stand, from, to, why, points

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.proposal: Proposal | None = None
        self.setWindowTitle(QCoreApplication.translate("ProposalDialog", "Automatic Assignment"))
        self.resize(900, 560)
        defaults = Weights()
        self.weights: dict[str, QSpinBox] = {}
        box = QGroupBox(QCoreApplication.translate("ProposalDialog", "Points for what is not wanted"))
        form = QFormLayout(box)
        for name in WEIGHTS:
            spin = QSpinBox()
            spin.setRange(0, 1000)
            spin.setValue(getattr(defaults, name))
            self.weights[name] = spin
            form.addRow(weight_label(name), spin)
        self.compute_button = QPushButton(QCoreApplication.translate("ProposalDialog", "Compute Proposal"))
        self.compute_button.clicked.connect(self.compute)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setColumnWidth(0, 230)  # the stand's name: the one to read first
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("ProposalDialog", "Stand"),
            QCoreApplication.translate("ProposalDialog", "From"),
            QCoreApplication.translate("ProposalDialog", "To"),
            QCoreApplication.translate("ProposalDialog", "Why"),
            QCoreApplication.translate("ProposalDialog", "Points")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            QCoreApplication.translate("ProposalDialog", "Apply Ticked Changes"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(box)
        side = QVBoxLayout()
        side.addWidget(self.compute_button)
        side.addWidget(self.summary)
        side.addStretch()
        top.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.finished.connect(lambda _result: window.scene.clear_proposal())

    def settings(self) -> AssignmentSettings:
        return AssignmentSettings(weights=Weights(**{n: s.value() for n, s in self.weights.items()}))

    def compute(self) -> Proposal | None:
        """Ask the solver (reads only); show the proposal in the table and on the plan."""
        from boothmanager.operations.auto_assign import propose_assignment

        event = self.window_.current
        if event is None:
            return None
        try:
            proposal = propose_assignment(event, self.settings())
        except Exception as error:  # noqa: BLE001 - said in the dialog, never crosses into Qt
            from boothmanager.gui.wording import error_text

            self.summary.setText(error_text(error))
            return None
        self.proposal = proposal
        self._fill(event, proposal)
        moves = proposal.moves()
        self.window_.scene.show_proposal([(m.from_booth, m.to_booth) for m in moves])
        self.summary.setText(fill(QCoreApplication.translate(
            "ProposalDialog", "%1 of %2 stands placed, %3 to change. Points %4, bound %5, gap %6 (%7 %)."),
            len(proposal.placements), len(proposal.placements) + len(proposal.unplaced),
            len(moves), proposal.objective, proposal.bound, proposal.gap,
            f"{100 * proposal.gap_ratio:.1f}"))
        self.apply_button.setEnabled(bool(moves))
        return proposal

    def _fill(self, event: Event, proposal: Proposal) -> None:
        names = {s.id: one_line(s.name) for s in event.stands}
        rows: list[tuple[int, str, str, str, str, bool]] = []
        for p in proposal.placements:
            why = ", ".join(reason_text(r, names) for r in p.reasons)
            rows.append((p.stand_id, p.previous or "–", p.booth, why,
                         str(sum(c.points for c in p.costs)), p.changed))
        for u in proposal.unplaced:
            rows.append((u.stand_id, u.previous or "–", "–", blocker_text(u.blocker, names), "",
                         u.previous is not None))
        self.table.setRowCount(len(rows))
        for row, (stand_id, before, after, why, points, changes) in enumerate(rows):
            first = QTableWidgetItem(names.get(stand_id, str(stand_id)))
            first.setData(STAND_ROLE, stand_id)
            if changes:
                first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                first.setCheckState(Qt.CheckState.Checked)
            for column, item in enumerate((first, QTableWidgetItem(before),
                                           QTableWidgetItem(after), QTableWidgetItem(why),
                                           QTableWidgetItem(points))):
                item.setToolTip(why)
                self.table.setItem(row, column, item)

    def ticked(self) -> list[int]:
        """The stands whose change the user wants."""
        ids = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if (item.flags() & Qt.ItemFlag.ItemIsUserCheckable
                    and item.checkState() == Qt.CheckState.Checked):
                ids.append(item.data(STAND_ROLE))
        return ids
