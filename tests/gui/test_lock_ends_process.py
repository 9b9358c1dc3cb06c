"""After a lock no process of the app holds the passphrase, a key or decrypted text.

A real app process (offscreen, its own home and settings under ``tmp_path``) opens a
vault holding a canary journal entry: the passphrase is typed into the unlock page, the
entry is opened in the journal. Then the vault is locked (the Lock button, as Ctrl+L,
or Esc twice, a quick exit), and the process's whole memory is read from outside
(``/proc/PID/maps`` + ``/proc/PID/mem``) and searched for the canary (UTF-8 and UTF-16),
the passphrase, the data key (raw bytes, and in hex as in ``PRAGMA key``) and the
Argon2id output.

With the app's policy (``wellbeing.app.LockEndsProcess``) the locking process has
become a fresh ``python -m wellbeing`` (same process id, so whatever watches it still
sees the app) showing the unlock page, and none of them is there. With the policy off
(the lock of the code before), the same search finds them: the test can tell.

Reading another process's memory takes ptrace permission. The app makes itself
undumpable (``prctl(PR_SET_DUMPABLE, 0)``), which leaves that permission to a process
with CAP_SYS_PTRACE (root): a test running as root reads the hardened app as it ships;
any other test run sets ``WELLBEING_TEST_KEEP_DUMPABLE=1`` so its own child stays
readable (the test is the parent, which Yama's ptrace scope 1 allows).
"""

from __future__ import annotations

import ctypes
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from wellbeing.domain.journal import JournalEntry
from wellbeing.hardening import KEEP_DUMPABLE_ENV
from wellbeing.vault.keyfile import KeyFile, derive_passphrase_key
from wellbeing.vault.vault import Vault

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/mem"),
]

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("lock_driver.py")
CANARY = "Quillon-Marmalade-Sundial-4471"
PASSPHRASE = "violet harbour mackerel 8812"
WAIT_S = 60


@dataclass
class Secrets:
    folder: Path
    data_key: bytes
    argon2: bytes

    def needles(self) -> dict[str, bytes]:
        return {
            "canary utf-8": CANARY.encode("utf-8"),
            "canary utf-16": CANARY.encode("utf-16-le"),
            "passphrase utf-8": PASSPHRASE.encode("utf-8"),
            "passphrase utf-16": PASSPHRASE.encode("utf-16-le"),
            "data key": self.data_key,
            "data key hex": self.data_key.hex().encode("ascii"),
            "data key HEX": self.data_key.hex().upper().encode("ascii"),
            "Argon2id output": self.argon2,
            "Argon2id output hex": self.argon2.hex().encode("ascii"),
        }


@pytest.fixture
def secrets(tmp_path: Path) -> Secrets:
    """A vault with one journal entry holding the canary; its keys, known to the test."""
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    try:
        vault.journal.add(
            JournalEntry(
                id=None,
                title=f"{CANARY} title",
                body=f"A quiet evening. {CANARY} body.",
                created_at=datetime(2024, 5, 6, 20, 0, tzinfo=UTC),
            )
        )
    finally:
        vault.close()
    keyfile = KeyFile.from_bytes((folder / "vault.key").read_bytes())
    slot = next(s for s in keyfile.slots if s["type"] == "passphrase")
    kdf = slot["kdf"]
    from wellbeing.vault.keyfile import KdfParams, _unb64

    params = KdfParams(kdf["memory_kib"], kdf["iterations"], kdf["lanes"])
    return Secrets(
        folder,
        bytes(keyfile.open_with_passphrase(PASSPHRASE)),
        bytes(derive_passphrase_key(PASSPHRASE, _unb64(kdf["salt"]), params)),
    )


