"""A process killed with SIGKILL at any moment loses nothing it had committed.

A child process writes in a loop and prints what it committed, each line only after the
commit returned; the parent kills it with SIGKILL at random (seeded) moments, over many
cycles. After every kill the vault must unlock, pass its checks, and hold everything
the child reported — and nothing else but the one write that was in flight.

Some cycles kill the child while it makes backups (every backup it reported is whole
and verifies; no half-written file is left under a backup's name) or changes the
passphrase over and over (the key file is rewritten each time: the vault must always
open with the old passphrase or the new one, never with neither).
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing.domain.errors import WrongPassphraseError
from wellbeing.domain.goals import Goal
from wellbeing.domain.routines import Routine, Schedule
from wellbeing.vault.backup import BackupDamagedError, read_backup, restore_backup
from wellbeing.vault.interrupted import recover
from wellbeing.vault.vault import DB_FILE, KEY_FILE, Vault

OTHER = "a second passphrase, for the kill test"
#: The routine started long ago: check-in n is for n days before 2025 (never the future).
DAY0 = date(1000, 1, 1)
#: Fixed, so a failure can be replayed exactly.
SEED = 20261121
CYCLES = 44

#: A process that imports everything once, then forks one writer per cycle: a fresh
#: interpreter per cycle would spend most of the test starting up.
ZYGOTE = textwrap.dedent(
    """
    import os, sys, traceback
    from datetime import UTC, date, datetime, timedelta
    from pathlib import Path
    from wellbeing.domain.goals import Goal
    from wellbeing.domain.journal import JournalEntry
    from wellbeing.domain.routines import CheckIn, CheckInStatus
    from wellbeing.domain.values import Value
    from wellbeing.vault.backup import create_backup
    from wellbeing.vault.keyfile import MIN_MEMORY_KIB, KdfParams
    from wellbeing.vault.vault import Vault, change_passphrase

    LAST = date(2025, 1, 1)

    def say(*words):
        print(*words, flush=True)  # only ever after the work it reports has returned

    def work(mode, folder, passphrase, n, extra=""):
        folder, n = Path(folder), int(n)
        if mode == "passwd":
            fast = KdfParams(memory_kib=MIN_MEMORY_KIB, iterations=1)
            say("ready")
            while True:
                change_passphrase(folder, passphrase, extra, kdf=fast)
                passphrase, extra = extra, passphrase
                say("p", passphrase)
        vault = Vault.unlock(folder, passphrase)
        say("ready")
        if mode == "backup":
            while True:
                create_backup(vault, Path(extra) / f"b{n}.wbbackup")
                say("b", n)
                n += 1
        goal = vault.goals.list()[0]
        while True:
            kind = n % 4
            if kind == 0:
                with vault.transaction():  # an entry and a value: one commit, or none
                    vault.journal.add(JournalEntry(None, f"entry {n}", "x " * 200,
                                                   created_at=datetime.now(UTC)))
                    vault.values.add(Value(None, f"value {n}"))
            elif kind == 1:
                vault.journal.add(JournalEntry(None, f"entry {n}", "y " * 50,
                                               created_at=datetime.now(UTC)))
            elif kind == 2:
                goal = vault.goals.update(Goal(**{**goal.__dict__, "title": f"goal {n}"}))
            else:
                vault.routines.check_in(CheckIn(1, LAST - timedelta(days=n),
                                                CheckInStatus.DONE, f"check {n}"))
            say(kind, n)
            n += 1

    for line in sys.stdin:
        command, *args = line.rstrip("\\n").split("\\t")
        if command == "run":
            pid = os.fork()
            if pid == 0:
                try:
                    sys.stdout = sys.stderr = open(args[0], "w", buffering=1)
                    work(*args[1:])
                except BaseException:
                    traceback.print_exc()
                    sys.stdout.flush()
                finally:
                    os._exit(1)
            print(pid, flush=True)
        elif command == "reap":
            print(os.waitpid(int(args[0]), 0)[1], flush=True)
    """
)


class Zygote:
    """Runs writers in child processes and kills them."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ},
        )

    def _ask(self, *words: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("\t".join(words) + "\n")
        self.process.stdin.flush()
        reply = self.process.stdout.readline()
        assert reply, "the process that starts the writers has stopped"
        return reply.strip()

    def run_and_kill(self, log: Path, args: list[str], delay: float) -> list[list[str]]:
        """Start a writer, let it work ``delay`` seconds after it is ready, SIGKILL it;
        every line it printed (each printed only after its work returned)."""
        pid = int(self._ask("run", str(log), *args))
        text = ""
        for _ in range(15_000):  # looks ~2 ms apart: a writer not ready by then never starts
            if text.startswith("ready\n"):
                break
            assert "Traceback" not in text, text
            time.sleep(0.002)
            text = log.read_text() if log.exists() else ""
        else:
            raise AssertionError(text or "no start")
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        status = int(self._ask("reap", str(pid)))
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, log.read_text()
        text = log.read_text()
        assert "Traceback" not in text, text  # the writer itself never failed
        log.unlink()
        return [line.split() for line in text.splitlines()[1:]]

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)


