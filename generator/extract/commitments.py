"""Spending commitments: who commits (or calls for, plans, warns of, spends) what, in which sector.

A sentence is a commitment when it has an amount of money or a share of GDP together with a commitment
word (pledge, plan, call, warning, spending verb), or, with no amount, a spending noun that something is done
to ("increase their defence spending", "tax rises", "Plans include funding for ..."). Every commitment has an
actor (the subject, the reporter of a necessity, or for a plan stated as a noun the last speaker); a sum with
nobody committing it is a forecast or a figure. Reported results (profits, sales, share prices) are not
commitments.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator import data
from generator.extract.actors import GROUP_PRONOUNS, ActorIndex
from generator.extract.amounts import find_amounts
from generator.model import Commitment, Quote

SPENDING_NOUNS = {"spending", "spend", "budget", "funding", "investment", "aid", "expenditure", "tax", "taxes",
                  "money", "cash", "fund", "funds", "subsidy", "subsidies", "grant", "grants", "package",
                  "bailout", "contribution", "contributions", "outlay", "payment", "payments", "threshold",
                  "duty", "allowance", "allowances", "credits", "relief", "pension", "pensions", "benefits"}
# "would need to raise taxes", "forced to": what someone reports as unavoidable is a warning
NECESSITY = {"need", "force", "require", "must", "have", "oblige", "compel"}
RESULT_WORDS = {"profit", "profits", "revenue", "revenues", "sales", "turnover", "earnings", "shares", "share",
                "price", "prices", "stock", "deficit", "growth", "inflation", "rate", "rates", "loss", "losses",
                "valued", "worth", "market", "index", "exports", "imports", "surplus", "unemployment", "output",
                "fell", "rose", "grew", "dropped", "slipped", "climbed", "jumped", "income", "salary", "pay",
                "debt", "fine", "fined", "damages", "bid", "offer", "stake", "deal", "takeover", "merger",
                "buy", "bought", "sold", "sell", "acquisition", "dividend", "margin", "margins", "bonus",
                "bonuses", "box", "office", "gross", "grossed", "audience", "tickets", "viewers"}
# Unnamed agents worth naming: "the prime minister pledged", "the government gives"
AGENT_NOUNS = {"government", "ministers", "minister", "chancellor", "president", "prime", "party", "council",
               "treasury", "opposition", "administration", "mayor", "governor", "executive", "board"}
YEAR = re.compile(r"\b(?:by|in|until|before|from|for|over)\s+(?:the\s+(?:end\s+of\s+)?)?(?:(?:financial|fiscal|tax)\s+year\s+)?((?:19|20)\d\d)(?:[-/](\d\d))?\b")


# Nouns that name a commitment, never the one who makes it
PLAN_NOUNS = {"plan", "proposal", "pledge", "promise", "policy", "scheme", "measure", "manifesto", "commitment"}
# Nouns of change that act on a spending noun before them ("tax rises", "spending cuts")
CHANGE_NOUNS = {"rise", "increase", "cut", "hike", "freeze", "boost", "reduction", "raise"}


def _acted_on(noun: Token) -> bool:
    """A spending noun that something is done to: object of an action verb ("increase their defence
    spending"), of a verb whose subject is a plan ("Plans include funding for ..."), or the modifier of a
    change noun ("tax rises")."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "pobj", "conj") and head.pos_ == "VERB":
        if head.lemma_.lower() in data.words("commitments", "actions"):
            return True
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in PLAN_NOUNS for c in head.children):
            return True
    if noun.dep_ == "pobj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in data.words("commitments", "actions"):
        return True  # "put money into schools"
    if noun.dep_ in ("compound", "nmod") and head.lemma_.lower() in CHANGE_NOUNS:
        return True
    return False


def _policy_target(sent: Span) -> Token | None:
    """"Plans to extend paid maternity leave", "a pledge to abolish tuition fees": a plan or pledge noun whose
    infinitive does something to a thing of a known sector. Returns the thing."""
    actions = data.words("commitments", "actions")
    for t in sent:
        if t.lemma_.lower() not in PLAN_NOUNS or t.pos_ != "NOUN":
            continue
        for verb in t.children:
            if verb.dep_ in ("acl", "relcl", "xcomp") and verb.pos_ == "VERB" and verb.lemma_.lower() in actions \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                for obj in verb.children:
                    if obj.dep_ == "dobj" and _sector_of_words(obj.subtree):
                        return obj
    return None


