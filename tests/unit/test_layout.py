"""The layout keeps its promises: no import cycles, no platform or SQL in core, small modules.

A source scan with ``ast``: every ``import`` counts, those under ``TYPE_CHECKING`` and inside functions
too, because a cycle that only type checkers see still ties the modules together for a reader.
"""

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("core", "storage", "faq", "bots")
PLATFORM_OR_SQL = ("telegram", "discord", "sqlalchemy", "sqlmodel", "aiosqlite", "asyncpg", "storage", "bots")
# Room for a cohesive module to grow a little; past this it is doing two jobs.
MAX_CORE_LINES = 350


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            found[name] = path
    return found


def _imports(path: Path, modules: dict[str, Path] | None = None) -> set[str]:
    """What a module imports; ``from pkg import sub`` counts as ``pkg.sub`` (a package's own
    ``__init__`` always runs first, so it is no edge back)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                names.add(sub if modules is not None and sub in modules else node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: {i for i in _imports(path, modules) if i in modules and i != name} for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_scan_sees_the_data_path():
    modules = _modules()
    for step in ("core.understanding", "core.retrieval.index", "core.decision.decide", "core.desk",
                 "core.tickets.service", "core.outbox.delivery", "bots.discord.client"):
        assert step in modules, step


def test_no_import_cycles():
    cycles = _cycles(_graph())
    assert not cycles, "modules that import each other:\n" + "\n".join(" <-> ".join(c) for c in cycles)


def test_the_cycle_finder_finds_one():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_core_imports_no_platform_and_no_sql():
    bad = defaultdict(list)
    for name, path in _modules().items():
        if name.split(".")[0] != "core":
            continue
        for imported in _imports(path):
            if imported.split(".")[0] in PLATFORM_OR_SQL:
                bad[name].append(imported)
    assert not bad, dict(bad)


def test_core_modules_stay_small():
    long = {name: n for name, path in _modules().items() if name.startswith("core")
            and (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_CORE_LINES}
    assert not long, long
