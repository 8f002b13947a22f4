"""The stand list: a Qt table model over the event's stands, a filter field, drag to the plan;
a locked placement shows a padlock beside its booth."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from boothmanager.domain import Event, Stand
from boothmanager.domain.event import natural_key
from boothmanager.gui.mime import STAND_MIME, stand_mime
from boothmanager.gui.wording import fill, plain_tooltip

STAND_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


LOCK_ICON: list[QIcon] = []  # made on first use (a QPixmap needs the application)


def lock_icon() -> QIcon:
    """A small padlock: shackle and body, drawn so no icon file is needed."""
    if not LOCK_ICON:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#37474f"), 1.6))
        painter.drawArc(QRectF(4.5, 1.5, 7, 8), 0, 180 * 16)
        painter.drawLine(4.5, 5.5, 4.5, 7.5)
        painter.drawLine(11.5, 5.5, 11.5, 7.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#37474f"))
        painter.drawRoundedRect(QRectF(2.5, 7, 11, 8), 1.5, 1.5)
        painter.end()
        LOCK_ICON.append(QIcon(pixmap))
    return LOCK_ICON[0]


class StandModel(QAbstractTableModel):
    """One row per stand: project, organisation, booth (with a padlock when locked)."""

    PROJECT, ORGANISATION, BOOTH = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stands: list[Stand] = []
        self._booth_of: dict[int, str] = {}
        self._locked: frozenset[int] = frozenset()
        self._event: Event | None = None  # as last shown: the booth column is worded from it

    def _placements(self, event: Event) -> None:
        self._event = event
        shared = QCoreApplication.translate("StandModel", "%1 (shared)")
        self._booth_of = {stand_id: fill(shared, b.number) if b.shared else b.number
                          for b in event.booths for stand_id in b.stand_ids}
        self._locked = frozenset(stand_id for b in event.booths if b.locked
                                 for stand_id in b.stand_ids)

    def set_event(self, event: Event) -> None:
        self.beginResetModel()
        self._stands = sorted(event.stands, key=lambda s: natural_key(s.name))
        self._placements(event)
        self.endResetModel()

    def is_locked(self, stand_id: int) -> bool:
        return stand_id in self._locked

    def update_from(self, event: Event, ids: frozenset[int]) -> None:
        """Refresh the rows of these stands (a full reset when stands came or went)."""
        known = {s.id for s in self._stands}
        now = {s.id for s in event.stands}
        if known != now:
            self.set_event(event)
            return
        before, locked = self._booth_of, self._locked
        self._placements(event)
        # A stand joining or leaving a shared booth changes its neighbours' rows too.
        ids = ids | {i for i in before.keys() | self._booth_of.keys()
                     if before.get(i) != self._booth_of.get(i)} | (locked ^ self._locked)
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
        locked = column == self.BOOTH and stand.id in self._locked
        if role == Qt.ItemDataRole.DecorationRole and locked:
            return lock_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [stand.name, stand.organisation, stand.description]
            if stand.id in self._locked:
                lines.append(QCoreApplication.translate("StandModel", "Placement locked: the automatic assignment keeps it"))
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
        if self._event is not None and self._stands:  # "(shared)" in the new language
            self._placements(self._event)
            self.dataChanged.emit(self.index(0, self.BOOTH),
                                  self.index(len(self._stands) - 1, self.BOOTH))


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
    """The filter field above the stand table; a right click asks for the stand's menu and a
    double click for its editor."""

    context_menu_requested = Signal(int, QPoint)  # stand id, global position
    edit_requested = Signal(int)  # stand id

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
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._double_clicked)
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

    def stand_at(self, pos: QPoint) -> int | None:
        """The stand of the row at `pos` in the table's viewport."""
        index = self.table.indexAt(pos)
        value = self.proxy.data(index, STAND_ID_ROLE) if index.isValid() else None
        return value if isinstance(value, int) else None

    def _context_menu(self, pos: QPoint) -> None:
        stand_id = self.stand_at(pos)
        if stand_id is not None:
            self.table.selectRow(self.table.indexAt(pos).row())
            self.context_menu_requested.emit(stand_id, self.table.viewport().mapToGlobal(pos))

    def _double_clicked(self, index: QModelIndex) -> None:
        value = self.proxy.data(index, STAND_ID_ROLE)
        if isinstance(value, int):
            self.edit_requested.emit(value)

    def select_stand(self, stand_id: int) -> None:
        row = self.model.row_of(stand_id)
        if row >= 0:
            proxy_row = self.proxy.mapFromSource(self.model.index(row, 0)).row()
            if proxy_row >= 0:
                self.table.selectRow(proxy_row)

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(QCoreApplication.translate("StandListPanel", "Filter stands…"))
        self.model.retranslate()
