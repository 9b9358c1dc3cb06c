"""Bad input, random and mutated, proves only clean errors and never a half-written vault.

Every reader of a file a person hands the app — the key file, a backup, the journal
imports (JSON Lines, jrnl, Day One) and the JSON export — is fed random bytes and
damaged versions of a valid file: bit flips, truncation, inserted and deleted bytes,
spliced fields, wrong types, huge numbers, times at the ends of the calendar, JSON nested
too deeply, invalid UTF-8, NUL bytes and lone surrogates. Checksummed formats are also
fed damage with their checksums recomputed, so the damage reaches the parser behind them.

The property, every time: the reader either succeeds or raises one of the app's own
errors (:class:`WellbeingError`) whose message is a short sentence for a person — no
Python internals, no traceback, none of the text the person wrote — and never hangs
(a watchdog, ``fuzzing.no_hang``; how fast a reader is, is the benchmark's). An
import that is refused leaves the vault exactly as it was (every row of every table).

Reproducible: ``derandomize=True`` and no example database, so CI runs the same examples
every time (``WELLBEING_FUZZ_SCALE=20`` runs twenty times as many, for a longer hunt by
hand). One vault per purpose for the whole module; each example compares before and
after. Every input the fuzzing found to crash a reader is kept at the end of this file
as a plain regression test, so it is tried on every run, whatever the examples drawn.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import shutil
import struct
import time
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import FAST_KDF, PASSPHRASE, FakeClock
from tests.formats import fuzzing
from tests.formats.fuzzing import (
    CANARY,
    DEEP,
    FEW,
    FUZZ,
    SCALE,
    assert_clean,
    attempt,
    damaged,
    edited,
    no_hang,
    to_json,
)
from tests.test_cli import cli
from tests.vault.test_exchange import fill
from wellbeing.domain.errors import ValidationError, WellbeingError
from wellbeing.domain.journal import JournalEntry
from wellbeing.formats import importing as importing_module
from wellbeing.formats.backup_file import MAGIC as BACKUP_MAGIC
from wellbeing.formats.backup_file import decode_backup, read_backup
from wellbeing.formats.export_document import ExportFormatError, dumps
from wellbeing.formats.importing import parse_jsonl
from wellbeing.formats.journal_formats import parse_dayone, parse_jrnl
from wellbeing.vault import backup as backup_module
from wellbeing.vault import keyfile as keyfile_module
from wellbeing.vault.backup import create_backup, restore_backup
from wellbeing.vault.exchange import DATA_TABLES, build_export, import_export
from wellbeing.vault.keyfile import KdfParams, KeyFile
from wellbeing.vault.vault import DB_FILE, KEY_FILE, Vault, read_key_file

# The property and the damage (tests/formats/fuzzing.py)


def test_the_property_itself_can_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checks in fuzzing.py catch what they are for (so a passing fuzz run means something)."""
    with pytest.raises(ValueError):  # propagates: Hypothesis reports and shrinks it
        attempt(lambda: int("x"))
    monkeypatch.setattr(fuzzing, "HANG_SECONDS", 0.05)  # the watchdog goes off
    with pytest.raises(fuzzing.Hung, match="a hang"):
        attempt(lambda: time.sleep(60))  # a hang, as far as the watchdog can tell
    monkeypatch.undo()
    with pytest.raises(AssertionError):
        assert_clean(ValidationError("date value out of range"))
    with pytest.raises(AssertionError):
        assert_clean(ValidationError(f"Line 3: unknown field {CANARY!r}."))
    with pytest.raises(AssertionError):
        assert_clean(ValidationError(""))
    assert_clean(ValidationError("Line 3: the field 'at' is missing. Nothing was imported."))


def test_the_damage_is_real() -> None:
    """The strategies above really produce what they claim (deep nesting, NaN, NULs)."""
    text = to_json({"a": [DEEP, float("nan"), "\x00", 2**64]})
    with pytest.raises(RecursionError):
        json.loads(text)
    assert "NaN" in text and "\\u0000" in text and str(2**64) in text


# Vaults shared by the module


