"""Dates the app cannot show are refused on import, saying where (years 1900 to 2200, as
the README's import format says); the years at both ends are taken."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import assert_failed, cli, files
from wellbeing.domain.errors import ImportFormatError
from wellbeing.formats.importing import parse_journal


def _jsonl(*ats: str) -> str:
    return "".join(
        json.dumps({"at": at, "title": f"t{i}", "body": f"Sam {i}"}) + "\n"
        for i, at in enumerate(ats)
    )


def _jrnl(*days: str) -> str:
    entries = [{"date": day, "time": "09:00", "title": "t", "body": "b"} for day in days]
    return json.dumps({"tags": {}, "entries": entries})


def _dayone(*ats: str) -> str:
    entries = [{"creationDate": at, "text": "Robin Example"} for at in ats]
    return json.dumps({"metadata": {"version": "1.0"}, "entries": entries})


@pytest.mark.parametrize(
    "at", ["1899-12-31T23:59:59+00:00", "2201-01-01T00:00:00Z", "0001-01-01T00:00:00-08:00"]
)
def test_json_lines_refuses_the_line_with_a_date_out_of_range(at: str) -> None:
    with pytest.raises(ImportFormatError) as raised:
        parse_journal(_jsonl("2024-05-01T21:30:00Z", "2024-05-02T21:30:00Z", at))
    assert raised.value.line == 3
    assert str(raised.value).startswith("Line 3: An entry's date must fall between the years")
    assert "1900 and 2200" in str(raised.value)


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (_jrnl("2024-05-01", "1850-01-01"), "jrnl"),
        (_dayone("2024-05-01T10:00:00Z", "2300-01-01T10:00:00Z"), "dayone"),
    ],
)
def test_jrnl_and_day_one_say_which_entry(text: str, fmt: str) -> None:
    with pytest.raises(ImportFormatError, match=r"^Entry 2: An entry's date must fall between"):
        parse_journal(text, fmt)


def test_the_first_and_last_years_are_taken() -> None:
    entries = parse_journal(_jsonl("1900-01-01T00:00:00+00:00", "2200-12-31T23:59:59+00:00"))
    assert [e.created_at.year for e in entries] == [1900, 2200]
    assert len(parse_journal(_jrnl("1900-01-01", "2200-12-31"), "jrnl")) == 2


def test_the_command_line_names_the_line_and_imports_nothing(
    vault_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "old.jsonl"
    source.write_text(_jsonl("2024-05-01T21:30:00Z", "1066-10-14T09:00:00Z"), encoding="utf-8")
    before = files(vault_dir)
    result = cli("import", "--vault", vault_dir, source)
    assert_failed(result, 6)
    assert "Line 2:" in result.err and "1900 and 2200" in result.err
    assert files(vault_dir) == before
