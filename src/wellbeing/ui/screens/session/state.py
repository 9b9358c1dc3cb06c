"""A session in progress, as kept in the encrypted vault (``vault.meta`` key "session").

Plain Python: what is saved is only the session's random id, when it started, the step
it is on and the steps seen. Everything the person wrote lives in the plan itself.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .prompts import STEP_KEYS

if TYPE_CHECKING:
    from ....vault.vault import Vault

META_KEY = "session"
ORIGIN_PREFIX = "session:"


@dataclass(frozen=True)
class SessionState:
    """``step`` is an index into the session's steps; ``visited`` the steps shown so far,
    ``skipped`` those passed with "Skip this step" (for the summary's kind note)."""

    id: str
    started_at: datetime
    step: int = 0
    visited: tuple[int, ...] = ()
    skipped: tuple[int, ...] = field(default=())

    @property
    def origin(self) -> str:
        """What every revision made in this session carries (``Revision.origin``)."""
        return ORIGIN_PREFIX + self.id

    def at_step(self, step: int, *, skipped: bool = False) -> SessionState:
        """The state after leaving the current step for ``step``."""
        left = self.step
        skips = [s for s in self.skipped if s != left]
        if skipped:
            skips.append(left)
        visited = self.visited if step in self.visited else (*self.visited, step)
        return replace(self, step=step, visited=tuple(visited), skipped=tuple(sorted(skips)))

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "started_at": self.started_at.isoformat(),
            "step": self.step,
            "visited": list(self.visited),
            "skipped": list(self.skipped),
        }

    @classmethod
    def from_json(cls, data: Any) -> SessionState | None:
        """The saved state, or None when there is none or it cannot be read."""
        if not isinstance(data, dict):
            return None
        try:
            session_id = str(data["id"])
            started = datetime.fromisoformat(str(data["started_at"]))
            step = int(data.get("step", 0))
            visited = tuple(int(s) for s in data.get("visited", ()) if _is_step(s))
            skipped = tuple(int(s) for s in data.get("skipped", ()) if _is_step(s))
        except (KeyError, TypeError, ValueError):
            return None
        if not session_id or not _is_step(step):
            return None
        return cls(session_id, started, step, visited, skipped)


def _is_step(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(STEP_KEYS)


def new_state(now: datetime) -> SessionState:
    """A fresh session on its first step, with a random id no one can guess or link."""
    return SessionState(secrets.token_hex(8), now, 0, (0,))


def saved_state(vault: Vault) -> SessionState | None:
    return SessionState.from_json(vault.meta.get(META_KEY))


def has_saved_session(vault: Vault) -> bool:
    """Whether a session was left without ending it (it can be carried on)."""
    return saved_state(vault) is not None
