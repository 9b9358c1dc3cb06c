"""The plan history speaks Spanish when Spanish is installed, and English exactly as before
without it; a translation that loses or renames a placeholder never drops the person's words.

The domain gives keys + parameters; ``ui.words.history`` renders them with Qt's translators
(days through QLocale), and ``english()`` as written."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from wellbeing.domain.goals import Goal, GoalStatus
from wellbeing.domain.history import compare, quote
from wellbeing.domain.revisions import PlanSnapshot
from wellbeing.domain.routines import Routine, RoutineStatus, Schedule
from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step

pytestmark = pytest.mark.gui

AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
WALK = Routine(5, "Evening walk", Schedule.daily())
REST = Goal(7, "Rest on Sundays", target_date=date(2026, 3, 2))
BEFORE = PlanSnapshot(at=AT, routines=(WALK,), goals=(REST,))
AFTER = PlanSnapshot(
    at=AT,
    routines=(replace(WALK, status=RoutineStatus.PAUSED, schedule=Schedule.on_weekdays({0, 2})),),
    goals=(replace(REST, status=GoalStatus.LET_GO, target_date=date(2026, 4, 9)),),
    safety_plan=SafetyPlan(items={Step.ON_MY_OWN: (SafetyItem("Hot shower"),)}),
)
ENGLISH = [
    "Let go of the goal “Rest on Sundays”.",
    "Moved the date of the goal “Rest on Sundays” from 2 March 2026 to 9 April 2026.",
    "Paused the routine “Evening walk”.",
    "Changed the routine “Evening walk” from every day to Mon, Wed.",
    "Added “Hot shower” to step 2 of the safety plan (Things I can do on my own).",
]


def sentences() -> list[str]:
    from wellbeing.ui.words.history import sentence

    return [sentence(change.line) for change in compare(BEFORE, AFTER)]


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    from wellbeing.ui import i18n

    assert i18n.install(qapp, "es") == "es"
    yield
    i18n.uninstall(qapp)


def test_compare_speaks_spanish_and_english_again_once_spanish_is_gone(qapp, spanish) -> None:
    from wellbeing.ui import i18n

    assert sentences() == [
        "Dejaste ir la meta “Rest on Sundays”.",
        "Cambiaste la fecha de la meta “Rest on Sundays” del 2 de marzo de 2026 al 9 de abril "
        "de 2026.",
        "Pusiste en pausa la rutina “Evening walk”.",
        "Cambiaste la frecuencia de la rutina “Evening walk”: de todos los días a lun, mié.",
        "Añadiste “Hot shower” en el paso 2 del plan de seguridad (Cosas que puedo hacer por mi "
        "cuenta).",
    ]
    i18n.uninstall(qapp)
    assert sentences() == ENGLISH
    assert [change.sentence for change in compare(BEFORE, AFTER)] == ENGLISH


class _Broken(QTranslator):
    """A translation that lost {name} in one sentence and renamed {old} in another."""

    BROKEN = {  # noqa: RUF012
        "Paused the routine {name}.": "Pusiste en pausa la rutina.",
        "Changed the routine {name} from {old} to {new}.": "Cambiaste {name}: de {antes} a {new}.",
        "Let go of the goal {name}.": "Dejaste ir la meta {name}.",
    }

    def translate(self, context, source_text, disambiguation=None, n=-1):  # type: ignore[override]
        return self.BROKEN.get(source_text)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def broken_translator(qapp) -> Iterator[None]:
    broken = _Broken(qapp)
    QCoreApplication.installTranslator(broken)
    yield
    QCoreApplication.removeTranslator(broken)


def test_a_translation_that_lost_a_placeholder_falls_back_to_english(broken_translator) -> None:
    found = sentences()
    assert found[0] == "Dejaste ir la meta “Rest on Sundays”."
    assert found[2] == "Paused the routine “Evening walk”."
    assert found[3] == "Changed the routine “Evening walk” from every day to Mon, Wed."
    assert quote("x") == "“x”"
