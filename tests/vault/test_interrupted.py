"""Killed at every step, a restore or an ``init`` leaves a vault that opens, or none at
all and a folder where ``init`` works again; two writers never both succeed (issue 13,
items 6, 7 and 10).

No mocks and no hooks in the app: a forked child runs the real command
(``wellbeing.cli.run``) with a Python audit hook (``sys.addaudithook``) that counts each
file-system step the command takes under the test's folder (every rename, mkdir, rmdir,
unlink and file opened for writing) and, at step k, sends itself SIGKILL (or SIGSTOP,
to hold it there while a second command runs). A first run with no kill traces the
steps; then the command is killed before each of them in turn, and after the last.
After each kill the next command (``check``, ``init``) must put things right and say so
in one line.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.test_cli import KEY_LINE, assert_failed, cli
from wellbeing.domain.journal import JournalEntry
from wellbeing.vault.backup import create_backup
from wellbeing.vault.interrupted import recover
from wellbeing.vault.vault import CREATING, Vault

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

NEW = "a new passphrase for the second command"
WATCHED = {"os.rename", "os.remove", "os.mkdir", "os.rmdir", "shutil.rmtree", "open"}
_WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT


def _step(event: str, args: tuple, root: str) -> str | None:
    """The step an audit event is, when it changes something under ``root``."""
    if event not in WATCHED or not args or not isinstance(args[0], str | bytes | os.PathLike):
        return None
    path = os.fsdecode(args[0])
    if not path.startswith(root):
        return None
    if event == "open":
        mode, flags = args[1], args[2]
        writing = (mode and any(c in mode for c in "wax+")) or (
            not mode and isinstance(flags, int) and flags & _WRITING
        )
        if not writing:
            return None
    return f"{event} {os.path.relpath(path, root)}"


def run_child(
    argv: Sequence[object],
    lines: Sequence[str],
    root: Path,
    *,
    at: int | None = None,
    action: signal.Signals = signal.SIGKILL,
    trace: Path | None = None,
    out: Path | None = None,
) -> int:
    """Fork a child that runs ``wellbeing`` ``argv`` (``lines`` on stdin) and sends
    itself ``action`` just before its step number ``at`` (1-based) under ``root``.
    Returns the child's pid (not reaped)."""
    pid = os.fork()
    if pid:
        return pid
    try:  # the child: never returns into pytest
        signal.alarm(120)
        steps: list[str] = []
        prefix = str(root) + os.sep

        def hook(event: str, args: tuple) -> None:
            step = _step(event, args, prefix)
            if step is None:
                return
            steps.append(step)
            if trace is not None:
                trace.write_text(json.dumps(steps))
            if at is not None and len(steps) == at:
                os.kill(os.getpid(), action)

        from wellbeing.cli import run

        sys.addaudithook(hook)
        stdout = io.StringIO()
        stdin = io.StringIO("".join(f"{line}\n" for line in lines))
        code = run([str(a) for a in argv], stdin=stdin, stdout=stdout, stderr=io.StringIO())
        if out is not None:
            out.write_text(stdout.getvalue())
        os._exit(code)
    except BaseException:
        os._exit(99)


def reap(pid: int) -> int:
    """The child's exit code, or minus the signal that ended it."""
    _, status = os.waitpid(pid, 0)
    return os.WEXITSTATUS(status) if os.WIFEXITED(status) else -os.WTERMSIG(status)


def trace(argv: Sequence[object], lines: Sequence[str], root: Path, tmp: Path) -> list[str]:
    """The steps the command takes when it is not stopped."""
    steps = tmp / "steps.json"
    assert reap(run_child(argv, lines, root, trace=steps)) == 0
    return list(json.loads(steps.read_text()))


@contextmanager
def stopped_at(
    argv: Sequence[object], lines: Sequence[str], root: Path, step: str, steps: list[str], out: Path
) -> Iterator[int]:
    """The command, held still (SIGSTOP) just before ``step``; let go (and reaped,
    exit 0 expected) after the block."""
    pid = run_child(argv, lines, root, at=steps.index(step) + 1, action=signal.SIGSTOP, out=out)
    _, status = os.waitpid(pid, os.WUNTRACED)
    assert os.WIFSTOPPED(status), status
    try:
        yield pid
    finally:
        os.kill(pid, signal.SIGCONT)
        assert reap(pid) == 0


