"""The key file: the vault's random data key, wrapped once per way of unlocking.

Layout (all integers big-endian)::

    magic    8 bytes   b"WBVAULTK"
    version  2 bytes   format version, 1
    length   4 bytes   length of the body
    body     length    UTF-8 JSON: {"vault_id": hex, "db_salt": hex, "slots": [slot, ...]}
    checksum 32 bytes  SHA-256 of everything before it

A slot wraps the 256-bit data key with AES-256-GCM under a key derived either from the
passphrase (Argon2id, parameters and a fresh salt stored in the slot, so they can be
raised later without breaking old vaults) or from the recovery key (HKDF-SHA256: the
recovery key is 150 random bits, so a slow KDF adds nothing). The slot's metadata and
the vault id are the AEAD's associated data, so a slot cannot be moved to another key
file or have its parameters edited without failing to open. ``db_salt`` is the
database's (public) SQLCipher salt, so a key file paired with another vault's database
is reported as such rather than as damage.

The checksum is not a secret-keyed MAC: it only tells accidental damage (a bad disk, a
truncated copy) from a wrong passphrase, so the person gets the right message. Integrity
against tampering comes from the AEAD.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import struct
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..domain.errors import KeyFileDamagedError, ValidationError, WrongPassphraseError

MAGIC = b"WBVAULTK"
VERSION = 1
_HEADER = struct.Struct(">8sHI")
_CHECKSUM_LEN = 32
DATA_KEY_LEN = 32

#: Argon2id floor: never below 64 MiB, whatever the machine (issue: vault core).
MIN_MEMORY_KIB = 64 * 1024
#: Ceilings refuse a crafted key file that would make unlocking hang or exhaust memory.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Stored in each passphrase slot."""

    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = 3
    lanes: int = 4

    def __post_init__(self) -> None:
        if not MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB:
            raise ValueError("Argon2id memory outside the allowed range")
        if not 1 <= self.iterations <= MAX_ITERATIONS or not 1 <= self.lanes <= 16:
            raise ValueError("Argon2id iterations or lanes outside the allowed range")


def derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id over the NFC-normalised passphrase, so the same typed text always opens.

    The result is a mutable buffer, for the caller to :func:`wipe` once it has wrapped or
    unwrapped the data key. (The passphrase itself is a ``str``, which Python cannot wipe;
    the app ends the process that held it when it locks: see ``app.LockEndsProcess``.)
    """
    secret = bytearray(unicodedata.normalize("NFC", passphrase), "utf-8")
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    out = bytearray(32)
    try:
        kdf.derive_into(secret, out)  # type: ignore[arg-type]  # takes any buffer
    finally:
        wipe(secret)
    return out


def wipe(buffer: bytes | bytearray) -> None:
    """Zero a key held in a mutable buffer (``bytes`` cannot be changed: left as is)."""
    if isinstance(buffer, bytearray):
        buffer[:] = bytes(len(buffer))


def tune_kdf(target: float = 0.45, low: float = 0.3, high: float = 0.6) -> KdfParams:
    """Pick Argon2id parameters that take about ``target`` seconds on this machine.

    Memory first (up to 256 MiB while one pass stays under half the target), then
    passes. Measured, then nudged until the final cost lands in ``[low, high]``.
    """
    salt = os.urandom(16)

    def seconds(params: KdfParams) -> float:
        start = time.perf_counter()
        derive_passphrase_key("tuning", salt, params)
        return time.perf_counter() - start

    memory = MIN_MEMORY_KIB
    one_pass = seconds(KdfParams(memory, 1))
    while memory < 256 * 1024 and one_pass * 2 * 2 <= target:
        memory *= 2
        one_pass = seconds(KdfParams(memory, 1))
    iterations = max(1, min(MAX_ITERATIONS, round(target / one_pass)))
    params = KdfParams(memory, iterations)
    for _ in range(4):
        took = seconds(params)
        if took > high and params.iterations > 1:
            params = KdfParams(memory, params.iterations - 1)
        elif took < low and params.iterations < MAX_ITERATIONS:
            params = KdfParams(memory, params.iterations + 1)
        else:
            break
    return params


# --- Recovery key -----------------------------------------------------------------------

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
_DECODE = {c: i for i, c in enumerate(_ALPHABET)} | {"I": 1, "L": 1, "O": 0}
_RECOVERY_RANDOM_CHARS = 30  # 150 bits
_RECOVERY_CHECK_CHARS = 2  # catches typos before we try to open anything


def _check_chars(body: str) -> str:
    digest = int.from_bytes(hashlib.sha256(body.encode("ascii")).digest()[:2], "big")
    return _ALPHABET[digest >> 11 & 31] + _ALPHABET[digest >> 6 & 31]


def new_recovery_key() -> str:
    """A fresh recovery key in readable groups: ``XXXX-XXXX-…`` (8 groups of 4)."""
    body = "".join(secrets.choice(_ALPHABET) for _ in range(_RECOVERY_RANDOM_CHARS))
    text = body + _check_chars(body)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> str:
    """Normalise a typed recovery key (any case, spaces or dashes, O for 0, I/L for 1).

    Raises ValidationError when it has the wrong length or a typo, before any attempt
    to unlock, so a mistyped key is never reported as the wrong key.
    """
    chars = [c for c in text.upper() if not c.isspace() and c != "-"]
    if any(c not in _DECODE for c in chars):
        raise ValidationError("A recovery key holds only letters and numbers.")
    if len(chars) != _RECOVERY_RANDOM_CHARS + _RECOVERY_CHECK_CHARS:
        raise ValidationError("A recovery key is 32 characters long, in 8 groups of 4.")
    normal = "".join(_ALPHABET[_DECODE[c]] for c in chars)
    body, check = normal[:_RECOVERY_RANDOM_CHARS], normal[_RECOVERY_RANDOM_CHARS:]
    if _check_chars(body) != check:
        raise ValidationError("That recovery key has a typo somewhere. Please check it.")
    return body


def _recovery_wrapping_key(body: str, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"wellbeing recovery")
    return hkdf.derive(body.encode("ascii"))


# --- Slots and the file -------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise KeyFileDamagedError("The key file is damaged: a field has the wrong type.")
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as err:
        raise KeyFileDamagedError("The key file is damaged: a field cannot be read.") from err


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass
class KeyFile:
    """The parsed key file. Slots are kept as dicts, exactly as stored."""

    vault_id: str
    slots: list[dict[str, Any]] = field(default_factory=list)
    db_salt: str = ""

    # Creating and changing slots

    @classmethod
    def create(
        cls, data_key: bytes, passphrase: str, recovery_key: str, params: KdfParams
    ) -> KeyFile:
        keyfile = cls(vault_id=secrets.token_hex(16))
        keyfile.set_passphrase(data_key, passphrase, params)
        keyfile.set_recovery_key(data_key, recovery_key)
        return keyfile

    def renewed(
        self, data_key: bytes | bytearray, passphrase: str, recovery_key: str, params: KdfParams
    ) -> KeyFile:
        """A key file for the same vault around a new data key (a passphrase change).

        Both slots are new: the recovery slot can only wrap the new key under a new
        recovery key, since the old one is never known here (only its slot is). The
        database salt is set once the re-encrypted database exists (``rekey.py``).
        """
        keyfile = KeyFile(vault_id=self.vault_id)
        keyfile.set_passphrase(data_key, passphrase, params)
        keyfile.set_recovery_key(data_key, recovery_key)
        return keyfile

    def set_passphrase(
        self, data_key: bytes | bytearray, passphrase: str, params: KdfParams
    ) -> None:
        """Replace the passphrase slot (fresh salt, fresh nonce)."""
        salt = os.urandom(16)
        meta = {
            "type": "passphrase",
            "kdf": {
                "name": "argon2id",
                "salt": _b64(salt),
                "memory_kib": params.memory_kib,
                "iterations": params.iterations,
                "lanes": params.lanes,
            },
            "aead": "aes-256-gcm",
        }
        wrapping = derive_passphrase_key(passphrase, salt, params)
        try:
            self._replace_slot(meta, wrapping, data_key)
        finally:
            wipe(wrapping)

    def set_recovery_key(self, data_key: bytes | bytearray, recovery_key: str) -> None:
        salt = os.urandom(16)
        meta = {
            "type": "recovery",
            "kdf": {"name": "hkdf-sha256", "salt": _b64(salt)},
            "aead": "aes-256-gcm",
        }
        wrapping = _recovery_wrapping_key(parse_recovery_key(recovery_key), salt)
        self._replace_slot(meta, wrapping, data_key)

    def _replace_slot(
        self, meta: dict[str, Any], wrapping_key: bytes | bytearray, data_key: bytes | bytearray
    ) -> None:
        nonce = os.urandom(12)
        wrapped = AESGCM(wrapping_key).encrypt(nonce, data_key, self._aad(meta))
        slot = {**meta, "nonce": _b64(nonce), "wrapped_key": _b64(wrapped)}
        self.slots = [s for s in self.slots if s.get("type") != meta["type"]] + [slot]

    def _aad(self, meta: dict[str, Any]) -> bytes:
        bare = {k: v for k, v in meta.items() if k not in ("nonce", "wrapped_key")}
        return MAGIC + struct.pack(">H", VERSION) + _canonical({"vault_id": self.vault_id, **bare})

    # Opening

    def open_with_passphrase(self, passphrase: str) -> bytes:
        slot = self._slot("passphrase")
        kdf = slot.get("kdf")
        if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
            raise KeyFileDamagedError("The key file is damaged: unknown key derivation.")
        try:
            params = KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"]))
        except (KeyError, TypeError, ValueError, OverflowError) as err:  # 1e999 is inf
            raise KeyFileDamagedError(
                "The key file is damaged: its key derivation settings are invalid."
            ) from err
        salt = _unb64(kdf.get("salt"))
        if len(salt) < 8:  # Argon2id's minimum; ours are 16 bytes
            raise KeyFileDamagedError("The key file is damaged: a slot cannot be read.")
        key = derive_passphrase_key(passphrase, salt, params)
        try:
            return self._unwrap(slot, key, "That passphrase does not open this vault.")
        finally:
            wipe(key)

    def open_with_recovery_key(self, recovery_key: str) -> bytes:
        body = parse_recovery_key(recovery_key)
        slot = self._slot("recovery")
        kdf = slot.get("kdf")
        if not isinstance(kdf, dict):
            kdf = {}
        key = _recovery_wrapping_key(body, _unb64(kdf.get("salt")))
        return self._unwrap(slot, key, "That recovery key does not open this vault.")

    def _slot(self, kind: str) -> dict[str, Any]:
        for slot in self.slots:
            if slot.get("type") == kind:
                return slot
        raise KeyFileDamagedError("The key file is damaged: it has no {kind} slot.", kind=kind)

    def _unwrap(self, slot: dict[str, Any], key: bytes | bytearray, wrong: str) -> bytes:
        nonce, wrapped = _unb64(slot.get("nonce")), _unb64(slot.get("wrapped_key"))
        if len(nonce) != 12:
            raise KeyFileDamagedError("The key file is damaged: a slot cannot be read.")
        try:
            data_key = AESGCM(key).decrypt(nonce, wrapped, self._aad(slot))
        except InvalidTag:
            raise WrongPassphraseError(wrong) from None
        if len(data_key) != DATA_KEY_LEN:
            raise KeyFileDamagedError("The key file is damaged: the key has the wrong size.")
        return data_key

    # Bytes

    def to_bytes(self) -> bytes:
        body = _canonical({"vault_id": self.vault_id, "db_salt": self.db_salt, "slots": self.slots})
        head = _HEADER.pack(MAGIC, VERSION, len(body)) + body
        return head + hashlib.sha256(head).digest()

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        if len(data) < _HEADER.size + _CHECKSUM_LEN:
            raise KeyFileDamagedError("The key file is damaged: it is too short.")
        magic, version, length = _HEADER.unpack_from(data)
        if magic != MAGIC:
            raise KeyFileDamagedError("The key file is damaged: it is not a Wellbeing key file.")
        if version > VERSION:
            raise KeyFileDamagedError(
                "This vault was made by a newer version of Wellbeing. Please update the app."
            )
        end = _HEADER.size + length
        if len(data) != end + _CHECKSUM_LEN:
            raise KeyFileDamagedError("The key file is damaged: it has been cut short or added to.")
        if not secrets.compare_digest(hashlib.sha256(data[:end]).digest(), data[end:]):
            raise KeyFileDamagedError("The key file is damaged: its checksum does not match.")
        try:
            body = json.loads(data[_HEADER.size : end].decode("utf-8"))
            keyfile = cls(
                vault_id=str(body["vault_id"]),
                slots=list(body["slots"]),
                db_salt=str(body.get("db_salt", "")),
            )
        except (ValueError, KeyError, TypeError, RecursionError) as err:  # too deeply nested
            raise KeyFileDamagedError(
                "The key file is damaged: its contents cannot be read."
            ) from err
        if not all(isinstance(slot, dict) for slot in keyfile.slots):
            raise KeyFileDamagedError("The key file is damaged: a slot cannot be read.")
        return keyfile
