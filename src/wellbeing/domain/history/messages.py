"""The history's sentences: one table of whole-sentence templates, keyed.

The domain has no Qt, so it says which sentence and with what (a key and parameters,
:class:`~.lines.HistoryLine`), and the UI renders it in the person's language
(``wellbeing.ui.words.history``); :func:`~.lines.english` renders it as written here,
for the command line and the tests. Every template is marked for translation under
:data:`HISTORY`.

The words are kind: a goal set aside is "let go of", never "failed"; nothing here judges.
Placeholders: {name}, {old}, {new}, {text} are the person's text, quoted; {step} is a step
phrase ("step 2 of the safety plan (Things I can do on my own)"); {what} a field phrase;
{date} a day in words; {old} and {new} of a routine's schedule are schedule words.
"""

from __future__ import annotations

from ..text import QT_TRANSLATE_NOOP

HISTORY = "History"
MESSAGES: dict[str, str] = {
    # Records coming and going (one set per kind, so a translation can agree in gender)
    "value.added": QT_TRANSLATE_NOOP("History", "Added the value {name}."),
    "value.archived": QT_TRANSLATE_NOOP("History", "Moved the value {name} to the archive."),
    "value.restored": QT_TRANSLATE_NOOP("History", "Brought back the value {name}."),
    "value.changed": QT_TRANSLATE_NOOP("History", "Changed the value {name}."),
    "goal.added": QT_TRANSLATE_NOOP("History", "Added the goal {name}."),
    "goal.archived": QT_TRANSLATE_NOOP("History", "Moved the goal {name} to the archive."),
    "goal.restored": QT_TRANSLATE_NOOP("History", "Brought back the goal {name}."),
    "goal.changed": QT_TRANSLATE_NOOP("History", "Changed the goal {name}."),
    "boundary.added": QT_TRANSLATE_NOOP("History", "Added the boundary {name}."),
    "boundary.archived": QT_TRANSLATE_NOOP("History", "Moved the boundary {name} to the archive."),
    "boundary.restored": QT_TRANSLATE_NOOP("History", "Brought back the boundary {name}."),
    "boundary.changed": QT_TRANSLATE_NOOP("History", "Changed the boundary {name}."),
    "routine.added": QT_TRANSLATE_NOOP("History", "Added the routine {name}."),
    "routine.archived": QT_TRANSLATE_NOOP("History", "Moved the routine {name} to the archive."),
    "routine.restored": QT_TRANSLATE_NOOP("History", "Brought back the routine {name}."),
    "routine.changed": QT_TRANSLATE_NOOP("History", "Changed the routine {name}."),
    "safety_plan.added": QT_TRANSLATE_NOOP("History", "Started the safety plan."),
    "safety_plan.changed": QT_TRANSLATE_NOOP("History", "Changed the safety plan."),
    "plan.changed": QT_TRANSLATE_NOOP("History", "Changed the plan."),
    # A text field: {what} is one of the field phrases below
    "text.changed": QT_TRANSLATE_NOOP("History", "Changed {what} from {old} to {new}."),
    "text.written": QT_TRANSLATE_NOOP("History", "Wrote {what}: {new}."),
    "text.cleared": QT_TRANSLATE_NOOP("History", "Cleared {what}."),
    # Values
    "value.renamed": QT_TRANSLATE_NOOP("History", "Renamed the value {old} to {new}."),
    "value.pile.very_important": QT_TRANSLATE_NOOP("History", "Moved {name} to very important."),
    "value.pile.important": QT_TRANSLATE_NOOP("History", "Moved {name} to important."),
    "value.pile.less_important": QT_TRANSLATE_NOOP(
        "History", "Moved {name} to less important right now."
    ),
    "value.pile.unsorted": QT_TRANSLATE_NOOP("History", "Moved {name} back to not sorted yet."),
    "value.ranked": QT_TRANSLATE_NOOP("History", "Ranked {name} {ordinal}."),
    "value.unranked": QT_TRANSLATE_NOOP("History", "Took {name} out of the ranking."),
    "value.field.description": QT_TRANSLATE_NOOP("History", "the description of the value {name}"),
    "value.field.why": QT_TRANSLATE_NOOP("History", "why {name} matters"),
    # Goals
    "goal.renamed": QT_TRANSLATE_NOOP("History", "Renamed the goal {old} to {new}."),
    "goal.status.paused": QT_TRANSLATE_NOOP("History", "Paused the goal {name}."),
    "goal.status.let_go": QT_TRANSLATE_NOOP("History", "Let go of the goal {name}."),
    "goal.status.achieved": QT_TRANSLATE_NOOP("History", "Marked the goal {name} achieved."),
    "goal.status.active": QT_TRANSLATE_NOOP("History", "Picked up the goal {name} again."),
    "goal.status.active.from_let_go": QT_TRANSLATE_NOOP(
        "History", "Recommitted to the goal {name}."
    ),
    "goal.status.active.from_achieved": QT_TRANSLATE_NOOP(
        "History", "Went back to working on the goal {name}."
    ),
    "goal.field.smart": QT_TRANSLATE_NOOP("History", "what makes the goal {name} {aspect}"),
    "goal.aspect.specific": QT_TRANSLATE_NOOP("History", "specific"),
    "goal.aspect.measurable": QT_TRANSLATE_NOOP("History", "measurable"),
    "goal.aspect.achievable": QT_TRANSLATE_NOOP("History", "achievable"),
    "goal.aspect.relevant": QT_TRANSLATE_NOOP("History", "relevant"),
    "goal.aspect.time_bound": QT_TRANSLATE_NOOP("History", "time-bound"),
    "goal.date.set": QT_TRANSLATE_NOOP("History", "Set a date for the goal {name}: {new}."),
    "goal.date.changed": QT_TRANSLATE_NOOP(
        "History", "Moved the date of the goal {name} from {old} to {new}."
    ),
    "goal.date.cleared": QT_TRANSLATE_NOOP("History", "Took the date off the goal {name}."),
    "goal.progress.set": QT_TRANSLATE_NOOP(
        "History", "Set the progress of the goal {name} to {percent} %."
    ),
    "goal.progress.steps": QT_TRANSLATE_NOOP(
        "History", "Let the steps show the progress of the goal {name}."
    ),
    "goal.step.added": QT_TRANSLATE_NOOP("History", "Added step {n} of the goal {name}: {text}."),
    "goal.step.removed": QT_TRANSLATE_NOOP(
        "History", "Removed the step {text} from the goal {name}."
    ),
    "goal.step.changed": QT_TRANSLATE_NOOP(
        "History", "Changed step {n} of the goal {name} from {old} to {new}."
    ),
    "goal.step.done": QT_TRANSLATE_NOOP("History", "Checked off {text} in the goal {name}."),
    "goal.step.undone": QT_TRANSLATE_NOOP(
        "History", "Marked {text} as not done yet in the goal {name}."
    ),
    "goal.steps.reordered": QT_TRANSLATE_NOOP("History", "Reordered the steps of the goal {name}."),
    # Links from goals, boundaries and routines to values
    "goal.linked": QT_TRANSLATE_NOOP("History", "Linked the goal {name} to the value {value}."),
    "goal.unlinked": QT_TRANSLATE_NOOP(
        "History", "Unlinked the goal {name} from the value {value}."
    ),
    "goal.linked.unnamed": QT_TRANSLATE_NOOP("History", "Linked the goal {name} to a value."),
    "goal.unlinked.unnamed": QT_TRANSLATE_NOOP("History", "Unlinked the goal {name} from a value."),
    "boundary.linked": QT_TRANSLATE_NOOP(
        "History", "Linked the boundary {name} to the value {value}."
    ),
    "boundary.unlinked": QT_TRANSLATE_NOOP(
        "History", "Unlinked the boundary {name} from the value {value}."
    ),
    "boundary.linked.unnamed": QT_TRANSLATE_NOOP(
        "History", "Linked the boundary {name} to a value."
    ),
    "boundary.unlinked.unnamed": QT_TRANSLATE_NOOP(
        "History", "Unlinked the boundary {name} from a value."
    ),
    "routine.linked": QT_TRANSLATE_NOOP(
        "History", "Linked the routine {name} to the value {value}."
    ),
    "routine.unlinked": QT_TRANSLATE_NOOP(
        "History", "Unlinked the routine {name} from the value {value}."
    ),
    "routine.linked.unnamed": QT_TRANSLATE_NOOP("History", "Linked the routine {name} to a value."),
    "routine.unlinked.unnamed": QT_TRANSLATE_NOOP(
        "History", "Unlinked the routine {name} from a value."
    ),
    # Boundaries
    "boundary.reworded": QT_TRANSLATE_NOOP("History", "Reworded the boundary {old} to {new}."),
    "boundary.status.paused": QT_TRANSLATE_NOOP("History", "Paused the boundary {name}."),
    "boundary.status.let_go": QT_TRANSLATE_NOOP("History", "Let go of the boundary {name}."),
    "boundary.status.active": QT_TRANSLATE_NOOP("History", "Picked up the boundary {name} again."),
    "boundary.status.active.from_let_go": QT_TRANSLATE_NOOP(
        "History", "Recommitted to the boundary {name}."
    ),
    "boundary.field.context": QT_TRANSLATE_NOOP("History", "where the boundary {name} applies"),
    "boundary.field.script": QT_TRANSLATE_NOOP("History", "the script of the boundary {name}"),
    "boundary.field.if_crossed": QT_TRANSLATE_NOOP(
        "History", "what to do if the boundary {name} is crossed"
    ),
    # Routines
    "routine.renamed": QT_TRANSLATE_NOOP("History", "Renamed the routine {old} to {new}."),
    "routine.status.paused": QT_TRANSLATE_NOOP("History", "Paused the routine {name}."),
    "routine.status.let_go": QT_TRANSLATE_NOOP("History", "Let go of the routine {name}."),
    "routine.status.active": QT_TRANSLATE_NOOP("History", "Picked up the routine {name} again."),
    "routine.status.active.from_let_go": QT_TRANSLATE_NOOP(
        "History", "Recommitted to the routine {name}."
    ),
    "routine.schedule": QT_TRANSLATE_NOOP(
        "History", "Changed the routine {name} from {old} to {new}."
    ),
    "routine.field.description": QT_TRANSLATE_NOOP(
        "History", "the description of the routine {name}"
    ),
    "routine.started.set": QT_TRANSLATE_NOOP(
        "History", "Set the routine {name} to start on {new}."
    ),
    "routine.started.changed": QT_TRANSLATE_NOOP(
        "History", "Changed when the routine {name} started from {old} to {new}."
    ),
    "routine.started.cleared": QT_TRANSLATE_NOOP(
        "History", "Took the start date off the routine {name}."
    ),
    # The safety plan
    "safety.item.added": QT_TRANSLATE_NOOP("History", "Added {text} to {step}."),
    "safety.item.removed": QT_TRANSLATE_NOOP("History", "Removed {text} from {step}."),
    "safety.item.changed": QT_TRANSLATE_NOOP(
        "History", "Changed item {n} of {step} from {old} to {new}."
    ),
    "safety.section.reordered": QT_TRANSLATE_NOOP("History", "Reordered {step}."),
    "safety.likelihood.set": QT_TRANSLATE_NOOP(
        "History", "Set how likely I am to use {text} in {step} to {n} out of 5."
    ),
    "safety.likelihood.cleared": QT_TRANSLATE_NOOP(
        "History", "Cleared how likely I am to use {text} in {step}."
    ),
    "safety.field.reach": QT_TRANSLATE_NOOP("History", "how to reach {text} in {step}"),
    "safety.field.coded_label": QT_TRANSLATE_NOOP("History", "the coded label of {text} in {step}"),
    "safety.field.obstacles": QT_TRANSLATE_NOOP(
        "History", "what might get in the way of {text} in {step}"
    ),
    "safety.field.kept_where": QT_TRANSLATE_NOOP("History", "where the safety plan is kept"),
    "safety.field.shared_with": QT_TRANSLATE_NOOP("History", "who the safety plan is shared with"),
    "safety.reviewed.set": QT_TRANSLATE_NOOP(
        "History", "Marked the safety plan reviewed on {date}."
    ),
    "safety.reviewed.cleared": QT_TRANSLATE_NOOP(
        "History", "Cleared when the safety plan was last reviewed."
    ),
    "safety.prompt.reworded": QT_TRANSLATE_NOOP("History", "Reworded the prompt of {step}."),
    "safety.prompt.default": QT_TRANSLATE_NOOP(
        "History", "Went back to the app's prompt for {step}."
    ),
    "safety.step": QT_TRANSLATE_NOOP("History", "step {n} of the safety plan ({title})"),
    "safety.step.reasons_for_living": QT_TRANSLATE_NOOP(
        "History", "the reasons for living in the safety plan"
    ),
    # The timeline
    "timeline.entry": QT_TRANSLATE_NOOP("History", "{date} · {sentence}"),
    "timeline.notes": QT_TRANSLATE_NOOP("History", "{sentence} ({notes})."),
    "timeline.notes_separator": QT_TRANSLATE_NOOP("History", "; "),
    "timeline.more_one": QT_TRANSLATE_NOOP("History", "and one more change"),
    "timeline.more": QT_TRANSLATE_NOOP("History", "and {count} more changes"),
    "timeline.in_session": QT_TRANSLATE_NOOP("History", "in session"),
    "timeline.in_review": QT_TRANSLATE_NOOP("History", "in a review"),
    "forgotten.before": QT_TRANSLATE_NOOP("History", "History before {date} was forgotten."),
    "forgotten.one": QT_TRANSLATE_NOOP("History", "One change was forgotten."),
    # Quotes and numbers
    "quote": QT_TRANSLATE_NOOP("History", "“{text}”"),
    "ellipsis": QT_TRANSLATE_NOOP("History", "…"),
    "ordinal.1": QT_TRANSLATE_NOOP("History", "{n}st"),
    "ordinal.2": QT_TRANSLATE_NOOP("History", "{n}nd"),
    "ordinal.3": QT_TRANSLATE_NOOP("History", "{n}rd"),
    "ordinal.other": QT_TRANSLATE_NOOP("History", "{n}th"),
}
