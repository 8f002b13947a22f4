"""The main window's venue editing: drawing tools, levels, background, layers, measuring."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QProgressDialog,
    QToolBar,
)

from boothmanager.domain import (
    Area,
    AreaKind,
    Booth,
    Exit,
    ExitKind,
    KeepClearZone,
    Level,
    Obstacle,
    ObstacleKind,
    Point,
    Rect,
    mm,
)
from boothmanager.domain.background import Background
from boothmanager.gui.plan.scene import Layer, Part
from boothmanager.gui.plan.tools import GRIDS, Tool, distance
from boothmanager.gui.wording import area_kind_text, fill, menu_text, metres_text

if TYPE_CHECKING:
    from boothmanager.gui.main_window import MainWindow
    from boothmanager.operations import Change

POLL_MS = 50  # how often the window looks whether a background has been read


def obstacle_kind_text(kind: ObstacleKind) -> str:
    return {
        ObstacleKind.COLUMN: QCoreApplication.translate("Venue", "Column"),
        ObstacleKind.STAIRS: QCoreApplication.translate("Venue", "Stairs"),
        ObstacleKind.LIFT: QCoreApplication.translate("Venue", "Lift"),
        ObstacleKind.BAR: QCoreApplication.translate("Venue", "Bar"),
        ObstacleKind.CLOAKROOM: QCoreApplication.translate("Venue", "Cloakroom"),
        ObstacleKind.DESK: QCoreApplication.translate("Venue", "Desk"),
        ObstacleKind.FIRE_EXTINGUISHER: QCoreApplication.translate("Venue", "Fire extinguisher"),
        ObstacleKind.HYDRANT: QCoreApplication.translate("Venue", "Wall hydrant"),
        ObstacleKind.OTHER: QCoreApplication.translate("Venue", "Obstacle"),
    }[kind]


def exit_kind_text(kind: ExitKind) -> str:
    return {
        ExitKind.MAIN_ENTRANCE: QCoreApplication.translate("Venue", "Main entrance"),
        ExitKind.EMERGENCY_EXIT: QCoreApplication.translate("Venue", "Emergency exit"),
        ExitKind.HALL_DOOR: QCoreApplication.translate("Venue", "Door to a hall"),
    }[kind]


def next_booth_number(taken: set[str]) -> str:
    """The smallest whole number not yet a booth number (renumber a selection for schemes)."""
    number = 1
    while str(number) in taken:
        number += 1
    return str(number)


def exit_from(a: Point, b: Point, *, kind: ExitKind, name: str) -> Exit:
    """An exit from two clicked ends on one axis (the start is the lower or left end)."""
    if a.y == b.y:
        start, angle = (a, 0) if a.x <= b.x else (b, 0)
    else:
        start, angle = (a, 90) if a.y <= b.y else (b, 90)
    return Exit(name=name, kind=kind, start=start, width=distance(a, b), angle=angle)


def exit_name(kind: ExitKind, taken: set[str]) -> str:
    """E1, E2 … for emergency exits, M… for main entrances, T… for hall doors."""
    prefix = {ExitKind.EMERGENCY_EXIT: "E", ExitKind.MAIN_ENTRANCE: "M",
              ExitKind.HALL_DOOR: "T"}[kind]
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


class VenueCommands:
    """Mixed into MainWindow: everything that draws or edits the venue itself."""

    def _make_venue_actions(self: MainWindow) -> None:
        self.tool_group = QActionGroup(self)
        self.tool_actions: dict[Tool, QAction] = {}
        keys = {Tool.SELECT: "Esc", Tool.BOOTH: "B", Tool.OUTLINE: "O", Tool.EXIT: "E",
                Tool.OBSTACLE: "H", Tool.ZONE: "Z", Tool.AREA: "N", Tool.MEASURE: "M",
                Tool.CALIBRATE: None, Tool.PLACE_BACKGROUND: None}
        for tool, key in keys.items():
            action = QAction(self)
            action.setCheckable(True)
            action.setData(tool.value)
            if key is not None and tool is not Tool.SELECT:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, t=tool: self.choose_tool(t))
            self.tool_group.addAction(action)
            self.tool_actions[tool] = action
        self.tool_actions[Tool.SELECT].setChecked(True)
        self.import_background_action = self._action(None, self.choose_background)
        self.opacity_action = self._action(None, self.choose_opacity)
        self.remove_background_action = self._action(None, self.remove_background)
        self.add_level_action = self._action(None, self.choose_new_level)
        self.remove_level_action = self._action(None, self.remove_current_level)
        self.layer_actions: dict[Layer, QAction] = {}
        for layer in Layer:
            action = QAction(self)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(lambda on, lay=layer: self.scene.set_layer_visible(lay, on))
            self.layer_actions[layer] = action
        self.grid_box = QComboBox()
        for grid in GRIDS:
            self.grid_box.addItem(metres_text(grid), grid)
        self.grid_box.currentIndexChanged.connect(
            lambda _i: self.set_grid(int(self.grid_box.currentData())))
        self.kind_box = QComboBox()  # the kind of what the current tool draws
        self.view.rect_drawn.connect(self.rect_drawn)
        self.view.outline_drawn.connect(self.outline_drawn)
        self.view.points_picked.connect(self.points_picked)
        self.scene.parts_moved.connect(self.move_parts)
        self.scene.part_activated.connect(self.edit_part)

    def _make_venue_menus(self: MainWindow) -> None:
        self.venue_menu = self.menuBar().addMenu("")
        self.menuBar().insertMenu(self.view_menu.menuAction(), self.venue_menu)
        for tool in Tool:
            self.venue_menu.addAction(self.tool_actions[tool])
        self.venue_menu.addSeparator()
        for action in (self.import_background_action, self.opacity_action,
                       self.remove_background_action):
            self.venue_menu.addAction(action)
        self.venue_menu.addSeparator()
        self.venue_menu.addAction(self.add_level_action)
        self.venue_menu.addAction(self.remove_level_action)
        self.layers_menu = self.view_menu.addMenu("")
        for action in self.layer_actions.values():
            self.layers_menu.addAction(action)
        self.tool_bar = QToolBar(self)
        self.tool_bar.setObjectName("toolbar_tools")
        for tool in Tool:
            self.tool_bar.addAction(self.tool_actions[tool])
        self.tool_bar.addSeparator()
        self.grid_caption = self.tool_bar.addWidget(self.grid_label())
        self.tool_bar.addWidget(self.grid_box)
        self.kind_action = self.tool_bar.addWidget(self.kind_box)
        self.kind_action.setVisible(False)
        self.addToolBarBreak()
        self.addToolBar(self.tool_bar)

    def grid_label(self: MainWindow):  # noqa: ANN201 - a QLabel
        from PySide6.QtWidgets import QLabel

        self.grid_text = QLabel()
        return self.grid_text

    def _retranslate_venue(self: MainWindow) -> None:
        names = {Tool.SELECT: self.tr("&Select and Move"), Tool.BOOTH: self.tr("Draw &Booth"),
                 Tool.OUTLINE: self.tr("Draw Hall &Outline"), Tool.EXIT: self.tr("Draw &Exit"),
                 Tool.OBSTACLE: self.tr("Draw O&bstacle"),
                 Tool.ZONE: self.tr("Draw &Keep-Clear Zone"),
                 Tool.AREA: self.tr("Draw &Non-Exhibit Area"),
                 Tool.MEASURE: self.tr("&Measure Distance"),
                 Tool.CALIBRATE: self.tr("&Calibrate Background…"),
                 Tool.PLACE_BACKGROUND: self.tr("&Place Background")}
        short = {Tool.SELECT: self.tr("Select"), Tool.BOOTH: self.tr("Booth"),
                 Tool.OUTLINE: self.tr("Outline"), Tool.EXIT: self.tr("Exit"),
                 Tool.OBSTACLE: self.tr("Obstacle"), Tool.ZONE: self.tr("Keep clear"),
                 Tool.AREA: self.tr("No stands"), Tool.MEASURE: self.tr("Measure"),
                 Tool.CALIBRATE: self.tr("Calibrate"),
                 Tool.PLACE_BACKGROUND: self.tr("Place")}
        for tool, text in names.items():
            self.tool_actions[tool].setText(text)
            self.tool_actions[tool].setIconText(short[tool])  # the toolbar's shorter word
            self.tool_actions[tool].setToolTip(text.replace("&", "").rstrip("…"))
        self.venue_menu.setTitle(self.tr("&Venue"))
        self.import_background_action.setText(self.tr("&Import Background…"))
        self.opacity_action.setText(self.tr("Background &Opacity…"))
        self.remove_background_action.setText(self.tr("&Remove Background"))
        self.add_level_action.setText(self.tr("Add &Level…"))
        self.remove_level_action.setText(self.tr("Remove Current Level"))
        self.layers_menu.setTitle(self.tr("&Layers"))
        layer_names = {Layer.BACKGROUND: self.tr("Background"), Layer.OBSTACLES:
                       self.tr("Obstacles and Areas"), Layer.ZONES: self.tr("Keep-Clear Zones"),
                       Layer.LABELS: self.tr("Labels"), Layer.AMENITIES: self.tr("Amenity Icons")}
        for layer, text in layer_names.items():
            self.layer_actions[layer].setText(text)
        self.tool_bar.setWindowTitle(self.tr("Drawing Tools"))
        self.grid_text.setText(self.tr("Snap:") + " ")
        self._fill_kind_box()

    def _update_venue_enabled(self: MainWindow) -> None:
        has = self.document is not None
        background = self.scene.background is not None
        for action in (*self.tool_actions.values(), self.import_background_action,
                       self.add_level_action, self.remove_level_action):
            action.setEnabled(has)
        self.tool_actions[Tool.CALIBRATE].setEnabled(has and background)
        self.tool_actions[Tool.PLACE_BACKGROUND].setEnabled(has and background)
        self.opacity_action.setEnabled(has and background)
        self.remove_background_action.setEnabled(has and background)

    # Tools ---------------------------------------------------------------------------------
    def choose_tool(self: MainWindow, tool: Tool) -> None:
        """Switch the plan to `tool` (the menu, the toolbar and tests come here)."""
        self.tool_actions[tool].setChecked(True)
        self.view.set_tool(tool)
        self._fill_kind_box()
        if tool is Tool.PLACE_BACKGROUND:
            self.statusBar().showMessage(self.tr(
                "Click a point of the background, then the place on the plan where it belongs."),
                15_000)
        if tool is Tool.CALIBRATE:
            self.statusBar().showMessage(self.tr(
                "Click two points of the background whose distance you know."), 15_000)
        elif tool is Tool.OUTLINE:
            self.statusBar().showMessage(self.tr(
                "Click the corners of the hall; double-click or Enter closes the outline."), 15_000)

    def set_grid(self: MainWindow, grid: int) -> None:
        """Snap drawing and moving to `grid` mm (Shift draws freely)."""
        self.scene.grid = grid  # per window: a second window keeps its own step
        index = self.grid_box.findData(grid)
        if index >= 0 and index != self.grid_box.currentIndex():
            self.grid_box.setCurrentIndex(index)

    def _fill_kind_box(self: MainWindow) -> None:
        tool = self.view.tool
        kinds: list[tuple[str, str]] = []
        if tool is Tool.OBSTACLE:
            kinds = [(k.value, obstacle_kind_text(k)) for k in ObstacleKind]
        elif tool is Tool.AREA:
            kinds = [(k.value, area_kind_text(k.value)) for k in AreaKind]
        elif tool is Tool.EXIT:
            kinds = [(k.value, exit_kind_text(k)) for k in ExitKind]
        current = self.kind_box.currentData()
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        for value, text in kinds:
            self.kind_box.addItem(text, value)
        index = self.kind_box.findData(current)
        self.kind_box.setCurrentIndex(max(index, 0))
        self.kind_box.blockSignals(False)
        self.kind_action.setVisible(bool(kinds))

    def current_level(self: MainWindow) -> Level | None:
        if self.current is None or not self.scene.level_name:
            return None
        return self.current.venue.level(self.scene.level_name)

    def edit_level(self: MainWindow, level: Level, text: str) -> Change | None:
        """Replace the current level by `level` as one undo step named `text`."""
        from boothmanager.operations import EditLevel

        before = self.current_level()
        if before is None:
            return None
        return self.run(EditLevel(level=level, expected=before), text)

    def rect_drawn(self: MainWindow, tool: str, rect: Rect) -> Change | None:
        """A rectangle dragged with a drawing tool becomes a booth, obstacle, zone or area."""
        level = self.current_level()
        if level is None or self.current is None:
            return None
        kind = self.kind_box.currentData()
        if tool == Tool.BOOTH:
            from boothmanager.operations import AddBooth

            number = next_booth_number({b.number for b in self.current.booths})
            change = self.run(AddBooth(booth=Booth(number=number, level=level.name, rect=rect)),
                              fill(self.tr("Draw booth %1"), number))
            if change is not None:
                self.select_booth(number)
            return change
        if tool == Tool.OBSTACLE:
            obstacle_kind = ObstacleKind(kind or ObstacleKind.COLUMN)
            obstacle = Obstacle(kind=obstacle_kind, rect=rect,
                                label=obstacle_kind_text(obstacle_kind))
            return self.edit_level(replace(level, obstacles=(*level.obstacles, obstacle)),
                                   fill(self.tr("Draw %1"), obstacle.label))
        if tool == Tool.ZONE:
            zone = KeepClearZone(rect=rect, reason=self.tr("Keep clear"))
            return self.edit_level(replace(level, zones=(*level.zones, zone)),
                                   self.tr("Draw keep-clear zone"))
        if tool == Tool.AREA:
            area = Area(kind=AreaKind(kind or AreaKind.OTHER), rect=rect)
            return self.edit_level(replace(level, areas=(*level.areas, area)),
                                   fill(self.tr("Draw %1"), area_kind_text(area.kind.value)))
        return None

    def outline_drawn(self: MainWindow, points: list[Point]) -> Change | None:
        level = self.current_level()
        if level is None:
            return None
        return self.edit_level(replace(level, outline=tuple(points)),
                               fill(self.tr("Draw hall outline (%1 corners)"), len(points)))

    def points_picked(self: MainWindow, tool: str, a: Point, b: Point) -> Change | None:
        level = self.current_level()
        if level is None:
            return None
        if tool == Tool.MEASURE:
            text = self.view.measured_text(a, b)
            self.measure_text = text
            self.statusBar().showMessage(text)
            self.cursor_label.setText(text)
            return None
        if tool == Tool.EXIT:
            if distance(a, b) < 100:
                return None
            kind = ExitKind(self.kind_box.currentData() or ExitKind.EMERGENCY_EXIT)
            exit_ = exit_from(a, b, kind=kind,
                              name=exit_name(kind, {e.name for e in level.exits}))
            return self.edit_level(replace(level, exits=(*level.exits, exit_)),
                                   fill(self.tr("Draw exit %1 (%2)"), exit_.name,
                                        metres_text(exit_.width)))
        if tool == Tool.CALIBRATE:
            return self.calibrate(a, b)
        if tool == Tool.PLACE_BACKGROUND:
            return self.place_background(a, b)
        return None

    # Background ----------------------------------------------------------------------------
    def calibrate(self: MainWindow, a: Point, b: Point, metres: float | None = None
                  ) -> Change | None:
        """Scale the background so that `a` and `b` lie `metres` apart (asked if not given)."""
        from boothmanager.operations import SetBackground

        background = self.scene.background
        if background is None:
            return None
        if metres is None:
            self.ask_distance(a, b)
            return None
        try:
            calibrated = background.calibrated(a, b, mm(metres))
        except Exception as error:  # noqa: BLE001 - worded for the user
            from boothmanager.gui.wording import error_text

            self.show_error(error_text(error))
            return None
        change = self.run(SetBackground(level=background.level, background=calibrated,
                                        expected=background),
                          fill(self.tr("Calibrate background to %1"), metres_text(mm(metres))))
        if change is not None:
            self.choose_tool(Tool.SELECT)
        return change

    def ask_distance(self: MainWindow, a: Point, b: Point) -> QInputDialog:
        """Ask how far apart the two clicked points really are, then calibrate (not modal)."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Calibrate Background"))
        dialog.setLabelText(fill(self.tr("The two points are %1 apart on the plan now. How far "
                                         "apart are they really (metres)?"),
                                 metres_text(distance(a, b))))
        dialog.setInputMode(QInputDialog.InputMode.DoubleInput)
        dialog.setDoubleDecimals(2)
        dialog.setDoubleRange(0.01, 100_000.0)
        dialog.setDoubleValue(distance(a, b) / 1000)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.doubleValueSelected.connect(lambda value: self.calibrate(a, b, value))
        self.calibration_dialog = dialog
        dialog.open()
        return dialog

    def place_background(self: MainWindow, a: Point, b: Point) -> Change | None:
        """Move the background so that its point under `a` lies at `b` (aligning it)."""
        from boothmanager.operations import SetBackground

        background = self.scene.background
        if background is None or a == b:
            return None
        change = self.run(SetBackground(level=background.level,
                                        background=background.moved_by(b.x - a.x, b.y - a.y),
                                        expected=background),
                          fill(self.tr("Move background by %1"), metres_text(distance(a, b))))
        if change is not None:
            self.choose_tool(Tool.SELECT)
        return change

    def choose_background(self: MainWindow) -> None:
        level = self.current_level()
        if level is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Background"), str(Path.home()),
            self.tr("Plans (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.pdf *.dxf);;"
                    "All files (*)"))
        if name:
            self.import_background(Path(name))

    def import_background(self: MainWindow, path: Path, *, wait: bool = False) -> None:
        """Read `path` beside the GUI with progress, then put it under the current level.

        A broken file is refused with its name and reason; the event stays as it was.
        `wait` blocks until it is read (for scripts and tests).
        """
        from boothmanager.background_files import read_background

        level = self.current_level()
        if level is None:
            return
        progress = QProgressDialog(fill(self.tr("Reading %1 …"), path.name), self.tr("Cancel"),
                                   0, 100, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        state: dict[str, object] = {"percent": 0}
        cancelled = threading.Event()

        def report(percent: int) -> None:
            if cancelled.is_set():
                raise InterruptedError
            state["percent"] = percent

        def work() -> None:
            try:
                state["result"] = read_background(path, level, progress=report)
            except InterruptedError:
                state["cancelled"] = True
            except Exception as error:  # noqa: BLE001 - handed to the GUI thread to say
                state["error"] = error

        worker = threading.Thread(target=work, name="background-reader", daemon=True)
        worker.start()
        timer = QTimer(self)

        def poll() -> None:
            progress.setValue(int(state["percent"]))  # type: ignore[call-overload]
            if progress.wasCanceled():
                cancelled.set()
            if worker.is_alive():
                return
            timer.stop()
            timer.deleteLater()
            progress.close()
            progress.deleteLater()
            self._background_read(state)

        timer.timeout.connect(poll)
        if wait:
            worker.join()
            poll()
            return
        timer.start(POLL_MS)

    def _background_read(self: MainWindow, state: dict[str, object]) -> Change | None:
        from boothmanager.gui.wording import error_text
        from boothmanager.operations import SetBackground

        if "error" in state:
            self.show_error(error_text(state["error"]))  # type: ignore[arg-type]
            return None
        background = state.get("result")
        if not isinstance(background, Background) or self.document is None:
            return None
        if self.current_level() is None or background.level != self.scene.level_name:
            return None  # the user switched levels meanwhile; nothing to put where it was meant
        change = self.run(SetBackground(level=background.level, background=background,
                                        expected=self.scene.background),
                          fill(self.tr("Import background %1"), menu_text(background.source)))
        if change is not None:
            self.statusBar().showMessage(self.tr(
                "Background imported. Calibrate it: Venue > Calibrate Background, then click "
                "two points whose distance you know."), 20_000)
        return change

    def choose_opacity(self: MainWindow) -> None:
        background = self.scene.background
        if background is None:
            return
        value, ok = QInputDialog.getInt(self, self.tr("Background Opacity"),
                                        self.tr("Opacity (per cent):"), background.opacity, 0, 100)
        if ok:
            self.set_background_opacity(value)

    def set_background_opacity(self: MainWindow, percent: int) -> Change | None:
        from boothmanager.operations import SetBackground

        background = self.scene.background
        if background is None:
            return None
        return self.run(SetBackground(level=background.level,
                                      background=replace(background, opacity=percent),
                                      expected=background),
                        fill(self.tr("Background opacity %1 %"), percent))

    def remove_background(self: MainWindow) -> Change | None:
        from boothmanager.operations import SetBackground

        background = self.scene.background
        if background is None:
            return None
        return self.run(SetBackground(level=background.level, background=None,
                                      expected=background),
                        self.tr("Remove background"))

    def _show_background(self: MainWindow) -> None:
        if self.document is None or not self.scene.level_name:
            return
        try:
            self.scene.set_background(self.document.db.background(self.scene.level_name))
        except Exception as error:  # noqa: BLE001 - said, the plan stays usable
            from boothmanager.gui.wording import error_text

            self.show_error(error_text(error))
        self._update_venue_enabled()

    # Levels and venue parts -----------------------------------------------------------------
    def choose_new_level(self: MainWindow) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add Level"), self.tr("Name of the level:"))
        if ok and name.strip():
            self.add_level(name.strip())

    def add_level(self: MainWindow, name: str) -> Change | None:
        """A new level shaped like the current one's bounds, to trace its own outline on."""
        from boothmanager.operations import AddLevel

        level = self.current_level()
        bounds = level.bounds() if level else Rect(0, 0, 30_000, 20_000)
        new = Level(name=name, outline=bounds.corners())
        change = self.run(AddLevel(level=new), fill(self.tr("Add level %1"), menu_text(name)))
        if change is not None:
            self.level_box.setCurrentText(name)
        return change

    def remove_current_level(self: MainWindow) -> Change | None:
        from boothmanager.operations import RemoveLevel

        name = self.scene.level_name
        if not name:
            return None
        return self.run(RemoveLevel(level=name), fill(self.tr("Remove level %1"), menu_text(name)))

    def delete_selected_parts(self: MainWindow) -> Change | None:
        """Delete the selected obstacles, zones, areas and exits as one step."""
        level = self.current_level()
        parts = self.scene.selected_parts()
        if level is None or not parts:
            return None
        gone = {part: {i for p, i in parts if p == part} for part in Part}
        edited = replace(
            level,
            obstacles=tuple(o for i, o in enumerate(level.obstacles) if i not in gone[Part.OBSTACLE]),
            zones=tuple(z for i, z in enumerate(level.zones) if i not in gone[Part.ZONE]),
            areas=tuple(a for i, a in enumerate(level.areas) if i not in gone[Part.AREA]),
            exits=tuple(e for i, e in enumerate(level.exits) if i not in gone[Part.EXIT]))
        return self.edit_level(edited, fill(self.tr("Delete %1 venue parts"), len(parts))
                               if len(parts) > 1 else self.tr("Delete venue part"))

    def _with_parts(self: MainWindow, level: Level, changed: dict[tuple[Part, int], object]
                    ) -> Level:
        """`level` with some of its parts replaced, by (kind, index)."""
        def pick(part: Part, items: tuple) -> tuple:  # type: ignore[type-arg]
            return tuple(changed.get((part, i), item) for i, item in enumerate(items))

        return replace(level, obstacles=pick(Part.OBSTACLE, level.obstacles),
                       zones=pick(Part.ZONE, level.zones), areas=pick(Part.AREA, level.areas),
                       exits=pick(Part.EXIT, level.exits))

    def move_parts(self: MainWindow, moves: list[tuple[Part, int, int, int]]) -> Change | None:
        """Venue parts dragged on the plan: moved as one step (the plan is redrawn either way)."""
        level = self.current_level()
        if level is None:
            return None
        lists = {Part.OBSTACLE: level.obstacles, Part.ZONE: level.zones,
                 Part.AREA: level.areas, Part.EXIT: level.exits}
        changed: dict[tuple[Part, int], object] = {}
        for part, index, dx, dy in moves:
            item = lists[part][index]
            if isinstance(item, Exit):
                changed[(part, index)] = replace(item, start=Point(item.start.x + dx,
                                                                   item.start.y + dy))
            else:
                rect = item.rect  # type: ignore[attr-defined]
                changed[(part, index)] = replace(item, rect=rect.moved_to(rect.x + dx,
                                                                           rect.y + dy))
        change = self.edit_level(self._with_parts(level, changed),
                                 fill(self.tr("Move %1 venue parts"), len(moves)) if len(moves) > 1
                                 else self.tr("Move venue part"))
        if change is None:
            self._show_level(self.scene.level_name, fit=False)  # put the items back
        return change

    def edit_part(self: MainWindow, part: Part, index: int) -> QDialog | None:
        """Open the form of a venue part; OK applies it as one step."""
        from boothmanager.gui.venue_part_dialog import VenuePartDialog

        level = self.current_level()
        if level is None:
            return None
        lists = {Part.OBSTACLE: level.obstacles, Part.ZONE: level.zones,
                 Part.AREA: level.areas, Part.EXIT: level.exits}
        dialog = VenuePartDialog(lists[part][index], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.edit_level(
            self._with_parts(level, {(part, index): dialog.edited()}),
            self.tr("Edit venue part")))
        self.part_dialog = dialog
        dialog.open()
        return dialog
