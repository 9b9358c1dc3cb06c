"""Real faults under a real vault: a full disk, a read-only folder, the folder vanishing
while open, a second opener. Each must explain itself kindly and lose nothing committed.

No mocks. The faults are made for real:

- a full disk: a forked child lowers ``RLIMIT_FSIZE`` (with ``SIGXFSZ`` ignored), so a
  write past the limit fails with ``EFBIG`` as it would on a full disk; where mounting is
  allowed, a tiny tmpfs gives the real ``ENOSPC`` too;
- read-only: tests run as root, which ignores permissions, so a forked child becomes an
  unprivileged user (nobody) that owns the test's folder; then ``chmod`` holds for real;
- vanishing: the folder is renamed or deleted while the vault is open.

Afterwards the vault always opens, passes ``check()``, holds every committed record and
nothing stray (temp files, staging folders) is left beside it.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FAST_KDF, PASSPHRASE
from wellbeing.domain.errors import VaultError, VaultInUseError, WrongPassphraseError
from wellbeing.domain.journal import JournalEntry
from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step
from wellbeing.formats.crisis_copy import copy_path, write_copy
from wellbeing.vault.backup import create_backup, restore_backup, save_copy
from wellbeing.vault.storage import Problem, diagnose, problem_of
from wellbeing.vault.vault import Vault, change_passphrase

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX faults")

NOBODY = 65534
COMMITTED = [f"committed {n}" for n in range(5)]
AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
VAULT_FILES = {"vault.key", "vault.db", "vault.db-wal", "vault.db-shm"}


# Helpers


def in_child(fn: Callable[[], Any], *, as_nobody: bool = False) -> Any:
    """Run ``fn`` in a forked child and return what it returned (or fail with its
    traceback). ``as_nobody``: the child gives up root first, so permissions hold."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(read_end)
        signal.alarm(60)  # a hung child fails the test instead of hanging the run
        try:
            if as_nobody and os.geteuid() == 0:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            outcome: tuple[bool, Any] = (True, fn())
        except BaseException:
            outcome = (False, traceback.format_exc())
        with os.fdopen(write_end, "wb") as out:
            pickle.dump(outcome, out)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    assert data, "the child process died without an answer"
    ok, value = pickle.loads(data)
    if not ok:
        pytest.fail(f"in the child process:\n{value}")
    return value


def limit_file_size(limit: int) -> None:
    """From now on (in this process), writing past ``limit`` bytes fails with EFBIG."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))


def lift_file_size_limit() -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))


def largest_file(folder: Path) -> int:
    return max(item.stat().st_size for item in folder.iterdir() if item.is_file())


def add_entry(vault: Vault, title: str, body: str = "a quiet day") -> None:
    with vault.transaction():
        vault.journal.add(JournalEntry(None, title, body, created_at=AT))


def titles(vault: Vault) -> set[str]:
    return {entry.title for entry in vault.journal.recent(limit=10**6)}


def commit_some(folder: Path) -> None:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        for title in COMMITTED:
            add_entry(vault, title)


def reopened_titles(folder: Path, passphrase: str = PASSPHRASE) -> set[str]:
    """Open the vault afresh: it must pass its checks; returns what it holds."""
    with Vault.unlock(folder, passphrase) as vault:
        report = vault.check()
        assert report.ok, report
        return titles(vault)


def strays(folder: Path) -> list[str]:
    """Anything beside the vault's own files: temp files, staging folders, journals."""
    return sorted(item.name for item in folder.iterdir() if item.name not in VAULT_FILES)


def kind(message: str) -> None:
    """A message for a person: says nothing was lost or changed, never blames, no
    traceback or SQLite words."""
    lowered = message.lower()
    assert "nothing" in lowered or "safe" in lowered, message
    for word in ("failed", "error", "errno", "sqlite", "traceback", "exception"):
        assert word not in lowered, message


@pytest.fixture
def nobody_dir() -> Iterator[Path]:
    """A folder the unprivileged child can reach (tmp_path's parents are root's 0700)."""
    folder = Path(tempfile.mkdtemp(prefix="wellbeing-faults-"))
    os.chmod(folder, 0o755)
    try:
        yield folder
    finally:
        for root, dirs, _ in os.walk(folder):
            for name in dirs:
                os.chmod(Path(root) / name, 0o700)
        shutil.rmtree(folder, ignore_errors=True)