@dataclass
class Ledger:
    """What the children reported committed, and the state the parent expects."""

    passphrase: str = PASSPHRASE
    entries: set[int] = field(default_factory=set)
    values: set[int] = field(default_factory=set)
    goal: int = -1
    check_ins: set[int] = field(default_factory=set)
    backups: set[int] = field(default_factory=set)
    next_n: int = 0
    kills: dict[str, int] = field(default_factory=dict)


def _numbers(texts: list[str], prefix: str) -> set[int]:
    pattern = re.compile(rf"^{prefix} (\d+)$")
    return {int(m.group(1)) for t in texts if (m := pattern.match(t))}


def _check_writes(vault: Vault, ledger: Ledger, in_flight: int) -> None:
    """Every reported write is there; nothing else but the write in flight."""
    assert vault.check().ok
    entries = _numbers([e.title for e in vault.journal.recent(limit=10**9)], "entry")
    values = _numbers([v.name for v in vault.values.list()], "value")
    (goal,) = vault.goals.list()
    check_ins = _numbers([r["note"] for r in vault.db.all("SELECT note FROM check_ins")], "check")
    assert ledger.entries <= entries, f"lost entries {sorted(ledger.entries - entries)[:5]}"
    assert ledger.values <= values, f"lost values {sorted(ledger.values - values)[:5]}"
    assert ledger.check_ins <= check_ins, f"lost check-ins {sorted(ledger.check_ins - check_ins)}"
    goal_n = _numbers([goal.title], "goal") or {-1}
    assert max(goal_n) >= ledger.goal, "the goal lost a committed edit"
    extra = (
        (entries - ledger.entries)
        | (values - ledger.values)
        | (check_ins - ledger.check_ins)
        | (goal_n - {ledger.goal})
    )
    assert extra <= {in_flight}, f"writes nobody committed: {sorted(extra)[:5]}"
    # The entry and the value it was committed with: both or neither.
    assert {n for n in entries if n % 4 == 0} == values
    ledger.entries, ledger.values, ledger.check_ins = entries, values, check_ins
    ledger.goal = max(goal_n)


Run = Callable[[list[str], float], list[list[str]]]


def _writes_cycle(run: Run, folder: Path, ledger: Ledger) -> None:
    lines = run(["writes", str(folder), ledger.passphrase, str(ledger.next_n)], 0.35)
    for kind, n in ((int(k), int(n)) for k, n in lines):
        if kind in (0, 1):
            ledger.entries.add(n)
        if kind == 0:
            ledger.values.add(n)
        if kind == 2:
            ledger.goal = n
        if kind == 3:
            ledger.check_ins.add(n)
    in_flight = ledger.next_n + len(lines)
    with Vault.unlock(folder, ledger.passphrase) as vault:
        _check_writes(vault, ledger, in_flight)
    ledger.next_n = in_flight + 1


