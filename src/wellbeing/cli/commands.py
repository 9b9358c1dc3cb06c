"""The subcommands themselves: each reads its arguments, asks what it needs through the
:class:`~.terminal.Prompter`, does its work on the vault and writes its result to ``out``.
An error is raised (``wellbeing.cli.run`` turns it into one line and an exit code)."""

from __future__ import annotations

import argparse
import json
import os
from datetime import datetime
from pathlib import Path
from typing import TextIO

from ..domain.errors import ValidationError, VaultExistsError
from ..paths import vault_dir
from ..vault.backup import create_backup, read_backup, restore_backup
from ..vault.keyfile import MIN_MEMORY_KIB, KdfParams
from ..vault.outside import refuse_inside_vault
from ..vault.vault import Vault, change_passphrase, read_key_file, vault_exists
from .terminal import ImportProgress, Prompter


def _kdf_override() -> KdfParams | None:
    """``WELLBEING_KDF=minimum`` (tests, benchmarks): 64 MiB, one pass — still the floor."""
    if os.environ.get("WELLBEING_KDF") == "minimum":
        return KdfParams(memory_kib=MIN_MEMORY_KIB, iterations=1)
    return None


def _open(args: argparse.Namespace, prompter: Prompter) -> Vault:
    folder = vault_dir(args.vault)
    read_key_file(folder)  # no vault, or a damaged one: say so before asking anything
    if getattr(args, "recovery", False):
        return Vault.unlock(folder, recovery_key=prompter.ask("Recovery key: "))
    return Vault.unlock(folder, prompter.ask("Passphrase: "))


def cmd_init(args: argparse.Namespace, prompter: Prompter, out: TextIO) -> int:
    folder = vault_dir(args.vault)
    if vault_exists(folder):
        raise VaultExistsError(
            "There is already a vault at {folder}; it was left as is.", folder=folder
        )
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
    """A new passphrase, or with ``--new-recovery-key`` only a new recovery key: either
    way the vault is re-encrypted with a new key (``vault/rekey.py``)."""
    folder = vault_dir(args.vault)
    read_key_file(folder)
    kdf = _kdf_override()
    if args.new_recovery_key:
        current = prompter.ask("Passphrase: ")
        made = change_passphrase(folder, current, current, kdf=kdf)
        out.write(
            "Made a new recovery key, and your vault is now encrypted with a new key: the\n"
            "old recovery key no longer opens it. Your passphrase stays the same.\n\n"
        )
    else:
        if args.recovery:
            recovery_key = prompter.ask("Recovery key: ")
            new = prompter.new_passphrase()
            made = change_passphrase(folder, "", new, recovery_key=recovery_key, kdf=kdf)
        else:
            current = prompter.ask("Current passphrase: ")
            new = prompter.new_passphrase()
            made = change_passphrase(folder, current, new, kdf=kdf)
        out.write(
            "The passphrase is changed, and your vault is now encrypted with a new key: the\n"
            "old passphrase and the old recovery key no longer open it.\n\n"
        )
    out.write(
        "Your new recovery key (shown only this once; it opens the vault if the passphrase is\n"
        "forgotten, so keep it somewhere safe and private, away from this computer):\n\n"
        f"    {made}\n\n"
        "Backups made before this still open with the old passphrase and the old recovery\n"
        "key. To keep only backups that need the new ones, make a fresh backup now\n"
        "(wellbeing backup FILE), then delete the older backup files.\n"
    )
    return 0


def cmd_import(args: argparse.Namespace, prompter: Prompter, out: TextIO) -> int:
    from ..vault.journal_import import import_journal_file

    path = Path(args.file)
    if not path.is_file():
        raise ValidationError("There is no file at {path}.", path=path)
    # The file is read and checked in full before the passphrase is asked for.
    fmt = getattr(args, "format", "auto") or "auto"
    shown = ImportProgress(prompter._stderr)
    try:
        count, skipped = import_journal_file(
            path, fmt, lambda: _open(args, prompter), progress=shown
        )
    finally:
        shown.end_line()
    message = f"Imported {count} journal entr{'y' if count == 1 else 'ies'}."
    if skipped:
        message += f" Skipped {skipped} already in the journal (same time and same text)."
    out.write(message + "\n")
    return 0


def cmd_export(args: argparse.Namespace, prompter: Prompter, out: TextIO) -> int:
    target = Path(args.out)
    refuse_inside_vault(target, vault_dir(args.vault))  # before anything is asked
    if not target.parent.is_dir():
        raise ValidationError(
            "There is no folder {folder} to save the export in.", folder=target.parent
        )
    with _open(args, prompter) as vault:
        if args.format == "json":
            from ..vault.exchange import write_json_export

            write_json_export(vault, target)
        elif args.format == "md":
            from ..vault.exchange import write_markdown_export

            write_markdown_export(vault, target)
        else:
            plan = vault.safety_plan.get()
    if args.format == "pdf":
        from ..printing.pdf import write_safety_plan_pdf  # Qt is loaded only for the PDF

        write_safety_plan_pdf(plan, target)
    out.write(
        f"Saved the export as {target}. This file is NOT encrypted; keep it somewhere private.\n"
    )
    return 0


def cmd_import_json(args: argparse.Namespace, prompter: Prompter, out: TextIO) -> int:
    from ..vault.exchange import import_export

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
    refuse_inside_vault(target, vault_dir(args.vault))
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
    from ..printing.pdf import write_safety_plan_pdf  # Qt is loaded only for the PDF itself

    write_safety_plan_pdf(plan, target, card=args.card, coded=args.coded)
    out.write(
        f"Saved your safety plan as {target}. This file is not encrypted; "
        "keep it somewhere private.\n"
    )
    return 0


def cmd_backup(args: argparse.Namespace, prompter: Prompter, out: TextIO) -> int:
    target = Path(args.out).expanduser().absolute()
    refuse_inside_vault(target, vault_dir(args.vault))
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
    from ..demo import PASSPHRASE, build_demo

    folder = vault_dir(args.vault)
    if folder.exists() and any(folder.iterdir()):
        raise VaultExistsError(
            "There is already something at {folder}; it was left as is.", folder=folder
        )
    build_demo(folder, days=args.days, kdf=_kdf_override())
    out.write(f"Made a demo vault of invented data at {folder}.\nIts passphrase is: {PASSPHRASE}\n")
    return 0
