"""The words of session mode: step titles, and the clinician's prompts for each step.

Kept in one file so their tone can be reviewed at a glance: short, open, kind questions
that leave the person the expert on their own life. The safety plan's prompts follow
the Stanley–Brown order and never assume that family, police or a crisis line is safe.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "SessionPrompts"

#: The steps of a session, in order. The last one is the summary, not a plan screen.
STEP_KEYS = ("values", "goals", "boundaries", "routines", "safety_plan", "finish")
#: How many steps are counted in "Step 2 of 5" (the summary comes after them).
COUNTED_STEPS = len(STEP_KEYS) - 1
FINISH = len(STEP_KEYS) - 1

_TITLES = {
    "values": QT_TRANSLATE_NOOP("SessionPrompts", "Values"),
    "goals": QT_TRANSLATE_NOOP("SessionPrompts", "Goals"),
    "boundaries": QT_TRANSLATE_NOOP("SessionPrompts", "Boundaries"),
    "routines": QT_TRANSLATE_NOOP("SessionPrompts", "Routines"),
    "safety_plan": QT_TRANSLATE_NOOP("SessionPrompts", "Safety plan"),
    "finish": QT_TRANSLATE_NOOP("SessionPrompts", "Summary"),
}

_PROMPTS = {
    "values": (
        QT_TRANSLATE_NOOP("SessionPrompts", "Which of these cards feel most like you right now?"),
        QT_TRANSLATE_NOOP(
            "SessionPrompts",
            "Is there a value missing that you'd like to add in your own words?",
        ),
        QT_TRANSLATE_NOOP(
            "SessionPrompts", "When did you last feel you were living one of your top values?"
        ),
        QT_TRANSLATE_NOOP(
            "SessionPrompts", "What would you like to write about why one of them matters?"
        ),
    ),
    "goals": (
        QT_TRANSLATE_NOOP("SessionPrompts", "Which value would you like a goal to serve?"),
        QT_TRANSLATE_NOOP(
            "SessionPrompts", "What is one small step that feels possible this week?"
        ),
        QT_TRANSLATE_NOOP("SessionPrompts", "How would you notice that it is going well?"),
        QT_TRANSLATE_NOOP("SessionPrompts", "What might get in the way, and what could help?"),
        QT_TRANSLATE_NOOP(
            "SessionPrompts",
            "Is there a goal you'd like to pause or let go of? That is a choice, not a failure.",
        ),
    ),
    "boundaries": (
        QT_TRANSLATE_NOOP(
            "SessionPrompts",
            "Where would a boundary make things easier — at work, at home, with someone?",
        ),
        QT_TRANSLATE_NOOP("SessionPrompts", "How would you put it in your own words?"),
        QT_TRANSLATE_NOOP(
            "SessionPrompts", "What could you say, if you wanted to say it out loud?"
        ),
        QT_TRANSLATE_NOOP(
            "SessionPrompts", "If it gets crossed, what would you like to do for yourself?"
        ),
    ),
    "routines": (
        QT_TRANSLATE_NOOP(
            "SessionPrompts", "What small thing already helps you feel a bit more like yourself?"
        ),
        QT_TRANSLATE_NOOP(
            "SessionPrompts",
            "How often feels realistic — every day, some days, or a few times a week?",
        ),
        QT_TRANSLATE_NOOP("SessionPrompts", "What would make it easier to start?"),
        QT_TRANSLATE_NOOP(
            "SessionPrompts",
            "Some days it won't happen, and that's fine. How would you like to treat yourself "
            "on those days?",
        ),
    ),
    "safety_plan": (
        QT_TRANSLATE_NOOP("SessionPrompts", "What tells you a hard time might be building?"),
        QT_TRANSLATE_NOOP(
            "SessionPrompts",
            "What can you do on your own to take your mind off things, even at 2 a.m.?",
        ),
        QT_TRANSLATE_NOOP(
            "SessionPrompts",
            "Who could you be with — not to talk about it, just to be around?",
        ),
        QT_TRANSLATE_NOOP(
            "SessionPrompts",
            "Who could you ask for help? Which services feel safe for you? It is fine to leave "
            "out any that don't.",
        ),
        QT_TRANSLATE_NOOP(
            "SessionPrompts",
            "What could make your surroundings a little safer, and what matters most to you?",
        ),
    ),
    "finish": (
        QT_TRANSLATE_NOOP("SessionPrompts", "What felt most useful today?"),
        QT_TRANSLATE_NOOP(
            "SessionPrompts", "Is there anything you'd like to look at again next time?"
        ),
        QT_TRANSLATE_NOOP(
            "SessionPrompts", "Would you like to keep this summary? Where would it be safe?"
        ),
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def step_title(index: int) -> str:
    """The step's short title, translated ("Goals")."""
    return _tr(_TITLES[STEP_KEYS[index]])


def prompts_for(index: int) -> list[str]:
    """The clinician's open questions for a step, translated."""
    return [_tr(text) for text in _PROMPTS[STEP_KEYS[index]]]
