"""Smoke test of a built bundle: ``python packaging/smoke_bundle.py dist/wellbeing``.

Runs the bundled executable the way a person's first minutes would: make the demo vault,
open the window on it (offscreen) and quit, check the vault with its passphrase, and
save the safety plan as a PDF. Each run happens in a fresh temporary home, outside the
source tree and without the development virtualenv, so it proves the bundle carries
everything it needs. Then it checks that nothing in the bundle can open a network
connection: no such module is inside it, and none is loaded while it runs (the dynamic
loader lists every shared object each run opens).

Prints one line per check and a summary; exits 1 when any check does not pass.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

PASSPHRASE = "demo"  # wellbeing.demo.PASSPHRASE
# Files that could open a connection: Python's socket/ssl layers, Qt Network and the
# browser engine, TLS libraries. Matched against file names in the bundle and against
# every shared object the loader opens while the bundle runs.
NETWORK_FILES = re.compile(
    r"(^|/)(_socket|_ssl)\.|Qt6?Network|QtNetwork|WebEngine|WebSockets|libssl\.|libgnutls|"
    r"libcurl|libcups\.so|libavahi|/plugins/(tls|networkinformation)/|libqvnc|libqtuiotouch"
)
# Python modules that could open a connection; none may be inside the bundle.
NETWORK_MODULES = ("socket", "ssl", "http", "urllib.request", "ftplib", "smtplib", "asyncio")
# The offscreen platform says this for every top-level window; it is not a problem.
HARMLESS_STDERR = ("This plugin does not support propagateSizeHints",)


class Smoke:
    def __init__(self, bundle: Path, work: Path) -> None:
        self.bundle = bundle
        self.exe = bundle / ("wellbeing-cli.exe" if os.name == "nt" else "wellbeing")
        self.work = work
        self.failures: list[str] = []
        self.loaded: set[str] = set()
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTHON", "VIRTUAL_ENV", "WELLBEING_", "QT_", "LD_"))
        }
        self.env.update(WELLBEING_HOME=str(work / "home"), QT_QPA_PLATFORM="offscreen")
        self._trace = sys.platform.startswith("linux")

    def check(self, name: str, ok: bool, detail: str = "") -> None:
        print(f"  {'ok  ' if ok else 'FAIL'}  {name}" + (f": {detail}" if detail else ""))
        if not ok:
            self.failures.append(name)

    def run(
        self, name: str, *args: str, stdin: str = "", prefix: tuple[str, ...] = (), **env_: str
    ) -> subprocess.CompletedProcess[str]:
        env = {**self.env, **env_}
        if self._trace:  # the loader writes every object it opens to trace.PID files
            env.update(LD_DEBUG="files", LD_DEBUG_OUTPUT=str(self.work / "trace"))
        started = time.monotonic()
        result = subprocess.run(
            [*prefix, str(self.exe), *args],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=self.work,
            env=env,
            timeout=120,
        )
        took = time.monotonic() - started
        print(f"- {name} ({took:.1f} s, exit {result.returncode})")
        for line in (result.stdout.strip().splitlines() + result.stderr.strip().splitlines())[:6]:
            print(f"      | {line}")
        noise = [
            line
            for line in result.stderr.splitlines()
            if line.strip() and not any(h in line for h in HARMLESS_STDERR)
        ]
        if name != "wrong passphrase":
            self.check("nothing unexpected on stderr", not noise, "; ".join(noise[:3]))
        self._collect_trace()
        return result

    def _collect_trace(self) -> None:
        for path in self.work.glob("trace.*"):
            text = path.read_text(errors="replace")
            self.loaded.update(re.findall(r"file=(\S+) \[\d+\];\s+(?:needed|dynamically)", text))
            path.unlink()

    def commands(self) -> None:
        vault = self.work / "demo-vault"
        result = self.run("--version", "--version")
        self.check("prints its version", result.returncode == 0 and "wellbeing " in result.stdout)

        result = self.run("demo vault", "demo", "--vault", str(vault), "--days", "60")
        self.check(
            "makes the demo vault",
            result.returncode == 0 and (vault / "vault.key").is_file(),
            "" if result.returncode == 0 else result.stderr.strip(),
        )

        # The passphrase goes on standard input: a --smoke-test that can unlock reads it
        # there (packaging/README.md); one that cannot shows the unlock screen and quits.
        result = self.run(
            "window, offscreen", "--vault", str(vault), "--smoke-test", stdin=PASSPHRASE + "\n"
        )
        self.check(
            "opens the window on the vault and quits cleanly",
            result.returncode == 0 and "shown:" in result.stdout,
        )
        if "unlocked" in result.stdout:
            self.check("unlocks the vault in the window", True)
        else:
            print("  skip  unlocks the vault in the window: this --smoke-test does not unlock")
        xvfb = shutil.which("xvfb-run")
        if xvfb and sys.platform.startswith("linux"):  # a real X11 window, on a virtual screen
            result = self.run(
                "window, X11 (xvfb-run)", "--vault", str(vault), "--smoke-test",
                stdin=PASSPHRASE + "\n", prefix=(xvfb, "-a"), QT_QPA_PLATFORM="xcb",
            )  # fmt: skip
            self.check(
                "opens an X11 window with the bundled xcb plugin",
                result.returncode == 0 and "shown:" in result.stdout,
            )

        result = self.run("check", "check", "--vault", str(vault), stdin=PASSPHRASE + "\n")
        self.check(
            "unlocks with the passphrase and finds the vault healthy",
            result.returncode == 0 and "healthy" in result.stdout,
        )

        result = self.run("wrong passphrase", "check", "--vault", str(vault), stdin="nope\n")
        self.check("refuses a wrong passphrase (exit 3)", result.returncode == 3)

        pdf = self.work / "plan.pdf"
        result = self.run(
            "safety plan PDF", "export-safety-plan", "--vault", str(vault), str(pdf),
            stdin=PASSPHRASE + "\n",
        )  # fmt: skip
        self.check(
            "draws the safety plan as a PDF with Qt",
            result.returncode == 0 and pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-",
        )

    def contents(self) -> None:
        print("- what the bundle holds")
        files = [p for p in self.bundle.rglob("*") if p.is_file() and not p.is_symlink()]
        rel = [p.relative_to(self.bundle).as_posix() for p in files]
        network = [name for name in rel if NETWORK_FILES.search(name)]
        self.check("no networking library or Qt plugin", not network, ", ".join(network[:5]))
        icon = [name for name in rel if name.endswith("wellbeing/assets/icons/wellbeing.svg")]
        self.check("carries the app icon as package data", bool(icon))
        modules = self._python_modules()
        if modules is not None:
            bad = sorted(
                m for m in modules if any(m == n or m.startswith(n + ".") for n in NETWORK_MODULES)
            )
            self.check(f"no networking Python module among {len(modules)}", not bad, ", ".join(bad))
        if self._trace:
            net = sorted(name for name in self.loaded if NETWORK_FILES.search(name))
            self.check(
                f"loads no networking library while running ({len(self.loaded)} objects opened)",
                not net,
                ", ".join(net),
            )
        total = sum(p.stat().st_size for p in files)
        print(f"- size: {total / 2**20:.0f} MiB in {len(files)} files; the largest parts:")
        for name, size in largest_parts(self.bundle, files)[:12]:
            print(f"      {size / 2**20:6.1f} MiB  {name}")

    def _python_modules(self) -> set[str] | None:
        """Module names inside the executable's archive and base_library.zip."""
        try:
            from PyInstaller.archive.readers import CArchiveReader
        except ImportError:
            print("  (PyInstaller is not importable here: the module list is not checked)")
            return None
        modules: set[str] = set()
        archive = CArchiveReader(str(self.bundle / self.exe.name))
        for name in archive.toc:
            if name.endswith(".pyz"):
                modules.update(archive.open_embedded_archive(name).toc)
        base = next(self.bundle.rglob("base_library.zip"), None)
        if base is not None:
            with zipfile.ZipFile(base) as zf:
                modules.update(
                    n.removesuffix(".pyc").removesuffix("/__init__").replace("/", ".")
                    for n in zf.namelist()
                    if n.endswith(".pyc")
                )
        return modules


