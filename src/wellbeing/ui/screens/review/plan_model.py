"""The plan as a list for the review: each value, goal, boundary, routine and safety plan
section, with where it stands now."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ....domain.safety_plan import Step
from ....vault.vault import Vault
from ..safety_plan.prompts import step_title

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    # lupdate files a bare tr()/_tr() call under no context, wherever it is
    return QCoreApplication.translate("", text)


def kind_name(kind: str) -> str:
    return {
        "value": _tr("Value"),
        "goal": _tr("Goal"),
        "boundary": _tr("Boundary"),
        "routine": _tr("Routine"),
        "safety_plan": _tr("Safety plan"),
    }[kind]


def kind_noun(kind: str) -> str:
    """Lower case, for sentences: "Paused the routine …"."""
    return {
        "value": _tr("the value"),
        "goal": _tr("the goal"),
        "boundary": _tr("the boundary"),
        "routine": _tr("the routine"),
        "safety_plan": _tr("the safety plan section"),
    }[kind]


def status_words(status: str | None) -> str:
    return {
        None: _tr("In your plan"),
        "active": _tr("Active"),
        "paused": _tr("Resting"),
        "achieved": _tr("Reached"),
        "let_go": _tr("Let go"),
    }.get(status, status or "")


@dataclass(frozen=True)
class PlanItem:
    kind: str  # "value", "goal", "boundary", "routine", "safety_plan"
    id: int | None  # None for a safety plan section
    name: str
    status: str | None = None  # None where a record has no status (values, safety plan)
    step: Step | None = None
    detail: str = ""


def plan_items(vault: Vault) -> list[PlanItem]:
    items: list[PlanItem] = [PlanItem("value", v.id, v.name) for v in vault.values.list()]
    items += [PlanItem("goal", g.id, g.title, g.status.value) for g in vault.goals.list()]
    items += [
        PlanItem("boundary", b.id, b.statement, b.status.value) for b in vault.boundaries.list()
    ]
    items += [PlanItem("routine", r.id, r.name, r.status.value) for r in vault.routines.list()]
    plan = vault.safety_plan.get()
    for step in Step:
        count = len(plan.section(step))
        detail = _tr("{n} items").format(n=count) if count != 1 else _tr("1 item")
        items.append(PlanItem("safety_plan", None, step_title(step), None, step, detail))
    return items


class PlanItemsModel(QAbstractTableModel):
    """Three columns: what kind, in the person's words, where it stands now."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[PlanItem] = []

    def set_items(self, items: list[PlanItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def item(self, row: int) -> PlanItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, kind: str, record_id: int | None, step: Step | None = None) -> int:
        for row, item in enumerate(self._items):
            if (item.kind, item.id, item.step) == (kind, record_id, step):
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                return kind_name(item.kind)
            if index.column() == 1:
                return item.name
            if index.column() == 2:
                return item.detail or status_words(item.status)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (
                (_tr("Part of the plan"), _tr("In your words"), _tr("Now"))[section]
                if (0 <= section < 3)
                else None
            )
        return None
