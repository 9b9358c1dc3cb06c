"""``wellbeing import`` (JSON Lines) and finding what was imported with ``wellbeing search``.

The big journal is invented, deterministic text: 10,000 entries in shuffled time order,
with marker words placed in known entries so every search has one exact right answer.
"""

from __future__ import annotations

import json
import random
import shutil
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.test_cli import Result, assert_failed, cli, files, rows, search_json, titles
from wellbeing.vault.vault import Vault

N = 10_000
RARE, TWIN = "quillibrant", "quillibore"  # TWIN shares the prefix "quillib"
SYLLABLES = ["ka", "lo", "mer", "tu", "si", "ven", "dra", "po", "nal", "ri", "bo", "the"]
ZONES = [UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5, minutes=-30))]
GOOD = '{"at": "2024-05-01T21:30:00+02:00", "title": "Evening %d", "body": "calm %d"}'


@dataclass
class Corpus:
    lines: list[str] = field(default_factory=list)
    records: dict[str, dict] = field(default_factory=dict)  # title -> the record, with "when"
    sets: dict[str, set[str]] = field(default_factory=dict)  # marker -> titles carrying it

    def newest_first(self, marker: str) -> list[str]:
        return sorted(self.sets[marker], key=lambda t: self.records[t]["when"], reverse=True)


def make_corpus(seed: int = 20240501) -> Corpus:
    rng = random.Random(seed)
    vocab = sorted({"".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(3000)})
    chosen = iter(rng.sample(range(N), 37 + 13 + 11 + 9 + 5))
    marked = {
        name: {next(chosen) for _ in range(k)}
        for name, k in [("rare", 37), ("twin", 13), ("phrase", 11), ("apart", 9), ("cafe", 5)]
    }
    tagged = set(rng.sample(range(N), 600))
    minutes = rng.sample(range(N * 20), N)  # distinct times, not in file order
    corpus = Corpus(sets={name: set() for name in [*marked, "tag"]})
    for i in range(N):
        title = f"Entry {i:05d}"
        words = rng.choices(vocab, k=rng.randint(6, 30))
        extra = {
            "rare": [RARE],
            "twin": [TWIN],
            "phrase": ["velvet", "harbour"],
            "apart": ["harbour", "ka", "velvet"],
            "cafe": [rng.choice(["café", "CAFÉ"])],
        }
        for name, members in marked.items():
            if i in members:
                spot = rng.randrange(len(words) + 1)
                words[spot:spot] = extra[name]
                corpus.sets[name].add(title)
        when = datetime(2019, 3, 1, tzinfo=UTC) + timedelta(minutes=minutes[i], seconds=i % 60)
        at = when.astimezone(ZONES[i % 3]).isoformat()
        record: dict = {
            "at": at.replace("+00:00", "Z") if i % 2 else at,
            "title": title,
            "body": " ".join(words),
        }
        if i % 4:
            record["mood"] = 1 + i % 5
        if i in tagged:
            record["tags"] = ["evening", "Zephyrine"] if i % 2 else ["walk"]
            if i % 2:
                corpus.sets["tag"].add(title)
        corpus.lines.append(json.dumps(record, ensure_ascii=bool(i % 2)))
        corpus.records[title] = {**record, "when": when}
    return corpus


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return make_corpus()


@pytest.fixture(scope="module")
def big(
    tmp_path_factory: pytest.TempPathFactory, _template_vault: tuple[Path, str], corpus: Corpus
) -> tuple[Path, Result]:
    """One vault with the 10,000 entries imported through the CLI (searches only read it)."""
    root = tmp_path_factory.mktemp("big")
    shutil.copytree(_template_vault[0], root / "vault")
    source = root / "journal.jsonl"
    source.write_text("\n".join(corpus.lines) + "\n", encoding="utf-8")
    return root / "vault", cli("import", "--vault", root / "vault", source)


def count(folder: Path) -> int:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        return vault.journal.count()


def write(path: Path, *lines: str, encoding: str = "utf-8", end: str = "\n") -> Path:
    path.write_text("".join(line + end for line in lines), encoding=encoding, newline="")
    return path


# The big import and searching it