def _plan_owner(target: Token | None) -> Token | None:
    """The possessor of the plan noun a policy target hangs from ("Labour's plans to give ...")."""
    if target is None or target.dep_ != "dobj":
        return None
    noun = target.head.head
    if noun.lemma_.lower() not in PLAN_NOUNS:
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)


DONATION_VERBS = {"come", "flow"}


def _donation(sent: Span) -> Token | None:
    """"Much of the party's funding came from Sir Paul Sykes": money and who gave it, with no sum."""
    for t in sent:
        if (t.lower_ in SPENDING_NOUNS or t.lemma_.lower() in SPENDING_NOUNS or t.lemma_.lower() == "donation") \
                and _is_donation(t):
            return t
    return None


def _is_donation(noun: Token | None) -> bool:
    return _giver(noun) is not None


def _giver(noun: Token | None) -> Token | None:
    """Who gave the money when the noun ("funding", or "much of the funding") is the subject of "came from
    <name>"."""
    if noun is None:
        return None
    subject = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        subject = noun.head.head  # "Much of the UKIP funding"
    if subject.dep_ != "nsubj" or subject.head.lemma_.lower() not in DONATION_VERBS:
        return None
    for c in subject.head.children:
        if c.lower_ == "from":
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "PROPN":
                    return g
    return None


SHORTFALL_NOUNS = {"gap", "shortfall", "hole", "deficit"}


def _shortfall(sent: Span, amount) -> bool:
    """The sum is a shortfall: "a $2bn funding gap", "a £10bn black hole"."""
    for t in sent:
        if t.lemma_.lower() in SHORTFALL_NOUNS and t.pos_ == "NOUN":
            lo = min(x.idx for x in t.subtree) - sent.start_char
            if lo <= amount.start < t.idx - sent.start_char:
                return True
    return False


def _sector_of_words(tokens) -> str | None:
    words = list(tokens)
    text = " " + " ".join(t.lower_ for t in words) + " "
    lemmas = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
    for sector, keys in _table()["sectors"].items():
        if any((k in lemmas if " " not in k else f" {k} " in text) for k in keys):
            return sector
    return None


def _table() -> dict:
    return data.load("commitments")


def _sector(sent: Span, noun: Token | None = None) -> str | None:
    if noun is not None:  # "defence spending": the noun's own modifier names the sector
        for child in noun.children:
            if child.dep_ in ("compound", "amod", "poss"):
                for sector, keys in _table()["sectors"].items():
                    if child.lower_ in keys or child.lemma_.lower() in keys:
                        return sector
    text = " " + sent.text.lower() + " "
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    best, best_n = None, 0
    for sector, keys in _table()["sectors"].items():
        n = sum(1 for k in keys if (k in words if " " not in k else f" {k} " in text))
        if n > best_n:
            best, best_n = sector, n
    return best


def _kind(sent: Span) -> tuple[str | None, Token | None]:
    kinds = _table()["kinds"]
    lemmas = [(t, t.lemma_.lower()) for t in sent]
    for t, lem in lemmas:
        if lem in kinds["call"] and (t.pos_ in ("VERB", "NOUN")) and lem != "want":
            if lem == "call" and not any(c.lower_ in ("for", "on", "from") for c in t.children) and t.pos_ == "VERB":
                continue
            return "call", t
    for t, lem in lemmas:
        if lem in kinds["warning"] and t.pos_ == "VERB":
            return "warning", t
    for t, lem in lemmas:
        if lem in kinds["pledge"] and t.pos_ in ("VERB", "NOUN") and lem not in ("will", "be to"):
            return "pledge", t
    for t, lem in lemmas:
        if lem in kinds["plan"] and t.pos_ in ("VERB", "NOUN"):
            return "plan", t
    for t in sent:
        # "will raise", "are to raise": a commitment in the future tense
        if t.lower_ in ("will", "shall", "would") and t.head.pos_ == "VERB" and t.head.lemma_.lower() in data.words("commitments", "actions"):
            return "pledge", t.head
        if t.lemma_ == "be" and t.i + 2 < sent.end and sent.doc[t.i + 1].lower_ == "to" and sent.doc[t.i + 2].pos_ == "VERB":
            return "pledge", sent.doc[t.i + 2]
    for t, lem in lemmas:
        if lem in kinds["spend"] and t.pos_ == "VERB":
            return "spend", t
    return None, None