def _copy_of_template(base: Path, template: tuple[Path, str], name: str) -> Path:
    folder = base / name
    shutil.copytree(template[0], folder)
    return folder


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def journal_vault(base: Path, _template_vault: tuple[Path, str]) -> Iterator[Vault]:
    """A vault with a few entries; the journal importers write into it."""
    folder = _copy_of_template(base, _template_vault, "journal")
    vault = Vault.unlock(folder, PASSPHRASE)
    vault.journal.add(
        JournalEntry(None, "There first", "An entry from before.", datetime(2024, 1, 2, tzinfo=UTC))
    )
    yield vault
    vault.close()


@pytest.fixture(scope="module")
def empty_vault(base: Path, _template_vault: tuple[Path, str]) -> Iterator[Vault]:
    """A new, empty vault: the JSON export importer writes into it."""
    folder = _copy_of_template(base, _template_vault, "empty")
    vault = Vault.unlock(folder, PASSPHRASE)
    yield vault
    vault.close()


def dump(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (search index included), to compare before and after."""
    names = [
        row[0]
        for row in vault.db.all(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: [tuple(r) for r in vault.db.all(f'SELECT * FROM "{name}"')] for name in names}


# The key file


@pytest.fixture(scope="module")
def key_world(base: Path, _template_vault: tuple[Path, str]) -> dict[str, Any]:
    """A real vault's key file, and a key file for the passphrase checks (cheap KDF)."""
    folder = _copy_of_template(base, _template_vault, "keyed")
    recovery_key = _template_vault[1]
    with mock.patch.object(keyfile_module, "derive_passphrase_key", _cheap_derive):
        made = KeyFile.create(b"k" * 32, PASSPHRASE, recovery_key, FAST_KDF)
    return {
        "folder": folder,
        "vault_bytes": (folder / KEY_FILE).read_bytes(),
        "db_hash": hashlib.sha256((folder / DB_FILE).read_bytes()).hexdigest(),
        "cheap_bytes": made.to_bytes(),
        "recovery": recovery_key,
    }


def _cheap_derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id's own checks on its inputs (salt length, costs), without the slow part: a
    crafted key file may ask for 4 GiB; the fuzzing checks reading, not key stretching."""
    assert isinstance(params, KdfParams)
    Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return hashlib.sha256(salt + passphrase.encode("utf-8", "surrogatepass")).digest()


def _key_file_bytes(body: bytes, version: int = 1) -> bytes:
    head = struct.pack(">8sHI", keyfile_module.MAGIC, version, len(body)) + body
    return head + hashlib.sha256(head).digest()


def _key_body(data: bytes) -> Any:
    return json.loads(data[14:-32])


def _open_key_file(data: bytes, recovery: str) -> None:
    """Parse, then open with the right passphrase and the right recovery key."""
    parsed, error = attempt(lambda: KeyFile.from_bytes(data))
    if error is not None:
        return
    with mock.patch.object(keyfile_module, "derive_passphrase_key", _cheap_derive):
        key, _ = attempt(lambda: parsed.open_with_passphrase(PASSPHRASE))
    assert key in (None, b"k" * 32)  # the AEAD lets nothing else through
    key, _ = attempt(lambda: parsed.open_with_recovery_key(recovery))
    assert key in (None, b"k" * 32)
    attempt(lambda: parsed.open_with_recovery_key("0000-0000-0000-0000-0000-0000-0000-0000"))


@FUZZ
@given(data=st.binary(max_size=400))
def test_key_file_random_bytes(data: bytes, key_world: dict[str, Any]) -> None:
    _open_key_file(data, key_world["recovery"])
    _open_key_file(keyfile_module.MAGIC + b"\x00\x01" + data, key_world["recovery"])


@FUZZ
@given(data=st.data())
def test_key_file_damaged_bytes(data: st.DataObject, key_world: dict[str, Any]) -> None:
    good = key_world["cheap_bytes"]
    bad = data.draw(damaged(good))
    if data.draw(st.booleans(), label="checksum recomputed"):
        bad = bad[:-32] + hashlib.sha256(bad[:-32]).digest() if len(bad) > 32 else bad
    _open_key_file(bad, key_world["recovery"])


@FUZZ
@given(data=st.data())
def test_key_file_edited_fields(data: st.DataObject, key_world: dict[str, Any]) -> None:
    body = data.draw(edited(_key_body(key_world["cheap_bytes"])))
    _open_key_file(
        _key_file_bytes(to_json(body).encode("utf-8", "surrogatepass")), key_world["recovery"]
    )


@FEW
@given(data=st.data())
def test_unlocking_with_a_damaged_key_file_is_explained_and_touches_nothing(
    data: st.DataObject, key_world: dict[str, Any]
) -> None:
    folder: Path = key_world["folder"]
    good = key_world["vault_bytes"]
    if data.draw(st.booleans(), label="edit fields"):
        bad = _key_file_bytes(to_json(data.draw(edited(_key_body(good)))).encode())
    else:
        bad = data.draw(damaged(good))
    (folder / KEY_FILE).write_bytes(bad)
    try:
        attempt(lambda: read_key_file(folder))
        vault, _ = attempt(lambda: Vault.unlock(folder, recovery_key=key_world["recovery"]))
        if vault is not None:
            vault.close()
    finally:
        (folder / KEY_FILE).write_bytes(good)
    assert hashlib.sha256((folder / DB_FILE).read_bytes()).hexdigest() == key_world["db_hash"]
    assert sorted(p.name for p in folder.iterdir()) == [DB_FILE, KEY_FILE]


# The backup reader (and restore, which must change nothing when it refuses)

BACKUP_NAME = Path("fuzz.wbbackup")
_BPREFIX = struct.Struct(">8sHI")


@pytest.fixture(scope="module")
def backup_world(base: Path, _template_vault: tuple[Path, str]) -> dict[str, Any]:
    folder = _copy_of_template(base, _template_vault, "backed-up")
    with Vault.unlock(folder, PASSPHRASE) as vault:
        for i in range(5):
            vault.journal.add(
                JournalEntry(None, f"{CANARY} {i}", CANARY, datetime(2024, 3, 1 + i, tzinfo=UTC))
            )
        out = base / "good.wbbackup"
        create_backup(vault, out)
    data = out.read_bytes()
    _, head_len = _BPREFIX.unpack_from(data)[1:]
    header = json.loads(data[_BPREFIX.size : _BPREFIX.size + head_len])
    target = _copy_of_template(base, _template_vault, "restore-target")
    return {
        "bytes": data,
        "header": header,
        "key": data[_BPREFIX.size + head_len :][: header["key_file_length"]],
        "db": data[_BPREFIX.size + head_len :][header["key_file_length"] : -32],
        "target": target,
        "target_files": _files(target),
        "recovery": _template_vault[1],
        "template": _template_vault[0],
    }


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _backup_bytes(header: Any, payload: bytes, version: int = 1) -> bytes:
    head = to_json(header).encode("utf-8", "surrogatepass")
    body = _BPREFIX.pack(BACKUP_MAGIC, version, len(head)) + head + payload
    return body + hashlib.sha256(body).digest()


def _decode(data: bytes) -> None:
    attempt(lambda: decode_backup(data, BACKUP_NAME))


@FUZZ
@given(data=st.binary(max_size=400))
def test_backup_random_bytes(data: bytes) -> None:
    _decode(data)
    _decode(BACKUP_MAGIC + b"\x00\x01" + data)
    _decode(data + hashlib.sha256(data).digest())


@FUZZ
@given(data=st.data())
def test_backup_damaged_bytes(data: st.DataObject, backup_world: dict[str, Any]) -> None:
    bad = data.draw(damaged(backup_world["bytes"]))
    if data.draw(st.booleans(), label="checksum recomputed") and len(bad) > 32:
        bad = bad[:-32] + hashlib.sha256(bad[:-32]).digest()
    _decode(bad)


@FUZZ
@given(data=st.data())
def test_backup_edited_header(data: st.DataObject, backup_world: dict[str, Any]) -> None:
    header = data.draw(edited(backup_world["header"]))
    payload = backup_world["key"] + backup_world["db"]
    _decode(_backup_bytes(header, payload, data.draw(st.sampled_from((1, 0, 2, 65535)))))


peek_backup = getattr(backup_module, "peek_backup", None)


@pytest.mark.skipif(peek_backup is None, reason="no peek_backup here")
@settings(FUZZ, max_examples=int(300 * SCALE))
@given(data=st.data())
def test_peek_backup_of_damaged_files(
    data: st.DataObject, backup_world: dict[str, Any], base: Path
) -> None:
    """The quick look at a backup's header (for lists of backups) is as careful."""
    if data.draw(st.booleans(), label="edit the header"):
        payload = backup_world["key"] + backup_world["db"]
        raw = _backup_bytes(data.draw(edited(backup_world["header"])), payload)
    else:
        raw = data.draw(damaged(backup_world["bytes"][:4096]))
    path = base / "peeked.wbbackup"
    path.write_bytes(raw)
    attempt(lambda: peek_backup(path))


@FEW
@given(data=st.data())
def test_read_backup_of_damaged_files(
    data: st.DataObject, backup_world: dict[str, Any], base: Path
) -> None:
    path = base / "damaged.wbbackup"
    path.write_bytes(data.draw(damaged(backup_world["bytes"])))
    attempt(lambda: read_backup(path))


@FEW
@given(data=st.data())
def test_restoring_a_backup_with_altered_contents_changes_nothing(
    data: st.DataObject, backup_world: dict[str, Any]
) -> None:
    """Damage behind both checksums (they are recomputed): the key file's fields or the
    encrypted database's bytes. Restore must refuse before anything is replaced."""
    key, db = backup_world["key"], backup_world["db"]
    if data.draw(st.booleans(), label="damage the key file"):
        key = _key_file_bytes(to_json(data.draw(edited(_key_body(key)))).encode())
    else:
        db = data.draw(damaged(db, max_steps=2))
    header = {k: v for k, v in backup_world["header"].items()}
    header.update(
        key_file_length=len(key),
        db_length=len(db),
        payload_sha256=hashlib.sha256(key + db).hexdigest(),
    )
    backup = backup_world["target"].parent / "altered.wbbackup"
    backup.write_bytes(_backup_bytes(header, key + db))
    target: Path = backup_world["target"]
    siblings = sorted(p.name for p in target.parent.iterdir())
    _info, error = attempt(
        lambda: restore_backup(backup, target, recovery_key=backup_world["recovery"])
    )
    assert sorted(p.name for p in target.parent.iterdir()) == siblings
    if error is not None:
        assert _files(target) == backup_world["target_files"], "a refused restore changed files"
        return
    # Altered in a way that changes nothing that matters (an extra top-level field):
    # the restored vault must open and pass its checks. Then put the target back.
    with Vault.unlock(target, recovery_key=backup_world["recovery"]) as vault:
        assert vault.check().ok
    shutil.rmtree(target)
    shutil.copytree(backup_world["template"], target)
    backup_world["target_files"] = _files(target)


# The journal importers: JSON Lines, jrnl, Day One

JSONL_DOC = [
    {
        "at": "2024-05-01T21:30:00+02:00",
        "title": "Evening",
        "body": f"{CANARY} walk",
        "mood": 4,
        "tags": ["calm", "walk"],
    },
    {"at": "2024-05-02T07:05:00", "title": "Morning", "body": f"{CANARY} tea"},
    {"at": "2024-05-03T12:00:00Z", "title": "", "body": "noon", "mood": None, "tags": None},
]

JRNL_DOC = {
    "tags": {"@calm": 1},
    "entries": [
        {
            "title": f"Walked {CANARY}.",
            "body": "Felt calm.\n",
            "date": "2024-05-01",
            "time": "21:30",
            "tags": ["@calm"],
            "starred": True,
        },
        {
            "title": "Short one.",
            "body": "",
            "date": "2024-05-02",
            "time": "07:05",
            "tags": [],
            "starred": False,
            "uuid": "x",
        },
    ],
}

DAYONE_DOC = {
    "metadata": {"version": "1.0"},
    "entries": [
        {
            "uuid": "0F1E2D3C4B5A69788796A5B4C3D2E1F0",
            "creationDate": "2024-06-10T18:45:00Z",
            "modifiedDate": "2024-06-11T08:00:00Z",
            "timeZone": "Europe/Berlin",
            "text": f"# Garden\n\n{CANARY} planted\\. Water\\!",
            "tags": ["garden"],
            "starred": True,
        },
        {
            "uuid": "AAAABBBBCCCCDDDDEEEEFFFF00001111",
            "creationDate": "2024-06-12T05:00:00Z",
            "timeZone": "America/New_York",
            "text": f"No heading, {CANARY}.",
        },
    ],
}

PLUS5 = timezone(timedelta(hours=5))


def _jsonl_text(doc: Any) -> str:
    lines = doc if isinstance(doc, list) else [doc]
    return "\n".join(to_json(line) for line in lines) + "\n"


def _read_text(data: bytes) -> str:
    """As the app reads an import file (UTF-8, a BOM allowed). Bytes that are not UTF-8
    are kept as lone surrogates, so the parsers also meet text that cannot be stored."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("utf-8", "surrogateescape")


PARSERS: dict[str, Callable[[str], list[JournalEntry]]] = {
    "jsonl": lambda text: list(parse_jsonl(io.StringIO(text, newline=""))),
    "jrnl": parse_jrnl,
    "jrnl+5": lambda text: parse_jrnl(text, tz=PLUS5),
    "dayone": parse_dayone,
}
VALID = {
    "jsonl": (JSONL_DOC, _jsonl_text),
    "jrnl": (JRNL_DOC, to_json),
    "jrnl+5": (JRNL_DOC, to_json),
    "dayone": (DAYONE_DOC, to_json),
}


def _write_entries(vault: Vault, entries: list[JournalEntry]) -> tuple[int, int]:
    """Write as the import does (the app's and the command line's): the repository's
    ``add_new``, through ``vault.journal_import``."""
    return vault.journal.add_new(entries)


def _import_into(vault: Vault, parser: str | Callable[[], list[JournalEntry]], text: str) -> None:
    """Parse and write as the import does; refused means the vault is exactly as before."""
    before = dump(vault)
    count = vault.journal.count()
    parse = parser if callable(parser) else lambda: PARSERS[parser](text)
    entries, error = attempt(parse)
    if error is None:
        result, error = attempt(lambda: _write_entries(vault, entries))
    if error is not None:
        assert dump(vault) == before, "a refused import changed the vault"
        return
    added, skipped = result
    assert added + skipped == len(entries)
    assert vault.journal.count() == count + added
    assert vault.check().ok


@pytest.mark.parametrize("parser", PARSERS)
@FUZZ
@given(data=st.data())
def test_journal_import_of_edited_files(
    parser: str, data: st.DataObject, journal_vault: Vault
) -> None:
    doc, encode = VALID[parser]
    _import_into(journal_vault, parser, encode(data.draw(edited(doc))))


@pytest.mark.parametrize("parser", PARSERS)
@FEW
@given(data=st.data())
def test_journal_import_of_damaged_bytes(
    parser: str, data: st.DataObject, journal_vault: Vault
) -> None:
    doc, encode = VALID[parser]
    raw = data.draw(damaged(encode(doc).encode("utf-8")))
    _import_into(journal_vault, parser, _read_text(raw))


@pytest.mark.parametrize("parser", PARSERS)
@FEW
@given(data=st.binary(max_size=300))
def test_journal_import_of_random_bytes(parser: str, data: bytes, journal_vault: Vault) -> None:
    _import_into(journal_vault, parser, _read_text(data))


read_journal_file = getattr(importing_module, "read_journal_file", None)
parse_journal = getattr(importing_module, "parse_journal", None)
needs_app_import = pytest.mark.skipif(
    read_journal_file is None or parse_journal is None, reason="no read_journal_file here"
)


def _zipped(journal: bytes) -> bytes:
    """A Day One style zip: the journal's JSON beside a photo."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", journal)
        archive.writestr("photos/0F1E2D3C.jpeg", b"\xff\xd8" + b"not a photo " * 40)
    return out.getvalue()


@needs_app_import
@settings(FUZZ, max_examples=int(300 * SCALE))
@given(data=st.data())
def test_app_import_of_damaged_files(data: st.DataObject, base: Path, journal_vault: Vault) -> None:
    """The app's way in: a file (or a Day One zip) read, its format told from its text,
    parsed and written. Damage anywhere, in the zip too, is a clean refusal."""
    fmt = data.draw(st.sampled_from(["jsonl", "jrnl", "dayone"]), label="format")
    doc, encode = VALID[fmt]
    how = data.draw(st.sampled_from(["edited", "damaged", "zip damaged", "zip edited"]))
    if "edited" in how:
        raw = encode(data.draw(edited(doc))).encode("utf-8", "surrogatepass")
    else:
        raw = encode(doc).encode("utf-8")
    if "zip" in how:
        raw = _zipped(raw)
    if "damaged" in how:
        raw = data.draw(damaged(raw))
    path = base / "app-import.json"
    path.write_bytes(raw)
    text, error = attempt(lambda: read_journal_file(path))
    if error is None:
        _import_into(journal_vault, lambda: parse_journal(text), text)


@pytest.fixture(scope="module")
def cli_vault(base: Path, _template_vault: tuple[Path, str]) -> Path:
    return _copy_of_template(base, _template_vault, "cli")


@pytest.mark.parametrize("fmt", ["jsonl", "jrnl", "dayone"])
@settings(FUZZ, max_examples=int(5 * SCALE))
@given(data=st.data())
def test_cli_import_of_damaged_files_end_to_end(
    fmt: str, data: st.DataObject, base: Path, cli_vault: Path
) -> None:
    """The real command, file bytes and all: one plain line on failure, nothing written."""
    doc, encode = VALID[fmt]
    if data.draw(st.booleans(), label="edit fields"):
        raw = encode(data.draw(edited(doc))).encode("utf-8", "surrogatepass")
    else:
        raw = data.draw(damaged(encode(doc).encode("utf-8")))
    path = base / f"import.{fmt}"
    path.write_bytes(raw)
    before = hashlib.sha256((cli_vault / DB_FILE).read_bytes()).hexdigest()
    with no_hang():
        result = cli("import", "--vault", cli_vault, "--format", fmt, path)
    if result.code != 0:
        assert result.out == ""
        assert result.err.startswith("wellbeing: ") and result.err.count("\n") == 1, result
        assert_clean(ValidationError(result.err.removeprefix("wellbeing: ").strip()))
        assert hashlib.sha256((cli_vault / DB_FILE).read_bytes()).hexdigest() == before


# The JSON export, read back into an empty vault


@pytest.fixture(scope="module")
def export_doc(base: Path, _template_vault: tuple[Path, str]) -> dict[str, Any]:
    """A real export of a vault holding every kind of record (see test_export.fill)."""
    folder = _copy_of_template(base, _template_vault, "exported")
    clock = FakeClock()
    with Vault.unlock(folder, PASSPHRASE, clock=clock) as vault:
        fill(vault, clock)
        vault.journal.add(JournalEntry(None, CANARY, CANARY, clock(), tags=(CANARY,)))
        return build_export(vault)


def _wipe(vault: Vault) -> None:
    with vault.transaction() as db:
        db.execute("DELETE FROM journal_tags")
        for table in reversed(DATA_TABLES):
            db.execute(f"DELETE FROM {table}")


def _import_export(vault: Vault, data: bytes) -> None:
    before = dump(vault)
    counts, error = attempt(lambda: import_export(vault, data))
    if error is not None:
        assert dump(vault) == before, "a refused import changed the vault"
        return
    assert vault.check().ok
    assert counts.journal == vault.db.one("SELECT count(*) FROM journal_entries")[0]
    _wipe(vault)


@FUZZ
@given(data=st.data())
def test_json_export_import_of_edited_files(
    data: st.DataObject, export_doc: dict[str, Any], empty_vault: Vault
) -> None:
    doc = data.draw(edited(export_doc, max_steps=4))
    _import_export(empty_vault, to_json(doc).encode("utf-8", "surrogatepass"))


@FUZZ
@given(data=st.data())
def test_json_export_import_of_damaged_bytes(
    data: st.DataObject, export_doc: dict[str, Any], empty_vault: Vault
) -> None:
    _import_export(empty_vault, data.draw(damaged(dumps(export_doc))))


@FEW
@given(data=st.binary(max_size=300))
def test_json_export_import_of_random_bytes(data: bytes, empty_vault: Vault) -> None:
    _import_export(empty_vault, data)
    _import_export(empty_vault, b'{"format": "wellbeing-export", "version": 1, ' + data)


def test_a_valid_export_still_imports(export_doc: dict[str, Any], empty_vault: Vault) -> None:
    """The fuzzing above would pass trivially if nothing valid ever got through."""
    counts = import_export(empty_vault, dumps(export_doc))
    assert counts.journal == len(export_doc["journal"]) and counts.values == 3
    _wipe(empty_vault)


# Regressions: inputs the fuzzing above found, kept so every run tries them again


def _refused(fn: Callable[[], Any]) -> WellbeingError:
    _, error = attempt(fn)
    assert error is not None, "this damage was accepted"
    return error


def _keyfile_with(edit: Callable[[dict[str, Any]], None], key_world: dict[str, Any]) -> bytes:
    body = _key_body(key_world["cheap_bytes"])
    edit(body)
    return _key_file_bytes(to_json(body).encode())


def _passphrase_slot(body: dict[str, Any]) -> dict[str, Any]:
    return next(slot for slot in body["slots"] if slot["type"] == "passphrase")


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(
            lambda b: _passphrase_slot(b)["kdf"].update(memory_kib=float("inf")), id="inf"
        ),
        pytest.param(lambda b: _passphrase_slot(b)["kdf"].update(salt="AAAA"), id="short salt"),
        pytest.param(lambda b: b.update(vault_id=DEEP), id="deep"),
    ],
)
def test_key_file_regressions(edit: Callable[[dict[str, Any]], None], key_world) -> None:
    data = _keyfile_with(edit, key_world)

    def open_it() -> bytes:
        with mock.patch.object(keyfile_module, "derive_passphrase_key", _cheap_derive):
            return KeyFile.from_bytes(data).open_with_passphrase(PASSPHRASE)

    _refused(open_it)


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda h: h.update(vault_id=DEEP), id="deep"),
        pytest.param(lambda h: h.update(payload_sha256="é" * 64), id="non-ASCII checksum"),
        pytest.param(lambda h: h.update(schema_version=float("inf")), id="inf"),
    ],
)
def test_backup_header_regressions(
    edit: Callable[[dict[str, Any]], None], backup_world, base
) -> None:
    header = copy.deepcopy(backup_world["header"])
    edit(header)
    data = _backup_bytes(header, backup_world["key"] + backup_world["db"])
    _refused(lambda: decode_backup(data, BACKUP_NAME))
    if peek_backup is not None:
        path = base / "regression.wbbackup"
        path.write_bytes(data)
        attempt(lambda: peek_backup(path))  # a quick look may pass; it must not crash


