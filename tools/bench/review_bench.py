"""Where the review's time goes, part by part, without the window. A script, not a test.

The full benchmark is ``make bench`` (``python -m tools.bench``). This one is for working on
the review: it takes the benchmark's vault of ``--entries`` days (ten years by default;
built once, then cached) and times each aggregate of ``ProgressRepository.overview`` for
the last full calendar year and for all time, with the strength cache cold (a fresh
unlock) and warm (the same period again).

    .venv/bin/python -m tools.bench.review_bench [--entries 3653] [--runs 5] [--seed 7]

Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from datetime import time as dt_time
from typing import Any

from tools.bench.corpus import PASSPHRASE
from tools.bench.store import default_cache_dir, generated_vault
from wellbeing.domain.review import Period
from wellbeing.vault.vault import Vault


def _ms(fn: Callable[[], Any], runs: int) -> float:
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - began)
    return round(statistics.median(samples) * 1000, 2)


def time_period(vault: Vault, period: Period, runs: int) -> dict[str, Any]:
    progress = vault.progress
    start, end, grain = period.start, period.end, period.sample
    began = time.perf_counter()
    progress.overview(period)
    first = time.perf_counter() - began
    parts = {
        "routine_counts": lambda: progress.routine_counts(start, end),
        "routine_strengths": lambda: progress.routine_strengths(start, end, grain),
        "goal_progress": lambda: progress.goal_progress(start, end),
        "boundary_counts": lambda: progress.boundary_counts(start, end),
        "mood_trend": lambda: progress.mood_trend(start, end, grain),
        "who5_trend": lambda: progress.who5_trend(start, end),
    }
    return {
        "period": period.describe(),
        "days": period.days,
        "first_run_ms": round(first * 1000, 2),
        "median_ms": _ms(lambda: progress.overview(period), runs),
        "median_parts_ms": {name: _ms(fn, runs) for name, fn in parts.items()},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=3653)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    built = generated_vault(default_cache_dir(), args.seed, args.entries, "minimum")
    report: dict[str, Any] = {"entries": built.entries, "rows": built.rows}
    today = built.last_day
    evening = datetime.combine(today, dt_time(21), UTC)  # the corpus's last day
    for name, pick in (
        ("last_year", lambda today, first: Period.containing(today, "year").previous()),
        ("all_time", lambda today, first: Period.custom(first, today)),
    ):
        # Unlocked afresh for each: the strength cache starts empty.
        with Vault.unlock(built.vault, PASSPHRASE, clock=lambda: evening) as vault:
            first = vault.progress.first_day() or today
            report[name] = time_period(vault, pick(today, first), args.runs)
    json.dump(report, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
