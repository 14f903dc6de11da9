"""List extraction errors against a gold folder, one line each (a reading aid next to score.py).

Usage:
    python benchmarks/errors.py --gold ../shared/eval/dev --pred OUT.jsonl [--only actors|quotes|commitments]

It imports the scorer from ../shared/eval/score.py (or --scorer PATH) so that pairing and matching are the
scorer's own; it prints what the scorer counts against the extraction: missed and extra items, wrong speakers,
roles, affiliations, amounts, actors and kinds.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def short(text: str | None, n: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def actor_errors(s, gold: dict, pred: dict) -> list[str]:
    out = []
    required = [g for g in gold.get("actors", []) if not g.get("optional")]
    optional = [g for g in gold.get("actors", []) if g.get("optional")]
    matched = {}
    for p in pred.get("actors", []):
        key = s.norm(p.get("name"))
        hit = next((i for i, g in enumerate(required) if key in s.keys_of(g)), None)
        if hit is None:
            if not any(key in s.keys_of(g) for g in optional):
                out.append(f"EXTRA actor  {p.get('name')!r} ({p.get('type')})")
            continue
        matched.setdefault(hit, p)
    for i, g in enumerate(required):
        p = matched.get(i)
        if p is None:
            out.append(f"MISSED actor {g['name']!r} ({g.get('type')})")
            continue
        if g.get("role"):
            roles = [g["role"]] + g.get("role_alts", [])
            pw = s.words(p.get("role"))
            if not any(s.words(r) <= pw and len(pw) <= len(s.words(r)) + 4 for r in roles):
                out.append(f"ROLE  {g['name']!r}: gold {g['role']!r} pred {p.get('role')!r}")
        if g.get("country") and not s.affiliation_ok(p.get("affiliation"), g["country"]):
            out.append(f"AFFIL {g['name']!r}: gold {g['country']!r} pred {p.get('affiliation')!r}")
    return out


def actor_keys(s, gold: dict) -> dict:
    keys = {}
    for a in gold.get("actors", []):
        ks = s.keys_of(a)
        for k in ks:
            keys[k] = ks
    return keys


def unpaired(golds: list[dict], preds: list[dict], pairs) -> tuple[list[dict], list[dict]]:
    """Required gold items left without a prediction, and predictions left without a gold item."""
    used_g = {gi for gi, _, _ in pairs}
    used_p = {pi for _, pi, _ in pairs}
    missed = [g for gi, g in enumerate(golds) if gi not in used_g and not g.get("optional")]
    extra = [p for pi, p in enumerate(preds) if pi not in used_p]
    return missed, extra


def quote_errors(s, gold: dict, pred: dict) -> list[str]:
    out = []
    golds, preds = gold.get("quotes", []), pred.get("quotes", [])
    keys = actor_keys(s, gold)
    pairs = s.pair_up(golds, preds, s.quote_similarity)
    for gi, pi, _ in pairs:
        g, p = golds[gi], preds[pi]
        if g.get("speaker") and not g.get("optional"):
            if not s.speaker_ok(p.get("speaker"), [g["speaker"]] + g.get("speaker_alts", []), keys,
                                mention=bool(g.get("speaker_mention"))):
                out.append(f"SPEAKER gold {g['speaker']!r} pred {p.get('speaker')!r}: {short(g['text'])}")
    missed, extra = unpaired(golds, preds, pairs)
    out += [f"MISSED {g.get('kind')} quote ({g.get('speaker')}): {short(g['text'])}" for g in missed]
    out += [f"EXTRA {p.get('kind')} quote ({p.get('speaker')}, {p.get('cue')}): {short(p['text'])}" for p in extra]
    return out


def commitment_errors(s, gold: dict, pred: dict) -> list[str]:
    out = []
    golds, preds = gold.get("commitments", []), pred.get("commitments", [])
    keys = actor_keys(s, gold)
    pairs = s.pair_up(golds, preds, s.commitment_similarity)
    for gi, pi, _ in pairs:
        g, p = golds[gi], preds[pi]
        if g.get("optional"):
            continue
        if g.get("amount") and not s.amount_equal(g["amount"], p.get("amount")):
            out.append(f"AMOUNT gold {g['amount']} pred {p.get('amount')}: {short(g['evidence'])}")
        if g.get("actor") and not s.speaker_ok(p.get("actor"), [g["actor"]] + g.get("actor_alts", []), keys):
            out.append(f"ACTOR gold {g['actor']!r} pred {p.get('actor')!r}: {short(g['evidence'])}")
        if p.get("kind") != g.get("kind"):
            out.append(f"KIND gold {g.get('kind')} pred {p.get('kind')}: {short(g['evidence'])}")
    missed, extra = unpaired(golds, preds, pairs)
    out += [f"MISSED commitment ({g.get('actor')}, {g.get('kind')}): {short(g['evidence'], 140)}" for g in missed]
    out += [f"EXTRA commitment ({p.get('actor')}, {p.get('kind')}): {short(p.get('evidence'), 140)}" for p in extra]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--pred", required=True, type=Path)
    ap.add_argument("--scorer", type=Path, default=HERE.parent.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--only", choices=["actors", "quotes", "commitments"], action="append")
    args = ap.parse_args()
    s = load_scorer(args.scorer)
    parts = args.only or ["actors", "quotes", "commitments"]
    preds = s.load_preds(str(args.pred))
    checks = {"actors": actor_errors, "quotes": quote_errors, "commitments": commitment_errors}
    for gold_path in sorted(args.gold.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred = s.find_pred(gold, preds) or {}
        lines = [line for part in parts for line in checks[part](s, gold, pred)]
        if lines:
            print(f"== {gold['source']}")
            for line in lines:
                print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
