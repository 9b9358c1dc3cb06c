"""No test asserts how long something took.

Speed is the benchmark's (``make bench``, ``tools/bench``), never a timed test: a bound
loose enough for a loaded 2-core CI machine proves little on a laptop, and one tight
enough to mean something fails at random on CI. A test proves the promise behind a
number without a clock instead (the lock stopped the work; the query plan uses the
index; one page of rows was read), and the number goes to the benchmark.

The check is a heuristic over the syntax tree of every file under ``tests/``, one scope
per top-level function or method (nested functions included, since a timer's callback
often feeds its outer test) and one for the module's own statements:

- a *clock read* is a call of ``time.perf_counter``, ``time.monotonic``, ``time.time``
  (and their ``_ns`` forms, and ``time.process_time``), of those names imported from
  ``time``, or of ``.elapsed()`` / ``.nsecsElapsed()`` (Qt's ``QElapsedTimer``);
- a *timed name* is a name bound from an expression holding a clock read or a timed
  name (``=``, ``+=``, ``:=``, a ``for`` target, or fed to ``name.append`` / ``extend``
  / ``add`` / ``insert``; for ``x[0] = ...`` and ``x.a = ...``, ``x``), repeated until
  nothing changes, so ``took = perf_counter() - began`` and ``best = min(best, took)``
  are both timed;
- an ``assert`` whose condition holds a clock read or a timed name is a timing
  assertion.

A hang guard that asserts nothing (a loop that gives up at a deadline, a watchdog
timer) passes; so does printing a duration.
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

TESTS = Path(__file__).resolve().parent
CLOCKS = frozenset(
    {
        "perf_counter",
        "perf_counter_ns",
        "monotonic",
        "monotonic_ns",
        "time",
        "time_ns",
        "process_time",
        "process_time_ns",
    }
)
QT_CLOCKS = frozenset({"elapsed", "nsecsElapsed"})
FEEDS = frozenset({"append", "extend", "add", "insert", "appendleft"})


def _clock_imports(tree: ast.Module) -> tuple[set[str], set[str]]:
    """The names the ``time`` module goes by here, and the clocks imported from it."""
    modules, bare = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules |= {a.asname or a.name for a in node.names if a.name == "time"}
        elif isinstance(node, ast.ImportFrom) and node.module == "time":
            bare |= {a.asname or a.name for a in node.names if a.name in CLOCKS}
    return modules, bare


class _Scope:
    def __init__(self, nodes: list[ast.AST], modules: set[str], bare: set[str]) -> None:
        self.nodes = nodes
        self.modules = modules
        self.bare = bare
        self.timed: set[str] = set()

    def reads_clock(self, node: ast.AST) -> bool:
        for sub in ast.walk(node):
            if not isinstance(sub, ast.Call):
                continue
            func = sub.func
            if isinstance(func, ast.Name) and func.id in self.bare:
                return True
            if isinstance(func, ast.Attribute):
                owner = func.value
                if func.attr in CLOCKS and isinstance(owner, ast.Name) and owner.id in self.modules:
                    return True
                if func.attr in QT_CLOCKS and not sub.args:
                    return True
        return False

    def timed_expr(self, node: ast.AST | None) -> bool:
        if node is None:
            return False
        if self.reads_clock(node):
            return True
        return any(isinstance(s, ast.Name) and s.id in self.timed for s in ast.walk(node))

    def bindings(self) -> list[tuple[list[ast.AST], ast.AST | None]]:
        """(targets, value) for every binding in the scope."""
        found: list[tuple[list[ast.AST], ast.AST | None]] = []
        for root in self.nodes:
            for node in ast.walk(root):
                if isinstance(node, ast.Assign):
                    found += _pairs(node.targets, node.value)
                elif isinstance(node, (ast.AugAssign, ast.AnnAssign, ast.NamedExpr)):
                    found.append(([node.target], node.value))
                elif isinstance(node, (ast.For, ast.comprehension)):
                    found.append(([node.target], node.iter))
                elif (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr in FEEDS
                ):
                    found.append(([node.func.value], ast.Tuple(elts=list(node.args))))
        return found

    def settle(self) -> None:
        bindings = self.bindings()
        while True:
            before = len(self.timed)
            for targets, value in bindings:
                if self.timed_expr(value):
                    self.timed |= {name for target in targets for name in _bound_names(target)}
            if len(self.timed) == before:
                return

    def offending_asserts(self) -> list[ast.Assert]:
        self.settle()
        return [
            node
            for root in self.nodes
            for node in ast.walk(root)
            if isinstance(node, ast.Assert) and self.timed_expr(node.test)
        ]


def _pairs(targets: list[ast.expr], value: ast.expr) -> list[tuple[list[ast.AST], ast.AST | None]]:
    """``a, b = x, y`` binds ``a`` from ``x`` and ``b`` from ``y``; anything else binds
    every target from the whole value."""
    if (
        len(targets) == 1
        and isinstance(targets[0], (ast.Tuple, ast.List))
        and isinstance(value, (ast.Tuple, ast.List))
        and len(targets[0].elts) == len(value.elts)
        and not any(isinstance(elt, ast.Starred) for elt in (*targets[0].elts, *value.elts))
    ):
        return [([t], v) for t, v in zip(targets[0].elts, value.elts, strict=True)]
    return [(list(targets), value)]


def _bound_names(target: ast.AST) -> set[str]:
    """The names a target binds; for ``x[i]`` or ``x.a`` (and ``x.append``), ``x``."""
    while isinstance(target, (ast.Subscript, ast.Attribute, ast.Starred)):
        target = target.value
    if isinstance(target, ast.Name):
        return {target.id}
    if isinstance(target, (ast.Tuple, ast.List)):
        return {name for elt in target.elts for name in _bound_names(elt)}
    return set()


def _scopes(tree: ast.Module) -> list[list[ast.AST]]:
    functions: list[list[ast.AST]] = []
    module_level: list[ast.AST] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            functions.append([node])
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    functions.append([item])
                else:
                    module_level.append(item)
        else:
            module_level.append(node)
    return [*functions, module_level]


def timing_assertions(source: str, filename: str = "<test>") -> list[str]:
    """``filename:line: assert ...`` for every timing assertion in ``source``."""
    tree = ast.parse(source, filename)
    modules, bare = _clock_imports(tree)
    found = []
    for nodes in _scopes(tree):
        for node in _Scope(nodes, modules, bare).offending_asserts():
            text = ast.get_source_segment(source, node) or "assert ..."
            found.append(f"{filename}:{node.lineno}: {text.splitlines()[0]}")
    return sorted(set(found))


def test_no_test_asserts_how_long_something_took() -> None:
    found = []
    for path in sorted(TESTS.rglob("*.py")):
        name = path.relative_to(TESTS.parent).as_posix()
        found += timing_assertions(path.read_text(encoding="utf-8"), name)
    assert found == [], "timing assertions (measure it in tools/bench instead):\n" + "\n".join(
        found
    )


# The detector itself


def _found(snippet: str) -> list[str]:
    return timing_assertions(textwrap.dedent(snippet))


def test_the_detector_finds_timing_assertions() -> None:
    direct = """
        import time

        def test_it():
            began = time.perf_counter()
            work()
            assert time.perf_counter() - began < 0.5
    """
    through_names = """
        import time as clock

        def test_it():
            best = float("inf")
            for _ in range(5):
                began = clock.monotonic()
                work()
                took = clock.monotonic() - began
                best = min(best, took)
            assert 0 < result and best < 0.05
    """
    imported_bare = """
        from time import perf_counter

        class TestIt:
            def test_it(self):
                began = perf_counter()
                work()
                assert perf_counter() - began < 1, "too slow"
    """
    a_timer_feeding_its_test = """
        def test_it():
            gaps = []
            clock = QElapsedTimer()
            last = [clock.elapsed()]

            def tick():
                now = clock.elapsed()
                gaps.append(now - last[0])
                last[0] = now

            run(tick)
            gaps.sort()
            worst, p99 = gaps[-1], gaps[int(len(gaps) * 0.99)]
            assert p99 < 60 and worst < 250
    """
    a_hang_guard_in_an_assert = """
        import time

        def test_it():
            deadline, text = time.monotonic() + 30, ""
            while not ready():
                assert time.monotonic() < deadline, "no start"
            assert "Traceback" not in text
    """
    assert _found(direct) == ["<test>:7: assert time.perf_counter() - began < 0.5"]
    assert _found(through_names) == ["<test>:11: assert 0 < result and best < 0.05"]
    assert _found(imported_bare) == ['<test>:8: assert perf_counter() - began < 1, "too slow"']
    assert _found(a_timer_feeding_its_test) == ["<test>:15: assert p99 < 60 and worst < 250"]
    assert _found(a_hang_guard_in_an_assert) == [
        '<test>:7: assert time.monotonic() < deadline, "no start"'
    ]


def test_the_detector_lets_clockless_checks_and_hang_guards_pass() -> None:
    clean = """
        import time
        from datetime import time as day_time

        def test_a_deadline_loop_asserting_behaviour():
            deadline = time.monotonic() + 10
            reads = 0
            while time.monotonic() < deadline and not stopped():
                reads += 1
            took = time.monotonic() - deadline
            print(f"took {took:.1f} s")
            assert stopped() and reads >= 0

        def test_other_names_in_another_function():
            took = 3
            assert took == 3 and day_time(9, 30) < day_time(10)

        def test_a_sleep_is_not_a_clock():
            time.sleep(0.01)
            assert True
    """
    assert _found(clean) == []
