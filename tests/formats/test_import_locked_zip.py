"""A Day One zip protected with a password: one plain line (exit 6), never a traceback.

The zip is made here with real ZipCrypto ("traditional PKWARE") encryption, as ``zip -P``
makes it; Python's own zipfile opens it with the password, which proves it is real.
"""

from __future__ import annotations

import json
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from tests.test_cli import assert_failed, cli, files
from wellbeing.domain.errors import ValidationError
from wellbeing.formats.importing import read_journal_file

PASSWORD = b"Robin's zip password"
JOURNAL = json.dumps(
    {
        "metadata": {"version": "1.0"},
        "entries": [{"creationDate": "2024-05-01T21:30:00Z", "text": "Sam Placeholder's day"}],
    }
).encode()


def _crc_byte(crc: int, byte: int) -> int:
    return zlib.crc32(bytes([byte]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF


class _ZipCrypto:
    def __init__(self, password: bytes) -> None:
        self.keys = [0x12345678, 0x23456789, 0x34567890]
        for byte in password:
            self._update(byte)

    def _update(self, byte: int) -> None:
        k0, k1, k2 = self.keys
        k0 = _crc_byte(k0, byte)
        k1 = (((k1 + (k0 & 0xFF)) * 134775813) + 1) & 0xFFFFFFFF
        k2 = _crc_byte(k2, k1 >> 24)
        self.keys = [k0, k1, k2]

    def encrypt(self, data: bytes) -> bytes:
        out = bytearray()
        for byte in data:
            temp = (self.keys[2] | 2) & 0xFFFF
            out.append(byte ^ ((temp * (temp ^ 1)) >> 8) & 0xFF)
            self._update(byte)
        return bytes(out)


def locked_zip(path: Path, name: str = "Journal.json", data: bytes = JOURNAL) -> Path:
    """A stored (uncompressed) member encrypted with :data:`PASSWORD`."""
    crc = zlib.crc32(data)
    header = bytes(range(11)) + bytes([crc >> 24])  # the check byte: the CRC's high byte
    body = _ZipCrypto(PASSWORD).encrypt(header + data)
    raw = name.encode()
    local = struct.pack(
        "<IHHHHHIIIHH", 0x04034B50, 20, 0x1, 0, 0, 0x21, crc, len(body), len(data), len(raw), 0
    )
    central = struct.pack(
        "<IHHHHHHIIIHHHHHII",
        0x02014B50,
        20,
        20,
        0x1,
        0,
        0,
        0x21,
        crc,
        len(body),
        len(data),
        len(raw),
        0,
        0,
        0,
        0,
        0,
        0,
    )
    start = len(local) + len(raw) + len(body)
    size = len(central) + len(raw)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, size, start, 0)
    path.write_bytes(local + raw + body + central + raw + end)
    return path


def test_the_zip_is_really_encrypted(tmp_path: Path) -> None:
    path = locked_zip(tmp_path / "dayone.zip")
    with zipfile.ZipFile(path) as archive:
        assert archive.read("Journal.json", pwd=PASSWORD) == JOURNAL
        with pytest.raises(RuntimeError, match="password"):
            archive.read("Journal.json")


def test_reading_says_it_is_protected_with_a_password(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="protected with a password") as raised:
        read_journal_file(locked_zip(tmp_path / "dayone.zip"))
    assert "Nothing was imported" in str(raised.value)


def test_the_command_line_says_one_line_and_exits_6(vault_dir: Path, tmp_path: Path) -> None:
    before = files(vault_dir)
    result = cli("import", "--vault", vault_dir, locked_zip(tmp_path / "dayone.zip"))
    assert_failed(result, 6)
    assert "password" in result.err and "Traceback" not in result.err
    assert files(vault_dir) == before
