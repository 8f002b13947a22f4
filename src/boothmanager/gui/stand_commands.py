"""The main window's stand commands: edit a stand's wishes and rules, lock placements, swap
two stands by drag, a booth's zone; each one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from boothmanager.gui.wording import elided, fill, menu_text

if TYPE_CHECKING:
    from boothmanager.gui.main_window import MainWindow
    from boothmanager.operations import Change, Operation



class StandCommands:
    """Mixed into MainWindow (before QMainWindow); `install_stand_commands()` once at the end
    of __init__ makes the actions, the Edit menu entries and the connections."""

    def install_stand_commands(self: MainWindow) -> None:
        if getattr(self, "_stand_commands_installed", False):
            return
        self._stand_commands_installed = True
        self.swap_question: QMessageBox | None = None
        self.edit_stand_action = self._action("Ctrl+E", self.edit_selected_stand)
        self.lock_action = self._action("Ctrl+L", self.toggle_lock)
        self.zone_action = self._action(None, self.choose_booth_zone)
        self.edit_menu.addSeparator()
        for action in (self.edit_stand_action, self.lock_action, self.zone_action):
            self.edit_menu.addAction(action)
        self.view.stand_dropped.connect(self.drop_stand)
        self.stand_panel.context_menu_requested.connect(self.stand_menu_at)
        self.stand_panel.edit_requested.connect(self.edit_stand)
        self.scene.selectionChanged.connect(self.update_stand_actions)
        self.stand_panel.table.selectionModel().selectionChanged.connect(
            self.update_stand_actions)
        self.edit_menu.aboutToShow.connect(self.update_stand_actions)
        self.retranslate_stand_commands()
        self.update_stand_actions()

    def retranslate_stand_commands(self: MainWindow) -> None:
        if not getattr(self, "_stand_commands_installed", False):
            return
        self.edit_stand_action.setText(QCoreApplication.translate("StandCommands", "&Edit Stand…"))
        self.zone_action.setText(QCoreApplication.translate("StandCommands", "Booth &Zone…"))
        self.update_stand_actions()

    # What is selected -------------------------------------------------------------------
    def placement_in_focus(self: MainWindow) -> str | None:
        """The booth whose placement Lock acts on: the selected booth on the plan if it holds
        a stand, else the booth of the stand selected in the list."""
        event = self.current
        if event is None:
            return None
        number = self.selected_booth()
        if number is not None and event.has_booth(number):
            return number if event.booth(number).stand_id is not None else None
        stand_id = self.stand_panel.selected_stand_id()
        booth = event.booth_of(stand_id) if stand_id is not None else None
        return booth.number if booth is not None else None

    def stand_in_focus(self: MainWindow) -> int | None:
        """The stand Edit acts on: the one selected in the list, else the selected booth's."""
        stand_id = self.stand_panel.selected_stand_id()
        if stand_id is not None:
            return stand_id
        number = self.selected_booth()
        event = self.current
        if number is None or event is None or not event.has_booth(number):
            return None
        return event.booth(number).stand_id

    def update_stand_actions(self: MainWindow) -> None:
        if not getattr(self, "_stand_commands_installed", False):
            return
        number = self.placement_in_focus()
        locked = bool(number and self.current and self.current.booth(number).locked)
        self.lock_action.setText(QCoreApplication.translate("StandCommands", "&Unlock Placement") if locked else QCoreApplication.translate("StandCommands", "&Lock Placement"))
        self.lock_action.setEnabled(number is not None)
        self.edit_stand_action.setEnabled(self.stand_in_focus() is not None)
        number = self.selected_booth()
        self.zone_action.setEnabled(bool(number and self.current
                                         and self.current.has_booth(number)))

    # Menus ------------------------------------------------------------------------------
    def add_stand_actions(self: MainWindow, menu: QMenu, number: str) -> QAction:
        """The stand entries of a booth's context menu: lock or unlock, its zone, edit; the
        lock action is returned."""
        event = self.current
        booth = event.booth(number) if event is not None and event.has_booth(number) else None
        menu.addSeparator()
        if booth is not None and booth.locked:
            lock = menu.addAction(fill(QCoreApplication.translate("StandCommands", "Unlock Placement on %1"), menu_text(number)))
        else:
            lock = menu.addAction(fill(QCoreApplication.translate("StandCommands", "Lock Placement on %1"), menu_text(number)))
        lock.setEnabled(bool(booth and booth.stand_id is not None))
        lock.triggered.connect(lambda: self.lock_placement(number, not booth.locked))
        zone = menu.addAction(fill(QCoreApplication.translate("StandCommands", "Zone of %1…"), menu_text(number)))
        zone.triggered.connect(lambda: self.choose_booth_zone(number))
        if booth is not None and booth.shared:  # each stand on it: edit that one
            for stand_id in booth.stand_ids:
                edit = menu.addAction(fill(QCoreApplication.translate("StandCommands", "Edit “%1”…"),
                                           menu_text(self._stand_name(stand_id))))
                edit.triggered.connect(lambda _=False, s=stand_id: self.edit_stand(s))
        elif booth is not None and booth.stand_id is not None:
            stand_id = booth.stand_id
            edit = menu.addAction(QCoreApplication.translate("StandCommands", "&Edit Stand…"))
            edit.triggered.connect(lambda: self.edit_stand(stand_id))
        return lock

    def stand_menu(self: MainWindow, stand_id: int) -> QMenu:
        """The context menu of a stand in the list."""
        menu = QMenu(self)
        edit = menu.addAction(QCoreApplication.translate("StandCommands", "&Edit Stand…"))
        edit.triggered.connect(lambda: self.edit_stand(stand_id))
        event = self.current
        booth = event.booth_of(stand_id) if event is not None else None
        if booth is not None:
            number, locked = booth.number, booth.locked
            text = QCoreApplication.translate("StandCommands", "Unlock Placement on %1") if locked else QCoreApplication.translate("StandCommands", "Lock Placement on %1")
            lock = menu.addAction(fill(text, menu_text(number)))
            lock.triggered.connect(lambda: self.lock_placement(number, not locked))
            if booth.shared:  # only this stand leaves; the others keep the booth
                off = menu.addAction(fill(QCoreApplication.translate(
                    "StandCommands", "Take the Stand off Booth %1"), menu_text(number)))
                off.triggered.connect(lambda: self.take_off(number, stand_id))
            else:
                menu.addAction(self.unassign_action)
        menu.addAction(self.history_action)
        return menu

    def stand_menu_at(self: MainWindow, stand_id: int, global_pos: QPoint) -> None:
        menu = self.stand_menu(stand_id)
        menu.exec(global_pos)
        menu.deleteLater()

    # Locks ------------------------------------------------------------------------------
    def lock_placement(self: MainWindow, number: str, locked: bool = True) -> Change | None:
        from boothmanager.operations import LockPlacement

        text = (fill(QCoreApplication.translate("StandCommands", "Lock placement on %1"), number) if locked
                else fill(QCoreApplication.translate("StandCommands", "Unlock placement on %1"), number))
        change = self.run(LockPlacement(booth=number, locked=locked), text)
        self.update_stand_actions()
        return change

    def toggle_lock(self: MainWindow) -> Change | None:
        number = self.placement_in_focus()
        if number is None or self.current is None:
            return None
        return self.lock_placement(number, not self.current.booth(number).locked)

    # Dropping a stand: assign, or swap with the stand already there, or share its booth ---
    def drop_stand(self: MainWindow, number: str, stand_id: int) -> Change | None:
        """A stand dropped on a booth: assigned there if it is free; on an occupied booth a
        question offers to share the booth or (a placed stand) to swap with the stand it
        landed on (the question opens; its answer does the rest)."""
        event = self.current
        dropped_on, self.view.dropped_on = self.view.dropped_on, None
        if event is None or not event.has_booth(number):
            return self.assign(number, stand_id)
        booth = event.booth(number)
        if not booth.shares or stand_id in booth.stand_ids:
            return self.assign(number, stand_id)
        here = event.booth_of(stand_id)
        locked = next((b for b in (here, booth) if b is not None and b.locked), None)
        if locked is not None:
            self.show_error(self.locked_text(locked.number, locked.stand_id))
            return None
        other = dropped_on if dropped_on in booth.stand_ids else booth.stand_id
        self.ask_share(stand_id, number, swap_with=other if here is not None else None)
        return None

    def locked_text(self: MainWindow, number: str, stand_id: int | None) -> str:
        name = self._stand_name(stand_id) if stand_id is not None else ""
        return fill(QCoreApplication.translate("StandCommands", "The placement of “%1” on booth %2 is locked. Unlock it first."),
                    elided(name), number)

    def ask_swap(self: MainWindow, a: int, b: int) -> QMessageBox:
        """Ask whether stands a and b shall swap booths; Yes swaps them as one step."""
        event = self.current
        assert event is not None
        here, there = event.booth_of(a), event.booth_of(b)
        text = fill(QCoreApplication.translate("StandCommands", "Booth %1 is taken by “%2”. Swap the two stands?\n\n“%3” goes to %1, “%2” goes to %4."),  # noqa: E501 - one literal for lupdate
                    there.number if there else "", elided(self._stand_name(b)),
                    elided(self._stand_name(a)), here.number if here else "")
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("StandCommands", "Swap Stands"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("StandCommands", "&Swap"))
        box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("StandCommands", "&Cancel"))
        box.finished.connect(lambda result: self._swap_answered(result, box, a, b))
        self.swap_question = box
        box.open()
        return box

    def _swap_answered(self: MainWindow, _result: int, box: QMessageBox, a: int, b: int) -> None:
        self.swap_question = None
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            self.swap_stands(a, b)

    def swap_stands(self: MainWindow, a: int, b: int) -> Change | None:
        """Stands a and b swap booths as one undo step; a locked placement refuses."""
        from boothmanager.operations.swap import PlacementLocked, SwapStands

        text = fill(QCoreApplication.translate("StandCommands", "Swap “%1” and “%2”"), elided(self._stand_name(a), 30),
                    elided(self._stand_name(b), 30))
        if self.document is None:
            return None
        try:
            return self.document.execute(SwapStands(a=a, b=b), text)
        except PlacementLocked as error:
            self.show_error(self.locked_text(error.number, error.stand_id))
        except Exception as error:  # noqa: BLE001 - said, never crosses into Qt
            from boothmanager.gui.wording import error_text

            self.show_error(error_text(error))
        return None

    # A booth's zone ---------------------------------------------------------------------
    def known_zones(self: MainWindow) -> list[str]:
        event = self.current
        if event is None:
            return []
        zones = {b.zone for b in event.booths if b.zone}
        for stand in event.stands:
            zones |= stand.zones | {w.zone for w in stand.wishes if w.zone}
        return sorted(zones, key=str.casefold)

    def set_booth_zone(self: MainWindow, number: str, zone: str) -> Change | None:
        from boothmanager.operations.auto_assign import SetBoothZone

        zone = " ".join(zone.split())
        text = (fill(QCoreApplication.translate("StandCommands", "Put booth %1 in zone “%2”"), number, elided(zone, 30)) if zone
                else fill(QCoreApplication.translate("StandCommands", "Take booth %1 out of its zone"), number))
        return self.run(SetBoothZone(number=number, zone=zone), text)

    def choose_booth_zone(self: MainWindow, number: str | None = None) -> Change | None:
        number = number or self.selected_booth()
        event = self.current
        if number is None or event is None or not event.has_booth(number):
            return None
        zones = self.known_zones()
        now = event.booth(number).zone
        zone, ok = QInputDialog.getItem(
            self, QCoreApplication.translate("StandCommands", "Booth Zone"),
            fill(QCoreApplication.translate("StandCommands", "Zone of booth %1 (empty: none). Stands' zone rules and wishes name it:"),
                 number), ["", *zones], zones.index(now) + 1 if now in zones else 0, True)
        return self.set_booth_zone(number, zone) if ok else None

    # Editing a stand --------------------------------------------------------------------
    def edit_selected_stand(self: MainWindow):  # noqa: ANN201 - a StandEditor
        stand_id = self.stand_in_focus()
        return self.edit_stand(stand_id) if stand_id is not None else None

    def stand_editor(self: MainWindow, stand_id: int):  # noqa: ANN201 - a StandEditor
        """The editor for a stand, filled from the event (not shown)."""
        from boothmanager.gui.stand_editor import StandEditor

        assert self.document is not None and self.current is not None
        return StandEditor(self.current, self.current.stand(stand_id),
                           self.stand_logo(stand_id), self)

    def stand_logo(self: MainWindow, stand_id: int) -> tuple[bytes, str] | None:
        """The stand's logo as the event file holds it (a read, no change)."""
        assert self.document is not None
        with self.document.db.unit_of_work() as uow:
            return uow.stands.logo(stand_id)

    def edit_stand(self: MainWindow, stand_id: int):  # noqa: ANN201 - a StandEditor
        """Open the editor of a stand's wishes, zones, near/apart and logo (window-modal);
        OK applies them as one step."""
        if self.current is None:
            return None
        editor = self.stand_editor(stand_id)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self.apply_stand_edit(editor))
        self.last_stand_editor = editor
        editor.open()
        return editor

    def apply_stand_edit(self: MainWindow, editor) -> Change | None:  # noqa: ANN001
        operation: Operation | None = editor.operation()
        if operation is None:
            return None
        return self.run(operation, fill(QCoreApplication.translate("StandCommands", "Edit stand “%1”"), elided(editor.stand.name, 40)))
