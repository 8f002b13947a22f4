"""The properties panel: what is known about the selected booth or stand."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from boothmanager.domain import Booth, Event, Stand
from boothmanager.domain.stand import StandWish
from boothmanager.gui.share_panel import SharePanel
from boothmanager.gui.wording import (
    amenity_text,
    fill,
    metres_text,
    side_text,
    stand_status_text,
    status_text,
    type_text,
)


def lock_text() -> str:
    return QCoreApplication.translate("PropertiesPanel", "Locked: the automatic assignment keeps it")


def wish_text(wish: StandWish) -> str:
    if wish.booth is not None:
        return fill(QCoreApplication.translate("PropertiesPanel", "booth %1"), wish.booth)
    return fill(QCoreApplication.translate("PropertiesPanel", "zone %1"), wish.zone or "")


class PropertiesPanel(QWidget):
    """A form of read-only facts, and of a booth its stands' parts of the front and its
    capacity; rebuilt whenever the selection or the event changes. The share controls only
    ask (the signals); the window makes the change."""

    take_off_requested = Signal(str, int)  # booth number, stand id
    split_requested = Signal(str, object)  # booth number, tuple of mm
    capacity_requested = Signal(str, int)  # booth number, capacity
    order_requested = Signal(str, object)  # booth number, tuple of stand ids along the front

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shares: SharePanel | None = None  # of the booth shown, if one is
        self.outer = QVBoxLayout(self)
        self.form = QFormLayout()  # read-only facts; the share controls go below it
        self.outer.addLayout(self.form)
        self.outer.addStretch(1)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._shown: tuple[str, object] | None = None
        self._event: Event | None = None
        self.show_nothing()

    def _clear(self) -> None:
        if self.shares is not None:
            self.outer.removeWidget(self.shares)
            self.shares.hide()
            self.shares.deleteLater()
            self.shares = None
        while self.form.rowCount():
            self.form.removeRow(0)

    def _row(self, label: str, value: str) -> None:
        field = QLabel(value, self)  # Qt owns it from the start: removeRow deletes it
        field.setWordWrap(True)
        # A 500-letter word must not widen the dock: the label takes the width it is given.
        field.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        field.setMinimumWidth(40)
        field.setTextFormat(Qt.TextFormat.PlainText)  # names may contain markup: show it as text
        field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(label, field)

    def show_nothing(self) -> None:
        self._shown = None
        self._clear()
        hint = QLabel(QCoreApplication.translate("PropertiesPanel", "Select a booth on the plan or a stand in the list."), self)
        hint.setWordWrap(True)
        self.form.addRow(hint)

    def showing_booth(self) -> bool:
        return self._shown is not None and self._shown[0] == "booth"

    def show_booth(self, event: Event, booth: Booth) -> None:
        self._shown, self._event = ("booth", booth.number), event
        self._clear()
        self._row(QCoreApplication.translate("PropertiesPanel", "Booth"), booth.number)
        self._row(QCoreApplication.translate("PropertiesPanel", "Level"), booth.level)
        size = f"{metres_text(booth.rect.width)} × {metres_text(booth.rect.depth)}"
        if booth.parts:  # an L or U: its floor area says more than the main rectangle
            size = fill(QCoreApplication.translate("PropertiesPanel", "%1 m² (L or U shape; main part %2)"),
                        QLocale().toString(booth.area_mm2 / 1_000_000, "f", 2), size)
        self._row(QCoreApplication.translate("PropertiesPanel", "Size"), size)
        self._row(QCoreApplication.translate("PropertiesPanel", "Position"), f"x {metres_text(booth.rect.x)}, y {metres_text(booth.rect.y)}")
        self._row(QCoreApplication.translate("PropertiesPanel", "Open sides"), ", ".join(side_text(s) for s in sorted(booth.open_sides)) or "–")
        self._row(QCoreApplication.translate("PropertiesPanel", "Type"), type_text(booth.type))
        self._row(QCoreApplication.translate("PropertiesPanel", "Status"), status_text(booth.status))
        self._row(QCoreApplication.translate("PropertiesPanel", "Amenities"),
                  ", ".join(amenity_text(a) for a in sorted(booth.amenities)) or "–")
        self._row(QCoreApplication.translate("PropertiesPanel", "Zone"), booth.zone or "–")
        names = {s.id: s.name for s in event.stands}
        self._row(QCoreApplication.translate("PropertiesPanel", "Stand"),
                  "\n".join(names.get(i, f"#{i}") for i in booth.stand_ids) or "–")
        self.shares = SharePanel(event, booth, self)
        self.shares.take_off_requested.connect(self.take_off_requested)
        self.shares.split_requested.connect(self.split_requested)
        self.shares.capacity_requested.connect(self.capacity_requested)
        self.shares.order_requested.connect(self.order_requested)
        self.outer.insertWidget(1, self.shares)
        if booth.locked:
            self._row(QCoreApplication.translate("PropertiesPanel", "Placement"), lock_text())
        if event.venue.is_estimate:
            self._row(QCoreApplication.translate("PropertiesPanel", "Note"), QCoreApplication.translate("PropertiesPanel", "Venue geometry is an estimate."))

    def show_stand(self, event: Event, stand: Stand) -> None:
        self._shown, self._event = ("stand", stand.id), event
        self._clear()
        booth = event.booth_of(stand.id) if stand.id is not None else None
        self._row(QCoreApplication.translate("PropertiesPanel", "Stand"), stand.project or "–")
        self._row(QCoreApplication.translate("PropertiesPanel", "Organisation"), stand.organisation or "–")
        self._row(QCoreApplication.translate("PropertiesPanel", "Theme"), stand.theme or "–")
        self._row(QCoreApplication.translate("PropertiesPanel", "Description"), stand.description or "–")
        self._row(QCoreApplication.translate("PropertiesPanel", "Booth"), booth.number if booth else QCoreApplication.translate("PropertiesPanel", "not placed"))
        if booth is not None and booth.shared:
            names = {s.id: s.name for s in event.stands}
            self._row(QCoreApplication.translate("PropertiesPanel", "Shares the booth with"),
                      "\n".join(names.get(i, f"#{i}") for i in booth.stand_ids if i != stand.id))
        if booth is not None and booth.locked:
            self._row(QCoreApplication.translate("PropertiesPanel", "Placement"), lock_text())
        self._row(QCoreApplication.translate("PropertiesPanel", "Status"), stand_status_text(stand.status))
        self._row(QCoreApplication.translate("PropertiesPanel", "Needs"),
                  ", ".join(amenity_text(a) for a in sorted(stand.needs)) or "–")
        if stand.min_area_mm2:
            self._row(QCoreApplication.translate("PropertiesPanel", "Area at least"), f"{stand.min_area_mm2 / 1_000_000:g} m²")
        self._relations(event, stand)
        private = [stand.contact_name, stand.email, stand.phone, stand.contact]
        self._row(QCoreApplication.translate("PropertiesPanel", "Contact (private)"),
                  "\n".join(p for p in private if p) or "–")
        if stand.notes:
            self._row(QCoreApplication.translate("PropertiesPanel", "Notes (internal)"), stand.notes)
        if stand.placeholder:
            self._row(QCoreApplication.translate("PropertiesPanel", "Note"), QCoreApplication.translate("PropertiesPanel", "Placeholder: the name is not known yet."))

    def _relations(self, event: Event, stand: Stand) -> None:
        """Wishes (in order), allowed zones, near and apart: rows only where there are any."""
        if stand.wishes:
            self._row(QCoreApplication.translate("PropertiesPanel", "Wishes"), "\n".join(
                f"{rank}. {wish_text(w)}" for rank, w in enumerate(stand.wishes, start=1)))
        if stand.zones:
            self._row(QCoreApplication.translate("PropertiesPanel", "Allowed zones"),
                      ", ".join(sorted(stand.zones, key=str.casefold)))
        names = {s.id: s.name for s in event.stands}
        for label, ids in ((QCoreApplication.translate("PropertiesPanel", "Near"), stand.near),
                           (QCoreApplication.translate("PropertiesPanel", "Keep apart from"), stand.apart)):
            if ids:
                self._row(label, "\n".join(sorted((names.get(i, f"#{i}") for i in ids),
                                                   key=str.casefold)))

    def refresh(self, event: Event) -> None:
        """Show the same thing again with fresh data (or nothing if it is gone)."""
        if self._shown is None:
            self.show_nothing()
            return
        kind, key = self._shown
        try:
            if kind == "booth":
                self.show_booth(event, event.booth(str(key)))
            else:
                self.show_stand(event, event.stand(int(key)))  # type: ignore[arg-type]
        except KeyError:
            self.show_nothing()
