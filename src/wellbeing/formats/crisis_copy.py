"""The opt-in readable copy of the crisis view, for the locked screen.

A person in crisis may not manage a long passphrase. If they choose to, the app keeps
a copy of exactly what the crisis view shows, NOT encrypted, next to the vault, so the
unlock page can open it without the passphrase. The copy holds nothing else: no
likelihoods, no obstacles, no own prompts, no dates, no "kept where / shared with".

When ``coded`` is chosen, contacts (steps 3–5) appear only by their coded label, or
"Contact N" where they have none, and every place the real contact's words appear
(their "how to reach" line, the other steps, an e-mail address, in any case) carries
the label instead: the real names are never written to the file. With
``hide_numbers``, every phone number (any run of three or more digits) is replaced too.

Which vault made it, and planting. The copy is not secret, so it carries no MAC; it
carries the vault's id (from the key file, readable without the passphrase) and a
random token made when the person turned the copy on. The token is kept in two other
places: inside the encrypted vault (``vault.meta``) and in the person's settings on this
computer (outside the vault folder, 0600). The unlock page shows the copy only when the
settings say the copy is on for this vault id AND the file's token is the one they
hold. A file dropped into the vault folder (by a synced or shared folder, a copied or
restored folder, a USB stick passed round) cannot carry that token without reading this
account's settings; and someone who can read and write those can already change the
app itself. Turning the copy off removes the token from the settings, so even the
person's own earlier copy, undeleted or brought back, no longer shows.

On disk the file has a fixed size: two slots of :data:`SLOT` bytes (64 KiB, larger only
for a plan that needs it), each holding the whole document padded with spaces. An
update writes INTO the existing file, slot one then slot two, each fsynced, so the
blocks that held the previous words are overwritten rather than freed (old, uncoded
versions do not linger in free space on ordinary file systems; on SSDs and
copy-on-write file systems the old blocks may survive until reused), and a crash in the
middle leaves one whole slot to read. Layout of each slot::

    {"format": "wellbeing-safety-plan-copy", "version": 2, "vault_id": hex,
     "token": hex, "coded": bool,
     "steps": {"<step>": [{"text": str, "reach": str (contacts only, optional)}, ...]}}
    <spaces up to the slot's end, then a newline>

Version 1 (one unpadded document, no vault id or token) is still read, but never shown.

Plain Python (no Qt), so the CLI could use it too.
"""

from __future__ import annotations

import errno
import json
import os
import secrets
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.coding import name_hider, number_hider
from ..domain.safety_plan import SafetyItem, SafetyPlan, Step
from ..files import fsync_dir, write_atomic

COPY_FILE = "safety-plan-copy.json"
FORMAT = "wellbeing-safety-plan-copy"
VERSION = 2
#: Where the choice is mirrored, encrypted: ``vault.meta`` {"enabled": bool, "coded":
#: bool, "hide_numbers": bool, "token": hex}. The person's settings outside the vault
#: decide (``services.settings.Settings.crisis_copy``); the vault's copy of the token
#: records that this vault made the file.
META_KEY = "crisis_copy"
#: A copy of any real plan is a few kilobytes; refuse to parse anything absurd.
MAX_BYTES = 4 * 1024 * 1024
#: Each of the file's two slots is this size (or a multiple of it for a very long plan).
SLOT = 64 * 1024

ContactLabel = Callable[[int], str]


@dataclass(frozen=True)
class CopyChoice:
    """The person's choice for one vault: the copy is on, with this token and look."""

    token: str
    coded: bool = True
    hide_numbers: bool = False

    @classmethod
    def new(cls, *, coded: bool, hide_numbers: bool = False) -> CopyChoice:
        return cls(token=secrets.token_hex(16), coded=coded, hide_numbers=hide_numbers)

    def as_meta(self) -> dict[str, object]:
        return {
            "enabled": True,
            "coded": self.coded,
            "hide_numbers": self.hide_numbers,
            "token": self.token,
        }