def give_to_nobody(folder: Path) -> None:
    if os.geteuid() != 0:
        return  # not root: chmod already holds for this process
    for root, dirs, files in os.walk(folder):
        os.chown(root, NOBODY, NOBODY)
        for name in [*dirs, *files]:
            os.chown(Path(root) / name, NOBODY, NOBODY)


def vault_for_nobody(nobody_dir: Path, vault_dir: Path) -> Path:
    folder = nobody_dir / "vault"
    shutil.copytree(vault_dir, folder)
    commit_some(folder)
    give_to_nobody(nobody_dir)
    return folder


def restore_permissions(folder: Path) -> None:
    os.chmod(folder, 0o700)
    for item in folder.iterdir():
        os.chmod(item, 0o600)


# A full disk (a file size limit in a child: EFBIG, as on a full disk)


def test_a_full_disk_mid_write_keeps_every_commit_and_the_next_write_saves(
    vault_dir: Path,
) -> None:
    commit_some(vault_dir)

    def scenario() -> dict[str, Any]:
        vault = Vault.unlock(vault_dir, PASSPHRASE)
        limit_file_size(largest_file(vault_dir) + 8192)
        try:
            add_entry(vault, "too big", os.urandom(300_000).hex())
        except VaultError as err:
            refused = (str(err), problem_of(err, vault_dir))
        else:
            refused = None
        still = (titles(vault), vault.check().ok)
        lift_file_size_limit()  # space freed
        add_entry(vault, "after space was freed")
        vault.close()
        return {"refused": refused, "still": still}

    result = in_child(scenario)
    assert result["refused"] is not None, "the write past the limit should have been refused"
    message, problem = result["refused"]
    kind(message)
    assert problem in (Problem.FULL, Problem.IO)
    assert result["still"] == (set(COMMITTED), True)  # the open vault carried on
    assert reopened_titles(vault_dir) == {*COMMITTED, "after space was freed"}
    assert strays(vault_dir) == []


def test_creating_a_vault_on_a_full_disk_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "new" / "vault"

    def scenario() -> str:
        limit_file_size(4096)
        try:
            Vault.create(target, PASSPHRASE, kdf=FAST_KDF)
        except VaultError as err:
            return str(err)
        return ""

    message = in_child(scenario)
    assert message, "creating should have been refused"
    assert "Nothing was made" in message
    kind(message)
    assert not (tmp_path / "new").exists()  # not even the folders it made
    Vault.create(target, PASSPHRASE, kdf=FAST_KDF)[0].close()  # and the way stays clear


def test_passphrase_copy_and_backup_on_a_full_disk_leave_nothing_half_written(
    vault_dir: Path, tmp_path: Path
) -> None:
    commit_some(vault_dir)
    key_before = (vault_dir / "vault.key").read_bytes()
    plan = SafetyPlan(items={Step.WARNING_SIGNS: (SafetyItem(text="racing thoughts"),)})
    write_copy(vault_dir, plan, coded=False)
    copy_before = copy_path(vault_dir).read_bytes()
    out = tmp_path / "backups"
    out.mkdir()

    def scenario() -> dict[str, str]:
        said: dict[str, str] = {}
        limit_file_size(64)  # smaller than a key file, a copy or a backup
        try:
            change_passphrase(vault_dir, PASSPHRASE, "a new and longer passphrase", kdf=FAST_KDF)
        except VaultError as err:
            said["passphrase"] = str(err)
        bigger = SafetyPlan(items={Step.WARNING_SIGNS: (SafetyItem(text="x" * 500),)})
        try:
            write_copy(vault_dir, bigger, coded=False)
        except OSError as err:
            said["copy"] = str(problem_of(err))
        lift_file_size_limit()
        with Vault.unlock(vault_dir, PASSPHRASE) as vault:
            limit_file_size(64)
            for name, write in (
                ("backup", lambda: create_backup(vault, out / "a.wbbackup")),
                ("save_copy", lambda: save_copy(vault, out / "b.wbbackup")),
            ):
                try:
                    write()
                except (OSError, VaultError) as err:
                    said[name] = str(err) if isinstance(err, VaultError) else "OSError"
            lift_file_size_limit()
        return said

    said = in_child(scenario)
    # The change re-encrypts the database through SQLite (rekey.py), which says only
    # "disk I/O error" for EFBIG; a really full disk says "enough room" (the tmpfs test).
    assert "Nothing was changed" in said["passphrase"]
    assert "current passphrase" in said["passphrase"]
    kind(said["passphrase"])
    assert said["copy"] == str(Problem.FULL)
    assert "backup" in said  # (backup.py's own wording; see the report)
    # SQLite says only "disk I/O error" for EFBIG; a really full disk says "enough room"
    # (the tmpfs test below).
    assert "choose another place" in said["save_copy"]
    kind(said["save_copy"])
    assert (vault_dir / "vault.key").read_bytes() == key_before  # the old passphrase opens
    assert copy_path(vault_dir).read_bytes() == copy_before
    assert strays(vault_dir) == ["safety-plan-copy.json"]
    assert list(out.iterdir()) == []  # no half backup, no staging folder
    assert reopened_titles(vault_dir) == set(COMMITTED)


