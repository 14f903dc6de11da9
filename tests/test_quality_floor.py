"""The quality floor: extraction over the public gold sets (../shared/eval/dev, tests/gold, PolNeAR dev,
Speech-Acts dev), scored by ../shared/eval/score.py, must not fall more than 0.01 below any figure the README
states (the table between the quality-floor markers). Skipped with a notice where ../shared is absent."""
import re
import sys

import pytest

from tests.conftest import ROOT, SHARED

pytestmark = pytest.mark.slow
TOLERANCE = 0.01
START, END = "<!-- quality-floor -->", "<!-- /quality-floor -->"


def stated() -> dict[str, dict[str, float]]:
    """{set: {measure: figure}} from the README's quality table."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index(START) + len(START):readme.index(END)]
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in block.strip().splitlines()
            if line.startswith("|")]
    header, body = rows[0], [r for r in rows[2:]]
    out: dict[str, dict[str, float]] = {name: {} for name in header[1:]}
    for row in body:
        for name, cell in zip(header[1:], row[1:], strict=True):
            if re.fullmatch(r"\d\.\d{3}", cell):
                out[name][row[0]] = float(cell)
    return out


def test_the_readme_states_a_figure_for_every_set_and_measure():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import quality

    figures = stated()
    assert set(figures) == set(quality.DEFAULT_SETS)
    for name in quality.DEFAULT_SETS:
        assert set(figures[name]) == quality.SCORED[name], name


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared/eval is not beside this checkout")
def test_no_figure_falls_below_the_readme(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import quality

    measured = quality.measure(cache_dir=tmp_path / "cache")
    floor = stated()
    falls = [f"{name} {label}: {measured[name].get(label)} < README {figure} - {TOLERANCE}"
             for name, figures in floor.items() if name in measured
             for label, figure in figures.items() if measured[name].get(label, 0.0) < figure - TOLERANCE]
    assert not falls, "quality fell:\n" + "\n".join(falls)
    missing = set(floor) - set(measured)
    if missing:
        pytest.skip(f"sets not beside this checkout: {', '.join(sorted(missing))}")
