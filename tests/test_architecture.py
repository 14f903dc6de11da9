"""The code's shape: data flows one way (no import cycle among the generator's modules, imports inside
functions included), and the extraction never depends on the site or the plugin."""
import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "generator"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py") if "data" not in p.relative_to(PACKAGE).parts}
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for t in targets:
                if t in modules and t != name:
                    graph[name].add(t)
    return graph


def test_no_import_cycle():
    graph = imports()
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                raise AssertionError("import cycle: " + " -> ".join(path[path.index(nxt):] + [node, nxt])
                                     if nxt in path else f"import cycle: {node} -> {nxt}")
            if nxt not in state:
                visit(nxt, path + [node])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [])


def test_extraction_does_not_depend_on_the_site_or_mkdocs():
    graph = imports()
    extraction = [m for m in graph if m.startswith("generator.extract") or m in (
        "generator.components", "generator.lexicon", "generator.nlp", "generator.model", "generator.sources")]
    assert len(extraction) > 10
    for m in extraction:
        assert not any(t.startswith(("generator.site", "generator.plugin", "generator.pagecache")) for t in graph[m]), m
        source = (PACKAGE.parent / (m.replace(".", "/") + ".py"))
        if not source.exists():
            source = PACKAGE.parent / m.replace(".", "/") / "__init__.py"
        assert "mkdocs" not in source.read_text(encoding="utf-8"), m
