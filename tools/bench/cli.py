"""``make bench`` (``python -m tools.bench``): its options, and running it. A developer's
tool: it lives outside the product package and is never bundled."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO


def _size(text: str) -> int:
    value = int(text.replace(",", "").replace("_", ""))
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _runs(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Build vaults of invented entries (cached, so a second run starts at once) and "
        "measure start-up, unlock, search, the journal, the review, autosave, import, "
        "memory and how long the window ever stops responding. Prints a table; --json "
        "prints everything instead. Nothing is sent anywhere."
    )
    parser.add_argument(
        "--entries",
        type=_size,
        nargs="+",
        metavar="N",
        help="journal sizes to measure (default: 1000 10000 100000)",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        metavar="FILE",
        help="measure a vault of this JSON Lines file's entries (the import format) instead;"
        " it is built in a private temporary folder and removed afterwards",
    )
    parser.add_argument(
        "--runs",
        type=_runs,
        default=5,
        metavar="K",
        help="runs per size, medians (default 5; at most 3 from 50,000 entries)",
    )
    parser.add_argument("--seed", type=int, default=7, help="seed of the invented corpus")
    parser.add_argument(
        "--kdf",
        choices=("tuned", "minimum"),
        default="tuned",
        help="key derivation cost of the vaults built: as a new vault on this computer"
        " (default), or the floor",
    )
    parser.add_argument("--cache", type=Path, metavar="DIR", help="where built vaults are kept")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--out", type=Path, metavar="FILE", help="also save the JSON here")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")


def run_bench(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from wellbeing.domain.errors import ValidationError

    from .report import markdown
    from .runner import SIZES, Options, progress_to, run
    from .store import default_cache_dir

    if args.corpus is not None and not args.corpus.is_file():
        raise ValidationError("There is no file at {path}.", path=args.corpus)
    if args.corpus is not None and args.entries:
        raise ValidationError("Give either --entries or --corpus, not both.")
    options = Options(
        sizes=tuple(args.entries or SIZES),
        corpus=args.corpus,
        runs=args.runs,
        seed=args.seed,
        kdf=args.kdf,
        cache=args.cache or default_cache_dir(),
        say=(lambda _text: None) if args.quiet else progress_to(err),
    )
    report = run(options)
    text = json.dumps(report, indent=2, ensure_ascii=False)
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")
    out.write(text + "\n" if args.json else markdown(report) + "\n")
    return 0


def main(
    argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    from wellbeing.domain.errors import WellbeingError

    parser = argparse.ArgumentParser(prog="python -m tools.bench")
    add_arguments(parser)
    args = parser.parse_args(argv)
    out, err_out = stdout or sys.stdout, stderr or sys.stderr
    try:
        return run_bench(args, out, err_out)
    except WellbeingError as err:
        err_out.write(f"bench: {err}\n")
        return 6
