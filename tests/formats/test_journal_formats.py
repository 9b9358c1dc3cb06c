"""jrnl and Day One journal exports, from small hand-written files (invented text)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import PASSPHRASE
from tests.test_cli import cli
from wellbeing.domain.errors import ImportFormatError
from wellbeing.formats.journal_formats import parse_dayone, parse_jrnl
from wellbeing.vault.vault import Vault

JRNL = {
    "tags": {"@zibble": 1},
    "entries": [
        {
            "title": "Wandered to the quorn market.",
            "body": "Bought three plonkfruit.\nFelt calm.\n",
            "date": "2024-05-01",
            "time": "21:30",
            "tags": ["@zibble"],
            "starred": True,
        },
        {
            "title": "Short one.",
            "body": "",
            "date": "2024-05-02",
            "time": "07:05",
            "tags": [],
            "starred": False,
        },
    ],
}

DAYONE = {
    "metadata": {"version": "1.0"},
    "entries": [
        {
            "uuid": "0F1E2D3C4B5A69788796A5B4C3D2E1F0",
            "creationDate": "2024-06-10T18:45:00Z",
            "modifiedDate": "2024-06-11T08:00:00Z",
            "timeZone": "Europe/Berlin",
            "text": "# Flumph garden\n\nPlanted the wibbleseeds\\. Tomorrow\\: water\\!",
            "tags": ["garden", "spring"],
            "starred": True,
        },
        {
            "uuid": "AAAABBBBCCCCDDDDEEEEFFFF00001111",
            "creationDate": "2024-06-12T05:00:00Z",
            "timeZone": "America/New_York",
            "text": "No heading here, just a quindle thought.",
        },
    ],
}

PLUS2 = timezone(timedelta(hours=2))


def test_jrnl_imports_exactly() -> None:
    first, second = parse_jrnl(json.dumps(JRNL), tz=PLUS2)
    assert first.title == "Wandered to the quorn market."
    assert first.body == "Bought three plonkfruit.\nFelt calm."
    assert first.created_at == datetime(2024, 5, 1, 21, 30, tzinfo=PLUS2)
    assert first.created_at.astimezone(UTC) == datetime(2024, 5, 1, 19, 30, tzinfo=UTC)
    assert first.tags == ("zibble", "starred")
    assert (second.title, second.body, second.tags) == ("Short one.", "", ())
    assert second.created_at == datetime(2024, 5, 2, 7, 5, tzinfo=PLUS2)


def test_dayone_imports_exactly() -> None:
    first, second = parse_dayone(json.dumps(DAYONE))
    assert first.title == "Flumph garden"
    assert first.body == "Planted the wibbleseeds. Tomorrow\\: water!"
    assert first.created_at == datetime(2024, 6, 10, 20, 45, tzinfo=ZoneInfo("Europe/Berlin"))
    assert first.created_at.utcoffset() == timedelta(hours=2)
    assert first.edited_at == datetime(2024, 6, 11, 8, 0, tzinfo=UTC)
    assert first.tags == ("garden", "spring", "starred")
    assert (second.title, second.body) == ("", "No heading here, just a quindle thought.")
    assert second.created_at.utcoffset() == timedelta(hours=-4)
    assert second.mood is None


@pytest.mark.parametrize(
    ("parse", "doc", "where", "why"),
    [
        (
            parse_jrnl,
            {"entries": [JRNL["entries"][0], {"title": "x", "date": "May 1"}]},
            "Entry 2",
            "date",
        ),
        (parse_jrnl, {"entries": [{"title": 5, "date": "2024-05-01"}]}, "Entry 1", "'title'"),
        (parse_jrnl, {"no": "entries"}, "Line 1", "entries"),
        (
            parse_dayone,
            {"entries": [{"creationDate": "2024-06-10T18:45:00"}]},
            "Entry 1",
            "time zone",
        ),
        (parse_dayone, {"entries": [{"creationDate": "x", "text": "a"}]}, "Entry 1", "ISO-8601"),
        (
            parse_dayone,
            {"entries": [{**DAYONE["entries"][0], "timeZone": "Mars/Base"}]},
            "Entry 1",
            "time zone",
        ),
        (parse_dayone, {"entries": [{**DAYONE["entries"][0], "tags": "one"}]}, "Entry 1", "tags"),
    ],
)
def test_malformed_says_where_and_why(parse, doc, where: str, why: str) -> None:
    with pytest.raises(ImportFormatError) as err:
        parse(json.dumps(doc))
    assert str(err.value).startswith(where) and why in str(err.value)
    assert "Nothing was imported" in str(err.value)


def test_not_json_says_which_line() -> None:
    with pytest.raises(ImportFormatError, match="Line 3"):
        parse_jrnl('{\n "entries": [\n oops ]}')


@pytest.mark.parametrize(("fmt", "doc"), [("jrnl", JRNL), ("dayone", DAYONE)])
def test_cli_import_skips_duplicates(vault_dir: Path, tmp_path: Path, fmt: str, doc: dict) -> None:
    path = tmp_path / "journal.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    first = cli("import", "--vault", vault_dir, "--format", fmt, path)
    assert first.code == 0 and first.out == "Imported 2 journal entries.\n", first
    again = cli("import", "--vault", vault_dir, "--format", fmt, path)
    assert again.code == 0 and "Imported 0" in again.out and "Skipped 2" in again.out
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.journal.count() == 2


def test_cli_malformed_imports_nothing(vault_dir: Path, tmp_path: Path) -> None:
    bad = {"entries": [DAYONE["entries"][0], {"creationDate": "never"}]}
    path = tmp_path / "journal.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    result = cli("import", "--vault", vault_dir, "--format", "dayone", path)
    assert result.code == 6 and result.err.startswith("wellbeing: Entry 2:")
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.journal.count() == 0


def test_jsonl_reimport_skips_duplicates(vault_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    line = '{"at": "2024-05-01T21:30:00+02:00", "title": "Blip", "body": "same words"}'
    path.write_text(f"{line}\n{line}\n", encoding="utf-8")
    result = cli("import", "--vault", vault_dir, path)
    assert result.out == (
        "Imported 1 journal entry. Skipped 1 already in the journal (same time and same text).\n"
    )
