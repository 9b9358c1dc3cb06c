"""The whole plan as it stood on a day, as escaped HTML for a read-only text view.

Every piece of the person's text goes through :func:`html.escape`, so nothing they wrote
can become markup or a link.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication

from ....domain.boundaries import Boundary
from ....domain.goals import Goal
from ....domain.revisions import PlanSnapshot
from ....domain.routines import Routine
from ....domain.safety_plan import SafetyPlan, Step
from ....domain.values import Pile, Value
from ...words import plan as words
from ...words.dates import day_words
from ...words.history import ordinal_text
from ...words.schedule import schedule_label

#: Value piles in the order they are shown.
_PILES = (Pile.VERY_IMPORTANT, Pile.IMPORTANT, Pile.LESS_IMPORTANT, Pile.UNSORTED)


def _tr(text: str) -> str:
    # lupdate files a bare tr()/_tr() call under no context, wherever it is
    return QCoreApplication.translate("", text)


def _e(text: str) -> str:
    return escape(text, quote=True)


def _para(text: str) -> str:
    """A paragraph of the person's text, line breaks kept."""
    return "<br>".join(_e(line) for line in text.splitlines())


def _list(items: Iterable[str]) -> str:
    body = "".join(f"<li>{item}</li>" for item in items)
    return f"<ul>{body}</ul>" if body else ""


def _detail(label: str, text: str) -> str:
    return f"<br><i>{_e(label)}</i> {_para(text)}" if text.strip() else ""


def plan_html(plan: PlanSnapshot) -> str:
    """Values by pile, goals with status and steps, boundaries, routines, the safety plan."""
    parts = [
        _values(plan.values),
        _goals(plan.goals),
        _boundaries(plan.boundaries),
        _routines(plan.routines),
        _safety_plan(plan.safety_plan),
    ]
    body = "".join(part for part in parts if part)
    if not body:
        body = f"<p>{_e(_tr('Nothing was in the plan yet on this day.'))}</p>"
    return f"<html><body>{body}</body></html>"


def _section(title: str, body: str) -> str:
    return f"<h3>{_e(title)}</h3>{body}" if body else ""


def _values(values: tuple[Value, ...]) -> str:
    out = []
    for pile in _PILES:
        title = words.pile(pile)
        cards = sorted(
            (v for v in values if v.pile is pile),
            key=lambda v: (v.rank is None, v.rank or 0, v.name.casefold()),
        )
        items = []
        for value in cards:
            line = f"<b>{_e(value.name)}</b>"
            if value.rank is not None:
                line += " " + _e(_tr("(ranked {rank})").format(rank=ordinal_text(value.rank)))
            line += _detail(_tr("What it means:"), value.description)
            line += _detail(_tr("Why it matters:"), value.why)
            items.append(line)
        if items:
            out.append(f"<p>{_e(title)}</p>{_list(items)}")
    return _section(_tr("Values"), "".join(out))


def _goals(goals: tuple[Goal, ...]) -> str:
    items = []
    for goal in goals:
        line = f"<b>{_e(goal.title)}</b> · {_e(words.goal_status(goal.status))}"
        if goal.target_date is not None:
            line += "<br>" + _e(_tr("By {date}").format(date=day_words(goal.target_date)))
        if goal.progress is not None:
            line += "<br>" + _e(_tr("Progress: {percent} %").format(percent=goal.progress))
        line += _detail(_tr("Specific:"), goal.specific)
        line += _detail(_tr("Measurable:"), goal.measurable)
        line += _detail(_tr("Achievable:"), goal.achievable)
        line += _detail(_tr("Relevant:"), goal.relevant)
        line += _detail(_tr("Time-bound:"), goal.time_bound)
        steps = [
            _e(step.text) + (" " + _e(_tr("(done)")) if step.done else "") for step in goal.steps
        ]
        if steps:
            line += "<br><i>" + _e(_tr("Steps:")) + "</i>" + _list(steps)
        items.append(line)
    return _section(_tr("Goals"), _list(items))


def _boundaries(boundaries: tuple[Boundary, ...]) -> str:
    items = []
    for boundary in boundaries:
        line = f"<b>{_e(boundary.statement)}</b> · {_e(words.record_status(boundary.status))}"
        line += _detail(_tr("Where it applies:"), boundary.context)
        line += _detail(_tr("What I can say:"), boundary.script)
        line += _detail(_tr("If it is crossed:"), boundary.if_crossed)
        items.append(line)
    return _section(_tr("Boundaries"), _list(items))


def _routines(routines: tuple[Routine, ...]) -> str:
    items = []
    for routine in routines:
        line = (
            f"<b>{_e(routine.name)}</b> · {_e(schedule_label(routine.schedule))}"
            f" · {_e(words.record_status(routine.status))}"
        )
        line += _detail(_tr("About it:"), routine.description)
        items.append(line)
    return _section(_tr("Routines"), _list(items))


def _safety_plan(plan: SafetyPlan) -> str:
    out = []
    for step in Step:
        title = words.numbered_step_title(step)
        lines = []
        for item in plan.section(step):
            line = _e(item.text)
            line += _detail(_tr("How to reach:"), item.reach)
            if item.likelihood is not None:
                line += "<br>" + _e(
                    _tr("How likely I am to use this: {n} out of 5").format(n=item.likelihood)
                )
            line += _detail(_tr("What might get in the way:"), item.obstacles)
            lines.append(line)
        if lines:
            out.append(f"<p><b>{_e(title)}</b></p>{_list(lines)}")
    if plan.kept_where.strip():
        out.append(f"<p>{_detail(_tr('Where the plan is kept:'), plan.kept_where)[4:]}</p>")
    if plan.shared_with.strip():
        out.append(f"<p>{_detail(_tr('Shared with:'), plan.shared_with)[4:]}</p>")
    if plan.last_reviewed is not None:
        reviewed = _tr("Last reviewed on {date}.").format(date=day_words(plan.last_reviewed))
        out.append(f"<p>{_e(reviewed)}</p>")
    return _section(_tr("Safety plan"), "".join(out))
