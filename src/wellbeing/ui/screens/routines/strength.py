"""The strength the screen shows: today is not over, so a blank today never counts against.

``vault.routines.strength(id)`` scores today as if the day were finished; until the
person checks in, an empty today would pull the score down a little each morning. The
screen shows the better of "today, as it stands" and "yesterday" while today is blank.
Because a skipped day is scored exactly that way (frozen unless moving would raise it),
marking today skipped or not needed leaves the shown number exactly as it was.
"""

from __future__ import annotations

from datetime import timedelta

from ....vault.vault import Vault


def shown_strength(vault: Vault, routine_id: int) -> float:
    """Strength from 0 to 1, as the Routines screen shows it."""
    today = vault.today()
    value = vault.routines.strength(routine_id, today)
    if not vault.routines.check_ins(routine_id, today, today):
        value = max(value, vault.routines.strength(routine_id, today - timedelta(days=1)))
    return value


def percent(value: float) -> int:
    return max(0, min(100, round(value * 100)))