def _can_read_undumpable() -> bool:
    """CAP_SYS_PTRACE in the effective set (bit 19)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("CapEff:"):
            return bool(int(line.split()[1], 16) & (1 << 19))
    return False


class AppProcess:
    def __init__(self, tmp_path: Path, folder: Path, *extra: str) -> None:
        env = dict(os.environ)
        home = tmp_path / "home"
        env.update(
            QT_QPA_PLATFORM="offscreen",
            HOME=str(home),
            WELLBEING_HOME=str(home / "wellbeing"),
            XDG_CONFIG_HOME=str(home / "xdg-config"),
            XDG_DATA_HOME=str(home / "xdg-data"),
            XDG_CACHE_HOME=str(home / "xdg-cache"),
            XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
            WELLBEING_LANGUAGE="en",
            PYTHONPATH=os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")]),
        )
        (tmp_path / "runtime").mkdir(mode=0o700, exist_ok=True)
        env.pop(KEEP_DUMPABLE_ENV, None)
        if not _can_read_undumpable():
            env[KEEP_DUMPABLE_ENV] = "1"
        self.errors = (tmp_path / "app-stderr.txt").open("w")  # never a pipe that fills up
        command = [sys.executable, str(DRIVER), *extra, "--vault", str(folder), "--report-state"]
        self.proc = subprocess.Popen(
            command,
            cwd=tmp_path,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.strip())
        self.lines.put("<exited>")

    def expect(self, wanted: str) -> None:
        seen = []
        while True:
            try:
                line = self.lines.get(timeout=WAIT_S)
            except queue.Empty:
                raise AssertionError(f"no {wanted!r} from the app; it said {seen}") from None
            seen.append(line)
            if line == wanted:
                return
            if line == "<exited>" or line.startswith("unlock failed"):
                err = Path(self.errors.name).read_text()
                raise AssertionError(f"no {wanted!r} from the app; it said {seen}\n{err}")

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    @property
    def command_line(self) -> list[str]:
        raw = Path(f"/proc/{self.proc.pid}/cmdline").read_bytes()
        return raw.rstrip(b"\0").decode().split("\0")

    def memory(self) -> Iterator[bytes]:
        """Every readable mapping of the process, as it is now."""
        pid = self.proc.pid
        with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", 0) as mem:
            for line in maps:
                fields = line.split()
                if not fields[1].startswith("r") or (len(fields) > 5 and fields[5] == "[vvar]"):
                    continue
                start, end = (int(x, 16) for x in fields[0].split("-"))
                try:
                    mem.seek(start)
                    yield mem.read(end - start)
                except (OSError, ValueError, OverflowError):
                    continue  # a mapping that cannot be read (device memory)

    def found(self, needles: dict[str, bytes]) -> dict[str, int]:
        counts = dict.fromkeys(needles, 0)
        for chunk in self.memory():
            for name, needle in needles.items():
                counts[name] += chunk.count(needle)
        return {name: n for name, n in counts.items() if n}

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=WAIT_S)
        self.errors.close()


@pytest.fixture
def start_app(tmp_path: Path) -> Iterator:
    started: list[AppProcess] = []

    def start(folder: Path, *extra: str) -> AppProcess:
        app = AppProcess(tmp_path, folder, *extra)
        started.append(app)
        return app

    yield start
    for app in started:
        app.stop()


def _open_the_entry(app: AppProcess, secrets: Secrets) -> None:
    app.expect("shown unlock")
    app.send(f"unlock {PASSPHRASE}")
    app.expect("unlocked")
    app.send("journal")
    app.expect("journal")
    held = app.found(secrets.needles())
    # The search works: while unlocked, the open entry and the key are in memory.
    assert {"canary utf-16", "passphrase utf-8"} <= set(held), held
    assert {"data key", "data key hex"} & set(held), held


@pytest.mark.parametrize("how", ["lock", "quick"])
def test_after_a_lock_no_process_of_the_app_holds_a_secret(
    start_app, secrets: Secrets, how: str
) -> None:
    app = start_app(secrets.folder)
    _open_the_entry(app, secrets)
    before = app.command_line
    app.send(how)
    app.expect("locked")
    # The same process, now a fresh start of the app showing the unlock page; after a
    # quick exit it stays out of sight.
    app.expect("shown unlock minimised" if how == "quick" else "shown unlock")
    assert app.proc.poll() is None
    assert str(DRIVER) in before
    assert app.command_line[1:3] == ["-m", "wellbeing"]
    assert "--vault" not in app.command_line  # the folder is passed on privately
    assert app.found(secrets.needles()) == {}


def test_a_lock_that_keeps_the_process_leaves_them_all_in_memory(
    start_app, secrets: Secrets
) -> None:
    """The lock of the code before: the same search finds what the fresh process lacks."""
    app = start_app(secrets.folder, "--no-restart")
    _open_the_entry(app, secrets)
    app.send("lock")
    app.expect("locked")
    held = app.found(secrets.needles())
    print("a memory read after a lock without restart finds:", held)
    assert {"canary utf-8", "canary utf-16", "passphrase utf-8"} <= set(held), held


def test_the_app_makes_itself_undumpable() -> None:
    """``prctl(PR_SET_DUMPABLE, 0)`` at every start (exec makes a process dumpable again)."""
    script = (
        "import ctypes\n"
        "from wellbeing.__main__ import main\n"
        "main(['--version'])\n"
        "print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))\n"  # PR_GET_DUMPABLE
    )
    env = {k: v for k, v in os.environ.items() if k != KEEP_DUMPABLE_ENV}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    assert done.stdout.strip().splitlines()[-1] == "0", done.stderr
    assert ctypes.CDLL(None).prctl(3, 0, 0, 0, 0) == 1  # this test process is untouched