def _action(sent: Span, anchor: Token | None) -> Token | None:
    actions = data.words("commitments", "actions")
    if anchor is not None:
        for t in [anchor] + list(anchor.subtree):
            if t.pos_ == "VERB" and t.lemma_.lower() in actions:
                return t
    for t in sent:
        if t.pos_ == "VERB" and t.lemma_.lower() in actions:
            return t
    return None


def _agent(doc: Doc, sent: Span, cue: Token | None, action: Token | None, kind: str) -> Token | None:
    if kind == "call" and cue is not None:
        for child in cue.children:
            if child.lower_ == "from":
                for g in child.children:
                    if g.dep_ == "pobj":
                        return g
    for verb in (cue, action):
        t = verb
        while t is not None:
            for child in t.children:
                if child.dep_ in ("nsubj", "nsubjpass", "agent") and child.i < t.i + 30:
                    return child
            if t.dep_ in ("xcomp", "ccomp", "conj", "advcl") and t.head != t:
                t = t.head
            else:
                t = None
    return None


def _reporter(verb: Token | None) -> Token | None:
    """The subject of a speech verb that ``verb`` is reported under ("The Conservatives said Mr Brown would ...")."""
    speech = data.words("cues", "speech_verbs")
    t = verb
    while t is not None and t.head.i != t.i:
        if t.dep_ in ("ccomp", "xcomp", "conj", "advcl") and t.head.lemma_.lower() in speech:
            for child in t.head.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return child
        t = t.head
    return None


def _group_antecedent(doc: Doc, before: int, actors: ActorIndex) -> tuple[str | None, str | None]:
    """"They" and "we": the nearest earlier plural subject or organisation."""
    for sent in reversed([s for s in doc.sents if s.end_char <= before]):
        for t in sent:
            if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in GROUP_PRONOUNS | {"it", "he", "she"}:
                actor = actors.resolve(t)
                if actor is not None and actor.type != "person":
                    return actor.name, actor.id
                if t.tag_ in ("NNS", "NNPS"):
                    return t.text, None
    return None, None


