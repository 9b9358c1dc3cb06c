"""The packaging files agree with each other and with the app; nothing here builds a bundle.

`make package` builds and smoke-tests the real bundle (packaging/smoke_bundle.py). These
checks are the fast part: the desktop file, AppStream metainfo, icon, PyInstaller spec and
Flatpak manifest name the same app, icon and executable; the spec bundles every Qt module
the app imports and leaves out only what the app never loads.
"""

from __future__ import annotations

import ast
import configparser
import contextlib
import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath

import pytest

import wellbeing

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(wellbeing.__file__).parent
SPEC = ROOT / "packaging" / "wellbeing.spec"
RESOURCES = ROOT / "resources"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _spec_constants() -> dict[str, object]:
    """The spec's top-level literal constants (it is Python, run by PyInstaller)."""
    found: dict[str, object] = {}
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                with contextlib.suppress(ValueError):  # computed values are not constants
                    found[target.id] = ast.literal_eval(node.value)
    return found


def _spec_list(name: str) -> list[str]:
    value = SPEC_CONSTANTS[name]
    assert isinstance(value, list), f"{name} in the spec should be a list of strings"
    return [str(item) for item in value]


SPEC_CONSTANTS = _spec_constants()
APP_ID = str(SPEC_CONSTANTS["APP_ID"])
EXECUTABLE = next(iter(PYPROJECT["project"]["scripts"]))


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(RESOURCES / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(RESOURCES / f"{APP_ID}.metainfo.xml").getroot()


def _app_modules() -> list[Path]:
    """The app's source files: everything in the package is bundled (developer tools
    live in tools/, outside it)."""
    return sorted(PACKAGE.rglob("*.py"))


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_app_id_is_reverse_dns_and_names_every_file() -> None:
    assert re.fullmatch(r"[a-z][a-z0-9]*(\.[a-z][a-z0-9_]*)+\.[A-Za-z][A-Za-z0-9]*", APP_ID)
    for path in (
        RESOURCES / f"{APP_ID}.desktop",
        RESOURCES / f"{APP_ID}.metainfo.xml",
        RESOURCES / "icons" / f"{APP_ID}.svg",
        ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml",
    ):
        assert path.is_file(), f"{path.relative_to(ROOT)} is missing"


def test_desktop_file_launches_the_installed_command_with_our_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == EXECUTABLE
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert entry["Name"] == _metainfo().findtext("name")


def test_the_app_names_the_desktop_file_we_ship() -> None:
    """Qt's desktop file name (Wayland's app id) must be this one, or a desktop shows the
    window with a generic icon and a second entry in the dock."""
    named = {
        path.relative_to(PACKAGE).as_posix(): ast.literal_eval(node.value)
        for path in PACKAGE.rglob("*.py")
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "DESKTOP_ID" for t in node.targets)
    }
    if not named:
        pytest.skip("the app does not name its desktop file yet")
    assert set(named.values()) == {APP_ID}, named


def test_metainfo_matches_the_desktop_file_and_the_project() -> None:
    root = _metainfo()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == EXECUTABLE
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]
    assert root.findtext("metadata_license") in {"CC0-1.0", "FSFAP", "MIT"}
    releases = [release.get("version") for release in root.iterfind("releases/release")]
    assert releases[0] == PYPROJECT["project"]["version"], "add a <release> for this version"


def test_metainfo_is_honest_about_network_and_content() -> None:
    root = _metainfo()
    rating = root.find("content_rating")
    assert rating is not None
    assert rating.get("type") == "oars-1.1"
    # The app shares nothing: every social attribute spelled out is "none".
    assert {a.get("id"): a.text for a in rating} == dict.fromkeys(
        [
            "social-chat",
            "social-info",
            "social-audio",
            "social-location",
            "social-contacts",
            "money-purchasing",
            "money-advertising",
        ],
        "none",
    )
    element = root.find("description")
    assert element is not None
    description = " ".join("".join(element.itertext()).split())
    assert "offline" in description
    assert "no networking code" in description
    assert "not encrypted" in description  # exports, said plainly
    assert root.find("url") is None, "a URL would be a claim the app goes somewhere"