@dataclass(frozen=True)
class StoredCopy:
    """What a copy file holds: the plan as shown, and which vault and choice made it."""

    plan: SafetyPlan
    coded: bool
    vault_id: str = ""
    token: str = ""

    def belongs_to(self, vault_id: str, choice: CopyChoice | None) -> bool:
        """True only for a copy this vault wrote under the person's current choice."""
        return (
            choice is not None
            and bool(self.token)
            and bool(vault_id)
            and secrets.compare_digest(self.vault_id, vault_id)
            and secrets.compare_digest(self.token, choice.token)
        )


def default_contact_label(number: int) -> str:
    """The label of an uncoded contact; the UI passes its translated wording instead."""
    return f"Contact {number}"


DEFAULT_NUMBER_LABEL = "[number hidden]"


def read_options(stored: object) -> CopyChoice | None:
    """The choice as mirrored under :data:`META_KEY`; None when off, never chosen, or
    when what is kept is not such a choice. A choice from before tokens has none ("")."""
    if not isinstance(stored, dict) or stored.get("enabled") is not True:
        return None
    token = stored.get("token")
    return CopyChoice(
        token=token if isinstance(token, str) else "",
        coded=stored.get("coded") is True,
        hide_numbers=stored.get("hide_numbers") is True,
    )


def copy_path(folder: Path) -> Path:
    return Path(folder) / COPY_FILE


def copy_exists(folder: Path) -> bool:
    return copy_path(folder).is_file()


def readable_plan(
    plan: SafetyPlan,
    *,
    coded: bool,
    contact_label: ContactLabel = default_contact_label,
    hide_numbers: bool = False,
    number_label: str = DEFAULT_NUMBER_LABEL,
) -> SafetyPlan:
    """Only what the crisis view shows: item texts, and how to reach the contacts.

    With ``coded``, contacts (numbered across steps 3–5) become their coded label or
    ``contact_label(n)``, and their real words are replaced by that label wherever else
    they appear. With ``hide_numbers``, phone numbers become ``number_label``. Applying
    it twice gives the same plan.
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
    names = name_hider(labels) if coded else (lambda text: text)
    numbers = number_hider(number_label) if hide_numbers else (lambda text: text)

    def hide(text: str) -> str:
        return numbers(names(text))

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
                shown.append(SafetyItem(text=numbers(item.text), reach=numbers(item.reach)))
        items[step] = tuple(shown)
    return SafetyPlan(items=items)


def encode_copy(
    plan: SafetyPlan,
    *,
    coded: bool,
    contact_label: ContactLabel = default_contact_label,
    vault_id: str = "",
    token: str = "",
    hide_numbers: bool = False,
    number_label: str = DEFAULT_NUMBER_LABEL,
) -> bytes:
    """The document, unpadded (:func:`write_copy` pads it into the file's slots)."""
    shown = readable_plan(
        plan,
        coded=coded,
        contact_label=contact_label,
        hide_numbers=hide_numbers,
        number_label=number_label,
    )
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
    document = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": vault_id,
        "token": token,
        "coded": bool(coded),
        "steps": steps,
    }
    # Not ASCII-escaped: the bytes on disk are the words as read, nothing hidden in \\u.
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def write_copy(
    folder: Path,
    plan: SafetyPlan,
    *,
    coded: bool,
    contact_label: ContactLabel = default_contact_label,
    vault_id: str = "",
    token: str = "",
    hide_numbers: bool = False,
    number_label: str = DEFAULT_NUMBER_LABEL,
) -> None:
    """Write the copy, readable by this account only (0600).

    An existing copy is overwritten in place (same file, same size or larger, never
    truncated); a new one is written whole and renamed into place. A copy that is a
    link, or has a second name, is replaced rather than written through.
    """
    document = encode_copy(
        plan,
        coded=coded,
        contact_label=contact_label,
        vault_id=vault_id,
        token=token,
        hide_numbers=hide_numbers,
        number_label=number_label,
    )
    path = copy_path(folder)
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        found = None
    if found is not None and stat.S_ISREG(found.st_mode) and found.st_nlink == 1:
        slot = _slot_size(len(document), existing=found.st_size)
        _check_size_limit(2 * slot)
        _overwrite(path, _padded(document, slot))
    else:
        if found is not None and not stat.S_ISDIR(found.st_mode):
            path.unlink()  # a link or a file with a second name: never write through it
        slot = _slot_size(len(document))
        _check_size_limit(2 * slot)
        write_atomic(path, _padded(document, slot) * 2)
    os.chmod(path, 0o600)


