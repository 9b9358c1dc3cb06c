"""The headless command line, driven as a person or a script drives it.

Most tests call ``wellbeing.cli.run`` in-process with stdin not a terminal (passphrases
one a line); a few run ``python -m wellbeing`` for real, to prove the entry point, the
exit codes a shell sees, and that no Qt is imported.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing.cli import run
from wellbeing.domain.errors import WrongPassphraseError
from wellbeing.domain.journal import JournalEntry
from wellbeing.vault.db import PAGE_SIZE
from wellbeing.vault.keyfile import new_recovery_key
from wellbeing.vault.vault import DB_FILE, KEY_FILE, Vault

NEW = "a different, longer passphrase"
COMMANDS = ("init", "passwd", "import", "search", "check")
KEY_LINE = re.compile(r"^ {4}([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})$", re.MULTILINE)
START = datetime(2025, 1, 1, 20, 0, tzinfo=UTC)


# Helpers shared with test_import.py


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


def cli(*argv: object, lines: Sequence[str] = (PASSPHRASE,)) -> Result:
    """Run one command in-process; ``lines`` are what is typed on stdin, one a line."""
    out, err = io.StringIO(), io.StringIO()
    stdin = io.StringIO("".join(f"{line}\n" for line in lines))
    code = run([str(arg) for arg in argv], stdin=stdin, stdout=out, stderr=err)
    return Result(code, out.getvalue(), err.getvalue())


def assert_failed(result: Result, code: int) -> None:
    """Exit ``code``, nothing on stdout, exactly one plain line on stderr."""
    assert result.code == code, result
    assert result.out == ""
    assert result.err.startswith("wellbeing: ") and result.err.endswith("\n"), result.err
    assert result.err.count("\n") == 1, result.err


def files(folder: Path) -> dict[str, str]:
    """sha256 of every file in the folder (the WAL side files may come and go)."""
    if not folder.exists():
        return {}
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }


def rows(folder: Path) -> dict[str, list[str]]:
    """Every row of every table, through a fresh unlock."""
    with Vault.unlock(folder, PASSPHRASE) as vault:
        names = [r[0] for r in vault.db.all("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            n: sorted(map(repr, map(tuple, vault.db.all(f'SELECT * FROM "{n}"')))) for n in names
        }


def add_entries(folder: Path, *bodies: str) -> None:
    """Entries titled "Entry 0", "Entry 1", … one day apart (the last is the newest)."""
    with Vault.unlock(folder, PASSPHRASE) as vault:
        vault.journal.add_many(
            JournalEntry(None, f"Entry {i}", body, created_at=START + timedelta(days=i))
            for i, body in enumerate(bodies)
        )


def search_json(folder: Path, query: str, *extra: object) -> list[dict]:
    result = cli("search", "--vault", folder, query, "--json", *extra)
    assert (result.code, result.err) == (0, ""), result
    return json.loads(result.out)


def titles(folder: Path, query: str, *extra: object) -> list[str]:
    return [match["title"] for match in search_json(folder, query, *extra)]


def python(*argv: object, lines: Sequence[str] = ()) -> subprocess.CompletedProcess[str]:
    """A real interpreter (it inherits WELLBEING_HOME and WELLBEING_KDF)."""
    typed = "".join(f"{line}\n" for line in lines)
    return subprocess.run(
        [sys.executable, *map(str, argv)], input=typed, text=True, capture_output=True, timeout=180
    )


def _opens(folder: Path, passphrase: str) -> bool:
    try:
        Vault.unlock(folder, passphrase).close()
    except WrongPassphraseError:
        return False
    return True


# init


def test_init_creates_a_private_vault_and_prints_a_recovery_key_that_opens_it(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "new" / "vault"
    result = cli("init", "--vault", folder)
    assert (result.code, result.err) == (0, "")
    (key,) = KEY_LINE.findall(result.out)
    assert sorted(os.listdir(folder)) == [DB_FILE, KEY_FILE]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in (DB_FILE, KEY_FILE):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    Vault.unlock(folder, recovery_key=key).close()
    assert _opens(folder, PASSPHRASE)


def test_init_without_vault_option_uses_the_default_folder(isolated_home: Path) -> None:
    assert cli("init").code == 0
    assert (isolated_home / "data" / "vault" / KEY_FILE).is_file()
    assert cli("search", "anything").out == "No entries match.\n"


@pytest.mark.parametrize("case", ["a vault", "other files", "empty passphrase"])
def test_init_refuses_and_leaves_the_folder_as_it_was(
    vault_dir: Path, tmp_path: Path, case: str
) -> None:
    folder = {"a vault": vault_dir, "other files": tmp_path / "notes"}.get(case, tmp_path / "new")
    if case == "other files":
        folder.mkdir()
        (folder / "notes.txt").write_text("mine")
    before = files(folder)
    empty = case == "empty passphrase"
    assert_failed(
        cli("init", "--vault", folder, lines=["   " if empty else NEW]), 6 if empty else 7
    )
    assert files(folder) == before and folder.exists() == bool(before)


# passwd


def _printed_recovery_key(out: str) -> str:
    keys = re.findall(r"^    ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})$", out, re.MULTILINE)
    assert len(keys) == 1, out
    return keys[0]


def test_passwd_re_encrypts_the_vault_and_prints_a_new_recovery_key(
    vault_dir: Path, recovery_key: str
) -> None:
    """It used to say "the old one no longer opens the vault" while a copy of the old key
    file (any earlier backup's) and the old passphrase still opened the current database."""
    add_entries(vault_dir, "kept safe")
    before = files(vault_dir)
    old_key_file = (vault_dir / KEY_FILE).read_bytes()
    result = cli("passwd", "--vault", vault_dir, lines=[PASSPHRASE, NEW])
    assert (result.code, result.err) == (0, "")
    assert files(vault_dir)[DB_FILE] != before[DB_FILE]
    assert "Backups made before this still open with the old passphrase" in result.out
    assert "wellbeing backup" in result.out
    new_key = _printed_recovery_key(result.out)
    assert_failed(cli("search", "--vault", vault_dir, "kept"), 3)
    found = cli("search", "--vault", vault_dir, "kept", lines=[NEW])
    assert found.code == 0 and "Entry 0" in found.out
    assert not _opens(vault_dir, PASSPHRASE) and _opens(vault_dir, NEW)
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_dir, recovery_key=recovery_key)
    Vault.unlock(vault_dir, recovery_key=new_key).close()
    (vault_dir / KEY_FILE).write_bytes(old_key_file)  # a backup's key file, put back
    assert cli("search", "--vault", vault_dir, "kept").code != 0


