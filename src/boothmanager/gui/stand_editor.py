"""The stand editor: wishes for booths or zones in order, allowed zones, stands to be near or
apart from, and the logo; OK gives one operation (one undo step)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from boothmanager.domain import Event, Stand
from boothmanager.domain.event import natural_key
from boothmanager.domain.stand import MAX_WISHES, StandWish
from boothmanager.gui.stand_editor_logo import Logo, LogoProblem, LogoRefused, read_logo
from boothmanager.gui.wording import elided, fill, one_line
from boothmanager.operations import Batch, Operation, SetStandLogo, UpdateStand

WISH_ROLE = Qt.ItemDataRole.UserRole + 1  # ("booth" | "zone", name)
STAND_ROLE = Qt.ItemDataRole.UserRole + 2
NAME, NEAR, APART = range(3)



def wish_label(kind: str, name: str) -> str:
    return fill(QCoreApplication.translate("StandEditor", "Booth %1"), name) if kind == "booth" else fill(QCoreApplication.translate("StandEditor", "Zone %1"), name)


def logo_refused_text(error: LogoRefused) -> str:
    """“logo.gif” cannot be the logo: a GIF image; PNG or JPEG only."""
    reason = {
        LogoProblem.UNREADABLE: fill(QCoreApplication.translate("StandEditor", "the file cannot be read (%1)"), error.detail),
        LogoProblem.TOO_LARGE: fill(QCoreApplication.translate("StandEditor", "the file is too large (%1; at most 5 MB)"), error.detail),
        LogoProblem.NOT_AN_IMAGE: QCoreApplication.translate("StandEditor", "it is not an image, or the image is damaged"),
        LogoProblem.WRONG_FORMAT: fill(QCoreApplication.translate("StandEditor", "a %1 image; PNG or JPEG only"), error.detail),
        LogoProblem.TOO_SMALL_PIXELS: fill(QCoreApplication.translate("StandEditor", "%1 pixels is too small to print (at least 32 on each side)"), error.detail),
        LogoProblem.TOO_MANY_PIXELS: fill(QCoreApplication.translate("StandEditor", "%1 pixels is too large (at most 8000 on each side)"), error.detail),
    }[error.problem]
    return fill(QCoreApplication.translate("StandEditor", "“%1” cannot be the logo: %2."), error.name, reason)


def known_zones(event: Event, stand: Stand) -> list[str]:
    """Zone names one may choose: booths' zones, levels, and what stands name already."""
    zones = {b.zone for b in event.booths if b.zone} | {level.name for level in event.venue.levels}
    for other in event.stands:
        zones |= other.zones | {w.zone for w in other.wishes if w.zone}
    zones |= stand.zones
    return sorted(zones, key=str.casefold)


