"""Write ``src/wellbeing/domain/error_texts.py``: every template an error can carry.

Errors are raised in plain Python (``domain/``, ``formats/``, ``vault/``, ``services/``)
with an English template and keyword parameters (``raise VaultNotFoundError("There is no
vault at {folder}.", folder=folder)``, see ``domain/errors.py``). ``pyside6-lupdate``
cannot see those templates, so this script reads the raise sites and lists each one in a
generated module, marked with ``QT_TRANSLATE_NOOP`` so lupdate files it in the "Errors"
context, where ``services/messages.error_text`` looks it up.

A template is the first argument of an error class (the reason, second, of
``ImportFormatError``, ``ExportFormatError`` and ``_entry_error``) or of ``Message``:
a literal, a module constant (or every text of a dict of them; its own module's first,
else one imported from another), or a class constant of an error class. An f-string
there is refused: the message would be filled in before anyone could translate it
(write a template and parameters instead).

``make translations`` runs it before lupdate; ``tests/domain/test_error_texts.py`` fails
when the generated module is out of date or a raise site still builds its message.
Usage: ``python make_error_texts.py [--check]``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "wellbeing"
OUTPUT = PACKAGE / "domain" / "error_texts.py"
#: Where messages are only for a terminal (no translator there), or the output itself.
SKIP = ("ui/", "cli/", "demo.py", "domain/error_texts.py")
#: Calls whose template is not their first argument: name -> the argument's index.
TEMPLATE_AT = {"ImportFormatError": 1, "ExportFormatError": 1, "_entry_error": 1}
#: Helpers that hand their arguments (templates, or dicts of them) on to an error.
HELPERS = ("require_text", "storage_error")

#: Words the UI passes through ``tr()`` from plain domain constants (module, names).
DOMAIN_WORDS = (("domain/review.py", ("WHO5_SOURCE", "WHO5_INTRO", "WHO5_ITEMS", "WHO5_ANSWERS")),)

HEADER = '''# ruff: noqa: E501
"""Every template an error can carry, and domain words the UI shows, for translation
(generated: do not edit).

Written by ``resources/translations/make_error_texts.py`` from the raise sites; run
``make translations`` after changing an error message.
"""

from __future__ import annotations

from .text import QT_TRANSLATE_NOOP

MESSAGES: tuple[str, ...] = (
'''


class BuiltMessage(Exception):
    """A raise site builds its message (an f-string) instead of passing a template."""


def _files() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if not str(path.relative_to(PACKAGE)).startswith(SKIP)
    )


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


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


def _literal_texts(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Dict):
        return [t for value in node.values if value is not None for t in _literal_texts(value)]
    return []


def _constants(tree: ast.Module) -> dict[str, list[str]]:
    """Every ``NAME = "text"`` (or a dict of texts) in the module, classes included."""
    found: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            texts = _literal_texts(node.value)
            for target in targets:
                if isinstance(target, ast.Name) and texts:
                    found.setdefault(target.id, []).extend(texts)
    return found


def _texts(node: ast.AST, constants: dict[str, list[str]], where: str) -> list[str]:
    """The templates an argument can be."""
    if isinstance(node, ast.JoinedStr):
        raise BuiltMessage(f"{where}: an f-string message; pass a template and parameters")
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Name | ast.Attribute):  # CONSTANT, self.LINE, Class.ENTRY
        return list(constants.get(_name(node) or "", []))
    if isinstance(node, ast.Subscript):
        return _texts(node.value, constants, where)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr == "format":
            raise BuiltMessage(f"{where}: a .format() message; pass a template and parameters")
        if node.func.attr == "get":
            found = _texts(node.func.value, constants, where)
            return found + [t for arg in node.args for t in _texts(arg, constants, where)]
    if isinstance(node, ast.IfExp):
        return _texts(node.body, constants, where) + _texts(node.orelse, constants, where)
    return []


def _template_args(node: ast.Call, errors: set[str]) -> list[ast.expr]:
    called = _name(node.func)
    if called is None:
        return []
    if called in HELPERS:
        return list(node.args)
    if called == "__init__" and isinstance(node.func, ast.Attribute):  # super().__init__
        return node.args[:1]
    if called in errors or called in TEMPLATE_AT or called == "Message":
        index = TEMPLATE_AT.get(called, 0)
        return node.args[index : index + 1]
    return []


def messages() -> list[str]:
    files = _files()
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in files]
    errors = _error_classes(trees)
    found: list[str] = []
    shared: dict[str, list[str]] = {}  # a constant imported from another module
    for tree in trees:
        for name, texts in _constants(tree).items():
            shared.setdefault(name, texts)
    for path, tree in zip(files, trees, strict=True):
        constants = {**shared, **_constants(tree)}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name in errors:
                for item in node.body:  # an error's own templates (ImportFormatError.LINE)
                    if isinstance(item, ast.Assign):
                        found += _literal_texts(item.value)
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        for default in item.args.defaults + item.args.kw_defaults:
                            if default is not None:
                                found += _literal_texts(default)
            if isinstance(node, ast.Call):
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                for arg in _template_args(node, errors):
                    found += _texts(arg, constants, where)
    unique: dict[str, None] = {}
    for text in found:
        if any(c.isalpha() for c in text):
            unique.setdefault(text, None)
    return list(unique)


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
    try:
        text = render()
    except BuiltMessage as err:
        print(err, file=sys.stderr)
        return 1
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