def _slot_size(length: int, *, existing: int = 0) -> int:
    """The slot that holds ``length`` bytes and a newline: a multiple of :data:`SLOT`, and
    never smaller than half the existing file (so no block is ever freed)."""
    needed = (length // SLOT + 1) * SLOT
    return max(needed, existing // 2 // SLOT * SLOT)


def _padded(document: bytes, slot: int) -> bytes:
    return document + b" " * (slot - len(document) - 1) + b"\n"


def _check_size_limit(size: int) -> None:
    """Refuse before writing, rather than stop half way, when this process may not
    write a file this large (``ulimit -f``)."""
    try:
        import resource
    except ImportError:  # Windows
        return
    limit, _ = resource.getrlimit(resource.RLIMIT_FSIZE)
    if limit != resource.RLIM_INFINITY and size > limit:
        raise OSError(errno.EFBIG, os.strerror(errno.EFBIG))


def _overwrite(path: Path, slot: bytes) -> None:
    """Slot one, fsync, slot two, fsync: a crash leaves at least one whole slot."""
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        for offset in (0, len(slot)):
            view = memoryview(slot)
            written = 0
            while written < len(slot):
                written += os.pwrite(fd, view[written:], offset + written)
            os.fsync(fd)
    finally:
        os.close(fd)


def read_stored(folder: Path) -> StoredCopy | None:
    """The copy as stored, or None when there is none or it cannot be read. Never
    raises: the unlock page only needs to know whether there is something to show."""
    try:
        path = copy_path(folder)
        if not path.is_file() or path.stat().st_size > MAX_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    half = len(data) // 2
    # Two slots, the first one first; a version 1 file is one document.
    for part in (data[:half], data[half:], data):
        try:
            found = _decode(json.loads(part.decode("utf-8")))
        except Exception:  # damaged, torn, or not ours: try the next way of reading it
            continue
        if found is not None:
            return found
    return None


def read_copy(folder: Path) -> tuple[SafetyPlan, bool] | None:
    """The copy as (plan, coded), whoever wrote it; see :func:`shown_copy` for the check."""
    found = read_stored(folder)
    return None if found is None else (found.plan, found.coded)


def shown_copy(
    folder: Path, vault_id: str, choice: CopyChoice | None
) -> tuple[SafetyPlan, bool] | None:
    """The copy to show on the locked screen: only this vault's, under the current
    choice (``choice`` from the settings; None when the copy is off there)."""
    found = read_stored(folder)
    if found is None or not found.belongs_to(vault_id, choice):
        return None
    return found.plan, found.coded


def _decode(document: object) -> StoredCopy | None:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return None
    version = document.get("version")
    if version not in (1, VERSION):
        return None
    coded, steps = document.get("coded"), document.get("steps")
    if not isinstance(coded, bool) or not isinstance(steps, dict):
        return None
    vault_id, token = document.get("vault_id", ""), document.get("token", "")
    if version == 1:
        vault_id = token = ""
    if not isinstance(vault_id, str) or not isinstance(token, str):
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
    return StoredCopy(SafetyPlan(items=items), coded, vault_id, token)


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
