"""The opt-in readable copy of the crisis view, for the locked screen.

A person in crisis may not manage a long passphrase. If they choose to, the app keeps
a copy of exactly what the crisis view shows, NOT encrypted, next to the vault, so the
unlock page can open it without the passphrase. The copy holds nothing else: no
likelihoods, no obstacles, no own prompts, no dates, no "kept where / shared with".

When ``coded`` is chosen, contacts (steps 3–5) appear only by their coded label, or
"Contact N" where they have none, and every place the real contact's words appear
(their "how to reach" line, the other steps) carries the label instead: the real names
are never written to the file.

Plain Python (no Qt), so the CLI could use it too. Layout of the JSON file::

    {"format": "wellbeing-safety-plan-copy", "version": 1, "coded": bool,
     "steps": {"<step>": [{"text": str, "reach": str (contacts only, optional)}, ...]}}
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from ..domain.coding import name_hider
from ..domain.safety_plan import SafetyItem, SafetyPlan, Step
from ..files import fsync_dir, write_atomic

COPY_FILE = "safety-plan-copy.json"
FORMAT = "wellbeing-safety-plan-copy"
VERSION = 1
#: Where the choice lives, encrypted: ``vault.meta`` {"enabled": bool, "coded": bool}
#: (read by ``services.crisis_copy_keeper.copy_options``).
META_KEY = "crisis_copy"
#: A copy of any real plan is a few kilobytes; refuse to parse anything absurd.
MAX_BYTES = 4 * 1024 * 1024

ContactLabel = Callable[[int], str]


def default_contact_label(number: int) -> str:
    """The label of an uncoded contact; the UI passes its translated wording instead."""
    return f"Contact {number}"


def read_options(stored: object) -> dict[str, bool]:
    """The person's choice as kept under :data:`META_KEY`, {"enabled": bool, "coded":
    bool}; off when never chosen or when what is kept is not such a choice."""
    if not isinstance(stored, dict):
        stored = {}
    return {"enabled": stored.get("enabled") is True, "coded": stored.get("coded") is True}


def copy_path(folder: Path) -> Path:
    return Path(folder) / COPY_FILE


def copy_exists(folder: Path) -> bool:
    return copy_path(folder).is_file()


def readable_plan(
    plan: SafetyPlan, *, coded: bool, contact_label: ContactLabel = default_contact_label
) -> SafetyPlan:
    """Only what the crisis view shows: item texts, and how to reach the contacts.

    With ``coded``, contacts (numbered across steps 3–5) become their coded label or
    ``contact_label(n)``, and their real words are replaced by that label wherever else
    they appear. Applying it twice gives the same plan.
    """
    labels: list[tuple[str, str]] = []  # (real words, label) for each coded contact
    number = 0
    for step in Step:
        if not step.has_contacts:
            continue
        for item in plan.section(step):
            number += 1
            label = item.coded_label.strip() or contact_label(number)
            labels.append((item.text, label))
    hide = name_hider(labels) if coded else (lambda text: text)
    items: dict[Step, tuple[SafetyItem, ...]] = {}
    contacts = iter(labels)
    for step in Step:
        shown: list[SafetyItem] = []
        for item in plan.section(step):
            if not step.has_contacts:
                shown.append(SafetyItem(text=hide(item.text)))
                continue
            _, label = next(contacts)
            if coded:
                shown.append(SafetyItem(text=label, reach=hide(item.reach), coded_label=label))
            else:
                shown.append(SafetyItem(text=item.text, reach=item.reach))
        items[step] = tuple(shown)
    return SafetyPlan(items=items)


def encode_copy(
    plan: SafetyPlan, *, coded: bool, contact_label: ContactLabel = default_contact_label
) -> bytes:
    shown = readable_plan(plan, coded=coded, contact_label=contact_label)
    steps: dict[str, list[dict[str, str]]] = {}
    for step in Step:
        section = shown.section(step)
        if not section:
            continue
        rows = []
        for item in section:
            row = {"text": item.text}
            if step.has_contacts and item.reach:
                row["reach"] = item.reach
            rows.append(row)
        steps[step.value] = rows
    document = {"format": FORMAT, "version": VERSION, "coded": bool(coded), "steps": steps}
    # Not ASCII-escaped: the bytes on disk are the words as read, nothing hidden in \\u.
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def write_copy(
    folder: Path,
    plan: SafetyPlan,
    *,
    coded: bool,
    contact_label: ContactLabel = default_contact_label,
) -> None:
    """Write the copy atomically, readable by this account only (0600)."""
    path = copy_path(folder)
    write_atomic(path, encode_copy(plan, coded=coded, contact_label=contact_label))
    os.chmod(path, 0o600)


def read_copy(folder: Path) -> tuple[SafetyPlan, bool] | None:
    """The copy as (plan, coded), or None when there is none or it cannot be read.

    Never raises: the unlock page only needs to know whether there is something to show.
    """
    try:
        path = copy_path(folder)
        if not path.is_file() or path.stat().st_size > MAX_BYTES:
            return None
        return _decode(json.loads(path.read_bytes().decode("utf-8")))
    except Exception:  # damaged, unreadable, or not ours: there is simply no copy to show
        return None


def _decode(document: object) -> tuple[SafetyPlan, bool] | None:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return None
    if document.get("version") != VERSION:
        return None
    coded, steps = document.get("coded"), document.get("steps")
    if not isinstance(coded, bool) or not isinstance(steps, dict):
        return None
    items: dict[Step, tuple[SafetyItem, ...]] = {}
    for key, rows in steps.items():
        step = Step(key)
        if not isinstance(rows, list):
            return None
        section = []
        for row in rows:
            text, reach = row.get("text"), row.get("reach", "")
            if not isinstance(text, str) or not isinstance(reach, str):
                return None
            if not step.has_contacts:
                reach = ""
            label = text if coded and step.has_contacts else ""
            section.append(SafetyItem(text=text, reach=reach, coded_label=label))
        items[step] = tuple(section)
    return SafetyPlan(items=items), coded


def remove_copy(folder: Path) -> None:
    """Overwrite the copy with zeros, then delete it (and any half-written temp file).

    The zeros are a best effort: on SSDs and copy-on-write file systems the old blocks
    may survive until reused. Nothing happens when there is no copy.
    """
    folder = Path(folder)
    targets = [copy_path(folder), *folder.glob(f".{COPY_FILE}.*.tmp")]
    removed = False
    for path in targets:
        if path.is_symlink():  # never write through a link; just take the link away
            path.unlink(missing_ok=True)
            removed = True
        elif path.is_file():
            _zero(path)
            path.unlink(missing_ok=True)
            removed = True
    if removed:
        fsync_dir(folder)


def _zero(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY)
    try:
        size = os.fstat(fd).st_size
        block = b"\0" * 65536
        written = 0
        while written < size:
            written += os.write(fd, block[: min(len(block), size - written)])
        os.fsync(fd)
    finally:
        os.close(fd)
