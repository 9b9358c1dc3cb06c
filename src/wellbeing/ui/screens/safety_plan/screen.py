"""The Safety plan screen: the six Stanley–Brown steps and reasons for living, in the
person's own words, saved as they write."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ....domain.changes import Changes, Kind
from ....domain.safety_plan import SafetyPlan, Step
from ....services.settings import Settings
from ....services.vault_service import VaultService
from ....vault.vault import Vault
from ...widgets import Heading
from ...widgets.autosave import Autosave
from ..base import Screen
from .actions import PlanActions
from .details import PlanDetails
from .section import SectionWidget

#: Below this many characters (of "x") of width, an item's details go under its list.
_WIDE_CHARS = 100


class SafetyPlanScreen(Screen):
    """The safety plan, step by step, with each item's details and the plan's own details.

    Signals: ``crisis_requested()``: the person asked to open the crisis view.

    Needs a ``VaultService``. Edits save themselves through ``service.write(...,
    changes=Kind.SAFETY_PLAN, initiator=self)``; each save starts from the stored plan and
    applies only the parts the person changed here, so a change made elsewhere (session
    mode) is never overwritten with an older screen. Follows safety plan changes made
    elsewhere (the service's ``changed``).
    """

    key = "safety_plan"
    crisis_requested = Signal()

    def __init__(
        self,
        service: VaultService,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(service, parent)
        self._autosave = Autosave(self._save, self)
        self._dirty_steps: set[Step] = set()
        self._dirty_prompts: set[Step] = set()
        self._dirty_details: set[str] = set()
        self._loaded = False

        heading = Heading(self.tr("Safety plan"), scale=1.3)
        heading.setObjectName("screenHeading")
        intro = QLabel(
            self.tr(
                "Your plan for hard moments, in your own words: what to notice, what helps, "
                "who to reach. Changes save themselves, encrypted, on this computer only."
            )
        )
        intro.setWordWrap(True)
        self.crisis_button = QPushButton(self.tr("Open crisis view (F1)"))
        self.crisis_button.setAccessibleName(self.tr("Open crisis view"))
        self.crisis_button.setAccessibleDescription(
            self.tr("Your plan, large and calm, one step at a time. Shortcut: F1")
        )

        self.sections = {step: SectionWidget(step) for step in Step}
        self.details = PlanDetails(lambda: self.service.vault.today())
        self.keep_actions = PlanActions(service, self.flush, self, settings=settings)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        for step, section in self.sections.items():
            if step is not Step.WARNING_SIGNS:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                page_layout.addWidget(line)
            page_layout.addWidget(section)
        page_layout.addSpacing(page.fontMetrics().height())
        page_layout.addWidget(self.details)
        page_layout.addWidget(self.keep_actions)
        page_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(page)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAccessibleName(self.tr("Safety plan steps"))
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the fields

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.crisis_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)

        chain: list[QWidget] = [self.crisis_button]
        for section in self.sections.values():
            chain += section.focus_chain()
        chain += self.details.focus_chain() + self.keep_actions.focus_chain()
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        for section in self.sections.values():
            section.items_edited.connect(self._items_edited)
            section.prompt_edited.connect(self._prompt_edited)
            section.item_chosen.connect(self._item_chosen)
        self.details.edited.connect(self._detail_edited)
        self.crisis_button.clicked.connect(self.request_crisis_view)
        service.changed.connect(self._changed)

    def title(self) -> str:
        return self.tr("Safety plan")

    # Screen interface

    def load(self) -> None:
        if not self.service.is_unlocked:
            return
        self._autosave.flush()  # the person's pending edit first, on top of the stored plan
        self._fill(self.service.vault.safety_plan.get())
        self._loaded = True

    def clear(self) -> None:
        self._autosave.cancel()
        self._dirty_steps.clear()
        self._dirty_prompts.clear()
        self._dirty_details.clear()
        self._loaded = False
        for section in self.sections.values():
            section.clear()
        self.details.clear()
        self.keep_actions.clear()

    def flush(self) -> None:
        self._autosave.cancel()
        self._save()

    # What the person does

    def request_crisis_view(self) -> None:
        self.flush()  # the crisis view shows what is on screen
        self.crisis_requested.emit()

    # Layout at any text size

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_wide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_wide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_wide()

    def _update_wide(self) -> None:
        room = self.scroll.viewport().width() if self.isVisible() else self.width()
        wide = room >= self.fontMetrics().horizontalAdvance("x" * _WIDE_CHARS)
        for section in self.sections.values():
            section.set_wide(wide)

    # Inside: saving

    @property
    def _dirty(self) -> bool:
        return bool(self._dirty_steps or self._dirty_prompts or self._dirty_details)

    def _items_edited(self, step: Step) -> None:
        self._dirty_steps.add(step)
        self._autosave.touch()

    def _prompt_edited(self, step: Step) -> None:
        self._dirty_prompts.add(step)
        self._autosave.touch()

    def _detail_edited(self, name: str) -> None:
        self._dirty_details.add(name)
        self._autosave.touch()

    def _merged(self, stored: SafetyPlan) -> SafetyPlan:
        """The stored plan with the parts the person changed here, and nothing else."""
        plan = stored
        for step in self._dirty_steps:
            plan = plan.with_section(step, self.sections[step].items())
        if self._dirty_prompts:
            own = dict(plan.prompts)
            for step in self._dirty_prompts:
                text = self.sections[step].own_prompt()
                if text:
                    own[step] = text
                else:
                    own.pop(step, None)
            plan = replace(plan, prompts=own)
        if self._dirty_details:
            plan = replace(plan, **{name: self.details.value(name) for name in self._dirty_details})
        return plan

    def _save(self) -> None:
        if not (self._dirty and self.service.is_unlocked):
            return

        def change(vault: Vault) -> SafetyPlan:
            return vault.safety_plan.save(self._merged(vault.safety_plan.get()))

        saved = self.service.write(change, changes=Kind.SAFETY_PLAN, initiator=self)
        if saved is None:
            return  # the service said why; the edit stays on screen and is tried again
        self._dirty_steps.clear()
        self._dirty_prompts.clear()
        self._dirty_details.clear()

    # Inside: showing

    def _fill(self, plan: SafetyPlan) -> None:
        """Show ``plan``, leaving alone what the person changed here and has not saved."""
        with self._autosave.suspend():
            for step, section in self.sections.items():
                if step not in self._dirty_steps:
                    section.set_items(plan.section(step))
                if step not in self._dirty_prompts:
                    section.set_own_prompt(plan.prompts.get(step))
            if not self._dirty_details:
                self.details.set_plan(plan)

    def _item_chosen(self, step: Step) -> None:
        """One item's details at a time: choosing one here closes the others."""
        for other, section in self.sections.items():
            if other is not step:
                section.deselect()

    def _changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self or not changes.touches(Kind.SAFETY_PLAN) or not self._loaded:
            return
        if self.service.is_unlocked:
            self.load()
