"""The layering promises: which package may import which, no cycles, no Qt below the
UI, no networking anywhere, and nothing of the product importing the developer tools.

The table (docs/ARCHITECTURE.md draws it)::

    domain     plain Python: the plan, journal, scoring, review, history, errors
    formats    every file format                       → domain, files
    vault      the only package with SQL               → domain, formats, files, paths
    printing   PDFs and printing (Qt GUI, no widgets)  → domain, formats, files
    services   QObjects: the session, operations, ops  → all of the above, base modules
    ui         windows and screens                     → everything below
    cli        the command line, no Qt at import       → domain, formats, vault, base
                                                          (printing only for a PDF, lazily)

"Base modules" are the small top-level helpers every layer above domain may use.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import wellbeing

PACKAGE = Path(wellbeing.__file__).parent
ROOT = PACKAGE.parents[1]

BASE = {"__init__", "files", "paths", "resources", "hardening"}
#: For each unit (a subpackage, or a top-level module), the units it may import.
MAY_IMPORT: dict[str, set[str]] = {
    "domain": set(),
    "formats": {"domain", "files"},
    "vault": {"domain", "formats", "files", "paths"},
    "printing": {"domain", "formats", "files", "resources"},
    "services": {"domain", "formats", "vault", "printing"} | BASE,
    "ui": {"domain", "formats", "vault", "printing", "services"} | BASE,
    "demo": {"domain", "vault"} | BASE,
    "cli": {"domain", "formats", "vault", "printing", "demo"} | BASE,
    "app": {"domain", "formats", "vault", "printing", "services", "ui"} | BASE,
    "__main__": {"app", "cli"} | BASE,
    **{base: {"__init__"} for base in BASE - {"__init__"}},
    "__init__": set(),
}

NETWORK_MODULES = {
    "socket",
    "ssl",
    "http",
    "urllib",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc",
    "socketserver",
    "asyncio",
    "selectors",
    "requests",
    "httpx",
    "aiohttp",
    "websocket",
    "websockets",
    "email",
}
NETWORK_QT = {
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtWebChannel",
    "PySide6.QtHttpServer",
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(path: Path, *, typing: bool = True) -> set[str]:
    """Absolute names of what ``path`` imports (relative imports resolved), inside
    functions too: an import put off to dodge a cycle is still a cycle.

    ``typing``: with the imports under ``if TYPE_CHECKING:``: naming another layer's
    types is depending on it too, but never runs, so it makes no import cycle.
    """
    module = _module_name(path) if path.is_relative_to(PACKAGE.parent) else path.stem
    package = module if _is_package(path) else module.rpartition(".")[0]
    found: set[str] = set()

    def visit(nodes: list[ast.stmt] | list[ast.AST]) -> None:
        for node in nodes:
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[: len(base) - (node.level - 1)]
                    target = ".".join([*base, *([node.module] if node.module else [])])
                else:
                    target = node.module or ""
                found.add(target)
                found.update(f"{target}.{alias.name}" for alias in node.names)
            if typing or not (isinstance(node, ast.If) and _type_checking(node)):
                visit(list(ast.iter_child_nodes(node)))

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return found


def _unit(name: str) -> str | None:
    parts = name.split(".")
    if parts[0] != "wellbeing":
        return None
    return parts[1] if len(parts) > 1 else "__init__"


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_import_follows_the_layer_table() -> None:
    wrong = []
    for path in _sources():
        own = _unit(_module_name(path)) or ""
        assert own in MAY_IMPORT, f"{own} is missing from the layer table"
        for name in _imports(path):
            other = _unit(name)
            if other is None or other == own or other == "__version__":
                continue
            if other not in MAY_IMPORT[own] and name != "wellbeing.__version__":
                wrong.append(f"{path.relative_to(PACKAGE)} imports {name} ({own} → {other})")
    assert not wrong, "\n".join(wrong)


def test_the_layer_table_itself_has_no_cycle() -> None:
    seen: dict[str, int] = {}

    def walk(unit: str, trail: tuple[str, ...]) -> None:
        assert unit not in trail, " → ".join((*trail, unit))
        for other in MAY_IMPORT.get(unit, set()):
            walk(other, (*trail, unit))
        seen[unit] = 1

    for unit in MAY_IMPORT:
        walk(unit, ())


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def connect(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in index:
                connect(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                component.append(other)
                if other == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000))
    try:  # put back: other tests (the fuzzer's deep nesting) rely on the usual limit
        for node in sorted(graph):
            if node not in index:
                connect(node)
    finally:
        sys.setrecursionlimit(limit)
    return found


def _module_graph() -> dict[str, set[str]]:
    modules = {_module_name(path): path for path in _sources()}
    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in modules.items():
        for imported in _imports(path, typing=False):
            # "from pkg import mod" names a module; "from mod import func" names the module.
            target = imported if imported in modules else imported.rpartition(".")[0]
            # A package's __init__ running first is not a cycle of ours.
            if target in modules and target != name and not name.startswith(target + "."):
                graph[name].add(target)
    return graph


def test_no_module_import_cycles() -> None:
    assert _cycles(_module_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_domain_formats_and_vault_import_no_qt() -> None:
    for layer in ("domain", "formats", "vault"):
        for path in (PACKAGE / layer).rglob("*.py"):
            qt = {name for name in _imports(path) if name.split(".")[0] in {"PySide6", "shiboken6"}}
            assert not qt, f"{path.relative_to(PACKAGE)} imports {qt}"


def test_nothing_in_the_product_imports_the_developer_tools() -> None:
    for path in _sources():
        tools = {name for name in _imports(path) if name.split(".")[0] == "tools"}
        assert not tools, f"{path.relative_to(PACKAGE)} imports {tools}"
    assert not (PACKAGE / "bench").exists()


def test_no_module_imports_networking() -> None:
    for path in [*_sources(), *sorted((ROOT / "tools").rglob("*.py"))]:
        names = _imports(path)
        roots = {name.split(".")[0] for name in names}
        bad = (roots & NETWORK_MODULES) | (names & NETWORK_QT)
        assert not bad, f"{path} imports {bad}"


def test_cli_and_vault_load_no_qt_and_no_networking_at_run_time() -> None:
    """What actually ends up in sys.modules, including what dependencies pull in."""
    # Modules that can open a connection (urllib.parse, which pathlib uses, cannot).
    watched = [
        "socket",
        "ssl",
        "http.client",
        "urllib.request",
        "ftplib",
        "smtplib",
        "xmlrpc.client",
        "requests",
        "httpx",
        "aiohttp",
        "websockets",
    ]
    script = (
        "import sys, wellbeing.cli, wellbeing.vault.vault, wellbeing.formats\n"
        f"print(sorted(m for m in sys.modules if m in {watched!r} or "
        "m.startswith('PySide6')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]", out
