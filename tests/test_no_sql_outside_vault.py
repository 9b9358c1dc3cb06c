"""SQL lives in one package: ``wellbeing.vault``. Everywhere else asks the vault.

Every module under ``src/wellbeing`` is parsed and each string constant (the constant
parts of f-strings included) that starts like an SQL statement is listed; any outside
``vault/`` fails the test with its file and line.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import wellbeing

PACKAGE = Path(wellbeing.__file__).parent

#: Upper-case keywords only: SQL here is always written that way, and prose that happens
#: to start with "Select" or "Delete" (a button, a docstring) is not SQL.
SQL_START = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|BEGIN|COMMIT|ROLLBACK"
    r"|SAVEPOINT|RELEASE|REPLACE|VACUUM|ATTACH|DETACH|REINDEX|ANALYZE|EXPLAIN)\b"
)


def sql_strings(source: str) -> list[tuple[int, str]]:
    """(line, first words) of every string constant in ``source`` that looks like SQL."""
    found = []
    for node in ast.walk(ast.parse(source)):
        # An f-string's literal parts are Constant nodes inside its JoinedStr.
        text = node.value if isinstance(node, ast.Constant) else None
        if isinstance(text, str) and SQL_START.match(text):
            found.append((node.lineno, text.strip()[:40]))
    return sorted(found)


def test_the_detector_finds_sql_and_leaves_prose_alone() -> None:
    source = '''
db.execute("BEGIN")
db.one(f"SELECT count(*) FROM {table}")
rows = db.all(
    """
    WITH recent AS (SELECT 1) SELECT * FROM recent
    """
)
query = "  PRAGMA user_version"
label = "Select a file"
note = "Delete forever?"
name = "UPDATES"
'''
    assert [line for line, _ in sql_strings(source)] == [2, 3, 5, 9]


def test_no_sql_outside_the_vault_package() -> None:
    vault = PACKAGE / "vault"
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if vault in path.parents:
            continue
        for line, words in sql_strings(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {words!r}")
    assert not offenders, "SQL outside wellbeing/vault:\n" + "\n".join(offenders)
