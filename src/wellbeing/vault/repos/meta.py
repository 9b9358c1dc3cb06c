"""Small pieces of personal app state, kept encrypted in the vault (JSON values).

For state that must not sit in QSettings because it says something about the person:
a therapy session in progress, the choices made for the unlock-screen copy of the
safety plan. Keys are the app's own names, never content.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..vault import Vault


class MetaRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def get(self, key: str, default: Any = None) -> Any:
        row = self._vault.db.one("SELECT value FROM meta WHERE key = ?", (f"app.{key}",))
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        with self._vault.transaction() as db:
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (f"app.{key}", json.dumps(value, ensure_ascii=False, sort_keys=True)),
            )

    def delete(self, key: str) -> None:
        with self._vault.transaction() as db:
            db.execute("DELETE FROM meta WHERE key = ?", (f"app.{key}",))