def _entries(doc: dict[str, Any], **fields: Any) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    doc["entries"][0].update(fields)
    return doc


SURROGATE_TAG = ["calm", "\ud800"]
REGRESSIONS = {
    "dayone: year 1 west of UTC": (
        "dayone",
        _entries(DAYONE_DOC, creationDate="0001-01-01T00:00:00Z", timeZone="America/New_York"),
    ),
    "dayone: year 9999 east of UTC": (
        "dayone",
        _entries(DAYONE_DOC, creationDate="9999-12-31T23:59:59Z", timeZone="Pacific/Kiritimati"),
    ),
    "dayone: a tag that cannot be stored": ("dayone", _entries(DAYONE_DOC, tags=SURROGATE_TAG)),
    "jrnl: year 1, local time": ("jrnl", _entries(JRNL_DOC, date="0001-01-01", time="00:00")),
    "jrnl: year 1, east of UTC": ("jrnl+5", _entries(JRNL_DOC, date="0001-01-01", time="00:00")),
    "jrnl: a tag that cannot be stored": ("jrnl", _entries(JRNL_DOC, tags=SURROGATE_TAG)),
    "jsonl: a tag that cannot be stored": ("jsonl", [{**JSONL_DOC[0], "tags": SURROGATE_TAG}]),
    "jsonl: a very long unknown field": ("jsonl", [{**JSONL_DOC[0], "[" * 3000: 1}]),
}


