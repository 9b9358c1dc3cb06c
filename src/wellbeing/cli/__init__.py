"""Headless subcommands. Imports no Qt, so it runs on a machine without a display.

Exit codes: 0 done; 1 the vault is damaged (check); 2 wrong usage; 3 wrong passphrase or
recovery key; 4 damaged vault or backup; 5 no vault; 6 bad input; 7 any other vault problem.
Every error is one line on stderr, and nothing is written when a command fails.

Here: the parser and :func:`run`; the commands are in ``commands.py``, and what is asked
and shown on the terminal besides their results (passphrases, an import's progress) in
``terminal.py``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from .. import __version__
from ..domain.errors import (
    DatabaseDamagedError,
    KeyFileDamagedError,
    ValidationError,
    VaultError,
    VaultExistsError,
    VaultNotFoundError,
    WellbeingError,
    WrongPassphraseError,
)
from ..paths import vault_dir
from ..vault.backup import BackupDamagedError
from ..vault.interrupted import recover
from .commands import (
    cmd_backup,
    cmd_check,
    cmd_demo,
    cmd_export,
    cmd_export_safety_plan,
    cmd_import,
    cmd_import_json,
    cmd_init,
    cmd_passwd,
    cmd_restore,
    cmd_search,
)
from .terminal import ImportProgress as ImportProgress
from .terminal import Prompter

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
    passwd = sub.add_parser(
        "passwd",
        parents=[vault_opt],
        help="change the passphrase (re-encrypts the vault; prints a new recovery key)",
    )
    how = passwd.add_mutually_exclusive_group()
    how.add_argument(
        "--recovery",
        action="store_true",
        help="use the recovery key instead of the current passphrase",
    )
    how.add_argument(
        "--new-recovery-key",
        action="store_true",
        help="keep the passphrase; make a new recovery key (for one lost or seen)",
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
        # A restore or a creation stopped part-way is put right before anything else.
        said = recover(vault_dir(args.vault))
        if said is not None:
            stderr.write(f"wellbeing: {said}\n")
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