@pytest.mark.slow
def test_ten_thousand_lines_are_all_imported(big: tuple[Path, Result], corpus: Corpus) -> None:
    folder, result = big
    assert result == Result(0, "Imported 10000 journal entries.\n", "")
    assert count(folder) == N
    with Vault.unlock(folder, PASSPHRASE) as vault:
        newest = vault.journal.recent(limit=1)[0]
    assert newest.title == max(corpus.records, key=lambda t: corpus.records[t]["when"])


@pytest.mark.slow
def test_a_rare_word_finds_exactly_its_entries_newest_first(
    big: tuple[Path, Result], corpus: Corpus
) -> None:
    folder, _ = big
    expected = corpus.newest_first("rare")
    matches = search_json(folder, RARE)
    assert [m["title"] for m in matches] == expected and len(expected) == 37
    moments = [datetime.fromisoformat(m["at"]) for m in matches]
    assert moments == sorted(moments, reverse=True)
    for match in matches:
        record = corpus.records[match["title"]]
        assert datetime.fromisoformat(match["at"]) == record["when"]
        assert (match["body"], match["mood"]) == (record["body"], record.get("mood"))
        assert match["tags"] == record.get("tags", [])
        assert f"[{RARE}]" in match["snippet"]
    text = cli("search", "--vault", folder, RARE.upper())
    assert text.code == 0
    assert [line.split("  ", 1)[1] for line in text.out.splitlines()[::2]] == expected
    assert titles(folder, RARE, "--limit", 5) == expected[:5]


@pytest.mark.slow
def test_phrase_prefix_accents_and_tags(big: tuple[Path, Result], corpus: Corpus) -> None:
    folder, _ = big
    assert titles(folder, '"velvet harbour"') == corpus.newest_first("phrase")
    both = corpus.sets["phrase"] | corpus.sets["apart"]
    assert set(titles(folder, "harbour velvet")) == both and len(both) == 20
    assert set(titles(folder, "quillib*")) == corpus.sets["rare"] | corpus.sets["twin"]
    assert titles(folder, "quillibr*") == corpus.newest_first("rare")
    assert titles(folder, "quillib") == []  # without the star, a whole word
    for query in ("cafe", "Café", "CAFE"):
        assert titles(folder, query) == corpus.newest_first("cafe")
    assert titles(folder, "zephyrine") == corpus.newest_first("tag")


@pytest.mark.slow
def test_bad_json_at_line_5001_of_10000_imports_nothing(
    vault_dir: Path, tmp_path: Path, corpus: Corpus
) -> None:
    lines = list(corpus.lines)
    lines[5000] = lines[5000][:-1]  # the closing brace is gone
    source = write(tmp_path / "journal.jsonl", *lines)
    before = files(vault_dir)
    result = cli("import", "--vault", vault_dir, source)
    assert_failed(result, 6)
    assert "Line 5001:" in result.err and "not valid JSON" in result.err
    assert files(vault_dir) == before and count(vault_dir) == 0


# Malformed lines (small files)


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ('{"title": "t", "body": "b"}', "'at' is missing"),
        ('{"at": "2024-05-01T10:00:00", "title": "t", "body": "b", "mood": 9}', "Mood"),
        ('{"at": "2024-05-01T10:00:00", "title": "t", "body": "b", "tags": "rest"}', "Tags"),
        (
            '{"at": "2024-05-01T10:00:00", "title": "t", "body": "b", "tag": ["rest"]}',
            "unknown field 'tag'",
        ),
        ('{"at": "2024-02-30T10:00:00", "title": "t", "body": "b"}', "ISO-8601"),
        ('{"at": "yesterday", "title": "t", "body": "b"}', "ISO-8601"),
        ('{"at": "2024-05-01T10:00:00", "title": 5, "body": "b"}', "'title' must be text"),
        ('["a list"]', "one JSON object"),
        ("{'at': 'single quotes'}", "not valid JSON"),
    ],
)
def test_a_malformed_line_is_named_and_nothing_is_imported(
    vault_dir: Path, tmp_path: Path, bad: str, why: str
) -> None:
    cli("import", "--vault", vault_dir, write(tmp_path / "first.jsonl", GOOD % (0, 0)))
    before, before_rows = files(vault_dir), rows(vault_dir)
    lines = [GOOD % (i, i) for i in range(1, 20)]
    lines[11] = bad
    result = cli("import", "--vault", vault_dir, write(tmp_path / "bad.jsonl", *lines))
    assert_failed(result, 6)
    assert result.err.startswith("wellbeing: Line 12: ") and why in result.err
    assert files(vault_dir) == before and rows(vault_dir) == before_rows


