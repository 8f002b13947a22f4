"""The problems panel: what is wrong on the plan, one line each; a click selects the booth."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from boothmanager.domain import Event
from boothmanager.domain.problems import PlanProblem, plan_problems
from boothmanager.gui.plan.scene import PlanScene
from boothmanager.gui.wording import problem_text

BOOTH_ROLE = Qt.ItemDataRole.UserRole + 1


class ProblemList(QListWidget):
    """Lists the plan problems of the shown level and marks the booths on the plan."""

    booth_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems: list[PlanProblem] = []
        self.itemClicked.connect(self._chosen)

    def refresh(self, event: Event, scene: PlanScene,
                changed: frozenset[str] | None = None) -> None:
        """Find the problems on the scene's level and show them in the list and on the plan;
        with `changed`, only those booths are checked again (an edit, not a new plan)."""
        self.clear()
        try:
            level = event.venue.level(scene.level_name)
        except KeyError:
            self.problems = []
            return
        if changed is None:
            self.problems = plan_problems(level, event.booths)
        else:
            kept = [p for p in self.problems if p.booth not in changed and p.other not in changed]
            self.problems = kept + plan_problems(level, event.booths, only=changed)
        worded: dict[str, list[str]] = {}
        for problem in self.problems:
            text = problem_text(problem)
            item = QListWidgetItem(text)
            item.setData(BOOTH_ROLE, problem.booth)
            self.addItem(item)
            worded.setdefault(problem.booth, []).append(text)
            if problem.other in scene.booth_items:  # an overlap marks both booths
                worded.setdefault(problem.other, []).append(text)
        for number, item in scene.booth_items.items():
            item.set_problems(worded.get(number, []))

    def _chosen(self, item: QListWidgetItem) -> None:
        number = item.data(BOOTH_ROLE)
        if isinstance(number, str):
            self.booth_chosen.emit(number)
