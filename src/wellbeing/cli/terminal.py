"""What the command line asks and says on the terminal besides a command's result:
passphrases (without echo on a terminal, else one a line from standard input) and how
far an import got (on standard error)."""

from __future__ import annotations

import getpass
from typing import TextIO

from ..domain.errors import ValidationError


class Prompter:
    """Passphrases: without echo on a terminal, otherwise one a line from stdin."""

    def __init__(self, stdin: TextIO, stderr: TextIO) -> None:
        self._stdin = stdin
        self._stderr = stderr
        self._tty = stdin.isatty()

    def ask(self, prompt: str) -> str:
        if self._tty:
            return getpass.getpass(prompt, stream=self._stderr)
        line = self._stdin.readline()
        if not line:
            raise ValidationError("Expected a passphrase on standard input, one a line.")
        return line.rstrip("\r\n")

    def new_passphrase(self, prompt: str = "New passphrase: ") -> str:
        passphrase = self.ask(prompt)
        if not passphrase.strip():
            raise ValidationError("The passphrase cannot be empty.")
        if self._tty and self.ask("Type it again: ") != passphrase:
            raise ValidationError("The two passphrases are not the same. Nothing was changed.")
        return passphrase


#: Without a terminal (a log, a pipe), an import says how far it got every this many.
IMPORT_PROGRESS_EVERY = 100_000
_IMPORT_STAGES = {"read": "Reading the file", "check": "Checking the entries", "add": "Adding"}


class ImportProgress:
    """How far an import got, on standard error: on a terminal one line per stage that
    updates itself; otherwise a line every :data:`IMPORT_PROGRESS_EVERY` lines checked
    or entries added, so a large import is never silent and a small one stays quiet."""

    def __init__(self, stream: TextIO) -> None:
        self._stream, self._tty = stream, stream.isatty()
        self._said: dict[str, int] = {}  # stage: the percent (terminal) or step said last
        self._open = ""  # the stage whose line is still open (terminal)

    def __call__(self, stage: str, done: int, total: int) -> None:
        if done <= 0:  # "add" starts before the passphrase is asked: not on its line
            return
        label = _IMPORT_STAGES.get(stage, stage)
        if self._tty:
            step, before = min(100, done * 100 // max(total, 1)), self._said.get(stage, -1)
        else:  # reading is quick; checking and adding a million lines are not
            step, before = done // IMPORT_PROGRESS_EVERY, self._said.get(stage, 0)
        if step <= before or (stage == "read" and not self._tty):
            return
        self._said[stage] = step
        if self._tty:
            if self._open != stage:
                self.end_line()
            self._stream.write(f"\r{label}… {step}%")
            self._open = stage
            if done >= total:
                self.end_line()
        else:
            self._stream.write(f"{label}: {done:,} of {total:,}\n")
        self._stream.flush()

    def end_line(self) -> None:
        if self._open:
            self._stream.write("\n")
            self._stream.flush()
            self._open = ""
