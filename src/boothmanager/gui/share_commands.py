"""The main window's commands for shared booths: share a booth, take one stand off it, split
its front, say how many stands the automatic assignment may put there; each one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton

from boothmanager.domain.shares import MIN_SHARE_MM, front_length
from boothmanager.gui.wording import elided, fill, menu_text, metres_text

if TYPE_CHECKING:
    from boothmanager.gui.main_window import MainWindow
    from boothmanager.operations import Change


class ShareCommands:
    """Mixed into MainWindow (before QMainWindow); `install_share_commands()` once, after the
    Booths menu and the properties panel exist."""

    def install_share_commands(self: MainWindow) -> None:
        if getattr(self, "_share_commands_installed", False):
            return
        self._share_commands_installed = True
        self.share_button: QPushButton | None = None  # of the open drop question, if any
        self.take_off_menu = QMenu(self)
        self.booth_menu_bar.addSeparator()
        self.booth_menu_bar.addMenu(self.take_off_menu)
        self.booth_menu_bar.aboutToShow.connect(self.fill_take_off_menu)
        # Queued: the panel that asks is rebuilt by the change it asks for.
        queued = Qt.ConnectionType.QueuedConnection
        self.properties.take_off_requested.connect(self.take_off, queued)
        self.properties.split_requested.connect(self.split_frontage, queued)
        self.properties.capacity_requested.connect(self.set_capacity, queued)
        self.properties.order_requested.connect(self.order_shares, queued)
        self.retranslate_share_commands()
        self.fill_take_off_menu()

    def retranslate_share_commands(self: MainWindow) -> None:
        if getattr(self, "_share_commands_installed", False):
            self.take_off_menu.setTitle(
                QCoreApplication.translate("ShareCommands", "&Take a Stand off the Booth"))

    # The changes --------------------------------------------------------------------------
    def share_booth(self: MainWindow, number: str, stand_id: int) -> Change | None:
        """Put `stand_id` on booth `number` beside the stands there (the front split equally);
        a stand placed elsewhere leaves its booth."""
        from boothmanager.operations import Assign

        return self.run(Assign(booth=number, stand_id=stand_id, share=True),
                        fill(QCoreApplication.translate("ShareCommands", "Share booth %1: add “%2”"),
                             number, elided(self._stand_name(stand_id), 40)))

    def take_off(self: MainWindow, number: str, stand_id: int) -> Change | None:
        """Take one stand off a booth; the others stay, with their parts of the front."""
        from boothmanager.operations import Unassign

        return self.run(Unassign(booth=number, stand_id=stand_id),
                        fill(QCoreApplication.translate("ShareCommands", "Take “%1” off booth %2"),
                             elided(self._stand_name(stand_id), 40), number))

    def split_frontage(self: MainWindow, number: str, frontages: tuple[int, ...]) -> Change | None:
        """Give each stand on the booth its part of the front (mm, in their order); parts that
        do not add up to the front, or a part under the minimum, are refused with a message."""
        from boothmanager.operations import SplitFrontage

        event = self.current
        if event is None or not event.has_booth(number):
            return None
        booth = event.booth(number)
        front = front_length(booth)
        for stand_id, part in zip(booth.stand_ids, frontages):
            if part < MIN_SHARE_MM:
                self.show_error(fill(QCoreApplication.translate(
                    "ShareCommands", "Booth %1: each stand needs at least %2 of the front; "
                                     "“%3” would get %4. Nothing was changed."),
                                     number, metres_text(MIN_SHARE_MM),
                                     elided(self._stand_name(stand_id)), metres_text(part)))
                return None
        if len(frontages) == len(booth.shares) and sum(frontages) != front:
            self.show_error(fill(QCoreApplication.translate(
                "ShareCommands", "Booth %1: the parts add up to %2, but the front is %3 long. "
                                 "Nothing was changed."),
                                 number, metres_text(sum(frontages)), metres_text(front)))
            return None
        return self.run(SplitFrontage(booth=number, frontages=tuple(frontages),
                                      expected=booth.stand_ids),
                        fill(QCoreApplication.translate("ShareCommands", "Split the front of booth %1"), number))

    def order_shares(self: MainWindow, number: str, stand_ids: tuple[int, ...]) -> Change | None:
        """Put the stands on the booth in this order along its front; each keeps its part."""
        from boothmanager.operations import OrderShares

        return self.run(OrderShares(booth=number, stand_ids=tuple(stand_ids)),
                        fill(QCoreApplication.translate(
                            "ShareCommands", "Change the order of the stands on booth %1"), number))

    def set_capacity(self: MainWindow, number: str, capacity: int) -> Change | None:
        """How many stands the automatic assignment may put on the booth."""
        from boothmanager.operations import SetCapacity

        return self.run(SetCapacity(booth=number, capacity=capacity),
                        fill(QCoreApplication.translate(
                            "ShareCommands", "Booth %1: up to %2 stands (automatic assignment)"),
                            number, capacity))

    # Menus --------------------------------------------------------------------------------
    def add_share_actions(self: MainWindow, menu: QMenu, number: str) -> list:
        """'Take “X” off the Booth' for each stand of a shared booth (none for other booths)."""
        event = self.current
        if event is None or not event.has_booth(number) or not event.booth(number).shared:
            return []
        actions = []
        for stand_id in event.booth(number).stand_ids:
            action = menu.addAction(fill(
                QCoreApplication.translate("ShareCommands", "Take “%1” off the Booth"),
                menu_text(self._stand_name(stand_id))))
            action.triggered.connect(lambda _=False, s=stand_id: self.take_off(number, s))
            actions.append(action)
        return actions

    def fill_take_off_menu(self: MainWindow) -> None:
        """Booths > Take a Stand off the Booth: the stands of the selected booth."""
        self.take_off_menu.clear()
        number = self.selected_booth()
        event = self.current
        booth = event.booth(number) if number and event and event.has_booth(number) else None
        for stand_id in booth.stand_ids if booth is not None else ():
            action = self.take_off_menu.addAction(fill(
                QCoreApplication.translate("ShareCommands", "Take “%1” off the Booth"),
                menu_text(self._stand_name(stand_id))))
            action.triggered.connect(lambda _=False, n=booth.number, s=stand_id:
                                     self.take_off(n, s))
        self.take_off_menu.setEnabled(bool(booth and booth.shares))

    # A stand dropped on an occupied booth -------------------------------------------------
    def ask_share(self: MainWindow, stand_id: int, number: str,
                  swap_with: int | None = None) -> QMessageBox:
        """Ask what a stand dropped on an occupied booth shall do: share the booth, or (a
        placed stand, `swap_with` the stand it landed on) swap with that stand; or nothing."""
        event = self.current
        assert event is not None
        booth = event.booth(number)
        limit = 60 if len(booth.shares) == 1 else 40
        quoted = QCoreApplication.translate("ShareCommands", "“%1”")
        taken = ", ".join(fill(quoted, elided(self._stand_name(i), limit)) for i in booth.stand_ids)
        name = elided(self._stand_name(stand_id))
        here = event.booth_of(stand_id)
        buttons = QMessageBox.StandardButton.No
        if swap_with is not None and here is not None:
            text = fill(QCoreApplication.translate(
                "ShareCommands", "Booth %1 is taken by %2. Swap, or share the booth?\n\n"
                                 "Swap: “%3” goes to %1, “%4” goes to %5.\n"
                                 "Share: “%3” joins %1 too; the front is split among its stands."),
                        number, taken, name, elided(self._stand_name(swap_with)), here.number)
            buttons |= QMessageBox.StandardButton.Yes
        else:
            text = fill(QCoreApplication.translate(
                "ShareCommands", "Booth %1 is taken by %2. Share the booth?\n\n"
                                 "“%3” joins %1 too; the front is split among its stands."),
                        number, taken, name)
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("ShareCommands", "Booth Taken"), text,
                          buttons, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        share = box.addButton(QCoreApplication.translate("ShareCommands", "S&hare the Booth"),
                              QMessageBox.ButtonRole.AcceptRole)
        if box.button(QMessageBox.StandardButton.Yes) is not None:
            box.button(QMessageBox.StandardButton.Yes).setText(
                QCoreApplication.translate("StandCommands", "&Swap"))
            box.setDefaultButton(QMessageBox.StandardButton.Yes)
        else:
            box.setDefaultButton(share)
        box.button(QMessageBox.StandardButton.No).setText(
            QCoreApplication.translate("StandCommands", "&Cancel"))
        box.finished.connect(lambda _result: self._share_answered(box, share, stand_id, number,
                                                                  swap_with))
        self.swap_question, self.share_button = box, share
        box.open()
        return box

    def _share_answered(self: MainWindow, box: QMessageBox, share: QPushButton, stand_id: int,
                        number: str, swap_with: int | None) -> None:
        self.swap_question, self.share_button = None, None
        clicked = box.clickedButton()
        if clicked is share:
            self.share_booth(number, stand_id)
        elif clicked is not None and clicked is box.button(QMessageBox.StandardButton.Yes) \
                and swap_with is not None:
            self.swap_stands(stand_id, swap_with)
