"""The floors of the package's layout (issue 17), measured on the source: small modules, short
functions unless they are decision lists named here, aiokafka only behind the bus and in the dev
harness, the environment read only at the edge."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.support import REPO

PACKAGE = REPO / "services" / "newswire"
#: STYLE.md's ~400.
MAX_MODULE_LINES = 400
#: The same floor for the tests (they mirror the package: a module's tests grow with it).
MAX_TEST_MODULE_LINES = 400
TESTS = REPO / "tests"
MAX_FUNCTION_LINES = 60
#: Functions longer than the floor because a flat list is their clearest form, and why.
DECISION_LISTS = {
    "metrics.py:Metrics.__init__": "one metric a statement, in the order of the README's table",
    "contracts/asyncapi_messages.py:messages": "one message of the contract after another",
    "bench/e2e_report.py:report": "one printed section after another",
    "bench/chaos_cluster.py:run_fault": "the fault scenario step by step, as the README tells it",
    "bench/e2e_latency.py:latency_run": "the latency scenario step by step",
    "pipeline/html/scoring.py:choose": "readability's container rules in order",
    "pipeline/html/walk.py:walk": "one element kind after another in the tree walk",
    "pipeline/pagetype/structure.py:summarize": "one page-layout feature after another",
}
#: Where aiokafka may be imported: the bus adapters and the dev harness (tests, benchmarks).
AIOKAFKA_HOMES = ("bus/", "dev/")
#: The edge that reads the environment: the CLI, Settings, and the dev tooling that passes it
#: on to the processes it starts (the broker's JVM, the service under test); native.py reads
#: NEWSWIRE_PURE_PYTHON at the package's import, before any Settings exist.
ENVIRONMENT_READERS = ("__main__.py", "settings.py", "localbroker.py", "native.py", "dev/")


def _modules() -> list[tuple[str, ast.Module, int]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text()
        found.append(
            (path.relative_to(PACKAGE).as_posix(), ast.parse(text), len(text.splitlines()))
        )
    return found


def _functions(tree: ast.Module) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = f"{prefix}{child.name}"
                out.append((name, (child.end_lineno or child.lineno) - child.lineno + 1))
                visit(child, f"{name}.")
            elif isinstance(child, ast.ClassDef):
                visit(child, f"{prefix}{child.name}.")

    visit(tree, "")
    return out


def test_no_module_is_over_the_floor() -> None:
    """Every module of the package has at most 400 lines (a module that outgrows it is split
    by what it holds, as junk.py was into junk.py and hidden.py)."""
    over = [f"{name}: {lines}" for name, _, lines in _modules() if lines > MAX_MODULE_LINES]
    assert not over, over


def test_no_test_module_is_over_the_floor() -> None:
    """Every module under tests/ (test modules and their shared helpers) has at most 400 lines:
    a test module that outgrows it is split by the module its tests exercise."""
    over = [
        f"{path.relative_to(TESTS).as_posix()}: {lines}"
        for path in sorted(TESTS.rglob("*.py"))
        if (lines := len(path.read_text().splitlines())) > MAX_TEST_MODULE_LINES
    ]
    assert not over, over


def test_no_function_is_over_the_floor_unless_a_decision_list() -> None:
    """Every function has at most 60 lines, except the decision lists named above; each of
    those still exists (a stale entry would hide a new long function under an old name)."""
    lengths = {
        f"{name}:{function}": length
        for name, tree, _ in _modules()
        for function, length in _functions(tree)
    }
    over = [
        f"{key}: {length}"
        for key, length in lengths.items()
        if length > MAX_FUNCTION_LINES and key not in DECISION_LISTS
    ]
    assert not over, over
    assert not set(DECISION_LISTS) - set(lengths), set(DECISION_LISTS) - set(lengths)


def test_aiokafka_is_imported_only_by_the_bus_and_the_harness() -> None:
    """No module outside bus/ and dev/ imports aiokafka."""
    offenders: list[str] = []
    for name, tree, _ in _modules():
        if name.startswith(AIOKAFKA_HOMES):
            continue
        for node in ast.walk(tree):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            offenders.extend(f"{name}: {n}" for n in names if n.split(".")[0] == "aiokafka")
    assert not offenders, offenders


def test_the_environment_is_read_only_at_the_edge() -> None:
    """Only the CLI, Settings and the dev tooling touch os.environ or os.getenv."""
    offenders: list[str] = []
    for name, tree, _ in _modules():
        if name.startswith(ENVIRONMENT_READERS) or name in ENVIRONMENT_READERS:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv", "environb"):
                offenders.append(f"{name}:{node.lineno}")
    assert not offenders, offenders


def test_every_source_path_resolves() -> None:
    """The floors read the package itself (a moved package would make them vacuous)."""
    assert (PACKAGE / "app.py").is_file()
    assert len(_modules()) > 50
    assert Path(PACKAGE / "pipeline").is_dir()


def _imports_at_load(name: str, tree: ast.Module) -> set[str]:
    """The package modules ``name`` imports when it is loaded (imports inside functions and
    ``if TYPE_CHECKING:`` blocks run later or never, so they cannot close a cycle at load)."""
    module = "newswire." + name.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
    package = module if name.endswith("__init__.py") else module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - max(node.level - 1, 0)]
            source = (
                ".".join([*base, node.module] if node.module else base)
                if node.level
                else node.module or ""
            )
            found.add(source)
            found.update(f"{source}.{alias.name}" for alias in node.names)
    return {m for m in found if m.startswith("newswire")}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph`` (module -> modules it imports), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The finder below reports a three-module cycle and passes a chain (so its silence on the
    package means something)."""
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_no_import_cycle_between_package_modules() -> None:
    """Loading the package's modules never goes round in a circle: no module imports, at load
    time, a module that (through others) imports it."""
    modules = _modules()
    names = {
        "newswire." + n.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        for n, _, _ in modules
    }
    graph = {
        "newswire." + n.removesuffix(".py").removesuffix("/__init__").replace("/", "."): {
            m for m in _imports_at_load(n, tree) if m in names
        }
        for n, tree, _ in modules
    }
    assert len(graph) > 50
    assert sum(map(len, graph.values())) > 100  # the imports were read
    assert _cycle(graph) is None, _cycle(graph)
