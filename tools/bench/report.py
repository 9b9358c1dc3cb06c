"""The benchmark's results as a short table (Markdown, so it reads on a terminal and
pastes into the README), each figure next to its target where there is one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Size = dict[str, Any]
#: A target: (the words shown, does it apply at this size, is this value within it).
Target = tuple[str, Callable[[Size], bool], Callable[[float, Size], bool]]

TEN_YEARS_DAYS = 3652


def _get(size: Size, path: str) -> Any:
    if path.startswith("session."):
        return size.get("session", {}).get(path.removeprefix("session."))
    value: Any = size
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _ratio(size: Size) -> float | None:
    ratios = [size.get("search", {}).get(k, {}).get("ratio") for k in ("rare", "common")]
    ratios = [r for r in ratios if r is not None]
    return max(ratios) if ratios else None


def _every(_: Size) -> bool:
    return True


def _ten_years(size: Size) -> bool:
    return size.get("days", 0) >= TEN_YEARS_DAYS


def _at(entries: int) -> Callable[[Size], bool]:
    return lambda size: size.get("entries") == entries


def _at_most(limit: float) -> Callable[[float, Size], bool]:
    return lambda value, _size: value <= limit


def _at_least(limit: float) -> Callable[[float, Size], bool]:
    return lambda value, _size: value >= limit


GUI_BLOCK: Target = ("≤ 50 ms", _every, _at_most(50))
COLD: Target = ("≤ 600 ms", _every, _at_most(600))
UNLOCK: Target = ("≤ 150 ms (10 y)", _ten_years, _at_most(150))
SEARCH: Target = ("≤ 5 ms at 10k", _at(10_000), _at_most(5))
RATIO: Target = ("≤ 1.5× at 100k", _at(100_000), _at_most(1.5))
REVIEW: Target = ("≤ 200 ms (10 y)", _ten_years, _at_most(200))
RSS: Target = ("≤ 200 MB", _every, _at_most(200 / 1.048576))  # MB, shown in MiB

S = "session."
#: (label, value: a path into a size's results or a function of it, unit, target or None)
ROWS: list[tuple[str, str | Callable[[Size], Any], str, Target | None]] = [
    ("Cold start → unlock window painted", "cold_start_to_unlock_painted_ms", "ms", COLD),
    ("`wellbeing --smoke-test`, start → exit", "smoke_test_start_to_exit_ms", "ms", None),
    ("Key derivation (Argon2id, this vault's cost)", S + "unlock_key_derivation_ms", "ms", None),
    ("Unlock → main window painted", S + "unlock_to_main_window_ms", "ms", None),
    ("… beyond key derivation", S + "unlock_beyond_key_derivation_ms", "ms", UNLOCK),
    ("Search, rare word (vault)", "search.rare.vault.median_ms", "ms", SEARCH),
    ("Search, common word (vault)", "search.common.vault.median_ms", "ms", SEARCH),
    ("Search, vault ÷ unencrypted SQLite (worse word)", _ratio, "×", RATIO),
    ("Search in the window, typed → painted (common)", S + "ui_search_common_ms", "ms", None),
    ("Journal first paint", S + "journal_first_paint_ms", "ms", None),
    ("Journal scroll to the end", S + "journal_scroll_to_end_ms", "ms", None),
    ("… longest step while scrolling", S + "journal_scroll_worst_step_ms", "ms", GUI_BLOCK),
    ("Review, first open (this month)", S + "review_open_ms", "ms", None),
    ("Review, last year", S + "review_last_year_ms", "ms", None),
    ("Review, ten years", S + "review_ten_years_ms", "ms", REVIEW),
    ("Review, all time", S + "review_all_time_ms", "ms", None),
    ("Autosave, journal edit → committed", S + "autosave_journal.commit_ms", "ms", None),
    ("… → list caught up", S + "autosave_journal.until_idle_ms", "ms", GUI_BLOCK),
    (
        "… → list caught up, every entry scrolled in",
        S + "autosave_journal_all_rows_loaded.until_idle_ms",
        "ms",
        GUI_BLOCK,
    ),
    ("Autosave, goal edit → committed", S + "autosave_goal.commit_ms", "ms", None),
    ("Import into a new vault", "import.into_new_vault.per_s", "entries/s", None),
    (
        "Import into this vault (duplicates checked)",
        "import.into_this_vault.per_s",
        "entries/s",
        None,
    ),
    ("Import of 20,000 entries sharing one time", "import.same_time.s", "s", None),
    ("Change the passphrase (new key, vault re-encrypted)", "passwd.app_total_s", "s", None),
    ("… of it on the GUI thread (swap and reopen)", "passwd.gui_thread_ms", "ms", None),
    ("… from the command line", "passwd.cli_s", "s", None),
    ("Peak RSS while unlocking (with Argon2id's memory)", S + "peak_rss_unlock_mib", "MiB", None),
    ("Peak RSS after unlock: journal to the end, review", S + "peak_rss_app_mib", "MiB", RSS),
    ("Peak RSS, whole session (with a backup)", S + "peak_rss_mib", "MiB", RSS),
    ("Journal filters' tag counts", "experiments.tags_ms", "ms", None),
    ("Every live entry's id (the list catching up)", "experiments.all_ids_ms", "ms", None),
    ("… with an index on archived_at (proposed)", "experiments.all_ids_with_index_ms", "ms", None),
    ("GUI thread, longest block: unlock", S + "gui_block_unlock_ms", "ms", GUI_BLOCK),
    ("GUI thread, longest block: backup", S + "gui_block_backup_ms", "ms", GUI_BLOCK),
    ("GUI thread, longest block: import", S + "gui_block_import_ms", "ms", GUI_BLOCK),
    ("GUI thread: a journal save during an import", S + "save_during_import_ms", "ms", GUI_BLOCK),
]


def _number(value: Any, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "entries/s" or (isinstance(value, float) and value >= 1000):
        return f"{value:,.0f}"
    if unit == "×":
        return f"{value:.2f}×"
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def rows(report: dict[str, Any]) -> list[list[str]]:
    sizes: list[Size] = report["sizes"]
    table = []
    for label, path, unit, target in ROWS:
        cells = [label + ("" if unit in ("×",) else f" ({unit})")]
        for size in sizes:
            value = path(size) if callable(path) else _get(size, path)
            text = _number(value, unit)
            if target is not None and value is not None and target[1](size):
                text += " ✓" if target[2](float(value), size) else " ✗"
            cells.append(text)
        cells.append(target[0] if target else "")
        table.append(cells)
    return table


def markdown(report: dict[str, Any]) -> str:
    sizes = report["sizes"]
    head = [
        "",
        *(f"{s['entries']:,} entries ({s['days'] / 365.25:.0f} y)" for s in sizes),
        "target",
    ]
    body = rows(report)
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    out = [line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out.extend(line(r) for r in body)
    m = report["machine"]
    out.append("")
    out.append(
        f"{m.get('cpu')}, {m.get('cores')} cores, {m.get('ram_gib')} GiB; {m.get('os')}; "
        f"Python {m.get('python')}, Qt {m.get('qt', '?')} (PySide6 {m.get('pyside6', '?')}), "
        f"SQLCipher {m.get('sqlcipher')} (SQLite {m.get('sqlite')}); "
        f"load average {m.get('load_average_at_start')} → {m.get('load_average_at_end')}; "
        f"{m.get('timestamp')}. Medians of {', '.join(str(s['runs']) for s in sizes)} runs."
    )
    errors = [e for s in sizes for e in s.get("session_errors", [])]
    if errors:
        out.append("Runs that stopped: " + "; ".join(errors))
    return "\n".join(out)