class StandEditor(QDialog):
    """Edits one stand's wishes, allowed zones, near/apart stands and logo."""

    def __init__(self, event: Event, stand: Stand, logo: tuple[bytes, str] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current, self.stand = event, stand
        self.logo_before = logo
        self.logo = logo
        self.setWindowTitle(fill(QCoreApplication.translate("StandEditor", "Edit Stand – %1"), elided(stand.name, 50)))
        self.resize(640, 520)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._wishes_page(), QCoreApplication.translate("StandEditor", "Wishes and Zones"))
        self.tabs.addTab(self._relations_page(), QCoreApplication.translate("StandEditor", "Near and Apart"))
        self.tabs.addTab(self._logo_page(), QCoreApplication.translate("StandEditor", "Logo"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        title = QLabel(one_line(stand.name) + (f" – {one_line(stand.organisation)}"
                                               if stand.project and stand.organisation else ""))
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setStyleSheet("font-weight: bold")
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._show_logo()

    # Wishes and zones --------------------------------------------------------------------
    def _wishes_page(self) -> QWidget:
        page = QWidget()
        wishes = QGroupBox(QCoreApplication.translate("StandEditor", "Wishes, strongest first"))
        self.wish_list = QListWidget()
        self.wish_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for wish in self.stand.wishes:
            self._add_wish_item("booth" if wish.booth is not None else "zone",
                                wish.booth or wish.zone or "")
        self.wish_choice = QComboBox()
        for booth in sorted(self.current.booths, key=lambda b: natural_key(b.number)):
            self.wish_choice.addItem(wish_label("booth", booth.number), ("booth", booth.number))
        for zone in known_zones(self.current, self.stand):
            self.wish_choice.addItem(wish_label("zone", zone), ("zone", zone))
        self.add_wish_button = QPushButton(QCoreApplication.translate("StandEditor", "Add Wish"))
        self.add_wish_button.clicked.connect(self.add_chosen_wish)
        self.up_button = QPushButton(QCoreApplication.translate("StandEditor", "Up"))
        self.up_button.clicked.connect(lambda: self.move_wish(-1))
        self.down_button = QPushButton(QCoreApplication.translate("StandEditor", "Down"))
        self.down_button.clicked.connect(lambda: self.move_wish(1))
        self.remove_wish_button = QPushButton(QCoreApplication.translate("StandEditor", "Remove"))
        self.remove_wish_button.clicked.connect(self.remove_wish)
        grid = QGridLayout(wishes)
        grid.addWidget(self.wish_list, 0, 0, 4, 1)
        grid.addWidget(self.up_button, 0, 1)
        grid.addWidget(self.down_button, 1, 1)
        grid.addWidget(self.remove_wish_button, 2, 1)
        grid.addWidget(self.wish_choice, 4, 0)
        grid.addWidget(self.add_wish_button, 4, 1)

        zones = QGroupBox(QCoreApplication.translate("StandEditor", "Allowed zones (none ticked: any booth)"))
        self.zone_list = QListWidget()
        for zone in known_zones(self.current, self.stand):
            self._add_zone_item(zone, zone in self.stand.zones)
        self.new_zone = QLineEdit()
        self.new_zone.setPlaceholderText(QCoreApplication.translate("StandEditor", "New zone name"))
        self.new_zone.returnPressed.connect(self.add_new_zone)
        add_zone = QPushButton(QCoreApplication.translate("StandEditor", "Add Zone"))
        add_zone.clicked.connect(self.add_new_zone)
        box = QVBoxLayout(zones)
        box.addWidget(self.zone_list)
        row = QHBoxLayout()
        row.addWidget(self.new_zone, 1)
        row.addWidget(add_zone)
        box.addLayout(row)
        layout = QHBoxLayout(page)
        layout.addWidget(wishes, 3)
        layout.addWidget(zones, 2)
        return page

    def _add_wish_item(self, kind: str, name: str) -> None:
        item = QListWidgetItem(wish_label(kind, name))
        item.setData(WISH_ROLE, (kind, name))
        self.wish_list.addItem(item)

    def _add_zone_item(self, zone: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(zone)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.zone_list.addItem(item)
        return item

    def add_chosen_wish(self) -> None:
        chosen = self.wish_choice.currentData()
        if chosen is None or chosen in self.wish_keys() or len(self.wish_keys()) >= MAX_WISHES:
            return
        self._add_wish_item(*chosen)
        self.wish_list.setCurrentRow(self.wish_list.count() - 1)

    def move_wish(self, step: int) -> None:
        row = self.wish_list.currentRow()
        if row < 0 or not 0 <= row + step < self.wish_list.count():
            return
        item = self.wish_list.takeItem(row)
        self.wish_list.insertItem(row + step, item)
        self.wish_list.setCurrentRow(row + step)

    def remove_wish(self) -> None:
        row = self.wish_list.currentRow()
        if row >= 0:
            self.wish_list.takeItem(row)

    def add_new_zone(self) -> None:
        name = " ".join(self.new_zone.text().split())
        if not name:
            return
        found = self.zone_list.findItems(name, Qt.MatchFlag.MatchFixedString)
        item = found[0] if found else self._add_zone_item(name, True)
        item.setCheckState(Qt.CheckState.Checked)
        self.new_zone.clear()

    def wish_keys(self) -> list[tuple[str, str]]:
        return [self.wish_list.item(row).data(WISH_ROLE) for row in range(self.wish_list.count())]

    def wishes(self) -> tuple[StandWish, ...]:
        return tuple(StandWish(booth=name) if kind == "booth" else StandWish(zone=name)
                     for kind, name in self.wish_keys())

    def zones(self) -> frozenset[str]:
        return frozenset(self.zone_list.item(row).text() for row in range(self.zone_list.count())
                         if self.zone_list.item(row).checkState() == Qt.CheckState.Checked)

    # Near and apart ---------------------------------------------------------------------
    def _relations_page(self) -> QWidget:
        page = QWidget()
        self.stand_filter = QLineEdit()
        self.stand_filter.setPlaceholderText(QCoreApplication.translate("StandEditor", "Filter stands…"))
        self.stand_filter.setClearButtonEnabled(True)
        self.stand_filter.textChanged.connect(self._filter_stands)
        others = sorted((s for s in self.current.stands if s.id != self.stand.id),
                        key=lambda s: natural_key(s.name))
        self.relations = QTableWidget(len(others), 3)
        self.relations.setHorizontalHeaderLabels([QCoreApplication.translate("StandEditor", "Stand"), QCoreApplication.translate("StandEditor", "Near"), QCoreApplication.translate("StandEditor", "Keep apart")])
        self.relations.verticalHeader().hide()
        self.relations.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.relations.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.relations.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (NEAR, APART):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for row, other in enumerate(others):
            name = QTableWidgetItem(one_line(other.name))
            name.setData(STAND_ROLE, other.id)
            name.setToolTip(one_line(other.organisation))
            self.relations.setItem(row, NAME, name)
            for column, ids in ((NEAR, self.stand.near), (APART, self.stand.apart)):
                box = QTableWidgetItem()
                box.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                box.setCheckState(Qt.CheckState.Checked if other.id in ids
                                  else Qt.CheckState.Unchecked)
                self.relations.setItem(row, column, box)
        self.relations.itemChanged.connect(self._relation_changed)
        layout = QVBoxLayout(page)
        hint = QLabel(QCoreApplication.translate("StandEditor", "Near: placed close by. Keep apart: never on neighbouring booths."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.stand_filter)
        layout.addWidget(self.relations, 1)
        return page

    def row_of_stand(self, stand_id: int) -> int:
        for row in range(self.relations.rowCount()):
            if self.relations.item(row, NAME).data(STAND_ROLE) == stand_id:
                return row
        raise KeyError(stand_id)

    def set_relation(self, stand_id: int, column: int, checked: bool = True) -> None:
        """Tick (or untick) a stand as near (NEAR) or apart (APART)."""
        self.relations.item(self.row_of_stand(stand_id), column).setCheckState(
            Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _relation_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in (NEAR, APART) and item.checkState() == Qt.CheckState.Checked:
            other = self.relations.item(item.row(), APART if item.column() == NEAR else NEAR)
            if other is not None and other.checkState() == Qt.CheckState.Checked:
                other.setCheckState(Qt.CheckState.Unchecked)  # near and apart exclude each other

    def _filter_stands(self, text: str) -> None:
        wanted = text.casefold().strip()
        for row in range(self.relations.rowCount()):
            name = self.relations.item(row, NAME)
            shown = not wanted or wanted in name.text().casefold() \
                or wanted in name.toolTip().casefold()
            self.relations.setRowHidden(row, not shown)

    def ticked(self, column: int) -> frozenset[int]:
        return frozenset(self.relations.item(row, NAME).data(STAND_ROLE)
                         for row in range(self.relations.rowCount())
                         if self.relations.item(row, column).checkState() == Qt.CheckState.Checked)

    # Logo -------------------------------------------------------------------------------
    def _logo_page(self) -> QWidget:
        page = QWidget()
        self.logo_preview = QLabel()
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setMinimumSize(260, 160)
        self.logo_preview.setStyleSheet("background: white; border: 1px solid #b0bec5")
        self.logo_info = QLabel()
        self.logo_info.setTextFormat(Qt.TextFormat.PlainText)
        self.logo_error = QLabel()
        self.logo_error.setWordWrap(True)
        self.logo_error.setTextFormat(Qt.TextFormat.PlainText)
        self.logo_error.setStyleSheet("color: #c62828")
        choose = QPushButton(QCoreApplication.translate("StandEditor", "Choose Image…"))
        choose.clicked.connect(lambda: self.choose_logo())
        self.remove_logo_button = QPushButton(QCoreApplication.translate("StandEditor", "Remove Logo"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addWidget(self.remove_logo_button)
        row.addStretch()
        layout = QVBoxLayout(page)
        layout.addWidget(self.logo_preview)
        layout.addWidget(self.logo_info)
        layout.addLayout(row)
        layout.addWidget(self.logo_error)
        hint = QLabel(QCoreApplication.translate("StandEditor", "PNG or JPEG, at most 5 MB, 32 to 8000 pixels on each side."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch()
        return page

    def choose_logo(self, path: Path | None = None) -> Logo | None:
        """Take an image file as the logo (asks for one without `path`); a file that is no
        PNG or JPEG of sensible size is refused with its name and why, the logo unchanged."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("StandEditor", "Choose Logo"), "",
                                                  QCoreApplication.translate("StandEditor", "Images (*.png *.jpg *.jpeg)"))
            if not name:
                return None
            path = Path(name)
        try:
            logo = read_logo(path)
        except LogoRefused as error:
            self.logo_error.setText(logo_refused_text(error))
            return None
        self.logo_error.clear()
        self.logo = (logo.data, logo.source)
        self._show_logo()
        return logo

    def remove_logo(self) -> None:
        self.logo = None
        self.logo_error.clear()
        self._show_logo()

    def _show_logo(self) -> None:
        self.remove_logo_button.setEnabled(self.logo is not None)
        if self.logo is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(QCoreApplication.translate("StandEditor", "No logo"))
            self.logo_info.setText("")
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self.logo[0])
        self.logo_preview.setPixmap(pixmap.scaled(
            240, 140, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        self.logo_info.setText(fill(QCoreApplication.translate("StandEditor", "%1 (%2 × %3 pixels, %4 kB)"), self.logo[1],
                                    pixmap.width(), pixmap.height(),
                                    max(1, round(len(self.logo[0]) / 1024))))

    # The result -------------------------------------------------------------------------
    def changes(self) -> dict[str, object]:
        """The stand fields this editor changes (only those that differ)."""
        found = {"wishes": self.wishes(), "zones": self.zones(), "near": self.ticked(NEAR),
                 "apart": self.ticked(APART)}
        return {name: value for name, value in found.items()
                if getattr(self.stand, name) != value}

    def operation(self) -> Operation | None:
        """What OK does, as one operation; None when nothing changed."""
        assert self.stand.id is not None
        steps: list[Operation] = []
        changes = self.changes()
        if changes:
            steps.append(UpdateStand(stand_id=self.stand.id, changes=changes))
        if self.logo != self.logo_before:
            steps.append(SetStandLogo(stand_id=self.stand.id, logo=self.logo))
        if not steps:
            return None
        return steps[0] if len(steps) == 1 else Batch(steps=tuple(steps), label="edit_stand")