def test_passwd_with_the_recovery_key(vault_dir: Path, recovery_key: str) -> None:
    result = cli("passwd", "--vault", vault_dir, "--recovery", lines=[recovery_key, NEW])
    assert (result.code, result.err) == (0, "")
    assert _opens(vault_dir, NEW) and not _opens(vault_dir, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):  # the key that was used (and maybe seen)
        Vault.unlock(vault_dir, recovery_key=recovery_key)
    Vault.unlock(vault_dir, recovery_key=_printed_recovery_key(result.out)).close()


def test_passwd_new_recovery_key_keeps_the_passphrase(vault_dir: Path, recovery_key: str) -> None:
    add_entries(vault_dir, "kept safe")
    result = cli("passwd", "--vault", vault_dir, "--new-recovery-key", lines=[PASSPHRASE])
    assert (result.code, result.err) == (0, "")
    assert "Your passphrase stays the same" in result.out
    assert _opens(vault_dir, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_dir, recovery_key=recovery_key)
    with Vault.unlock(vault_dir, recovery_key=_printed_recovery_key(result.out)) as vault:
        assert vault.journal.count() == 1
    wrong = cli("passwd", "--vault", vault_dir, "--new-recovery-key", lines=["wrong"])
    assert wrong.code == 3 and _opens(vault_dir, PASSPHRASE)
    both = cli("passwd", "--vault", vault_dir, "--new-recovery-key", "--recovery")
    assert both.code == 2


# Every failure: exit code, one line, nothing written


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x55
    path.write_bytes(bytes(data))


def _cut(path: Path, size: int) -> None:
    path.write_bytes(path.read_bytes()[:size])


def _shorten(name: str, by: int) -> Callable[[Path], None]:
    return lambda folder: _cut(folder / name, max(0, (folder / name).stat().st_size - by))