def siblings(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.parent.iterdir() if p.name.startswith("."))


def titles(folder: Path, passphrase: str = PASSPHRASE) -> set[str]:
    with Vault.unlock(folder, passphrase) as vault:
        assert vault.check().ok
        return {e.title for e in vault.journal.recent(limit=100)}


# Item 6: a restore killed at every step


@pytest.fixture
def restore_case(vault_dir: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A vault whose backup holds "in the backup" only; the vault has one more entry."""
    home = tmp_path / "home-of-vault"
    home.mkdir()
    folder = home / "vault"
    vault_dir.rename(folder)
    with Vault.unlock(folder, PASSPHRASE) as vault:
        vault.journal.add(JournalEntry(None, "in the backup", "x", created_at=datetime.now(UTC)))
        backup = tmp_path / "the.wbbackup"
        create_backup(vault, backup)
        vault.journal.add(JournalEntry(None, "after", "y", created_at=datetime.now(UTC)))
    return folder, backup


def test_a_restore_killed_at_any_step_leaves_one_whole_vault(
    restore_case: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, backup = restore_case
    root = folder.parent
    argv = ("restore", "--vault", folder, backup)
    pristine = tmp_path / "pristine"
    shutil.copytree(root, pristine)
    steps = trace(argv, [PASSPHRASE], root, tmp_path)
    assert "os.rename vault" in steps, steps  # the swap's first rename
    assert titles(folder) == {"in the backup"}
    between = 0
    for at in range(1, len(steps) + 2):
        shutil.rmtree(root)
        shutil.copytree(pristine, root)
        assert reap(run_child(argv, [PASSPHRASE], root, at=at)) == (
            -signal.SIGKILL if at <= len(steps) else 0
        )
        if not folder.exists():
            between += 1  # killed between the two renames: no vault at the folder at all
        result = cli("check", "--vault", folder)
        assert result.code == 0, (at, steps[at - 1 : at + 1], result)
        said = [line for line in result.err.splitlines() if line]
        assert len(said) <= 1, result.err  # one line, when there was something to put right
        assert titles(folder) in ({"in the backup"}, {"in the backup", "after"}), at
        assert siblings(folder) == [], (at, siblings(folder))
    assert between >= 1, steps  # the moment of the bug was reached


def test_between_the_renames_the_old_vault_comes_back_and_says_so(
    restore_case: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, backup = restore_case
    root = folder.parent
    argv = ("restore", "--vault", folder, backup)
    pristine = tmp_path / "pristine"
    shutil.copytree(root, pristine)
    steps = trace(argv, [PASSPHRASE], root, tmp_path)
    second = next(i for i, s in enumerate(steps, 1) if s.startswith("os.rename .vault.restore-"))
    shutil.rmtree(root)
    shutil.copytree(pristine, root)
    assert reap(run_child(argv, [PASSPHRASE], root, at=second)) == -signal.SIGKILL
    assert not folder.exists()
    assert [n.split("-")[0] for n in siblings(folder)] == [".vault.old", ".vault.restore"]
    result = cli("check", "--vault", folder)
    assert result.code == 0, result
    assert result.err.count("\n") == 1 and "put back as it was" in result.err
    assert "healthy" in result.out
    assert titles(folder) == {"in the backup", "after"}
    assert siblings(folder) == []
    assert recover(folder) is None  # nothing left to do


# Item 7: init killed at every step


def test_init_killed_at_any_step_leaves_a_whole_vault_or_room_for_a_new_one(
    tmp_path: Path,
) -> None:
    root = tmp_path / "place"
    root.mkdir()
    folder = root / "vault"
    argv = ("init", "--vault", folder)
    steps = trace(argv, [PASSPHRASE], root, tmp_path)
    assert steps[-1].startswith("os.rmdir vault/" + CREATING) or CREATING in " ".join(steps)
    half_made = 0
    for at in range(1, len(steps) + 1):
        shutil.rmtree(folder, ignore_errors=True)
        assert reap(run_child(argv, [PASSPHRASE], root, at=at)) == -signal.SIGKILL
        if (folder / "vault.db").exists() and not (folder / "vault.key").exists():
            half_made += 1  # the moment of the bug: a database and no key file
        result = cli("init", "--vault", folder)
        if result.code == 0:
            key = KEY_LINE.search(result.out)
            assert key is not None
            with Vault.unlock(folder, recovery_key=key.group(1)) as vault:
                assert vault.check().ok
        else:  # killed after the vault was whole: it is there, and it opens
            assert_failed(result, 7)
            assert "already a vault" in result.err, (at, steps, sorted(folder.iterdir()))
        assert titles(folder) == set()
        assert sorted(p.name for p in folder.iterdir()) == ["vault.db", "vault.key"], at
    assert half_made >= 1, steps


def test_the_app_sweeps_a_half_made_vault_before_the_welcome(tmp_path: Path) -> None:
    root = tmp_path / "place"
    root.mkdir()
    folder = root / "vault"
    argv = ("init", "--vault", folder)
    steps = trace(argv, [PASSPHRASE], root, tmp_path)
    key_in_place = next(
        i for i, s in enumerate(steps, 1) if s == f"os.rename vault/{CREATING}/vault.key"
    )
    shutil.rmtree(folder)
    assert reap(run_child(argv, [PASSPHRASE], root, at=key_in_place)) == -signal.SIGKILL
    assert (folder / "vault.db").exists() and not (folder / "vault.key").exists()
    said = recover(folder)
    assert said is not None and "was removed, so it can be made again" in str(said)
    assert list(folder.iterdir()) == []


# Item 10: two writers at once


def test_passwd_is_refused_while_another_process_has_the_vault_open(vault_dir: Path) -> None:
    key_before = (vault_dir / "vault.key").read_bytes()
    read_end, write_end = os.pipe()
    go_end, wait_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # another app: the vault open until told to close
        try:
            os.close(read_end)
            os.close(wait_end)
            with Vault.unlock(vault_dir, PASSPHRASE):
                os.write(write_end, b"open")
                os.read(go_end, 1)
        finally:
            os._exit(0)
    os.close(write_end)
    os.close(go_end)
    assert os.read(read_end, 4) == b"open"
    result = cli("passwd", "--vault", vault_dir, lines=[PASSPHRASE, NEW])
    os.close(wait_end)  # the other one closes
    assert reap(pid) == 0
    assert_failed(result, 7)
    assert "open in another Wellbeing window or command" in result.err
    assert (vault_dir / "vault.key").read_bytes() == key_before
    assert cli("passwd", "--vault", vault_dir, lines=[PASSPHRASE, NEW]).code == 0
    assert titles(vault_dir, NEW) == set()


def test_two_passwd_at_once_one_is_refused_and_the_other_opens(
    vault_dir: Path, tmp_path: Path
) -> None:
    argv = ("passwd", "--vault", vault_dir)
    first = "the first command's passphrase"
    pristine = tmp_path / "pristine"
    shutil.copytree(vault_dir, pristine)
    steps = trace(argv, [PASSPHRASE, first], vault_dir, tmp_path)
    shutil.rmtree(vault_dir)
    shutil.copytree(pristine, vault_dir)
    write = next(s for s in steps if s.startswith("os.rename"))  # the key file into place
    with stopped_at(argv, [PASSPHRASE, first], vault_dir, write, steps, tmp_path / "out"):
        second = cli("passwd", "--vault", vault_dir, lines=[PASSPHRASE, NEW])
    assert_failed(second, 7)
    assert "open in another Wellbeing window or command" in second.err
    assert "passphrase is changed" in (tmp_path / "out").read_text()
    assert titles(vault_dir, first) == set()  # the one that said so, opens


def test_two_init_at_once_one_is_refused_and_the_others_keys_open_it(tmp_path: Path) -> None:
    root = tmp_path / "place"
    root.mkdir()
    folder = root / "vault"
    argv = ("init", "--vault", folder)
    steps = trace(argv, [PASSPHRASE], root, tmp_path)
    shutil.rmtree(folder)
    # Held as soon as it begins to make anything in the folder.
    begun = f"os.mkdir vault/{CREATING}"
    with stopped_at(argv, [PASSPHRASE], root, begun, steps, tmp_path / "out"):
        second = cli("init", "--vault", folder, lines=[NEW])
    assert_failed(second, 7)
    assert "being made in" in second.err and "nothing was changed" in second.err
    key = KEY_LINE.search((tmp_path / "out").read_text())
    assert key is not None
    assert titles(folder) == set()
    with Vault.unlock(folder, recovery_key=key.group(1)) as vault:
        assert vault.check().ok