def _mount_tmpfs(where: Path, size: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
        capture_output=True,
    )
    return done.returncode == 0


def test_a_really_full_disk_says_so_and_saves_again_once_space_is_freed(
    tmp_path: Path,
) -> None:
    """Real ENOSPC on a tiny tmpfs, where mounting is allowed (skipped elsewhere)."""
    mount = tmp_path / "small-disk"
    if not _mount_tmpfs(mount, "3m"):
        pytest.skip("mounting a small file system is not allowed here")
    try:
        folder = mount / "vault"
        vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
        for title in COMMITTED:
            add_entry(vault, title)
        filler = mount / "filler"
        with filler.open("wb") as handle, contextlib.suppress(OSError):
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        with pytest.raises(VaultError) as refused:
            for n in range(200):  # the WAL has some room left in its last pages
                add_entry(vault, f"no room {n}", "x" * 20_000)
        assert problem_of(refused.value, folder) is Problem.FULL
        assert "disk is full" in str(refused.value).lower()
        kind(str(refused.value))
        with pytest.raises(VaultError, match="enough room"):
            vault.change_passphrase(PASSPHRASE, "another long passphrase", kdf=FAST_KDF)
        saved_before = titles(vault)
        assert set(COMMITTED) <= saved_before and vault.check().ok
        filler.unlink()
        add_entry(vault, "after space was freed")
        vault.close()
        assert reopened_titles(folder) == {*saved_before, "after space was freed"}
        assert strays(folder) == []
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


# A read-only folder (as an unprivileged user, so permissions hold)


def test_a_read_only_vault_opens_refuses_writes_kindly_and_keeps_everything(
    vault_dir: Path, nobody_dir: Path
) -> None:
    folder = vault_for_nobody(nobody_dir, vault_dir)

    def scenario() -> dict[str, Any]:
        os.chmod(folder / "vault.db", 0o400)
        vault = Vault.unlock(folder, PASSPHRASE)
        seen = titles(vault)
        try:
            add_entry(vault, "not allowed")
        except VaultError as err:
            refused = (str(err), problem_of(err, folder))
        else:
            refused = None
        still = (titles(vault), vault.check().ok)
        vault.close()
        return {"seen": seen, "refused": refused, "still": still}

    result = in_child(scenario, as_nobody=True)
    assert result["seen"] == set(COMMITTED)
    assert result["refused"] is not None
    message, problem = result["refused"]
    assert problem is Problem.READ_ONLY
    kind(message)
    assert result["still"] == (set(COMMITTED), True)
    restore_permissions(folder)
    assert reopened_titles(folder) == set(COMMITTED)
    assert strays(folder) == []


def test_unlocking_in_a_read_only_folder_is_refused_kindly(
    vault_dir: Path, nobody_dir: Path
) -> None:
    folder = vault_for_nobody(nobody_dir, vault_dir)

    def scenario() -> tuple[str, Problem | None]:
        os.chmod(folder, 0o500)  # no -wal or -shm can be made
        try:
            Vault.unlock(folder, PASSPHRASE).close()
        except VaultError as err:
            return str(err), problem_of(err, folder)
        return "", None

    message, problem = in_child(scenario, as_nobody=True)
    assert problem is Problem.READ_ONLY
    kind(message)
    restore_permissions(folder)
    assert reopened_titles(folder) == set(COMMITTED)


