"""Where benchmark vaults are built and kept.

A generated corpus is built once per (corpus version, schema version, seed, size, KDF
choice) under the cache folder, so a second run starts measuring at once. A corpus given
as a file may hold someone's real journal: it is built in a private temporary folder
that is removed when the run ends, and nothing of it is cached.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import platformdirs

from wellbeing.files import write_atomic
from wellbeing.vault.keyfile import MIN_MEMORY_KIB, KdfParams, tune_kdf
from wellbeing.vault.schema import LATEST

from .corpus import VERSION, build_vault, generate_entries, read_jsonl

META = "bench.json"


def default_cache_dir() -> Path:
    """``$WELLBEING_HOME/cache/bench`` under the tests, else the user's cache folder."""
    home = os.environ.get("WELLBEING_HOME")
    if home:
        return Path(home) / "cache" / "bench"
    return Path(platformdirs.user_cache_dir("Wellbeing", appauthor=False)) / "bench"


def kdf_for(mode: str, cache: Path | None = None) -> KdfParams:
    """``tuned``: what a new vault gets on this machine (tuned once per cache folder, so
    every size shares one cost and the sizes compare); ``minimum``: the floor."""
    if mode == "minimum":
        return KdfParams(memory_kib=MIN_MEMORY_KIB, iterations=1)
    kept = cache / "kdf-tuned.json" if cache is not None else None
    if kept is not None:
        try:
            return KdfParams(**json.loads(kept.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            pass
    params = tune_kdf()
    if kept is not None:
        kept.parent.mkdir(parents=True, exist_ok=True)
        data = {"memory_kib": params.memory_kib, "iterations": params.iterations}
        write_atomic(kept, json.dumps({**data, "lanes": params.lanes}).encode("utf-8"))
    return params


@dataclass
class BuiltVault:
    """A vault ready to measure, and what it holds."""

    folder: Path
    label: str
    entries: int
    rows: dict[str, int]
    first_day: date
    last_day: date
    kdf: dict[str, int]
    build_s: float | None
    cached: bool
    private: bool = False  # built from a person's file: never cached, removed after
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def vault(self) -> Path:
        return self.folder / "vault"


def _load(folder: Path, cached: bool) -> BuiltVault | None:
    try:
        meta = json.loads((folder / META).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if meta.get("version") != VERSION or not (folder / "vault" / "vault.db").exists():
        return None
    return BuiltVault(
        folder=folder,
        label=meta["label"],
        entries=meta["entries"],
        rows=meta["rows"],
        first_day=date.fromisoformat(meta["first_day"]),
        last_day=date.fromisoformat(meta["last_day"]),
        kdf=meta["kdf"],
        build_s=None if cached else meta["build_s"],
        cached=cached,
    )


def _build(folder: Path, label: str, entries: list, seed: int, kdf: KdfParams) -> BuiltVault:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, mode=0o700)
    began = time.perf_counter()
    report = build_vault(folder / "vault", entries, seed=seed, kdf=kdf)
    took = time.perf_counter() - began
    meta = {
        "version": VERSION,
        "label": label,
        "entries": len(entries),
        "rows": report.rows,
        "first_day": report.first_day.isoformat(),
        "last_day": report.last_day.isoformat(),
        "kdf": {"memory_kib": kdf.memory_kib, "iterations": kdf.iterations, "lanes": kdf.lanes},
        "build_s": round(took, 2),
    }
    write_atomic(folder / META, json.dumps(meta, indent=2).encode("utf-8"))  # written last
    built = _load(folder, cached=False)
    assert built is not None
    return built


def generated_vault(cache: Path, seed: int, size: int, kdf_mode: str = "tuned") -> BuiltVault:
    """The vault of ``size`` generated entries for ``seed``: from the cache, or built."""
    folder = cache / f"v{VERSION}-schema{LATEST}-seed{seed}-n{size}-kdf-{kdf_mode}"
    found = _load(folder, cached=True)
    if found is not None:
        return found
    entries = generate_entries(seed, size)
    return _build(folder, f"{size:,} entries", entries, seed, kdf_for(kdf_mode, cache))


def file_vault(
    path: Path, seed: int, kdf_mode: str = "tuned", cache: Path | None = None
) -> BuiltVault:
    """A vault of a JSON Lines file's entries, in a private temporary folder (only the
    tuned key derivation cost is taken from, or kept in, ``cache``)."""
    entries = read_jsonl(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    kdf = kdf_for(kdf_mode, cache)
    folder = Path(tempfile.mkdtemp(prefix="wellbeing-bench-"))
    label = f"{path.name} ({len(entries):,} entries)"
    built = _build(folder / "corpus", label, entries, seed, kdf)
    built.private = True
    built.extra["sha256_12"] = digest
    return built


def discard(built: BuiltVault) -> None:
    """Remove a private build (the temporary folder it lives in)."""
    if built.private:
        shutil.rmtree(built.folder.parent, ignore_errors=True)