def find_commitments(doc: Doc, actors: ActorIndex, quotes: list[Quote]) -> list[Commitment]:
    out: list[Commitment] = []

    def quoted_speaker(offset: int) -> tuple[str | None, str | None]:
        """Who says "we" here: the speaker of the direct quote around ``offset``."""
        for q in quotes:
            if q.kind == "direct" and q.start <= offset < q.end and q.speaker:
                return q.speaker, q.speaker_id
        return None, None

    sents = list(doc.sents)

    def recent_speaker(si: int) -> tuple[str | None, str | None]:
        """The speaker of the last quote in this or the three sentences before it."""
        lo = sents[max(0, si - 3)].start_char
        near = [q for q in quotes if q.speaker and lo <= q.start < sents[si].end_char]
        return (near[-1].speaker, near[-1].speaker_id) if near else (None, None)

    for si, sent in enumerate(sents):
        found = [f for f in find_amounts(sent.text)]
        money = [f for f in found if f.amount.unit not in ("percent",)]
        words = {t.lower_ for t in sent}
        kind, cue = _kind(sent)
        giver = None
        spending_noun = next((t for t in sent if (t.lower_ in SPENDING_NOUNS or t.lemma_.lower() in SPENDING_NOUNS)
                              and t.pos_ in ("NOUN", "PROPN")), None)
        if money:
            amount = money[0]
        elif spending_noun is not None and found and kind is not None:
            amount = found[0]  # "raise VAT by 2 per cent"
        else:
            amount = None
        if amount is None:
            # with no sum, only a stated intention about spending: "calls ... to increase their defence
            # spending", "Plans include funding for universities"; not "household spending" in passing
            if kind is None:
                continue
            spending_noun = next((t for t in sent if (t.lower_ in SPENDING_NOUNS or t.lemma_.lower() in SPENDING_NOUNS)
                                  and (t.pos_ in ("NOUN", "PROPN") or t.dep_ in ("dobj", "pobj", "nsubjpass"))
                                  and _acted_on(t)), None)
            if spending_noun is None:
                spending_noun = _policy_target(sent)
            if spending_noun is None:
                spending_noun = _donation(sent)
                if spending_noun is not None:
                    giver = _giver(spending_noun)
                    kind, cue = "spend", giver.head.head
            if spending_noun is None:
                continue
        if kind is None:
            continue
        if words & RESULT_WORDS and kind in ("spend", "plan") and cue is not None and cue.lemma_.lower() in ("raise", "pay", "give", "expect", "forecast"):
            continue
        if words & RESULT_WORDS and kind == "spend" and not (words & SPENDING_NOUNS):
            continue
        action = _action(sent, cue)
        agent = giver if giver is not None else _agent(doc, sent, cue, action, kind)
        reporter = _reporter(action or cue) if kind != "call" else None
        if reporter is not None:
            clause = list((action or cue).head.subtree) if (action or cue) is not None else []
            needed = any(t.lemma_.lower() in NECESSITY and t.dep_ not in ("aux", "auxpass")
                         and (t.lemma_.lower() != "have" or t.nbor(1).lower_ == "to") for t in clause if t.i + 1 < len(doc))
            ours = any(t.lower_ in ("we", "i") and t.dep_ in ("nsubj", "nsubjpass") for t in clause)
            if kind in ("spend", "pledge", "plan") and needed and not ours:
                kind, agent = "warning", reporter  # "X said Y would need to raise taxes"
            elif agent is None or agent.pos_ == "PRON" or agent.dep_ == "csubj" or agent.tag_ == "VBG":
                agent = reporter  # "X said raising the threshold would ..." -- X's proposal
        actor_name, actor_id = None, None
        owner = _plan_owner(spending_noun)
        if owner is not None:
            agent = owner  # "Labour's plans to give all children ...": Labour's plan, whoever reports it
        elif agent is not None and agent.lemma_.lower() in PLAN_NOUNS and actors.resolve(agent) is None:
            agent = None  # "Plans include funding ...": whose plans is said around it
        if amount is None and kind == "spend" and not _is_donation(spending_noun):
            continue  # money spent is only news with its sum, or with who gave it
        if agent is None and reporter is None and amount is None:
            actor_name, actor_id = recent_speaker(si)
        if agent is not None:
            if agent.lower_ in ("we", "i") and quoted_speaker(agent.idx)[0]:
                actor_name, actor_id = quoted_speaker(agent.idx)
            elif agent.lower_ in GROUP_PRONOUNS | {"we"}:
                actor_name, actor_id = _group_antecedent(doc, sent.start_char, actors)
            else:
                a = actors.resolve(agent)
                if a is not None:
                    actor_name, actor_id = a.name, a.id
                elif agent.pos_ in ("NOUN", "PROPN") and (agent.pos_ == "PROPN" or agent.lower_ in AGENT_NOUNS
                                                          or (agent.text[:1].isupper() and not agent.is_sent_start)):
                    actor_name = " ".join(t.text for t in agent.subtree
                                          if t.dep_ in ("compound", "amod") or t == agent)
        if actor_name is None:
            continue  # nobody committing it: a forecast or a figure, not a commitment
        if amount is not None and _shortfall(sent, amount):
            kind = "warning"  # "A $2bn funding gap still stood in the way"
        year = None
        m = YEAR.search(sent.text)
        if m:
            year = int(m.group(1))
            if m.group(2):
                year = int(m.group(1)[:2] + m.group(2))
        start, end = sent.start_char, sent.end_char
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        action_word = action.lemma_.lower() if action is not None else (cue.lemma_.lower() if cue is not None else None)
        sector = _sector(sent, spending_noun)
        out.append(Commitment(
            actor=actor_name, action=action_word, sector=sector, amount=amount.amount if amount else None,
            kind=kind, year=year, evidence=doc.text[start:end], start=start, end=end, sentence=si,
            actor_id=actor_id))
        # Further sums in the same sentence belong to the actor named just before each of them
        # ("Labour's campaign cost £1.7m, the Lib Dems' £1.19m and the Greens' £404,000").
        prev_end = amount.end if amount else 0
        for f in money[1:] if amount in money else []:
            between = sent.text[prev_end:f.start]
            prev_end = f.end
            if between.strip() in ("(", "") or between.rstrip().endswith("("):
                continue  # "$10m (£5.3m)": the same sum in another currency
            lo, hi = sent.start_char + f.start - len(between), sent.start_char + f.start
            named = [m for m in actors.mentions if lo <= m.start and m.end <= hi]
            other = actors.actors[named[-1].actor] if named else None
            if other is None or other.id == actor_id:
                continue  # "£200 ..., or £300 where ...": another figure of the same commitment
            out.append(Commitment(
                actor=other.name if other else actor_name, action=action_word, sector=sector, amount=f.amount,
                kind=kind, year=year, evidence=doc.text[start:end], start=start, end=end, sentence=si,
                actor_id=other.id if other else actor_id))
    return out