def test_a_folder_made_read_only_while_open_loses_nothing(
    vault_dir: Path, nobody_dir: Path, tmp_path: Path
) -> None:
    folder = vault_for_nobody(nobody_dir, vault_dir)
    key_before = (folder / "vault.key").read_bytes()

    def scenario() -> dict[str, str]:
        said: dict[str, str] = {}
        vault = Vault.unlock(folder, PASSPHRASE)
        os.chmod(folder, 0o500)
        for item in folder.iterdir():
            os.chmod(item, 0o400)
        add_entry(vault, "written while read-only")  # the open files still take it
        try:
            vault.change_passphrase(PASSPHRASE, "a new and longer passphrase", kdf=FAST_KDF)
        except VaultError as err:
            said["passphrase"] = str(err)
        try:
            write_copy(folder, SafetyPlan(), coded=False)
        except OSError as err:
            said["copy"] = str(problem_of(err))
        elsewhere = folder.parent / "backups"  # (never inside the vault folder: refused)
        elsewhere.mkdir()
        os.chmod(elsewhere, 0o500)
        try:
            create_backup(vault, elsewhere / "backup.wbbackup")
        except (OSError, VaultError) as err:
            said["backup"] = type(err).__name__
        vault.close()
        return said

    said = in_child(scenario, as_nobody=True)
    assert "can't write" in said["passphrase"] and "current passphrase" in said["passphrase"]
    kind(said["passphrase"])
    assert said["copy"] == str(Problem.READ_ONLY)
    assert "backup" in said
    restore_permissions(folder)
    assert (folder / "vault.key").read_bytes() == key_before
    assert strays(folder) == []
    assert reopened_titles(folder) == {*COMMITTED, "written while read-only"}


def test_creating_a_vault_in_a_read_only_folder_makes_nothing(nobody_dir: Path) -> None:
    parent = nobody_dir / "documents"
    parent.mkdir()
    give_to_nobody(nobody_dir)

    def scenario() -> str:
        os.chmod(parent, 0o500)
        try:
            Vault.create(parent / "vault", PASSPHRASE, kdf=FAST_KDF)
        except VaultError as err:
            return str(err)
        return ""

    message = in_child(scenario, as_nobody=True)
    assert "can't write in that folder" in message and "Nothing was made" in message
    kind(message)
    assert list(parent.iterdir()) == []


def test_a_vault_on_a_read_only_mount_is_refused_as_read_only(
    vault_dir: Path, tmp_path: Path
) -> None:
    """Real EROFS: SQLite only says "unable to open"; the folder itself says read-only."""
    mount = tmp_path / "write-protected"
    if not _mount_tmpfs(mount, "4m"):
        pytest.skip("mounting a small file system is not allowed here")
    try:
        folder = mount / "vault"
        shutil.copytree(vault_dir, folder)
        commit_some(folder)
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        with pytest.raises(VaultError) as refused:
            Vault.unlock(folder, PASSPHRASE)
        assert problem_of(refused.value, folder) is Problem.READ_ONLY
        with pytest.raises(VaultError, match="can't write in the vault folder"):
            change_passphrase(folder, PASSPHRASE, "another long passphrase", kdf=FAST_KDF)
        subprocess.run(["mount", "-o", "remount,rw", str(mount)], check=True)
        assert reopened_titles(folder) == set(COMMITTED)
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_the_folder_itself_says_what_is_wrong(tmp_path: Path, nobody_dir: Path) -> None:
    assert diagnose(tmp_path) is None
    assert diagnose(tmp_path / "not there") is Problem.GONE
    locked_away = nobody_dir / "locked away"
    locked_away.mkdir()
    give_to_nobody(nobody_dir)

    def as_nobody() -> Problem | None:
        os.chmod(locked_away, 0o500)
        return diagnose(locked_away)

    assert in_child(as_nobody, as_nobody=True) is Problem.READ_ONLY


# The vault folder vanishing while open