DAMAGE: dict[str, tuple[Callable[[Path], None], int]] = {
    "key file flipped": (lambda f: _flip(f / KEY_FILE, (f / KEY_FILE).stat().st_size // 2), 4),
    "key file empty": (_shorten(KEY_FILE, 10**9), 4),
    "key file lost": (lambda f: (f / KEY_FILE).unlink(), 5),
    "db empty": (_shorten(DB_FILE, 10**9), 4),
    "db truncated": (_shorten(DB_FILE, 1000), 4),
    "db lost its last page": (_shorten(DB_FILE, PAGE_SIZE), 4),
}
KEY_DAMAGE = ("key file flipped", "key file empty", "key file lost")


def _command(name: str, folder: Path, tmp_path: Path) -> list[object]:
    """The argv for ``name``; an import brings a valid file (or, "import-missing", none)."""
    source = tmp_path / "one.jsonl"
    source.write_text('{"at": "2024-05-01T21:30:00Z", "title": "t", "body": "one"}\n')
    return {
        "import": ["import", "--vault", folder, source],
        "import-missing": ["import", "--vault", folder, tmp_path / "missing.jsonl"],
        "search": ["search", "--vault", folder, "one"],
        "passwd-recovery": ["passwd", "--vault", folder, "--recovery"],
    }.get(name, [name, "--vault", folder])


@pytest.mark.parametrize(
    ("damage", "command"),
    [
        (d, c)
        for d in DAMAGE
        for c in ("search", "check", "import", "passwd")
        if c != "passwd" or d in KEY_DAMAGE
    ],
)
def test_a_damaged_vault_fails_with_one_line_and_stays_as_it_was(
    vault_dir: Path, tmp_path: Path, damage: str, command: str
) -> None:
    spoil, code = DAMAGE[damage]
    spoil(vault_dir)
    before = files(vault_dir)
    assert_failed(cli(*_command(command, vault_dir, tmp_path), lines=[PASSPHRASE, NEW]), code)
    assert files(vault_dir) == before


@pytest.mark.parametrize(
    ("command", "lines", "code"),
    [
        *((c, ["wrong", NEW], 3) for c in ("search", "check", "import", "passwd")),
        ("passwd-recovery", [new_recovery_key(), NEW], 3),
        ("passwd-recovery", ["ABCD-EFGH", NEW], 6),  # a typo: too short
        ("passwd", [PASSPHRASE, "  "], 6),  # an empty new passphrase
        ("passwd", [PASSPHRASE], 6),  # stdin ran out
        ("search", [], 6),
        ("import-missing", [PASSPHRASE], 6),
    ],
)
def test_a_refused_command_exits_non_zero_and_writes_nothing(
    vault_dir: Path, tmp_path: Path, command: str, lines: list[str], code: int
) -> None:
    add_entries(vault_dir, "one", "two")
    before, before_rows = files(vault_dir), rows(vault_dir)
    assert_failed(cli(*_command(command, vault_dir, tmp_path), lines=lines), code)
    assert files(vault_dir) == before
    assert rows(vault_dir) == before_rows


@pytest.mark.parametrize("command", ["search", "check", "import", "passwd"])
@pytest.mark.parametrize("explicit", [True, False], ids=["--vault", "default folder"])
def test_no_vault_exits_5_and_creates_nothing(
    isolated_home: Path, tmp_path: Path, command: str, explicit: bool
) -> None:
    folder = tmp_path / "nowhere"
    argv = _command(command, folder, tmp_path)
    if not explicit:
        argv = [a for a in argv if a not in ("--vault", folder)]
    assert_failed(cli(*argv, lines=[PASSPHRASE, NEW]), 5)
    assert not folder.exists() and not isolated_home.exists()


# search


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('AND OR ( ) " * :', ["Entry 0"]),
        ("NEAR(", ["Entry 1"]),
        ("body:", []),
        ('"open', []),
        ("a OR", []),
        ('( ) " * : ^ -', []),
    ],
)
def test_search_reads_fts_syntax_as_plain_words(
    vault_dir: Path, query: str, expected: list[str]
) -> None:
    add_entries(vault_dir, "this and that, or the other", "nothing near here")
    assert titles(vault_dir, query) == expected
    result = cli("search", "--vault", vault_dir, query)
    assert (result.code, result.err) == (0, "")
    assert (result.out == "No entries match.\n") == (not expected)


