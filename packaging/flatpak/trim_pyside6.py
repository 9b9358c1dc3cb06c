"""Cut an installed PySide6 down to what Wellbeing uses (the Flatpak build runs this).

``python3 trim_pyside6.py /app`` (a prefix, or a site-packages folder) keeps the Python
bindings the app imports, the Qt plugins a desktop window needs, and the Qt libraries
those link to; it deletes the rest: Qt Network, the web engine, QML and Quick, the
developer tools, and the translations of what is gone. About 640 MB of PySide6 becomes
about 100 MB. It mirrors packaging/wellbeing.spec, which trims the PyInstaller bundle the
same way (tests/unit/test_packaging.py keeps the two lists equal). Needs ``objdump``
(binutils, in every Flatpak SDK) to read which library links to which.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

# The Qt modules the app imports (QT_USED in the spec, without "PySide6.").
KEEP_BINDINGS = ["QtCore", "QtGui", "QtWidgets", "QtCharts", "QtPrintSupport", "QtSvg"]
# Plugin folders a desktop window uses; every other folder goes (sql drivers, multimedia,
# positioning, tls, network information, web view, ...).
KEEP_PLUGIN_DIRS = [
    "platforms",
    "platformthemes",
    "platforminputcontexts",
    "imageformats",
    "iconengines",
    "printsupport",
    "xcbglintegrations",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
]
# Plugins left out inside the kept folders: the same list as DROP_QT_PLUGINS in the spec.
DROP_QT_PLUGINS = [
    "platforms/libqvnc.so",
    "generic/libqtuiotouchplugin.so",
    "platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqminimalegl.so",
    "platforms/libqvkkhrdisplay.so",
    "egldeviceintegrations/",
    "platformthemes/libqgtk3.so",
    "imageformats/libqpdf.so",
]
# Everything else at PySide6/Qt/ besides lib/, plugins/ and translations/ (QML modules,
# the web engine's helper process and data, build metadata) is not needed to run.
KEEP_QT_DIRS = ["lib", "plugins", "translations"]
# Qt's own translations of its dialogs and messages: qt_XX.qm and qtbase_XX.qm (what
# PyInstaller's hooks keep too).
KEEP_TRANSLATIONS = ("qt_", "qtbase_")
# PySide6's own Python files, kept whole.
KEEP_PYSIDE_FILES = [
    "Qt",
    "__init__.py",
    "__feature__.pyi",
    "_config.py",
    "_git_pyside_version.py",
    "py.typed",
    "support",
]


def needed(path: Path) -> list[str]:
    """The libraries ``path`` links to directly."""
    out = subprocess.run(
        ["objdump", "-p", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return [line.split()[1] for line in out.splitlines() if line.split()[:1] == ["NEEDED"]]


def _remove(path: Path, removed: list[Path]) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()
    removed.append(path)


def trim(site_packages: Path) -> list[Path]:
    """Delete what the app does not use from ``site_packages/PySide6``; returns it."""
    pyside = site_packages / "PySide6"
    qt = pyside / "Qt"
    removed: list[Path] = []
    for path in sorted(pyside.iterdir()):
        name = path.name
        if name.startswith("Qt") and name.endswith((".abi3.so", ".pyi")):
            if name.split(".")[0] not in KEEP_BINDINGS:
                _remove(path, removed)
        elif path.is_file() and name.startswith("lib"):
            continue  # libpyside6, decided with the Qt libraries below
        elif name not in KEEP_PYSIDE_FILES:
            _remove(path, removed)  # designer, linguist, scripts, QtAsyncio, include, ...
    for path in sorted(qt.iterdir()):
        if path.name not in KEEP_QT_DIRS:
            _remove(path, removed)
    for path in sorted((qt / "translations").iterdir()):
        if not path.name.startswith(KEEP_TRANSLATIONS):
            _remove(path, removed)  # catalogs of Designer, Linguist, the web engine, ...
    for folder in sorted((qt / "plugins").iterdir()):
        if folder.name not in KEEP_PLUGIN_DIRS:
            _remove(folder, removed)
            continue
        for plugin in sorted(folder.iterdir()):
            rel = f"{folder.name}/{plugin.name}"
            if any(rel == drop or rel.startswith(drop) for drop in DROP_QT_PLUGINS):
                _remove(plugin, removed)
    # Keep the Qt libraries that a kept binding or plugin links to, directly or not.
    libraries = {p.name: p for p in (qt / "lib").iterdir()}
    libraries.update({p.name: p for p in pyside.glob("lib*.so*")})
    roots = [pyside / f"{name}.abi3.so" for name in KEEP_BINDINGS]
    roots += list((qt / "plugins").rglob("*.so"))
    roots += list((site_packages / "shiboken6").glob("*.so*"))
    linked: set[str] = set()
    todo = list(roots)
    while todo:
        path = todo.pop()
        for name in needed(path):
            if name in libraries and name not in linked:
                linked.add(name)
                todo.append(libraries[name])
    for name, path in sorted(libraries.items()):
        if name not in linked and path.exists():
            _remove(path, removed)
    return removed


def find_site_packages(folder: Path) -> Path | None:
    """``folder`` itself when it holds PySide6/, else the site-packages under a prefix."""
    for site in [folder, *sorted(folder.glob("lib/python3*/site-packages"))]:
        if (site / "PySide6" / "Qt").is_dir():
            return site
    return None


def main(argv: list[str]) -> int:
    site = find_site_packages(Path(argv[0])) if len(argv) == 1 else None
    if site is None:
        print("usage: trim_pyside6.py FOLDER  (a site-packages with PySide6/, or a prefix: /app)")
        return 2
    before = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    removed = trim(site)
    after = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    print(
        f"trim_pyside6: removed {len(removed)} files and folders; "
        f"{before / 2**20:.0f} MiB -> {after / 2**20:.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