@pytest.mark.parametrize(
    ("tool", "args"),
    [
        ("desktop-file-validate", [str(RESOURCES / f"{APP_ID}.desktop")]),
        ("appstreamcli", ["validate", "--no-net", str(RESOURCES / f"{APP_ID}.metainfo.xml")]),
    ],
)
def test_validators_accept_the_files(tool: str, args: list[str]) -> None:
    """Runs only where the Debian tools are installed (desktop-file-utils, appstream)."""
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    result = subprocess.run([tool, *args], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_icon_is_one_svg_shipped_with_the_package() -> None:
    source = RESOURCES / "icons" / f"{APP_ID}.svg"
    shipped = PACKAGE / "assets" / "icons" / "wellbeing.svg"
    assert source.read_bytes() == shipped.read_bytes(), "copy the icon source over the asset"
    svg = ET.parse(source).getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    _x, _y, width, height = (float(v) for v in svg.get("viewBox", "").split())
    assert width == height, "icons are square"
    tags = {element.tag.split("}")[-1] for element in svg.iter()}
    assert "text" not in tags, "no words in the icon: it must read the same in every language"
    assert not tags & {"image", "script", "foreignObject"}
    assert "http" not in re.sub(r'xmlns(:\w+)?="[^"]*"', "", source.read_text(encoding="utf-8"))
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["wellbeing"]
    relative = PurePosixPath(shipped.relative_to(PACKAGE).as_posix())
    assert any(relative.match(pattern) for pattern in patterns), "not in package-data"


def test_spec_runs_the_console_script_entry_point() -> None:
    module, function = PYPROJECT["project"]["scripts"][EXECUTABLE].split(":")
    assert SPEC_CONSTANTS["ENTRY_MODULE"] == module
    entry = (ROOT / "packaging" / "wellbeing_entry.py").read_text(encoding="utf-8")
    assert f"from {module} import {function}" in entry
    assert "wellbeing_entry.py" in SPEC.read_text(encoding="utf-8")


def test_spec_bundles_every_qt_module_the_app_imports() -> None:
    used = {
        name
        for path in _app_modules()
        for name in _imported_modules(path)
        if name.startswith("PySide6.")
    }
    bundled = set(_spec_list("QT_USED"))
    assert used <= bundled, f"add to QT_USED in the spec: {sorted(used - bundled)}"


def test_nothing_the_spec_leaves_out_is_imported_anywhere_in_the_app() -> None:
    excluded = set(_spec_list("NETWORK_EXCLUDES") + _spec_list("UNUSED_EXCLUDES"))
    for path in _app_modules():
        names = _imported_modules(path)
        hits = {n for n in names for x in excluded if n == x or n.startswith(x + ".")}
        assert not hits, f"{path.relative_to(PACKAGE)} imports {hits}, which the bundle leaves out"


def test_loading_every_module_pulls_in_nothing_the_spec_leaves_out() -> None:
    """Dependencies count too: what one of them imports must be in the bundle."""
    excluded = sorted(set(_spec_list("NETWORK_EXCLUDES") + _spec_list("UNUSED_EXCLUDES")))
    script = (
        "import importlib, pkgutil, sys, wellbeing\n"
        "for info in pkgutil.walk_packages(wellbeing.__path__, 'wellbeing.'):\n"
        "    importlib.import_module(info.name)\n"
        f"excluded = {excluded!r}\n"
        "print(sorted(m for m in sys.modules for x in excluded\n"
        "             if m == x or m.startswith(x + '.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", result.stdout


def test_flatpak_trim_keeps_what_the_spec_keeps() -> None:
    path = ROOT / "packaging" / "flatpak" / "trim_pyside6.py"
    spec = importlib.util.spec_from_file_location("trim_pyside6", path)
    assert spec is not None and spec.loader is not None
    trim = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trim)
    kept_by_spec = [name.removeprefix("PySide6.") for name in _spec_list("QT_USED")]
    dropped_by_spec = _spec_list("DROP_QT_PLUGINS")
    assert kept_by_spec == trim.KEEP_BINDINGS
    assert dropped_by_spec == trim.DROP_QT_PLUGINS


def test_flatpak_manifest_has_no_network_permission() -> None:
    manifest = (ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml").read_text(encoding="utf-8")
    lines = [line.split("#")[0].strip() for line in manifest.splitlines()]
    assert f"id: {APP_ID}" in lines
    assert f"command: {EXECUTABLE}" in lines
    finish_args = [line for line in lines if line.startswith("- --")]
    assert finish_args, "finish-args not found"
    assert not [a for a in finish_args if "network" in a or "--filesystem" in a], finish_args
    for needed in ("wheels", "trim_pyside6.py", "../../resources"):
        assert f"path: {needed}" in lines
    assert (ROOT / "packaging" / "flatpak" / "../../resources").resolve() == RESOURCES


def test_smoke_check_recognises_networking_files() -> None:
    path = ROOT / "packaging" / "smoke_bundle.py"
    spec = importlib.util.spec_from_file_location("smoke_bundle", path)
    assert spec is not None and spec.loader is not None
    smoke = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(smoke)
    for name in (
        "_internal/PySide6/Qt/lib/libQt6Network.so.6",
        "_internal/python3.11/lib-dynload/_socket.cpython-311-x86_64-linux-gnu.so",
        "_internal/python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so",
        "_internal/PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "/usr/lib/x86_64-linux-gnu/libssl.so.3",
        "_internal/libcups.so.2",
    ):
        assert smoke.NETWORK_FILES.search(name), name
    for name in (
        "_internal/PySide6/Qt/lib/libQt6Gui.so.6",
        "_internal/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "_internal/libcrypto.so.3",
        "_internal/sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so",
    ):
        assert not smoke.NETWORK_FILES.search(name), name


def test_make_test_never_builds_the_bundle() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipes: dict[str, list[str]] = {}
    target = None
    for line in makefile.splitlines():
        match = re.match(r"^([A-Za-z$][^:=\s]*)\s*:(?!=)", line)
        if match:
            target = match.group(1)
            recipes[target] = [line]
        elif target and line.startswith("\t"):
            recipes[target].append(line)
    phony = re.search(r"^\.PHONY:(.*)$", makefile, re.M)
    assert phony is not None
    assert "package" in phony.group(1).split()
    assert "pyinstaller" in " ".join(recipes["package"])
    assert not re.search(r"pyinstaller|package|smoke_bundle", " ".join(recipes["test"]))
    assert PYPROJECT["tool"]["pytest"]["ini_options"]["testpaths"] == ["tests"]