def _backup_cycle(run: Run, folder: Path, ledger: Ledger, out: Path, restore_to: Path) -> None:
    start = ledger.next_n
    lines = run(["backup", str(folder), ledger.passphrase, str(start), str(out)], 0.5)
    reported = {int(n) for _, n in lines}
    ledger.backups |= reported
    ledger.next_n = start + len(reported) + 1
    for n in ledger.backups:  # every reported backup is whole and verifies
        read_backup(out / f"b{n}.wbbackup")
    for item in out.iterdir():
        if item.name.startswith("."):
            continue  # a temp file or folder of the one backup in flight (hidden)
        try:
            read_backup(item)  # a file under a backup's name is never half-written
        except BackupDamagedError as err:
            raise AssertionError(f"{item.name} is a half-written backup") from err
    if reported:  # and the newest opens: restore it and look inside
        newest = out / f"b{max(reported)}.wbbackup"
        restore_backup(newest, restore_to, passphrase=ledger.passphrase)
        with Vault.unlock(restore_to, ledger.passphrase) as restored:
            assert restored.check().ok
    with Vault.unlock(folder, ledger.passphrase) as vault:
        _check_writes(vault, ledger, in_flight=-1)


def _passwd_cycle(run: Run, folder: Path, ledger: Ledger) -> None:
    other = OTHER if ledger.passphrase == PASSPHRASE else PASSPHRASE
    lines = run(["passwd", str(folder), ledger.passphrase, "0", other], 0.6)
    if lines:
        ledger.passphrase = " ".join(lines[-1][1:])  # "p" and the passphrase now in use
    candidates = [ledger.passphrase, OTHER if ledger.passphrase == PASSPHRASE else PASSPHRASE]
    recover(folder)  # the next start finishes or rolls back a change killed part-way
    for passphrase in candidates:
        try:
            vault = Vault.unlock(folder, passphrase)
        except WrongPassphraseError:
            continue
        with vault:
            _check_writes(vault, ledger, in_flight=-1)
        ledger.passphrase = passphrase
        break
    else:
        raise AssertionError("the vault opens with neither the old nor the new passphrase")
    stale = sorted(p.name for p in folder.iterdir() if p.name not in (KEY_FILE, DB_FILE))
    assert all(name.startswith(f".{KEY_FILE}.") or name.startswith(DB_FILE) for name in stale)


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_committed(vault_dir: Path, tmp_path: Path) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.goals.add(Goal(None, "goal start"))
        vault.routines.add(Routine(None, "stretch", Schedule.daily(), started_on=DAY0))
    out = tmp_path / "backups"
    out.mkdir()
    rng = random.Random(SEED)
    ledger = Ledger()
    zygote = Zygote()
    log = tmp_path / "writer.log"

    def run(args: list[str], longest: float) -> list[list[str]]:
        return zygote.run_and_kill(log, args, rng.uniform(0.0, longest))

    started = time.monotonic()
    try:
        for cycle in range(CYCLES):
            mode = {3: "backup", 5: "passwd"}.get(cycle % 7, "writes")
            ledger.kills[mode] = ledger.kills.get(mode, 0) + 1
            try:
                if mode == "writes":
                    _writes_cycle(run, vault_dir, ledger)
                elif mode == "backup":
                    _backup_cycle(run, vault_dir, ledger, out, tmp_path / f"restored-{cycle}")
                else:
                    _passwd_cycle(run, vault_dir, ledger)
            except AssertionError as err:
                raise AssertionError(f"cycle {cycle} ({mode}): {err}") from err
    finally:
        zygote.close()
    took = time.monotonic() - started
    leftovers = [p.name for p in (*out.iterdir(), *vault_dir.iterdir()) if p.name[0] == "."]
    print(f"{CYCLES} kills {ledger.kills} in {took:.1f} s; {len(ledger.entries)} entries;")
    print(f"{len(ledger.backups)} backups; hidden leftovers of killed writes: {leftovers}")
    assert len(ledger.entries) > 200 and len(ledger.check_ins) > 50 and ledger.goal > 0
    assert ledger.backups, "no backup was ever completed between kills"
    assert ledger.kills["passwd"] >= 5 and ledger.kills["backup"] >= 5
