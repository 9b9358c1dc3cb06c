"""Headless subcommands. Imports no Qt, so it runs on a machine without a display.

Exit codes: 0 done; 1 the vault is damaged (check); 2 wrong usage; 3 wrong passphrase or
recovery key; 4 damaged vault or backup; 5 no vault; 6 bad input; 7 any other vault problem.
Every error is one line on stderr, and nothing is written when a command fails.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TextIO

from . import __version__
from .domain.errors import (
    DatabaseDamagedError,
    KeyFileDamagedError,
    ValidationError,
    VaultError,
    VaultExistsError,
    VaultNotFoundError,
    WellbeingError,
    WrongPassphraseError,
)
from .paths import vault_dir
from .vault.backup import BackupDamagedError, create_backup, read_backup, restore_backup
from .vault.keyfile import MIN_MEMORY_KIB, KdfParams
from .vault.vault import Vault, change_passphrase, read_key_file

EXIT_CODES: list[tuple[type[Exception], int]] = [
    (WrongPassphraseError, 3),
    (KeyFileDamagedError, 4),
    (BackupDamagedError, 4),
    (DatabaseDamagedError, 4),
    (VaultNotFoundError, 5),
    (ValidationError, 6),
    (VaultExistsError, 7),
    (VaultError, 7),
    (WellbeingError, 7),
]


def _kdf_override() -> KdfParams | None:
    """``WELLBEING_KDF=minimum`` (tests, benchmarks): 64 MiB, one pass — still the floor."""
    if os.environ.get("WELLBEING_KDF") == "minimum":
        return KdfParams(memory_kib=MIN_MEMORY_KIB, iterations=1)
    return None


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


def _open(args: argparse.Namespace, prompter: Prompter) -> Vault:
    folder = vault_dir(args.vault)
    read_key_file(folder)  # no vault, or a damaged one: say so before asking anything
    if getattr(args, "recovery", False):
        return Vault.unlock(folder, recovery_key=prompter.ask("Recovery key: "))
    return Vault.unlock(folder, prompter.ask("Passphrase: "))


def cmd_init(args: argparse.Namespace, prompter: Prompter, out: TextIO) -> int:
    folder = vault_dir(args.vault)
    if folder.exists() and any(folder.iterdir()):
        raise VaultExistsError(
            "There is already something at {folder}; it was left as is.", folder=folder
        )
    passphrase = prompter.new_passphrase()
    vault, recovery_key = Vault.create(folder, passphrase, kdf=_kdf_override())
    vault.close()
    out.write(
        f"Created a new vault at {folder}.\n\n"
        "Your recovery key (shown only this once; it opens the vault if the passphrase is\n"
        "forgotten, so keep it somewhere safe and private, away from this computer):\n\n"
        f"    {recovery_key}\n\n"
    )
    return 0


def cmd_passwd(args: argparse.Namespace, prompter: Prompter, out: TextIO) -> int:
    folder = vault_dir(args.vault)
    read_key_file(folder)
    if args.recovery:
        recovery_key = prompter.ask("Recovery key: ")
        new = prompter.new_passphrase()
        change_passphrase(folder, "", new, recovery_key=recovery_key, kdf=_kdf_override())
    else:
        current = prompter.ask("Current passphrase: ")
        new = prompter.new_passphrase()
        change_passphrase(folder, current, new, kdf=_kdf_override())
    out.write("The passphrase is changed. The old one no longer opens the vault.\n")
    return 0


def cmd_import(args: argparse.Namespace, prompter: Prompter, out: TextIO) -> int:
    from .vault.journal_import import import_journal_file

    path = Path(args.file)
    if not path.is_file():
        raise ValidationError("There is no file at {path}.", path=path)
    # The file is read and checked in full before the passphrase is asked for.
    fmt = getattr(args, "format", "auto") or "auto"
    count, skipped = import_journal_file(path, fmt, lambda: _open(args, prompter))
    message = f"Imported {count} journal entr{'y' if count == 1 else 'ies'}."
    if skipped:
        message += f" Skipped {skipped} already in the journal (same time and same text)."
    out.write(message + "\n")
    return 0


def cmd_export(args: argparse.Namespace, prompter: Prompter, out: TextIO) -> int:
    target = Path(args.out)
    if not target.parent.is_dir():
        raise ValidationError(
            "There is no folder {folder} to save the export in.", folder=target.parent
        )
    with _open(args, prompter) as vault:
        if args.format == "json":
            from .vault.exchange import write_json_export

            write_json_export(vault, target)
        elif args.format == "md":
            from .vault.exchange import write_markdown_export

            write_markdown_export(vault, target)
        else:
            plan = vault.safety_plan.get()
    if args.format == "pdf":
        from .printing.pdf import write_safety_plan_pdf  # Qt is loaded only for the PDF

        write_safety_plan_pdf(plan, target)
    out.write(
        f"Saved the export as {target}. This file is NOT encrypted; keep it somewhere private.\n"
    )
    return 0


def cmd_import_json(args: argparse.Namespace, prompter: Prompter, out: TextIO) -> int:
    from .vault.exchange import import_export

    path = Path(args.file)
    if not path.is_file():
        raise ValidationError("There is no file at {path}.", path=path)
    data = path.read_bytes()
    with _open(args, prompter) as vault:
        counts = import_export(vault, data)
    out.write(counts.describe() + "\n")
    return 0


def cmd_search(args: argparse.Namespace, prompter: Prompter, out: TextIO) -> int:
    limit = args.limit if args.limit is not None else 2**62
    with _open(args, prompter) as vault:
        matches = vault.journal.search(args.query, limit=limit)
    if args.json:
        json.dump(
            [
                {
                    "id": m.entry.id,
                    "at": _local(m.entry.created_at).isoformat(),
                    "edited": _local(m.entry.edited_at or m.entry.created_at).isoformat(),
                    "title": m.entry.title,
                    "body": m.entry.body,
                    "mood": m.entry.mood,
                    "tags": list(m.entry.tags),
                    "snippet": m.snippet,
                }
                for m in matches
            ],
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
        return 0
    if not matches:
        out.write("No entries match.\n")
    for m in matches:
        when = _local(m.entry.created_at).strftime("%Y-%m-%d %H:%M")
        title = m.entry.title or "(untitled)"
        out.write(f"{when}  {title}\n    {' '.join(m.snippet.split())}\n")
    return 0


def _local(moment: datetime) -> datetime:
    """Local time for display; a moment at the very edge of the calendar stays in UTC."""
    try:
        return moment.astimezone()
    except (OverflowError, ValueError):
        return moment


def cmd_check(args: argparse.Namespace, prompter: Prompter, out: TextIO) -> int:
    with _open(args, prompter) as vault:
        report = vault.check()
    if report.ok:
        out.write(
            "The vault is healthy: every page decrypts and verifies, and the database is "
            f"consistent (schema version {report.schema_version}).\n"
        )
        return 0
    out.write(
        "The vault is damaged: "
        f"{len(report.cipher_errors)} page(s) fail their encryption check and "
        f"{len(report.integrity_errors)} database consistency problem(s) were found. "
        "Nothing was changed; restore from a backup if you have one.\n"
    )
    return 1


def cmd_export_safety_plan(args: argparse.Namespace, prompter: Prompter, out: TextIO) -> int:
    target = Path(args.out)
    if target.is_dir():
        raise ValidationError(
            "{target} is a folder; name the PDF to save in it, such as {example}.",
            target=target,
            example=target / "safety-plan.pdf",
        )
    if not target.parent.is_dir():
        raise ValidationError(
            "There is no folder {folder} to save the PDF in.", folder=target.parent
        )
    with _open(args, prompter) as vault:
        plan = vault.safety_plan.get()
    from .printing.pdf import write_safety_plan_pdf  # Qt is loaded only for the PDF itself

    write_safety_plan_pdf(plan, target, card=args.card, coded=args.coded)
    out.write(
        f"Saved your safety plan as {target}. This file is not encrypted; "
        "keep it somewhere private.\n"
    )
    return 0


def cmd_backup(args: argparse.Namespace, prompter: Prompter, out: TextIO) -> int:
    target = Path(args.out).expanduser().absolute()
    if target.is_dir():
        raise ValidationError("{target} is a folder; name the backup file to write.", target=target)
    if target.exists():
        raise ValidationError(
            "There is already a file at {target}; it was left as is.", target=target
        )
    if not target.parent.is_dir():
        raise ValidationError(
            "There is no folder {folder} to save the backup in.", folder=target.parent
        )
    with _open(args, prompter) as vault:
        create_backup(vault, target)
    out.write(
        f"Saved an encrypted backup as {target}. It opens with the same passphrase or "
        "recovery key.\n"
    )
    return 0


def cmd_restore(args: argparse.Namespace, prompter: Prompter, out: TextIO) -> int:
    source = Path(args.backup).expanduser()
    folder = vault_dir(args.vault)
    info = read_backup(source)  # a damaged backup: say so before asking anything
    if args.recovery:
        restore_backup(source, folder, recovery_key=prompter.ask("Recovery key: "))
    else:
        restore_backup(source, folder, passphrase=prompter.ask("Passphrase of the backup: "))
    made = _local(info.created_at).strftime("%Y-%m-%d %H:%M")
    out.write(f"Restored the vault at {folder} from the backup made {made}.\n")
    return 0


def cmd_demo(args: argparse.Namespace, prompter: Prompter, out: TextIO) -> int:
    from .demo import PASSPHRASE, build_demo

    folder = vault_dir(args.vault)
    if folder.exists() and any(folder.iterdir()):
        raise VaultExistsError(
            "There is already something at {folder}; it was left as is.", folder=folder
        )
    build_demo(folder, days=args.days, kdf=_kdf_override())
    out.write(f"Made a demo vault of invented data at {folder}.\nIts passphrase is: {PASSPHRASE}\n")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Prompter, TextIO], int]] = {
    "init": cmd_init,
    "passwd": cmd_passwd,
    "import": cmd_import,
    "search": cmd_search,
    "check": cmd_check,
    "demo": cmd_demo,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "export-safety-plan": cmd_export_safety_plan,
    "export": cmd_export,
    "import-json": cmd_import_json,
}


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wellbeing",
        description="A private well-being plan and journal, encrypted on this computer. "
        "With no command, the app's window opens.",
    )
    parser.add_argument("--version", action="version", version=f"wellbeing {__version__}")
    parser.add_argument(
        "--vault", metavar="DIR", dest="vault_before_command", help=argparse.SUPPRESS
    )
    vault_opt = argparse.ArgumentParser(add_help=False)
    vault_opt.add_argument(
        "--vault", metavar="DIR", help="the vault folder (default: the app's data folder)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("init", parents=[vault_opt], help="create a vault; prints the recovery key")
    passwd = sub.add_parser("passwd", parents=[vault_opt], help="change the passphrase")
    passwd.add_argument(
        "--recovery",
        action="store_true",
        help="use the recovery key instead of the current passphrase",
    )
    imp = sub.add_parser(
        "import", parents=[vault_opt], help="add journal entries from a JSON Lines file"
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--format",
        choices=("auto", "jsonl", "jrnl", "dayone"),
        default="auto",
        help="JSON Lines, jrnl's 'jrnl --export json', or Day One's JSON export (or its "
        ".zip); told from the file itself unless given",
    )
    exp = sub.add_parser(
        "export", parents=[vault_opt], help="export everything (the file is NOT encrypted)"
    )
    exp.add_argument("--format", choices=("json", "md", "pdf"), required=True)
    exp.add_argument("out", metavar="OUT")
    imp_json = sub.add_parser(
        "import-json", parents=[vault_opt], help="read a JSON export into an empty vault"
    )
    imp_json.add_argument("file", metavar="FILE")
    search = sub.add_parser("search", parents=[vault_opt], help="search the journal")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument("--limit", type=_positive, metavar="N", help="at most N entries")
    check = sub.add_parser("check", parents=[vault_opt], help="verify the vault")
    demo = sub.add_parser(
        "demo", parents=[vault_opt], help="make a vault of invented data (passphrase: demo)"
    )
    demo.add_argument(
        "--days",
        type=_positive,
        default=365,
        metavar="N",
        help="how many days of history (default 365)",
    )
    export = sub.add_parser(
        "export-safety-plan",
        parents=[vault_opt],
        help="save the safety plan as a PDF (not encrypted)",
    )
    export.add_argument("out", metavar="OUT.pdf")
    export.add_argument("--card", action="store_true", help="a wallet-size card")
    export.add_argument(
        "--coded", action="store_true", help="contacts by their coded labels only, never by name"
    )
    backup = sub.add_parser(
        "backup", parents=[vault_opt], help="save an encrypted backup of the vault to a file"
    )
    backup.add_argument("out", metavar="OUT")
    restore = sub.add_parser(
        "restore",
        parents=[vault_opt],
        help="replace the vault with a backup (verified before anything is replaced)",
    )
    restore.add_argument("backup", metavar="BACKUP")
    for command in (imp, search, check, export, backup, restore):
        command.add_argument("--recovery", action="store_true", help="unlock with the recovery key")
    return parser


def run(
    argv: Sequence[str] | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run one subcommand; returns the exit code. ``argv`` must name a command."""
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # usage errors (2) and --help / --version (0)
        return int(exit_.code or 0)
    args.vault = getattr(args, "vault", None) or args.vault_before_command
    if args.command is None:
        stderr.write("wellbeing: name a command (see wellbeing --help).\n")
        return 2
    try:
        return COMMANDS[args.command](args, Prompter(stdin, stderr), stdout)
    except WellbeingError as err:
        code = next(code for kind, code in EXIT_CODES if isinstance(err, kind))
        stderr.write(f"wellbeing: {err}\n")
        return code
    except KeyboardInterrupt:
        stderr.write("wellbeing: stopped. Nothing was changed.\n")
        return 130
    except OSError as err:
        stderr.write(f"wellbeing: {err.strerror or err}. Nothing was changed.\n")
        return 7
