"""The stand list: a Qt table model over the event's stands, a filter field, drag to the plan."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from boothmanager.domain import Event, Stand
from boothmanager.domain.event import natural_key
from boothmanager.gui.mime import STAND_MIME, stand_mime
from boothmanager.gui.wording import plain_tooltip

STAND_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class StandModel(QAbstractTableModel):
    """One row per stand: project, organisation, booth."""

    PROJECT, ORGANISATION, BOOTH = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stands: list[Stand] = []
        self._booth_of: dict[int, str] = {}

    def set_event(self, event: Event) -> None:
        self.beginResetModel()
        self._stands = sorted(event.stands, key=lambda s: natural_key(s.name))
        self._booth_of = {b.stand_id: b.number for b in event.booths if b.stand_id is not None}
        self.endResetModel()

    def update_from(self, event: Event, ids: frozenset[int]) -> None:
        """Refresh the rows of these stands (a full reset when stands came or went)."""
        known = {s.id for s in self._stands}
        now = {s.id for s in event.stands}
        if known != now:
            self.set_event(event)
            return
        self._booth_of = {b.stand_id: b.number for b in event.booths if b.stand_id is not None}
        fresh = {s.id: s for s in event.stands}
        for row, stand in enumerate(self._stands):
            if stand.id in ids:
                self._stands[row] = fresh[stand.id]
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def stand_at(self, row: int) -> Stand:
        return self._stands[row]

    def row_of(self, stand_id: int) -> int:
        for row, stand in enumerate(self._stands):
            if stand.id == stand_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._stands)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._stands):
            return None
        stand = self._stands[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PROJECT:
                return stand.project
            if column == self.ORGANISATION:
                return stand.organisation
            if column == self.BOOTH:
                return self._booth_of.get(stand.id or -1, "")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [stand.name, stand.organisation, stand.description]
            if stand.placeholder:
                lines.append(QCoreApplication.translate("StandModel", "Placeholder: name not known yet"))
            return plain_tooltip(*lines)
        if role == Qt.ItemDataRole.FontRole and stand.placeholder:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and stand.placeholder:
            return QColor("#6b6b6b")
        if role == STAND_ID_ROLE:
            return stand.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (QCoreApplication.translate("StandModel", "Stand"),
                  QCoreApplication.translate("StandModel", "Organisation"),
                  QCoreApplication.translate("StandModel", "Booth"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def mimeTypes(self) -> list[str]:
        return [STAND_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        ids: list[int] = []
        for index in indexes:
            stand_id = self.data(index, STAND_ID_ROLE)
            if isinstance(stand_id, int) and stand_id not in ids:
                ids.append(stand_id)
        return stand_mime(ids)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)


class StandFilter(QSortFilterProxyModel):
    """Case-insensitive filter over every column; sorts as people do (S2 before S10, Ä with A)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortLocaleAware(True)
        # Re-sorting on every change costs most of an edit at 10,000 stands; a click on a
        # header sorts again.
        self.setDynamicSortFilter(False)

    def lessThan(self, left: Index, right: Index) -> bool:
        return (natural_key(str(left.data() or ""))
                < natural_key(str(right.data() or "")))


class StandListPanel(QWidget):
    """The filter field above the stand table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = StandModel(self)
        self.proxy = StandFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(StandModel.PROJECT, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(StandModel.PROJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(StandModel.BOOTH, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(StandModel.ORGANISATION, 120)
        self.table.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        self.retranslate()

    def selected_stand_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.proxy.data(rows[0], STAND_ID_ROLE)
        return value if isinstance(value, int) else None

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(QCoreApplication.translate("StandListPanel", "Filter stands…"))
        self.model.retranslate()
