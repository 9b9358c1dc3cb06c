"""Write ``src/wellbeing/domain/error_texts.py``: every message an error can carry.

Errors are raised in plain Python (``domain/``, ``vault/``, ``services/``, ``export/``)
with English messages, some built with f-strings. ``pyside6-lupdate`` cannot see them
there, so this script reads the raise sites and lists each message (an f-string becomes
a ``{name}`` template) in one generated module, marked with ``QT_TRANSLATE_NOOP`` so
lupdate collects them in the "Errors" context. At run time ``domain/messages.py`` finds
an error's message in that list (a template by pattern) and gives its translation.

``make translations`` runs it before lupdate; ``tests/unit/test_error_texts.py`` fails
when the generated module is out of date. Usage: ``python make_error_texts.py [--check]``.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "wellbeing"
OUTPUT = PACKAGE / "domain" / "error_texts.py"
#: Where messages are only for a terminal (no translator there) or never for a person.
SKIP = ("ui/", "bench/", "cli.py", "demo.py", "domain/error_texts.py")
#: Messages put together in ways the reading below does not follow.
EXTRA = (
    "Entry {number}: {reason} Nothing was imported.",  # journal_formats._entry_error
    "In {where}: {reason} Nothing was imported.",  # json_export.ExportFormatError
)

#: Words the UI passes through ``tr()`` from plain domain constants (module, names).
DOMAIN_WORDS = (("domain/review.py", ("WHO5_SOURCE", "WHO5_INTRO", "WHO5_ITEMS", "WHO5_ANSWERS")),)

HEADER = '''# ruff: noqa: E501
"""Every message an error can carry, and domain words the UI shows, for translation
(generated: do not edit).

Written by ``resources/translations/make_error_texts.py`` from the raise sites; run
``make translations`` after changing an error message.
"""

from __future__ import annotations

from .text import QT_TRANSLATE_NOOP

MESSAGES: tuple[str, ...] = (
'''


def _files() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if not str(path.relative_to(PACKAGE)).startswith(SKIP)
    )


def _error_classes(trees: list[ast.Module]) -> set[str]:
    names = {"WellbeingError"}
    grown = True
    while grown:
        grown = False
        for tree in trees:
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.ClassDef)
                    and node.name not in names
                    and any(_name(base) in names for base in node.bases)
                ):
                    names.add(node.name)
                    grown = True
    return names


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _constants(tree: ast.Module) -> dict[str, list[str]]:
    """Every ``name = "text"`` (or a dict of texts) in the module, by name."""
    found: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            texts = _literal_texts(node.value)
            for target in targets:
                if isinstance(target, ast.Name) and texts:
                    found.setdefault(target.id, []).extend(texts)
    return found


def _literal_texts(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Dict):
        return [t for value in node.values if value is not None for t in _literal_texts(value)]
    if isinstance(node, ast.Tuple) and len(node.elts) == 1:
        return _literal_texts(node.elts[0])
    return []


def _placeholder(expr: ast.AST, index: int) -> str:
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        return expr.attr
    return f"value{index}"


def _template(node: ast.JoinedStr) -> str:
    parts: list[str] = []
    for index, part in enumerate(node.values, 1):
        if isinstance(part, ast.Constant):
            parts.append(str(part.value).replace("{", "{{").replace("}", "}}"))
        elif isinstance(part, ast.FormattedValue):
            parts.append("{" + _placeholder(part.value, index) + "}")
    return "".join(parts)


def _texts(node: ast.AST, constants: dict[str, list[str]]) -> list[str]:
    """The message texts an argument can be: a literal, an f-string's template, a named
    constant (or every text of a named dict), or ``CONSTANT.format(...)``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [_template(node)]
    if isinstance(node, ast.Name):
        return list(constants.get(node.id, []))
    if isinstance(node, ast.Subscript):
        return _texts(node.value, constants)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr == "format":
            found = _texts(node.func.value, constants)
            for keyword in node.keywords:
                found += _texts(keyword.value, constants)
            return found
        if node.func.attr == "get":
            return _texts(node.func.value, constants) + [
                t for arg in node.args for t in _texts(arg, constants)
            ]
    if isinstance(node, ast.IfExp):
        return _texts(node.body, constants) + _texts(node.orelse, constants)
    return []


def messages() -> list[str]:
    files = _files()
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in files]
    errors = _error_classes(trees)
    found: list[str] = list(EXTRA)
    for tree in trees:
        constants = _constants(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name in errors:
                for item in ast.walk(node):  # defaults of an error's own __init__
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        for default in item.args.defaults + item.args.kw_defaults:
                            if default is not None:
                                found += _texts(default, constants)
            if not isinstance(node, ast.Call):
                continue
            called = _name(node.func)
            is_super = called == "__init__" and isinstance(node.func, ast.Attribute)
            if not (
                called in errors
                or is_super
                or called == "require_text"
                or (called or "").endswith("_error")
            ):
                continue
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                found += _texts(arg, constants)
    unique: dict[str, None] = {}
    for text in found:
        if _words(text) >= 4 and "}{" not in text:
            unique.setdefault(text, None)
    return list(unique)


def _words(text: str) -> int:
    """Letters outside the placeholders: "{where}.id" (a field's path) has too few to be
    worth translating, or to be told apart from other messages by pattern."""
    return sum(c.isalpha() for c in re.sub(r"\{[^{}]*\}", "", text))


def domain_words() -> list[str]:
    """The texts of :data:`DOMAIN_WORDS` (a constant may be one text or a tuple of them)."""
    found: list[str] = []
    for module, names in DOMAIN_WORDS:
        tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
        for node in tree.body:
            target = node.targets[0] if isinstance(node, ast.Assign) else None
            if isinstance(target, ast.Name) and target.id in names:
                value = node.value
                items = value.elts if isinstance(value, ast.Tuple) else [value]
                found += [item.value for item in items if isinstance(item, ast.Constant)]
    return found


def render() -> str:
    lines = [HEADER]
    for text in messages():
        lines.append(f'    QT_TRANSLATE_NOOP("Errors", {text!r}),\n')
    lines.append(
        ")\n\n#: Domain words the UI shows through ``tr()`` (such as the WHO-5's statements).\n"
    )
    lines.append("WORDS: tuple[str, ...] = (\n")
    for text in domain_words():
        lines.append(f'    QT_TRANSLATE_NOOP("DomainWords", {text!r}),\n')
    lines.append(")\n")
    return _formatted("".join(lines))


def _formatted(source: str) -> str:
    """The module as ``ruff format`` leaves it, so ``make lint`` finds nothing to change."""
    ruff = Path(sys.executable).with_name("ruff")
    command = [str(ruff)] if ruff.exists() else [sys.executable, "-m", "ruff"]
    done = subprocess.run(
        [*command, "format", "--stdin-filename", str(OUTPUT), "-"],
        input=source,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return done.stdout


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date: run `make translations`.", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {text.count('QT_TRANSLATE_NOOP(')} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
