"""A readable Markdown export: the safety plan, the plan, reviews and the whole journal.

For reading and printing, not for reading back (the JSON export is for that). Archived
records are left out. The file starts by saying it is not encrypted.

The text is built from records handed in (:class:`MarkdownSource`); reading them from a
vault is ``vault/exchange.py``'s part (``write_markdown_export``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from ..domain.boundaries import Boundary
from ..domain.goals import Goal
from ..domain.journal import JournalEntry
from ..domain.review import Review
from ..domain.routines import Routine
from ..domain.safety_plan import STEP_TITLES, SafetyPlan, Step, numbered
from ..domain.values import Value


def _local(moment: datetime) -> str:
    with contextlib.suppress(OverflowError, ValueError):
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class MarkdownSource:
    """What the Markdown export shows: current (not archived) records, in the order the
    person sees them, and the journal oldest first."""

    exported_at: datetime
    safety_plan: SafetyPlan
    values: Sequence[Value]
    goals: Sequence[Goal]
    boundaries: Sequence[Boundary]
    routines: Sequence[Routine]
    reviews: Sequence[Review]
    journal: Sequence[JournalEntry]


def build_markdown(source: MarkdownSource) -> str:
    """The Markdown text of ``source``."""
    lines: list[str] = [
        "# Wellbeing export",
        "",
        f"Exported {_local(source.exported_at)}. This file is not encrypted; "
        "keep it somewhere private.",
        "",
        "## Safety plan",
        "",
    ]
    plan = source.safety_plan
    for step in Step:
        lines.append(f"### {numbered(step, STEP_TITLES[step])}")
        if step in plan.prompts:
            lines.append(f"_{plan.prompts[step]}_")
        lines.append("")
        for item in plan.section(step):
            extra = [f"how to reach: {item.reach}"] if item.reach else []
            if item.likelihood is not None:
                extra.append(f"how likely I am to use this: {item.likelihood}/5")
            if item.obstacles:
                extra.append(f"what might get in the way: {item.obstacles}")
            lines.append(f"- {item.text}" + (f" ({'; '.join(extra)})" if extra else ""))
        if not plan.section(step):
            lines.append("- (nothing yet)")
        lines.append("")
    if plan.kept_where:
        lines += [f"Kept: {plan.kept_where}", ""]
    if plan.shared_with:
        lines += [f"Shared with: {plan.shared_with}", ""]

    values = source.values
    names = {v.id: v.name for v in values}
    lines += ["## Values", ""]
    for v in values:
        rank = f"{v.rank}. " if v.rank is not None else ""
        lines.append(f"- {rank}**{v.name}** ({v.pile.value.replace('_', ' ')})")
        for text in (v.description, v.why):
            if text:
                lines.append(f"  {text}")
    lines += ["", "## Goals", ""]
    for g in source.goals:
        lines.append(f"### {g.title}")
        lines.append(f"Status: {g.status.value.replace('_', ' ')}; progress {g.progress_percent}%")
        for label, text in (
            ("Specific", g.specific),
            ("Measurable", g.measurable),
            ("Achievable", g.achievable),
            ("Relevant", g.relevant),
            ("Time-bound", g.time_bound),
        ):
            if text:
                lines.append(f"- {label}: {text}")
        if g.target_date:
            lines.append(f"- Target date: {g.target_date.isoformat()}")
        if g.value_ids:
            lines.append("- Serves: " + ", ".join(names.get(i, "?") for i in g.value_ids))
        for s in g.steps:
            lines.append(f"- [{'x' if s.done else ' '}] {s.text}")
        lines.append("")
    lines += ["## Boundaries", ""]
    for b in source.boundaries:
        lines.append(f"### {b.statement}")
        for label, text in (("When", b.context), ("What I say", b.script)):
            if text:
                lines.append(f"- {label}: {text}")
        if b.if_crossed:
            lines.append(f"- If it is crossed: {b.if_crossed}")
        lines.append("")
    lines += ["## Routines", ""]
    for r in source.routines:
        lines.append(
            f"- **{r.name}** ({r.schedule.describe()}, {r.status.value.replace('_', ' ')})"
        )
        if r.description:
            lines.append(f"  {r.description}")
    lines += ["", "## Reviews", ""]
    for review in source.reviews:
        lines.append(f"### {review.period_start.isoformat()} to {review.period_end.isoformat()}")
        for label, text in (
            ("What helped", review.what_helped),
            ("What got in the way", review.what_got_in_the_way),
            ("What to change", review.what_to_change),
        ):
            if text:
                lines += [f"**{label}:** {text}", ""]
        lines.append("")
    lines += ["## Journal", ""]
    for entry in source.journal:
        lines.append(f"### {_local(entry.created_at)} {entry.title}".rstrip())
        meta = []
        if entry.mood is not None:
            meta.append(f"mood {entry.mood}/5")
        if entry.tags:
            meta.append("tags: " + ", ".join(entry.tags))
        if meta:
            lines.append(f"_{'; '.join(meta)}_")
        lines += ["", entry.body, ""]
    return "\n".join(lines).rstrip("\n") + "\n"