def test_bom_crlf_and_blank_lines(vault_dir: Path, tmp_path: Path) -> None:
    lines = [GOOD % (1, 1), "", "   ", GOOD % (2, 2), "", "{broken"]
    bad = write(tmp_path / "bad.jsonl", *lines, encoding="utf-8-sig", end="\r\n")
    result = cli("import", "--vault", vault_dir, bad)
    assert_failed(result, 6)
    assert "Line 6:" in result.err  # blank lines count, and a BOM is not a line
    good = write(tmp_path / "good.jsonl", *lines[:-1], encoding="utf-8-sig", end="\r\n")
    assert cli("import", "--vault", vault_dir, good).out == "Imported 2 journal entries.\n"
    found = sorted((m["title"], m["body"]) for m in search_json(vault_dir, "calm"))
    assert found == [("Evening 1", "calm 1"), ("Evening 2", "calm 2")]  # no stray \r


def test_entries_sharing_one_time_are_all_kept(vault_dir: Path, tmp_path: Path) -> None:
    source = write(tmp_path / "same.jsonl", *(GOOD % (i, i) for i in range(5)))
    assert cli("import", "--vault", vault_dir, source).code == 0
    matches = search_json(vault_dir, "calm")
    assert sorted(m["title"] for m in matches) == [f"Evening {i}" for i in range(5)]
    assert {datetime.fromisoformat(m["at"]) for m in matches} == {
        datetime(2024, 5, 1, 19, 30, tzinfo=UTC)
    }


def test_a_file_that_is_not_utf8_imports_nothing(vault_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "latin1.jsonl"
    source.write_bytes((GOOD % (1, 1) + "\n").encode() + b'{"title": "caf\xe9"}\n')
    before = files(vault_dir)
    assert_failed(cli("import", "--vault", vault_dir, source), 6)
    assert files(vault_dir) == before and count(vault_dir) == 0


# Edge cases found in review: each test states the behaviour the README promises.


@pytest.mark.parametrize("at", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
def test_a_time_out_of_range_is_a_bad_line(vault_dir: Path, tmp_path: Path, at: str) -> None:
    line = json.dumps({"at": at, "title": "t", "body": "b"})
    source = write(tmp_path / "edge.jsonl", GOOD % (1, 1), line)
    result = cli("import", "--vault", vault_dir, source)
    assert_failed(result, 6)
    assert "Line 2:" in result.err and count(vault_dir) == 0


def test_deeply_nested_json_is_a_bad_line(vault_dir: Path, tmp_path: Path) -> None:
    source = write(tmp_path / "deep.jsonl", GOOD % (1, 1), "[" * 100_000 + "]" * 100_000)
    result = cli("import", "--vault", vault_dir, source)
    assert_failed(result, 6)
    assert "Line 2:" in result.err and count(vault_dir) == 0


def test_text_that_cannot_be_stored_is_a_bad_line(vault_dir: Path, tmp_path: Path) -> None:
    line = '{"at": "2024-05-01T10:00:00Z", "title": "\\ud800", "body": "b"}'
    result = cli("import", "--vault", vault_dir, write(tmp_path / "s.jsonl", GOOD % (1, 1), line))
    assert_failed(result, 6)
    assert "Line 2:" in result.err and count(vault_dir) == 0


def test_search_typed_with_decomposed_accents_finds_the_entry(
    vault_dir: Path, tmp_path: Path
) -> None:
    line = json.dumps({"at": "2024-05-01T10:00:00Z", "title": "t", "body": "crème brûlée"})
    assert cli("import", "--vault", vault_dir, write(tmp_path / "c.jsonl", line)).code == 0
    assert titles(vault_dir, "creme") == ["t"]  # composed and plain forms do work
    assert titles(vault_dir, unicodedata.normalize("NFD", "crème")) == ["t"]