def test_search_limit_keeps_the_newest(vault_dir: Path) -> None:
    add_entries(vault_dir, *(f"a smooth pebble, number {i}" for i in range(5)), "no stones")
    assert titles(vault_dir, "pebble") == [f"Entry {i}" for i in (4, 3, 2, 1, 0)]
    assert titles(vault_dir, "pebble", "--limit", 2) == ["Entry 4", "Entry 3"]
    text = cli("search", "--vault", vault_dir, "PEBBLE", "--limit", "1").out.splitlines()
    assert len(text) == 2 and text[0].endswith("  Entry 4") and "[pebble]" in text[1]


# check


def test_check_on_a_healthy_vault_exits_0(vault_dir: Path) -> None:
    add_entries(vault_dir, "fine")
    result = cli("check", "--vault", vault_dir)
    assert (result.code, result.err) == (0, "") and "healthy" in result.out


def test_check_finds_a_flipped_byte_in_a_later_page_and_changes_nothing(vault_dir: Path) -> None:
    add_entries(vault_dir, *(f"entry {i} " + "words to fill pages " * 40 for i in range(300)))
    db = vault_dir / DB_FILE
    assert db.stat().st_size // PAGE_SIZE > 50
    _flip(db, db.stat().st_size - PAGE_SIZE // 2)  # the middle of the last page
    before = files(vault_dir)
    result = cli("check", "--vault", vault_dir)
    # Seen: exit 1 (the check ran and found the damage), message on stdout.
    assert (result.code, result.err) == (1, "")
    assert result.out.count("\n") == 1 and "damaged" in result.out
    assert files(vault_dir) == before


# The real entry point


def test_help_lists_every_command_and_usage_errors_exit_2(vault_dir: Path) -> None:
    shown = python("-m", "wellbeing", "--help")
    assert shown.returncode == 0
    for command in COMMANDS:
        assert re.search(rf"^\s+{command}\s+\S", shown.stdout, re.MULTILINE), command
    assert python("-m", "wellbeing", "frobnicate").returncode == 2
    assert python("-m", "wellbeing", "search", "--vault", vault_dir).returncode == 2  # no QUERY


def test_python_m_wellbeing_creates_and_refuses_like_run(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    made = python("-m", "wellbeing", "init", "--vault", folder, lines=[PASSPHRASE])
    assert (made.returncode, made.stderr) == (0, "")
    (key,) = KEY_LINE.findall(made.stdout)
    Vault.unlock(folder, recovery_key=key).close()
    wrong = python("-m", "wellbeing", "search", "--vault", folder, "x", lines=["wrong"])
    assert wrong.returncode == 3 and wrong.stdout == ""
    assert wrong.stderr.count("\n") == 1 and wrong.stderr.startswith("wellbeing: ")


QT_PROBE = """
import json, sys
from wellbeing.__main__ import main
from wellbeing.cli import run
codes = [main(argv) for argv in json.loads(sys.argv[1])]
codes.append(run(["check", "--vault", sys.argv[2]]))
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
import PySide6.QtCore  # the control: the probe does see Qt once it is imported
print(json.dumps({"codes": codes, "qt": qt, "control": "PySide6" in sys.modules}))
"""


def test_no_command_imports_qt(tmp_path: Path) -> None:
    folder, source = str(tmp_path / "vault"), tmp_path / "in.jsonl"
    source.write_text('{"at": "2024-05-01T21:30:00+02:00", "title": "t", "body": "qt"}\n')
    commands = [
        ["init", "--vault", folder],
        ["import", "--vault", folder, str(source)],
        ["search", "--vault", folder, "qt", "--json"],
        ["passwd", "--vault", folder],
    ]
    typed = [PASSPHRASE] * 4 + [NEW, NEW]  # init, import, search, passwd (2), check
    probe = python("-c", QT_PROBE, json.dumps(commands), folder, lines=typed)
    assert probe.returncode == 0, probe.stderr
    report = json.loads(probe.stdout.splitlines()[-1])
    assert report == {"codes": [0, 0, 0, 0, 0], "qt": [], "control": True}
