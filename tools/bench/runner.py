"""Runs the benchmark: for each size, build (or take from the cache), measure, take medians.

Every measurement with the window runs in a fresh process (``gui_probe``), on a copy of
the vault made for this run, so nothing a run writes (an edit, an import) changes the
cached vault or the next size's numbers.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from . import machine
from .headless import (
    measure_change_passphrase,
    measure_experiments,
    measure_import,
    measure_search,
)
from .store import BuiltVault, default_cache_dir, discard, file_vault, generated_vault

SIZES = (1_000, 10_000, 100_000)
#: From this many entries on, fewer runs (scrolling to the end of 100,000 entries and
#: backing up 300 MB take a while), so that ``make bench`` stays under ten minutes.
LARGE = 50_000
LARGE_RUNS = 3


@dataclass
class Options:
    sizes: tuple[int, ...] = SIZES
    corpus: Path | None = None
    runs: int = 5
    seed: int = 7
    kdf: str = "tuned"
    cache: Path = field(default_factory=default_cache_dir)
    say: Callable[[str], None] = lambda _text: None


#: The checkout that holds tools/.
REPO = Path(__file__).resolve().parents[2]


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", WELLBEING_HOME=str(home))
    env.pop("WELLBEING_KDF", None)
    # The probes are ``python -m tools.bench.gui_probe``: tools/ sits beside src/, not
    # inside the installed package.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def _cold_start(vault: Path, home: Path) -> float:
    """Seconds from starting the process to the unlock page painted."""
    began = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "tools.bench.gui_probe", "cold", "--vault", str(vault)],
        capture_output=True,
        text=True,
        env=_env(home),
        timeout=120,
    )
    for line in done.stdout.splitlines():
        if line.startswith("painted "):
            return float(line.split()[1]) - began
    raise RuntimeError(f"the cold start probe did not report: {done.stderr[-2000:]}")


def _smoke_test(vault: Path, home: Path) -> float:
    """Seconds for ``wellbeing --vault DIR --smoke-test``: start, window shown, exit."""
    began = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "wellbeing", "--vault", str(vault), "--smoke-test"],
        capture_output=True,
        env=_env(home),
        timeout=120,
        check=True,
    )
    return time.monotonic() - began


def _session(built: BuiltVault, vault: Path, home: Path, seed: int, imports: int) -> dict[str, Any]:
    out = home / "session.json"
    out.unlink(missing_ok=True)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tools.bench.gui_probe",
            "session",
            "--vault",
            str(vault),
            "--out",
            str(out),
            "--today",
            built.last_day.isoformat(),
            "--seed",
            str(seed),
            "--import-entries",
            str(imports),
        ],
        capture_output=True,
        text=True,
        env=_env(home),
        timeout=1800,
    )
    import json

    if not out.exists():
        raise RuntimeError(f"the session probe stopped: {done.stderr[-3000:]}")
    result = json.loads(out.read_text(encoding="utf-8"))
    if "error" in result:
        result["stderr"] = done.stderr[-3000:]
    return result


def _flat(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update(_flat(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def medians(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The median of every number measured in all runs (others: the first run's)."""
    flats = [_flat(run) for run in runs]
    merged: dict[str, Any] = {}
    for key in dict.fromkeys(k for flat in flats for k in flat):
        values = [flat[key] for flat in flats if key in flat]
        numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
        if numbers and len(numbers) == len(values):
            merged[key] = round(statistics.median(numbers), 2)
        else:
            merged[key] = values[0]
    return merged


def _import_batch(found: dict[str, Any]) -> int:
    """How many entries the background import in the window brings: about five
    seconds' worth at the rate just measured, between 20 and 1,000."""
    rate = found.get("into_this_vault", {}).get("per_s") or 1000
    return max(20, min(1000, int(rate * 5)))


def measure_size(built: BuiltVault, options: Options) -> dict[str, Any]:
    say = options.say
    runs = options.runs if built.entries < LARGE else min(options.runs, LARGE_RUNS)
    result: dict[str, Any] = {
        "label": built.label,
        "entries": built.entries,
        "days": (built.last_day - built.first_day).days + 1,
        "first_day": built.first_day.isoformat(),
        "last_day": built.last_day.isoformat(),
        "rows": built.rows,
        "kdf": built.kdf,
        "build_s": built.build_s,
        "from_cache": built.cached,
        "db_mib": round((built.vault / "vault.db").stat().st_size / 2**20, 1),
        "runs": runs,
        **built.extra,
    }
    say(f"  search: the vault and an unencrypted copy ({built.label})")
    result["search"] = measure_search(built)
    say("  import: into a new vault, and into a copy of this one")
    result["import"] = measure_import(built, options.seed)
    say("  an index and a rewritten query, on a copy")
    result["experiments"] = measure_experiments(built)
    say("  changing the passphrase (the vault re-encrypted), on a copy")
    result["passwd"] = measure_change_passphrase(built)
    with tempfile.TemporaryDirectory(prefix="wellbeing-bench-") as temp:
        work = Path(temp)
        home = work / "home"
        home.mkdir()
        vault = work / "vault"
        shutil.copytree(built.vault, vault)
        say(f"  cold start, {runs} runs")
        cold = [_cold_start(vault, home) for _ in range(runs)]
        smoke = [_smoke_test(vault, home) for _ in range(runs)]
        result["cold_start_to_unlock_painted_ms"] = round(statistics.median(cold) * 1000, 1)
        result["cold_start_runs_ms"] = [round(c * 1000, 1) for c in cold]
        result["smoke_test_start_to_exit_ms"] = round(statistics.median(smoke) * 1000, 1)
        sessions = []
        for run in range(runs):
            say(f"  the app, run {run + 1} of {runs}")
            imports = _import_batch(result["import"]) if run == 0 else 0
            sessions.append(_session(built, vault, home, options.seed, imports))
        result["session_errors"] = [s["error"] for s in sessions if "error" in s]
        result["session"] = medians([s for s in sessions if "error" not in s] or sessions)
        result["session_runs"] = sessions
    return result


def run(options: Options) -> dict[str, Any]:
    say = options.say
    report: dict[str, Any] = {"machine": machine.describe(), "seed": options.seed, "sizes": []}
    began = time.perf_counter()
    if options.corpus is not None:
        say(f"Building a vault from {options.corpus} (in a private temporary folder)")
        built = file_vault(options.corpus, options.seed, options.kdf, options.cache)
        try:
            report["sizes"].append(measure_size(built, options))
        finally:
            discard(built)
    else:
        for size in options.sizes:
            say(f"{size:,} entries")
            built = generated_vault(options.cache, options.seed, size, options.kdf)
            if not built.cached:
                say(f"  built in {built.build_s} s (cached in {built.folder})")
            report["sizes"].append(measure_size(built, options))
    report["machine"]["load_average_at_end"] = machine.load_average()
    report["total_s"] = round(time.perf_counter() - began, 1)
    return report


def progress_to(stream: TextIO) -> Callable[[str], None]:
    def say(text: str) -> None:
        stream.write(text + "\n")
        stream.flush()

    return say