def largest_parts(bundle: Path, files: list[Path]) -> list[tuple[str, int]]:
    """Sizes of the bundle's notable parts: a package folder, or a single file."""
    sizes: dict[str, int] = {}
    internal = bundle / "_internal"
    for path in files:
        rel = path.relative_to(internal if path.is_relative_to(internal) else bundle)
        parts = rel.parts
        if parts[0] == "PySide6" and len(parts) > 3 and parts[1] == "Qt":
            key = "/".join(parts[:3]) if parts[2] != "lib" else "/".join(parts[:4])
        elif parts[0] == "PySide6" and len(parts) == 2:
            key = "PySide6/*.abi3.so (Python bindings)"
        elif len(parts) > 1:
            key = parts[0] + "/"
        else:
            key = parts[0]
        sizes[key] = sizes.get(key, 0) + path.stat().st_size
    return sorted(sizes.items(), key=lambda item: -item[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder app, such as dist/wellbeing")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    if not (bundle / "wellbeing").exists() and not (bundle / "wellbeing.exe").exists():
        print(f"There is no built app in {bundle}; run `make package` first.")
        return 2
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="wellbeing-smoke-"))
    try:
        smoke = Smoke(bundle, work)
        print(f"Smoke test of {bundle}")
        smoke.commands()
        smoke.contents()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    took = time.monotonic() - started
    if smoke.failures:
        print(f"Smoke test: {len(smoke.failures)} check(s) did not pass ({took:.0f} s):")
        for name in smoke.failures:
            print(f"  - {name}")
        return 1
    print(f"Smoke test passed ({took:.0f} s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