@pytest.mark.parametrize("case", REGRESSIONS)
def test_journal_import_regressions(case: str, journal_vault: Vault) -> None:
    parser, doc = REGRESSIONS[case]
    text = VALID[parser][1](doc)
    before = dump(journal_vault)
    _refused(lambda: _write_entries(journal_vault, PARSERS[parser](text)))
    assert dump(journal_vault) == before


@needs_app_import
def test_a_day_one_zip_with_a_damaged_stream_is_refused(base: Path) -> None:
    raw = bytearray(_zipped(to_json(DAYONE_DOC).encode()))
    info = zipfile.ZipFile(io.BytesIO(bytes(raw))).getinfo("Journal.json")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start] = 0xFF  # a deflate block of type 3, which does not exist
    path = base / "damaged-zip.json"
    path.write_bytes(bytes(raw))
    _refused(lambda: read_journal_file(path))


def _export_with(export_doc: dict[str, Any], edit: Callable[[dict[str, Any]], None]) -> bytes:
    doc = copy.deepcopy(export_doc)
    edit(doc)
    return to_json(doc).encode("utf-8", "surrogatepass")


def _twice(section: str) -> Callable[[dict[str, Any]], None]:
    return lambda doc: doc[section].append(copy.deepcopy(doc[section][0]))


