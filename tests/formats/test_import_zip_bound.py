"""A small zip that unpacks to a huge journal is refused before it is unpacked, and the
process that tried stays small; a real journal in a zip still imports."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from wellbeing.domain.errors import ValidationError
from wellbeing.formats.importing import MAX_ZIP_RATIO, read_journal_file


def _bomb(path: Path, megabytes: int = 48) -> None:
    """A Day One-looking zip whose journal is ``megabytes`` of one repeated entry."""
    entry = json.dumps({"creationDate": "2026-01-01T10:00:00Z", "text": "x" * 200}) + ","
    block = (entry * (2**20 // len(entry) + 1))[: 2**20].encode()
    archive = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    with archive, archive.open("Journal.json", "w", force_zip64=True) as handle:
        handle.write(b'{"metadata": {}, "entries": [')
        for _ in range(megabytes):
            handle.write(block)
        handle.write(b"{}]}")


def test_a_zip_bomb_is_refused_from_its_listing_with_little_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "export.zip"
    _bomb(bomb)
    info = zipfile.ZipFile(bomb).infolist()[0]
    assert info.file_size > MAX_ZIP_RATIO * info.compress_size  # it is one
    with pytest.raises(ValidationError) as refused:
        read_journal_file(bomb)
    assert "would unpack to 48 MB" in str(refused.value)
    assert "Nothing was imported" in str(refused.value)
    # In a process of its own: how much memory trying it took, at the most.
    code = (
        "import resource, sys; from pathlib import Path\n"
        "from wellbeing.formats.importing import read_journal_file\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
        "try:\n    read_journal_file(Path(sys.argv[1]))\nexcept Exception as e:\n"
        "    print(type(e).__name__)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", code, str(bomb)], capture_output=True, text=True, check=True
    )
    before_kib, kind, peak_kib = ran.stdout.split()
    assert kind == "ValidationError"
    # The peak grew by far less than the journal would have taken as bytes alone.
    assert int(peak_kib) - int(before_kib) < 8 * 1024


def test_a_real_journal_in_a_zip_still_reads(tmp_path: Path) -> None:
    entries = [
        {"creationDate": f"2026-01-{day:02d}T10:00:00Z", "text": f"Day {day}: a walk, tea"}
        for day in range(1, 29)
    ]
    path = tmp_path / "dayone.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Journal.json", json.dumps({"metadata": {}, "entries": entries}))
    assert json.loads(read_journal_file(path))["entries"] == entries
