"""A readable Markdown export: the safety plan, the plan, reviews and the whole journal.

For reading and printing, not for reading back (the JSON export is for that). Archived
records are left out. The file starts by saying it is not encrypted.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.safety_plan import Step
from ..files import write_atomic

if TYPE_CHECKING:
    from ..vault.vault import Vault

STEP_TITLES = {
    Step.WARNING_SIGNS: "1. Warning signs",
    Step.ON_MY_OWN: "2. Things I can do on my own",
    Step.PEOPLE_AND_PLACES: "3. People and places that take my mind off things",
    Step.PEOPLE_TO_ASK: "4. People I can ask for help",
    Step.PROFESSIONALS: "5. Professionals and services I can contact",
    Step.SAFER_SURROUNDINGS: "6. Making my surroundings safer",
    Step.REASONS_FOR_LIVING: "My reasons for living",
}


def _local(moment: datetime) -> str:
    with contextlib.suppress(OverflowError, ValueError):
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def build_markdown(vault: Vault) -> str:
    lines: list[str] = [
        "# Wellbeing export",
        "",
        f"Exported {_local(vault.now())}. This file is not encrypted; keep it somewhere private.",
        "",
        "## Safety plan",
        "",
    ]
    plan = vault.safety_plan.get()
    for step in Step:
        lines.append(f"### {STEP_TITLES[step]}")
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

    values = vault.values.list()
    names = {v.id: v.name for v in values}
    lines += ["## Values", ""]
    for v in values:
        rank = f"{v.rank}. " if v.rank is not None else ""
        lines.append(f"- {rank}**{v.name}** ({v.pile.value.replace('_', ' ')})")
        for text in (v.description, v.why):
            if text:
                lines.append(f"  {text}")
    lines += ["", "## Goals", ""]
    for g in vault.goals.list():
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
    for b in vault.boundaries.list():
        lines.append(f"### {b.statement}")
        for label, text in (("When", b.context), ("What I say", b.script)):
            if text:
                lines.append(f"- {label}: {text}")
        if b.if_crossed:
            lines.append(f"- If it is crossed: {b.if_crossed}")
        lines.append("")
    lines += ["## Routines", ""]
    for r in vault.routines.list():
        lines.append(
            f"- **{r.name}** ({r.schedule.describe()}, {r.status.value.replace('_', ' ')})"
        )
        if r.description:
            lines.append(f"  {r.description}")
    lines += ["", "## Reviews", ""]
    for review in vault.reviews.list():
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
    count = vault.journal.count()
    for entry in reversed(vault.journal.recent(limit=max(count, 1))):
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


def write_markdown_export(vault: Vault, out: Path) -> None:
    """Write the Markdown export to ``out`` atomically (0600)."""
    write_atomic(Path(out), build_markdown(vault).encode("utf-8"))