def test_an_open_vault_knows_when_its_folder_is_gone_and_when_it_is_back(
    vault_dir: Path, tmp_path: Path
) -> None:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert vault.folder_is_there()
        moved = tmp_path / "moved"
        os.rename(vault_dir, moved)
        assert not vault.folder_is_there()
        os.rename(moved, vault_dir)  # the same drive plugged back in: the same file
        assert vault.folder_is_there()
        shutil.copytree(vault_dir, moved)
        os.rename(vault_dir, tmp_path / "aside")
        os.rename(moved, vault_dir)  # a copy in its place is not the file this vault writes
        assert not vault.folder_is_there()
    finally:
        vault.close()


def test_a_vault_whose_folder_was_deleted_is_saved_whole_in_a_copy(
    vault_dir: Path, tmp_path: Path
) -> None:
    commit_some(vault_dir)
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    add_entry(vault, "written just before")
    shutil.rmtree(vault_dir)  # deleted while open: only the open files hold it now
    assert not vault.folder_is_there()
    rescue = tmp_path / "rescue"
    rescue.mkdir()
    with pytest.raises(VaultError, match="isn't there any more"):
        save_copy(vault, tmp_path / "no such folder" / "copy.wbbackup")
    save_copy(vault, rescue / "copy.wbbackup")
    vault.close()
    assert [p.name for p in rescue.iterdir()] == ["copy.wbbackup"]  # no staging left
    restore_backup(rescue / "copy.wbbackup", vault_dir, passphrase=PASSPHRASE)
    assert reopened_titles(vault_dir) == {*COMMITTED, "written just before"}


def test_a_copy_after_a_passphrase_change_opens_with_the_new_passphrase(
    vault_dir: Path, tmp_path: Path
) -> None:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    add_entry(vault, "kept")
    vault.change_passphrase(PASSPHRASE, "the new passphrase here", kdf=FAST_KDF)
    vault.key_file_bytes()  # read while the folder is there, as the app does each copy
    os.rename(vault_dir, tmp_path / "elsewhere")
    save_copy(vault, tmp_path / "copy.wbbackup")
    vault.close()
    with pytest.raises(WrongPassphraseError):
        restore_backup(tmp_path / "copy.wbbackup", tmp_path / "restored", passphrase=PASSPHRASE)
    restore_backup(
        tmp_path / "copy.wbbackup", tmp_path / "restored", passphrase="the new passphrase here"
    )
    assert reopened_titles(tmp_path / "restored", "the new passphrase here") == {"kept"}


def test_a_copy_that_cannot_be_written_leaves_nothing_and_says_why(
    vault_dir: Path, tmp_path: Path
) -> None:
    commit_some(vault_dir)
    out = tmp_path / "out"
    out.mkdir()

    def scenario() -> str:
        with Vault.unlock(vault_dir, PASSPHRASE) as vault:
            limit_file_size(8192)
            try:
                save_copy(vault, out / "copy.wbbackup")
            except VaultError as err:
                return str(err)
            finally:
                lift_file_size_limit()
        return ""

    message = in_child(scenario)
    assert "Nothing was written there; choose another place" in message
    kind(message)
    assert list(out.iterdir()) == []
    assert reopened_titles(vault_dir) == set(COMMITTED)


# A second opener


def test_a_second_opener_changes_nothing_and_the_first_writes_on(vault_dir: Path) -> None:
    commit_some(vault_dir)
    first = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        before = {name: (vault_dir / name).read_bytes() for name in ("vault.key", "vault.db")}
        with pytest.raises(VaultInUseError) as refused:
            Vault.unlock(vault_dir, PASSPHRASE)
        kind(str(refused.value))
        assert {name: (vault_dir / name).read_bytes() for name in before} == before
        add_entry(first, "the first app writes on")
    finally:
        first.close()

    def second_process() -> str:
        try:
            Vault.unlock(vault_dir, PASSPHRASE).close()
        except VaultInUseError as err:
            return str(err)
        return "opened"

    holder = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert "already open" in in_child(second_process)
    finally:
        holder.close()
    assert in_child(second_process) == "opened"
    assert reopened_titles(vault_dir) == {*COMMITTED, "the first app writes on"}
