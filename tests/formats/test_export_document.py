"""The JSON export document on its own: no vault, only records and bytes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wellbeing.formats.export_document import (
    FORMAT,
    KEYS,
    Contents,
    ExportFormatError,
    dumps,
    parse_export,
    to_document,
)
from wellbeing.formats.export_reading import read_contents

EXPORT = Path(__file__).resolve().parents[1] / "fixtures" / "v0.1" / "export.json"


def test_reading_and_writing_the_previous_versions_export_gives_the_same_bytes() -> None:
    data = EXPORT.read_bytes()
    doc = parse_export(data)
    contents = read_contents(doc)
    assert len(contents.journal) == 21 and len(contents.values) == 12
    assert dumps(to_document(contents, doc["exported_at"])) == data


def test_an_empty_document_has_every_section_in_order() -> None:
    doc = to_document(Contents(), "2026-03-02T09:00:00+00:00")
    assert list(doc)[:3] == ["format", "version", "exported_at"]
    assert set(doc) == {"format", "version", "exported_at", *KEYS}
    assert doc["format"] == FORMAT and doc["journal"] == []
    assert read_contents(parse_export(dumps(doc))) == Contents()


def test_a_link_to_a_record_not_in_the_file_is_refused() -> None:
    doc = json.loads(EXPORT.read_bytes())
    doc["goals"][0]["value_ids"] = [999_999]
    with pytest.raises(ExportFormatError, match=r"In goals\[0\]\.value_ids: links to a value"):
        read_contents(parse_export(json.dumps(doc)))