#: Damage, and where the refusal must say it is (the message names the place).
EXPORT_REGRESSIONS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "check_ins twice": (_twice("check_ins"), "check_ins[1]"),
    "pauses twice": (_twice("pauses"), "pauses[1]"),
    "moods twice": (_twice("moods"), "moods[1]"),
    "who5 twice": (_twice("who5"), "who5[1]"),
    "forgotten twice": (
        lambda d: d.update(
            forgotten=[{"id": 1, "at": d["exported_at"], "before": None, "kind": "one"}] * 2
        ),
        "forgotten[1]",
    ),
    "an id too large": (lambda d: d["journal"][0].update(id=2**64), "journal[0].id"),
    "a null description": (
        lambda d: d["values"][0].update(description=None),
        "values[0].description",
    ),
    "a step that is null": (lambda d: d["goals"][0].update(steps=[None]), "goals[0].steps[0]"),
    "a pause of a routine that is a list": (
        lambda d: d["pauses"].append({"routine_id": [1], "start": "2026-01-01", "end": None}),
        "pauses[1].routine_id",
    ),
    "a time before the first UTC day": (
        lambda d: d["revisions"][0].update(at="0001-01-01T00:00:00+14:00"),
        "revisions[0].at",
    ),
    "an entry before the first UTC day": (
        lambda d: d["journal"][0].update(created_at="0001-01-01T00:00:00+14:00"),
        "journal[0].created_at",
    ),
    "a huge version": (lambda d: d.update(version=10**4000), ""),
    "a very long unknown field": (lambda d: d["values"][0].update({"x" * 5000: 1}), "values[0]"),
    "a tag that cannot be stored": (
        lambda d: d["journal"][0].update(tags=SURROGATE_TAG),
        "journal[0]",
    ),
}


@pytest.mark.parametrize("case", EXPORT_REGRESSIONS)
def test_json_export_import_regressions(
    case: str, export_doc: dict[str, Any], empty_vault: Vault
) -> None:
    edit, where = EXPORT_REGRESSIONS[case]
    if case == "pauses twice":
        assert export_doc["pauses"], "the exported vault has no pause to repeat"
    data = _export_with(export_doc, edit)
    before = dump(empty_vault)
    error = _refused(lambda: import_export(empty_vault, data))
    assert isinstance(error, ExportFormatError) and error.where.startswith(where), str(error)
    assert dump(empty_vault) == before
