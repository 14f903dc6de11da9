"""Spending commitments: who commits (or calls for, plans, warns of, spends) what, in which sector.

A sentence is a commitment when it has an amount of money or a share of GDP together with a commitment
word (pledge, plan, call, warning, spending verb), or, with no amount, a spending noun that something is done
to ("increase their defence spending", "tax rises", "Plans include funding for ..."): ``candidates``. Every
commitment has an actor (the subject, the reporter of a necessity, or for a plan stated as a noun the last
speaker); a sum with nobody committing it is a forecast or a figure. Reported results (profits, sales, share
prices) are not commitments.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator import lexicon as lx
from generator.extract.actors import ActorIndex
from generator.extract.actors.index import in_spans
from generator.extract.actors.names import ancestors_to
from generator.extract.commitments import candidates as cands
from generator.extract.commitments.amounts import Found, find_amounts
from generator.extract.commitments.candidates import Candidate
from generator.extract.quotes.attribution import according_to, named_in_apposition
from generator.extract.sentences import ents_of, nearest_subject, sents_of, text_of, words_of
from generator.model import Actor, Amount, Commitment, Quote

__all__ = ["find_commitments"]


@dataclass
class _Owner:
    kind: str
    name: str | None
    id: str | None


def _agent(sent: Span, cue: Token | None, action: Token | None, kind: str) -> Token | None:
    """Who acts: "calls from X", else the subject of the cue or the action, or of the verbs they hang on."""
    if kind == "call" and cue is not None and cue.pos_ == "NOUN":  # "calls from X"; not "asking for $320m from the
        # IMF", where the money comes from
        for child in cue.children:
            if child.lower_ == "from":
                for g in child.children:
                    if g.dep_ == "pobj":
                        return g
        # "The demand for $280bn - filed by the Clinton administration in 1999 - was rejected": who made the demand
        # (the parser hangs the participle on the demand or on what it is for)
        what = [g for c in cue.children if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children if g.dep_ == "pobj"]
        for made in (c for t in (cue, *what) for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            by = next((g for g in made.children if g.dep_ == "agent"), None)
            named = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if named is not None:
                return named
        # "its claim for $280bn": the owner of the claim for the sum; a pronoun's is the main clause's subject ("The
        # US Justice Department is to try to overturn a ruling that threw out its claim for ...")
        owner = next((c for c in cue.children if c.dep_ == "poss"), None) if what else None
        if owner is not None and owner.pos_ != "PRON":
            return owner
        if owner is not None and owner.lower_ in ("its", "their", "his", "her"):
            main = nearest_subject(sent.root, ("nsubj",))
            if main is not None and main.i < cue.i:
                return main
    if cue is not None and cue.pos_ == "NOUN" and cue.dep_ == "dobj" and cue.head.pos_ == "VERB" \
            and cue.lemma_.lower() in lx.lexicon().commitments.plan_nouns and any(
                c.dep_ == "poss" and (c.lower_ in OWN_WORDS or any(g.dep_ == "poss" and g.lower_ in OWN_WORDS
                                                                     for g in c.children)) for c in cue.children):
        # "Mr Kennedy also outlined his party's plan to impose a 50% income tax rate": the one who sets out his own
        # (or his party's) plan owns it
        subj = nearest_subject(cue.head, ("nsubj",))
        if subj is not None and subj.i < cue.head.i:
            return subj
    if cue is not None and cue.pos_ == "NOUN" and cue.dep_ == "dobj" and cue.head.pos_ == "VERB" \
            and cue.lemma_.lower() in lx.lexicon().commitments.intention_nouns \
            and cue.head.lemma_.lower() in lx.lexicon().commitments.adopting_verbs \
            and not any(c.dep_ in ("poss", "det") and c.lower_ not in ("a", "an") for c in cue.children) \
            and any(c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children) for c in cue.children):
        # "G7 finance ministers backed plans to write off up to 100% of the debts": a plan to do something that no
        # one else's is, made theirs by who backs or agrees it
        subj = nearest_subject(cue.head, ("nsubj",))
        if subj is not None and subj.i < cue.head.i:
            return subj
    for verb in (cue, action):
        t = verb
        while t is not None:
            subj = nearest_subject(t, ("nsubj", "nsubjpass", "agent"))
            if subj is not None and subj.dep_ == "nsubjpass" and any(c.dep_ == "dobj" for c in t.children):
                # "Gordon Brown has been given a £2.1bn boost": the subject of a passive with an object is who
                # receives it; the giver is the agent, if named ("was paid £3m by the council")
                by = next((c for c in t.children if c.dep_ == "agent"), None)
                return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if subj is not None and subj.i < t.i + 30:
                return subj
            if subj is None:
                # "X is today announcing it will commit $60 million", parsed with "announcing" as the clausal
                # subject of "commit": the one who announces acts
                for clause in (c for c in t.children if c.dep_ == "csubj" and c.i < t.i):
                    subj = nearest_subject(clause, ("nsubj",))
                    if subj is not None:
                        return subj
            if t.dep_ == "xcomp" and t.head.lemma_ == "be" and any(c.dep_ == "auxpass" for c in t.children):
                break  # "More money is to be given to councils": the subject of "is" is what is given
            if t.dep_ in ("xcomp", "ccomp", "conj", "advcl") and t.head != t:
                t = t.head
            elif t.dep_ == "acomp" and t.head.lemma_ == "be":
                t = t.head  # "The Conservatives are committed to cutting ...": the subject of "are"
            else:
                t = None
    return None


OWN_WORDS = frozenset({"his", "her", "its", "their", "our", "my"})


def _the_money(t: Token) -> bool:
    """A subject that is a sum already spoken of: "The $20 million" (not "the money": "it was confident the money
    would all be allocated" is the fund's, not the last owner's)."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children) and (
        t.like_num or t.lemma_.lower() in ("million", "billion", "m", "bn"))


def _passive_sum(agent: Token, c: cands.Candidate) -> bool:
    """The subject is the sum of a verb of pledging in the passive with no agent and no source: "An extra £50m was
    promised" (not money that "will be spent", whoever spends it)."""
    verb = agent.head
    span = cands.span_of(c.sent, c.amount) if c.amount is not None else None
    return agent.dep_ == "nsubjpass" and span is not None and span.start <= agent.i < span.end \
        and any(ch.dep_ == "auxpass" for ch in verb.children) and not any(ch.dep_ == "agent" for ch in verb.children) \
        and verb.lemma_.lower() in lx.lexicon().commitments.kind_words("pledge") \
        and according_to(c.sent) is None  # "... has been pledged, according to the site": not told by whom


def _sum_subject(agent: Token, c: cands.Candidate) -> bool:
    """The subject of a passive is the sum itself ("An extra £50m will be spent", "A total of £20m is earmarked")."""
    if agent.dep_ != "nsubjpass" or c.amount is None:
        return False
    span = cands.span_of(c.sent, c.amount)
    if span is None:
        return False
    if span.start <= agent.i < span.end:
        return True
    return agent.lemma_.lower() in ("total", "sum", "amount") and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(span.start <= g.i < span.end for g in p.subtree)
        for p in agent.children)


def _reporter(verb: Token | None) -> Token | None:
    """The subject of a speech verb that ``verb`` is reported under ("The Conservatives said Mr Brown would ..."), or
    the owner of a noun of claiming whose clause it is ("Labour got into trouble over its claim that Michael Howard
    was planning £35bn cuts")."""
    cues = lx.lexicon().cues
    t = verb
    while t is not None and t.head.i != t.i:
        if t.dep_ in ("ccomp", "xcomp", "conj", "advcl") and t.head.lemma_.lower() in cues.speech_verbs:
            for child in t.head.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return child
        if t.dep_ in ("acl", "ccomp") and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in cues.claim_nouns \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            owner = next((c for c in t.head.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner
            # a claim with no owner named is the claim of whoever speaks of it further up, if anyone
        t = t.head
    return None


def _group_antecedent(doc: Doc, before: int, actors: ActorIndex, first: bool = False) -> tuple[str | None, str | None]:
    """"They" and "we": the nearest earlier plural subject or organisation; for "we" (``first``) an organisation, the
    plural of a name ("the Tories") or of bodies ("the unions"), and no one where another plural noun comes first
    ("cuts": "we" in a speech is the speaker's side, which the text need not name)."""
    words = lx.lexicon().actors
    pronouns = words.group_pronouns | {"it", "he", "she"}
    bodies = words.org_nouns | words.body_nouns | words.company_nouns  # "the unions", "the charities"
    for sent in reversed([s for s in sents_of(doc) if s.end_char <= before]):
        for t in sent:
            if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in pronouns:
                actor = actors.resolve(t)
                if actor is not None and actor.name.split()[-1] in words.programme_heads:
                    continue  # a programme is run, it does not speak: "Our Women's Safety Package is rolling out
                    # ..., and we have committed ..."
                if actor is not None and actor.type != "person":
                    return actor.name, actor.id
                if t.tag_ == "NNPS" or (t.tag_ == "NNS" and (not first or t.lemma_.lower() in bodies)):
                    return t.text, None
                if t.tag_ == "NNS":
                    return None, None  # "we" is the one who speaks, whom no noun before it names
    return None, None


FIRST_PERSON = ("we", "our", "us")
NOBODY = ("none", "nobody", "nothing", "neither")  # not "no": "No 10 said ..."


def political(actor: Actor) -> bool:
    """A person, a party or a government: one who can have plans of their own."""
    return actor.type == "person" or (
        actor.type == "organization" and actor.name.split()[-1] in lx.lexicon().actors.political_heads)


def _party_name(name: str | None, issuer_: Actor) -> bool:
    """A name that is not an actor's but names a party or government ("Liberals", "the Turnbull Government"),
    none of whose words the issuer's name shares."""
    words = (name or "").split()
    return bool(words) and words[-1] in lx.lexicon().actors.political_heads \
        and not set(words) & set(issuer_.name.split())


# A text speaks in its issuer's voice when "we", "our" or "us" stand outside quotes this often, in this many
# paragraphs, and reports little speech itself (measured: 4 of 927 BBC politics and business articles qualify,
# reported speeches and readers' letters among them; most Speech-Acts releases do).
ISSUER_FIRST_PERSON = 2
ISSUER_PARAGRAPHS = 2
ISSUER_REPORTING = 0.15  # at most this many "said", "says", "told" outside quotes per sentence
ISSUER_THIRD_PERSON = 2  # with no first person: this many plans of one party or government ("X will ...")


def _first_person(tok: Token) -> bool:
    """"we", "our", "us" (not "US", the country)."""
    return tok.lower_ in FIRST_PERSON and not (tok.text.isupper() and tok.lower_ == "us")


def same_side(a: Actor, b: Actor) -> bool:
    """Two actors that speak for one side: names sharing a word other than a government's or party's ("Labor",
    "Shorten Labor Government"; not "Shorten Labor Government" and "Turnbull Government"), one an alias of the other,
    or a person and their organisation."""
    generic = lx.lexicon().actors.government_heads | {"Party", "the", "The", "of"}
    return bool((set(a.name.split()) & set(b.name.split())) - generic) or a.name in b.aliases or b.name in a.aliases \
        or b.name in (a.organization, a.affiliation) or a.name in (b.organization, b.affiliation)


def issuer(doc: Doc, actors: ActorIndex) -> Actor | None:
    """The body in whose voice a text is written: a party's release or speech says "we" and "our" outside
    quotes and names itself as the subject of its plans ("Labor will invest ...", "A Shorten Labor Government
    will ..."). The organisation (never a person) most often the subject of a clause in the future tense outside
    quotes. A text with no first person outside quotes has an issuer only when a party or government is that
    subject at least ISSUER_THIRD_PERSON times and no one is reported ("The Turnbull Government will ...");
    reported news has none."""
    words = words_of(doc)
    first_person = [t for t in (doc[i] for i in words.at(FIRST_PERSON))
                    if _first_person(t) and not in_spans(t.idx, actors.quote_spans)]
    paragraphs = {text_of(doc).count("\n", 0, t.idx) for t in first_person}
    # news reports people in the third person; "we" outside quotes is rare and local there
    voiced = len(first_person) >= ISSUER_FIRST_PERSON and len(paragraphs) >= ISSUER_PARAGRAPHS
    sents = sents_of(doc)
    reported = sum(1 for i in words.at(("said", "says", "told")) if not in_spans(doc[i].idx, actors.quote_spans))
    if reported > max(1.0, ISSUER_REPORTING * len(sents)):
        return None  # a report of what people said, not a text in its own voice
    counts: dict[str, int] = {}
    for m in actors.mentions:
        if m.in_quote:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        # not one of several subjects ("... if the Greens and Independents will be calling the shots"): a text
        # names itself alone as the subject of its plans
        heads = {t.head for t in span or [] if t.dep_ in ("nsubj", "nsubjpass") and not t.conjuncts}
        # "a new Labor government will fully-fund ...": the party named in the subject's government
        heads |= {t.head.head for t in span or [] if t.dep_ == "compound" and t.head.dep_ in ("nsubj", "nsubjpass")
                  and t.head.lower_ in lx.lexicon().actors.government_nouns}
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for h in heads for c in h.children):
            counts[m.actor] = counts.get(m.actor, 0) + 1
    if not counts:
        return None
    parties = [aid for aid in counts if actors.actors[aid].type == "organization" and political(actors.actors[aid])]
    if parties and (voiced or reported == 0):
        # "we" in a party's text is the party, even where its leader or a rival is the subject of more
        # sentences ("Malcolm Turnbull will cut ..." in a Labor release); so is a party or government that a text
        # in the third person makes the subject of its plans, even where a fund it sets up is the subject of more
        # ("The Turnbull Government will deliver a $1 billion Reef Fund ... The Reef Fund will provide ...")
        counts = {aid: counts[aid] for aid in parties}
    best = max(sorted(counts), key=lambda aid: (counts[aid], -actors.actors[aid].first))
    actor = actors.actors[best]
    if not voiced:
        # a release in the third person: a party or government the subject of its plans again and again
        # ("The Turnbull Government will deliver ...", "The Coalition will ...") in a text that reports no one
        # (one side under several names counts once: "A re-elected Turnbull Coalition Government will ...", "The
        # Turnbull Government will ...")
        side = sum(n for aid, n in counts.items() if same_side(actors.actors[aid], actor))
        third = actor.type == "organization" and political(actor) and side >= ISSUER_THIRD_PERSON
        return actor if third and reported == 0 else None
    # a body, not a person: one who speaks in his own voice says "I", and is not the subject of his own plans in the
    # third person (a page of lobbies' statements that names "Tony Blair will ever face" has no issuer)
    return actor if actor.type == "organization" else None


def _holder_of_clause(pronoun: Token) -> Token | None:
    """The one whose statement a clause is, where "he" or "she" is its subject: the clause tells the content of a noun
    (an announcement, a claim) that names its maker, as a possessor ("The chancellor's announcement that he was to
    offer a £200 council tax rebate") or as the agent of "made by" ("the claims made on Monday by Michael Howard that
    he could save £35 billion"). None where the clause is of no such noun."""
    verb = pronoun.head
    while verb.dep_ in ("xcomp", "ccomp", "advcl", "conj") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "acl" or verb.head.pos_ != "NOUN":
        return None
    noun = verb.head
    maker = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    if maker is None:
        maker = next((o for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN" and a.i < verb.i
                      for b in a.children if b.dep_ == "agent" for o in b.children if o.dep_ == "pobj"), None)
    return maker if maker is not None and maker.i < pronoun.i else None


def _former_members(agent: Token, actors: ActorIndex) -> str | None:
    """Former members of a named body, as the text names them ("Eighteen former Enron directors have agreed a $168m
    settlement": "former Enron directors"; "Ten former directors at WorldCom": "former directors at WorldCom"), who
    are not the body (see ``ActorIndex.resolve``); None for any other agent."""
    if agent.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in agent.children):
        return None
    words = [t for t in agent.subtree if t.dep_ not in ("det", "nummod", "punct", "predet")
             and not any(a.dep_ in ("relcl", "appos", "acl") for a in ancestors_to(t, agent))]
    if len(words) > 6 or words != list(agent.doc[words[0].i:words[-1].i + 1]) \
            or not any(t.i in actors.token_actor for t in words):
        return None  # only a short phrase in one piece that names the body
    return " ".join(t.text for t in words)


class _Attribution:
    """Finds the owner of a candidate: the agent, the reporter of a necessity, the possessor of a plan, the
    speaker of the quote around "we", or the last speaker for a plan stated as a noun."""

    def __init__(self, doc: Doc, actors: ActorIndex, quotes: list[Quote]):
        self.doc = doc
        self.actors = actors
        self.quotes = quotes
        self.sents = sents_of(doc)
        self.issuer = issuer(doc, actors)
        self.last: _Owner | None = None  # who a list of items belongs to: the owner of the last pledge, plan or spend

    def quoted_speaker(self, offset: int) -> tuple[str | None, str | None]:
        """Who says "we" here: the speaker of the direct quote around ``offset``."""
        for q in self.quotes:
            if q.kind == "direct" and q.start <= offset < q.end and q.speaker:
                return q.speaker, q.speaker_id
        return None, None

    def recent_speaker(self, si: int) -> tuple[str | None, str | None]:
        """The speaker of the last quote in this or the three sentences before it."""
        lo = self.sents[max(0, si - 3)].start_char
        near = [q for q in self.quotes if q.speaker and lo <= q.start < self.sents[si].end_char]
        return (near[-1].speaker, near[-1].speaker_id) if near else (None, None)

    def _party_of_owner(self, noun: Token) -> Actor | None:
        """The party of "his party" or "her party": the organisation of the person the pronoun stands for, when the
        text gives them one that is political ("Tory leader Michael Howard says his party can save ...")."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        person = self.actors.person_antecedent(owner) if owner is not None else None
        body = self.actors.lookup(person.organization) if person is not None and person.organization else None
        if body is None and person is not None and owner is not None:
            body = self._own_party(person, owner.idx)
        return body if body is not None and political(body) else None

    def _own_party(self, person: Actor, before: int) -> Actor | None:
        """A party the text calls the person's own before ``before``, with "his" or "her" standing for them
        ("Charles Kennedy has told voters his Liberal Democrats will offer ...")."""
        for m in self.actors.mentions:
            if m.start >= before or m.in_quote:
                continue
            body = self.actors.actors[m.actor]
            if body.type != "organization" or not political(body):
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            pronoun = next((c for t in span or [] for c in t.children
                            if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
            if pronoun is not None and self.actors.person_antecedent(pronoun) == person:
                return body
        return None

    def _region_spoken_of(self, agent: Token) -> str | None:
        """"the province" or "the state", bare, where no actor stands for it: the province or state of a federation
        the text named last before it ("Ontario will expand testing ... the province would spend $30 million": the
        government of Ontario, named as the place)."""
        if agent.pos_ != "NOUN" or agent.lower_ not in lx.lexicon().actors.region_nouns \
                or [c.lower_ for c in agent.children] != ["the"]:
            return None
        words = lx.lexicon().actors
        named = [e for e in ents_of(self.doc) if e.label_ == "GPE" and e.end_char <= agent.idx
                 and lx.key(e.text) in lx.regions() and not in_spans(e.start_char, self.actors.quote_spans)
                 and (agent.lower_ != "state" or lx.regions()[lx.key(e.text)] in words.federations_of_states)]
        return named[-1].text if named else None

    def name_of(self, agent: Token, sent: Span) -> tuple[str | None, str | None]:
        if agent.lower_ in ("we", "i", "our", "my") and self.quoted_speaker(agent.idx)[0]:
            return self.quoted_speaker(agent.idx)
        if _first_person(agent) and self.issuer is not None \
                and not in_spans(agent.idx, self.actors.quote_spans):
            return self.issuer.name, self.issuer.id  # a release or a speech: "We will invest ..."
        if agent.lower_ in lx.lexicon().actors.group_pronouns:
            place = next((a for p in agent.head.children if p.dep_ == "prep" and p.lower_ == "in" and p.i < agent.i
                          for o in p.children if o.dep_ == "pobj"
                          for a in [self.actors.resolve(o)] if a is not None and a.type == "country"), None)
            if place is not None:  # "In China they spend $17 per child per year on textbooks": China, not the body
                return place.name, place.id  # named last
        if agent.lower_ in lx.lexicon().actors.group_pronouns | {"we"}:
            return _group_antecedent(self.doc, sent.start_char, self.actors, first=agent.lower_ == "we")
        # a common noun with a name set beside it is that name, before anything inside its phrase ("Britain's largest
        # grocer, Tesco, will pay": Tesco, not the country that ranks it)
        apposed = named_in_apposition(self.actors, agent)
        a = (apposed if agent.pos_ == "NOUN" else None) or self.actors.resolve(agent) or apposed
        if a is None and agent.lower_ == "it":  # "South Korea will boost spending. It has earmarked ...": a
            # country acts through its budget (it speaks only where the text makes it, see the quotes)
            a = self.actors.antecedent(agent.idx, ("organization", "country"))
            last = max((m for m in self.actors.mentions if a is not None and m.actor == a.id
                        and m.end <= agent.idx), key=lambda m: m.start, default=None)
            if a is not None and a.type == "country" and (last is None or not last.main):
                a = None  # only a country that was the subject: "A US company ... It agreed to pay" is no country
        if a is None and agent.lemma_.lower() == "party":
            a = self._party_of_owner(agent)  # "his party can save £35bn": the party of the leader just named
        if a is None and agent.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                      for c in agent.children):
            # a description with "a" that the lead names no one by, named right after it, as BBC leads are written
            # ("A US bank has said it will donate more than $8m ..." then "Riggs Bank will put money in a special
            # fund ..."; not "the government", "Ministers", "analysts")
            a = self.actors.named_after_lead(agent)
        if a is not None:
            return a.name, a.id
        region = self._region_spoken_of(agent)
        if region is not None:  # "the province would spend $30 million": Ontario, the province named last
            return region, None
        former = _former_members(agent, self.actors)
        if former is not None:
            return former, None
        seat = lx.capital_country(agent.text) if agent.pos_ == "PROPN" and agent.ent_type_ == "GPE" else None
        if seat is not None:  # "Rome's provision of a 400m euro loan": the government seated there, its country's
            found = self.actors.lookup(seat)
            return (found.name, found.id) if found is not None else (seat, None)
        named = agent.pos_ == "PROPN" or agent.lower_ in lx.lexicon().commitments.agent_nouns \
            or (agent.text[:1].isupper() and not agent.is_sent_start)
        if agent.pos_ in ("NOUN", "PROPN") and named and not any(c.isdigit() for c in agent.text):
            words = [t for t in agent.subtree if t.dep_ in ("compound", "amod") or t == agent]
            roles = lx.lexicon().titles.role_words
            while len(words) > 2 and words[0].lower_ in roles and words[1].pos_ == "PROPN":
                words = words[1:]  # a name the NER missed, without its title: "Actress Sandra Bullock"
            return " ".join(t.text for t in words), None
        return None, None

    def owner(self, c: Candidate, si: int, action: Token | None) -> _Owner | None:
        """The commitment's kind (a reported necessity is a warning) and who owns it; None when money spent
        has neither a sum nor a donor."""
        w = lx.lexicon().commitments
        kind = c.kind
        agent = c.giver if c.giver is not None else _agent(c.sent, c.cue, action, kind)
        asked = kind == "call" and c.cue is not None and c.cue.lemma_.lower() in w.asking_verbs
        # "Spending must rise by £5bn, the institute says": a necessity said of money is its reporter's call
        musts = kind == "call" and c.cue is not None and any(
            a.dep_ == "aux" and a.lower_ in ("must", "should") for a in c.cue.children)
        reporter = _reporter(action or c.cue) if kind != "call" or asked or musts else None  # "X said it will seek
        # $20bn"
        if reporter is not None and musts:
            agent = reporter
        elif reporter is not None:
            verb = action or c.cue
            if kind in ("spend", "plan", "pledge") and verb is not None and agent is not None \
                    and agent.pos_ != "PRON" and agent.i != reporter.i \
                    and any(a.dep_ == "aux" and a.lower_ in ("could", "may", "might") for a in verb.children):
                return None  # someone's guess at what another might do: "Analysts said India could spend $35bn"
            clause = list(verb.head.subtree) if verb is not None else []
            needs = [t for t in clause if t.i + 1 < len(self.doc) and t.lemma_.lower() in w.necessity
                     and t.dep_ not in ("aux", "auxpass") and (t.lemma_.lower() != "have" or t.nbor(1).lower_ == "to")]
            needed = bool(needs)
            if kind in ("spend", "pledge", "plan") and verb is not None and any(
                    (c.dep_ == "neg" or c.lower_ == "no") and verb in t.subtree for t in needs for c in t.children):
                return None  # a necessity denied: "he will have absolutely no need to raise taxes after the election"
            ours = _we_subject(clause)
            if kind in ("spend", "pledge", "plan") and needed and not ours:
                kind, agent = "warning", reporter  # "X said Y would need to raise taxes"
            elif agent is not None and agent.lower_ in lx.lexicon().actors.person_pronouns \
                    and _holder_of_clause(agent) is not None:
                pass  # "He said the chancellor's announcement that he was to offer ...": the chancellor's (below)
            elif agent is None or agent.pos_ == "PRON" or agent.dep_ == "csubj" or agent.tag_ == "VBG" \
                    or (_sum_subject(agent, c) and not self._owned_sum(agent)):
                # "A total of 24.2 trillion pesos is earmarked for subsidies for the poor, the government department
                # for planning said": the money is the subject and names no owner ("the £7.5bn of Treasury money
                # was earmarked" does; "the £80m spent annually on the Energy Savings Trust" names where it goes):
                # who reports it announces it
                # "X said raising the threshold would ..." -- X's proposal; but "Labour claim his planned £35bn
                # savings don't add up" is his plan, which Labour speaks of
                whose = _planned_by(c.cue) if agent is None else agent
                agent = whose if self._someone_elses(whose, reporter) else reporter
        if kind == "warning" and c.cue is not None and c.cue.lemma_.lower() in w.consequence_verbs \
                and reporter is not None:
            # "X said the plans would amount to ...": X's warning, whoever's plan it is
            name, aid = self.name_of(reporter, c.sent)
            return _Owner(kind, name, aid) if name is not None else None
        if c.amount is not None and not c.list_item and cands.cost_of_a_plan(c.sent, c.amount, c.cue):
            # "analysts say the new figures fail to take into account the potential $2-$3.8 trillion costs of the
            # president's plan": what a plan would cost, as its reporter reckons it, is the reporter's warning, not
            # the plan's (nobody's where the reporter is named by no name)
            said_by = _reporter(c.cue)
            name, aid = self.name_of(said_by, c.sent) if said_by is not None else (None, None)
            return _Owner("warning", name, aid) if name is not None else None
        promise = cands.promise_of(c.sent, c.amount) if c.amount is not None and not c.list_item else None
        if promise is not None:  # "match Labour's promise to spend £42bn": Labour's pledge, whoever asks
            noun, agent = promise
            kind = "pledge" if noun.lemma_.lower() in w.kind_words("pledge") | {"commitment"} else "plan"
        owner = cands.plan_owner(c.spending_noun) if promise is None else None
        if owner is None and promise is None and c.amount is not None and not c.list_item:
            owner = cands.sum_owner(c.sent, c.amount)  # "Birmingham's £6m offer", "a buyout by Verizon"
        if owner is None and promise is None and c.cue is not None and c.cue.pos_ == "NOUN" \
                and c.cue.dep_ == "nsubj" and c.cue.lemma_.lower() in w.plan_nouns:
            # "President Bush's proposals would see the Pentagon's budget rise by $19bn": the plan's named owner
            owner = cands.named_owner(c.cue)
        if owner is not None:
            agent = owner  # "Labour's plans to give all children ...": Labour's plan, whoever reports it
        planned = False
        if owner is None and agent is not None and agent.lemma_.lower() in w.plan_nouns:
            # "Labour's plans", "the Labour policy": the party whose plan it is; "The Club2School policy would
            # provide ...", "Plans include funding ...": a plan's own name or none, whose plan is said around it
            holder = self.actors.resolve(agent)
            if holder is None or not political(holder):
                planned = c.amount is not None and _verb_above(c.sent, c.amount) == agent.head
                agent = None
        if c.amount is None and kind == "spend" and cands.giver(c.spending_noun) is None:
            return None  # money spent is only news with its sum, or with who gave it
        if c.list_item:
            if self.issuer is not None:
                return _Owner(kind, self.issuer.name, self.issuer.id)
            # no issuer: the items of a list belong to the subject of its introduction ("In his budget Mr
            # Chidambaram has:" / "- Pledged 102.16bn rupees ..."), else to whoever committed the money that
            # introduced it ("The Government will invest $40 million in the Reef: / $6 million to acquire ...")
            intro = _list_intro_subject(self.sents, si)
            introducer = self.actors.resolve(intro) if intro is not None else None
            if introducer is not None and political(introducer):  # a person, party or government: not "Tasmania
                # will receive:" or a report that finds what a party has done
                return _Owner(kind, introducer.name, introducer.id)
            return _Owner(kind, self.last.name, self.last.id) if self.last is not None else None
        name, aid = None, None
        if agent is None and reporter is None and (c.amount is None or planned):
            name, aid = self.recent_speaker(si)
        if agent is not None and agent.lower_ in lx.lexicon().actors.person_pronouns:
            agent = _holder_of_clause(agent) or agent  # "The chancellor's announcement that he was to offer ..."
        if agent is not None:
            name, aid = self.name_of(agent, c.sent)
            if name is None and self.last is not None and _the_money(agent) \
                    and not any(ch.dep_ == "agent" for ch in agent.head.children):
                # "The $20 million will be invested in ...": the money committed just before, by the same owner
                # (not "The remaining $36m will be paid by the directors' insurers")
                name, aid = self.last.name, self.last.id
            elif name is None and reporter is not None and kind in ("pledge", "plan") and agent.pos_ == "NOUN" \
                    and agent.lemma_.lower() in lx.lexicon().commitments.measure_nouns:
                # "Patricia Hewitt said the new arrangements would raise up to £680m for ...": what a measure is said
                # to do is the plan of the one who says so
                said = self.actors.resolve(reporter)
                if said is not None and political(said):
                    kind, name, aid = "plan", said.name, said.id
            elif name is None and kind in ("pledge", "plan") and _passive_sum(agent, c):
                # "An extra £50m was promised on Tuesday ...": promised by whoever the story is about just before
                # (the person, party, government or country last the subject of a main clause)
                who = self.actors.antecedent(agent.idx, ("person", "organization", "country"), subject_first=True,
                                             accept=lambda a: a.type == "country" or political(a))
                name, aid = (who.name, who.id) if who is not None else (None, None)
        if name is not None and name.split()[0].lower() in NOBODY:
            return None  # "None of the Tories' figures add up": nobody commits anything
        owner_ = self.in_issuers_voice(_Owner(kind, name, aid), c, action or c.cue)
        if owner_ is None:
            return None
        # "the Conservatives' plans": a plan named by its owner, as someone else speaks of it
        possessor = agent is not None and agent.dep_ == "poss"
        return self.claimed_by(owner_, reporter, possessor)

    def _owned_sum(self, subject: Token) -> bool:
        """The sum said as a subject names whose money it is: an actor in its phrase as its possessor or after "of"
        ("the £7.5bn of Treasury money", "Labour's £2bn"), not where it goes ("spent on the Energy Savings Trust")."""
        for t in subject.subtree:
            if t.i not in self.actors.token_actor or t.i == subject.i:
                continue
            path = ancestors_to(t, subject)
            if any(a.dep_ == "poss" or (a.dep_ == "prep" and a.lower_ == "of") for a in (t, *path)):
                return True
        return False

    def _someone_elses(self, agent: Token | None, reporter: Token) -> bool:
        """"he", "his" or "she" for a person, where the reporter is a body ("Labour claim his planned £35bn
        savings don't add up"): a person the text named, not the body that speaks of his plan."""
        if agent is None or agent.lower_ not in lx.lexicon().actors.person_pronouns:
            return False
        claimant = self.actors.resolve(reporter)
        return claimant is not None and claimant.type == "organization"

    def claimed_by(self, owner: _Owner, reporter: Token | None, possessor: bool = False) -> _Owner | None:
        """A plan that one political actor says another has ("Michael Howard said Labour would raise taxes",
        "The Tories say Labour's plans ... have failed") is the reporter's claim: a warning by the reporter,
        never a commitment of whoever is named."""
        if reporter is None or owner.kind not in ("pledge", "plan") or owner.id is None:
            return owner  # money reported as spent is a fact, whoever reports it
        claimant = self.actors.resolve(reporter)
        other = self.actors.actors.get(owner.id)
        if claimant is None and possessor and other is not None and other.type == "organization" and political(other) \
                and reporter.pos_ in ("NOUN", "PROPN") and reporter.lower_ in lx.lexicon().commitments.agent_nouns \
                and not any(c.dep_ == "appos" for c in reporter.children):
            # an office named by its title alone that the text ties to no one, speaking of a party's plans by their
            # owner ("The Chancellor said the Conservatives' plans would see some £50bn in spending cuts"): still the
            # office's claim (not "Gordon Brown will spend £2bn, the chancellor said", where the title may be his
            # own, nor "Scottish Finance Minister, Tom McCabe MSP, said: "I announced ..."")
            name, aid = self.name_of(reporter, reporter.sent)
            if name is None or aid == owner.id or name == owner.name:
                return owner
            return _Owner("warning", name, None)
        if claimant is None and other is not None and other.type == "organization" and political(other) \
                and reporter.head.lemma_.lower() in lx.lexicon().commitments.claiming_verbs \
                and not _first_person(reporter):
            return None  # "And he claimed the Tories would cut £35bn", "he" standing for nobody the text names: an
            # allegation about the party's plan by someone unknown, no commitment of the party's
        if claimant is None or other is None or claimant.id == other.id \
                or not (political(claimant) and political(other)):
            return owner
        if same_side(claimant, other):
            return owner  # a party's spokesman on the party's plan
        return _Owner("warning", claimant.name, claimant.id)

    def _own_clause(self, sent: Span) -> bool:
        """The sentence's main clause is the issuer's own: "we" or "I" a subject in it, or the issuer (or its side)
        the subject of its root ("That is why we will never support Mr Turnbull's plan for $100,000 degrees")."""
        issuer_ = self.issuer
        assert issuer_ is not None
        if _we_subject(sent):
            return True
        subjects = (self.actors.resolve(t) for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass"))
        return any(a is not None and same_side(a, issuer_) for a in subjects)

    def in_issuers_voice(self, owner: _Owner, c: Candidate, verb: Token | None) -> _Owner | None:
        """In a party's release (a text with an issuer), outside quotes: a rival's plan stated in the issuer's own
        voice ("Malcolm Turnbull is promising cuts of $29 billion", "Malcolm Turnbull and the Liberals will cut local
        schools ... while recklessly spending $50 billion on a tax break") is campaign argument, not a commitment of
        anyone's: none (the commitments a release makes are its issuer's; a reported claim about a rival's plan stays a
        warning, see ``claimed_by``). Where the issuer speaks in the same sentence ("we will never support Mr
        Turnbull's plan for $100,000 degrees") it is the issuer's warning. Money spent in the past ("The former Labor
        Government spent over $2 billion", "In Government, Labor invested more than $3.5 billion") is a release's
        record, not a commitment either. Money that a programme, a fund or a thing "will provide" is the issuer's
        own. (Measured on Speech-Acts dev: 30 of 32 such entries were no commitment in the gold.)"""
        issuer_ = self.issuer
        if issuer_ is None or in_spans(c.sent.start_char, self.actors.quote_spans):
            return owner
        if owner.kind == "spend" and _spent_before(verb):
            return None
        if owner.id == issuer_.id or owner.kind not in ("pledge", "plan", "spend"):
            return owner
        other = self.actors.actors.get(owner.id) if owner.id else None
        if other is not None and same_side(issuer_, other):
            return owner  # the same party under another name: "Labor", "A Shorten Labor Government"
        # a party the NER did not take for a name ("The Liberals have announced ...") is a rival all the same
        rival = political(other) if other is not None else _party_name(owner.name, issuer_)
        giving = c.cue is not None and c.cue.lemma_.lower() in lx.lexicon().commitments.own_side_verbs
        if rival and (other is None or other.type == "organization") and owner.kind == "pledge" \
                and c.amount is not None and giving:
            # a release reports a rival's plans to attack them (cuts, taxes, charges); a party that "will invest" or
            # "will deliver" a sum in the issuer's own voice is the issuer's side under another name ("The
            # Coalition will also invest $31 million" in a release of the "Turnbull Government")
            return owner
        if rival:
            return _Owner("warning", issuer_.name, issuer_.id) if self._own_clause(c.sent) else None
        return _Owner(owner.kind, issuer_.name, issuer_.id)


def _planned_by(cue: Token | None) -> Token | None:
    """The owner of a thing a participle says is planned ("his planned £35bn efficiency savings": "his")."""
    if cue is None or cue.dep_ != "amod" or cue.tag_ != "VBN":
        return None
    return next((t for t in cue.head.children if t.dep_ == "poss"), None)


def _spent_before(verb: Token | None) -> bool:
    """A verb of spending (or cutting) in the past tense: "spent", "invested", "has allocated", "cut"."""
    if verb is None or verb.lemma_.lower() not in lx.lexicon().commitments.kind_words("spend") | {"cut", "put"}:
        return False
    perfect = verb.tag_ == "VBN" and any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.children)
    return verb.tag_ == "VBD" or perfect


def _we_subject(tokens: Iterable[Token]) -> bool:
    """"we" or "I" is a subject among ``tokens``: the text's own voice, or a speaker's."""
    return any(t.lower_ in ("we", "i") and t.dep_ in ("nsubj", "nsubjpass") for t in tokens)


def _a_court(owner: _Owner, actors: ActorIndex) -> bool:
    """The owner rules on money: a court by its name ("the High Court") or a person whose role is a court's ("Judge
    Rand Rubin said she must: / - Pay $1,000 fine": what the judge orders, not what he pledges)."""
    heads = lx.lexicon().commitments.court_heads
    if owner.name is not None and owner.name.split()[-1].lower() in heads:
        return True
    actor = actors.actors.get(owner.id) if owner.id is not None else None
    return actor is not None and actor.role is not None and actor.role.split()[-1].lower() in heads


def find_commitments(doc: Doc, actors: ActorIndex, quotes: list[Quote], sentence_at: Callable[[int], int]
                     ) -> list[Commitment]:
    """Every commitment in ``doc``, in text order; ``sentence_at(offset)`` gives the index of the published
    sentence an offset lies in."""
    out: list[Commitment] = []
    attribution = _Attribution(doc, actors, quotes)
    for si, sent in enumerate(attribution.sents):
        c = cands.candidate(sent, voiced=attribution.issuer is not None)
        if c is None or cands.is_result(c):
            continue
        if c.list_item and _under_consequences(attribution.sents, si):
            continue  # "Mr Turnbull's cuts will mean new fees and charges: / $100 for a mammogram": what people pay
        if c.list_item and c.amount is None and c.cue is not None and c.cue.tag_ == "VBG" \
                and _list_intro(attribution.sents, si) is None:
            continue  # a speech's fragment, in no list and with no sum: "Offering them a chance to take part in music
            # and drama and sport.", "Cutting bulk-billing, so 14.5 million patients pay more to see a GP."
        if c.list_item and c.amount is not None and attribution.issuer is not None and _described_sum(c) \
                and not _among_items(attribution.sents, si):
            continue  # a speech's fragment that names a thing by its price, alone between sentences: "A $50 billion
            # giveaway for large multinationals.", "Affordable university - not $100,000 degrees ..."
        action = cands.action_of(sent, c.cue)
        owner = attribution.owner(c, si, action)
        if owner is None or owner.name is None:
            continue  # nobody committing it: a forecast or a figure, not a commitment
        if _a_court(owner, actors):
            continue  # a court's award or fine is a ruling, not a commitment of the court's
        if owner.id is None and _the_public(owner.name):
            continue  # "Australians will pay more", "everyday Australians would pay much higher taxes": an effect
        if owner.kind in ("pledge", "plan", "spend") and owner.id is not None and not c.list_item:
            attribution.last = owner
        kind = owner.kind
        if c.amount is not None and cands.shortfall(sent, c.amount):
            kind = "warning"  # "A $2bn funding gap still stood in the way"
        start, end = sent.start_char, sent.end_char
        while end > start and text_of(doc)[end - 1].isspace():
            end -= 1
        verb = action if action is not None else c.cue
        relief = cands.relief_action(c.spending_noun)
        said = relief if relief is not None else "buy" if c.purchase and action is None else \
            verb.lemma_.lower() if verb is not None and verb.is_alpha else None  # (not "place" an order; debt given
        # up is "write off", "cancel", not the "plan" or "pledge" that cues it)
        base = Commitment(actor=owner.name, action=said,
                          sector=cands.sector(sent, c.spending_noun),
                          amount=_amount_of(sent, c.amount, actors.dollar_country) if c.amount else None,
                          kind=kind, year=cands.target_year(sent), evidence=text_of(doc)[start:end],
                          start=start, end=end, sentence=sentence_at(start), actor_id=owner.id)
        out.append(base)
        out.extend(dataclasses.replace(base, actor=other.name if other else base.actor,
                                       actor_id=other.id if other else base.actor_id,
                                       amount=_amount_of(sent, f, actors.dollar_country))
                   for other, f in _further_sums(c, actors, owner.id))
    return out


def _the_public(name: str) -> bool:
    """A name for people in general, who commit nothing: a nation's people ("everyday Australians") or a plural of
    ``public_nouns`` ("families", "taxpayers")."""
    last = name.split()[-1].lower()
    return last in lx.demonyms() or (last.endswith("s") and last[:-1] in lx.lexicon().commitments.public_nouns) \
        or (last.endswith("ies") and last[:-3] + "y" in lx.lexicon().commitments.public_nouns)


LIST_REACH = 12  # how many item paragraphs back a list's introduction may be


def _list_intro(sents: list[Span], si: int) -> Span | None:
    """The introduction of the list the item ``si`` is in: the sentence ending in a colon before the items, each of
    which starts a paragraph (a sentence inside a paragraph ends the search: no list reaches back past it)."""
    for j in range(si - 1, max(-1, si - 1 - LIST_REACH), -1):
        sent = sents[j]
        if sent.text.rstrip().endswith(":"):
            return sent
        if not cands.starts_paragraph(sent):
            return None
    return None


def _described_sum(c: Candidate) -> bool:
    """The item's sum describes a thing rather than allots money: after an indefinite article ("A $50 billion
    giveaway", "A $50 billion hole in the budget") or denied ("not $100,000 degrees")."""
    assert c.amount is not None
    span = cands.span_of(c.sent, c.amount)
    if span is None or span.start == c.sent.start:
        return False
    before = c.sent.doc[span.start - 1]
    return before.lower_ in ("a", "an", "not")


def _among_items(sents: list[Span], si: int) -> bool:
    """The paragraph ``si`` is in a list: after an introduction ending in a colon, or next to another paragraph that
    is an item too."""
    if _list_intro(sents, si) is not None:
        return True
    for j in (si - 1, si + 1):
        if 0 <= j < len(sents) and cands.starts_paragraph(sents[j]) \
                and cands.list_item(sents[j], [f for f in find_amounts(sents[j].text)
                                               if f.amount.unit != "percent"]) is not None:
            return True
    return False


def _under_consequences(sents: list[Span], si: int) -> bool:
    """The item is in a list whose introduction (a paragraph of its own, ending in a colon) says what something
    will mean or cost ("Mr Turnbull's cuts to Medicare will mean new fees and charges:", "This will mean new
    out-of-pocket costs for x-rays:"): the items are what people would pay, not anybody's commitment."""
    intro = _list_intro(sents, si)
    return intro is not None and cands.starts_paragraph(intro) and any(
        t.pos_ == "VERB" and t.lemma_.lower() in lx.lexicon().commitments.consequence_verbs for t in intro)


def _list_intro_subject(sents: list[Span], si: int) -> Token | None:
    """The subject of the introduction of the list item ``si`` is in ("In his budget Mr Chidambaram has:", "As part
    of his reforms he has announced:")."""
    intro = _list_intro(sents, si)
    return nearest_subject(intro.root) if intro is not None else None


def _amount_of(sent: Span, found: Found, dollar_country: str | None) -> Amount:
    """The sum ``found`` as shown: in the article's own dollars, and per head where it goes to people one by one."""
    amount = local_currency(found.amount, dollar_country)
    per = cands.per_recipient(sent, found)
    return dataclasses.replace(amount, per=per) if per is not None else amount


def local_currency(amount: Amount, dollar_country: str | None) -> Amount:
    """A bare "$" (or "dollars") is the dollar of the article's country: AUD in an Australian text, USD where no
    country with a dollar of its own leads. Marked as inferred either way; "US$", "A$" are kept as written."""
    if amount.unit != "USD" or amount.text.upper().startswith("US") or "US DOLLAR" in amount.text.upper():
        return amount
    unit = lx.lexicon().commitments.dollars.get(dollar_country or "", "USD")
    return dataclasses.replace(amount, unit=unit, unit_inferred=True)


def _further_sums(c: Candidate, actors: ActorIndex, owner_id: str | None) -> list[tuple[Actor | None, Found]]:
    """Further sums in the same sentence belong to the actor named just before each of them ("Labour's
    campaign cost £1.7m, the Lib Dems' £1.19m and the Greens' £404,000"); a sum of a second verb of money is
    the owner's own (None: "has allocated $2 million ..., and will provide $59 million ...")."""
    out: list[tuple[Actor | None, Found]] = []
    if c.amount is None or c.amount not in c.money:
        return out
    prev_end = c.amount.end
    for f in c.money[1:]:
        between = c.sent.text[prev_end:f.start]
        prev_end = f.end
        if between.strip() in ("(", "") or between.rstrip().endswith("("):
            continue  # "$10m (£5.3m)": the same sum in another currency
        lo, hi = c.sent.start_char + f.start - len(between), c.sent.start_char + f.start
        named = actors.mentions_between(lo, hi)
        other = actors.actors[named[-1].actor] if named else None
        if other is not None and other.id != owner_id and _owns_sum(c.sent, named[-1].start, named[-1].end, hi):
            out.append((other, f))
        elif _second_clause(c, f):
            out.append((None, f))  # "will give US$40m in aid to Fiji, and the government will pay $1,400 ..."
        # else "£200 ..., or £300 where ...": another figure of the same commitment
    return out


def _verb_above(sent: Span, f: Found) -> Token | None:
    """The first verb above the sum ``f``."""
    span = cands.span_of(sent, f)
    if span is None:
        return None
    return next((t for t in cands.heads_above(span.root, len(sent)) if t.pos_ == "VERB"), None)


def _second_clause(c: Candidate, f: Found) -> bool:
    """A further sum is a commitment of its own, by the same owner, when a verb of money joined to the first
    sum's verb (or to a verb above it, as the parser often joins them) commits it ("Labor has also allocated $2
    million for ..., and will provide $59 million for ...")."""
    assert c.amount is not None
    first, second = _verb_above(c.sent, c.amount), _verb_above(c.sent, f)
    if first is None or second is None or first == second:
        return False
    joined = second.dep_ == "conj" and (second.head == first or second.head.is_ancestor(first))
    passive = any(ch.dep_ in ("auxpass", "nsubjpass") for ch in second.children)  # "but was granted £349m"
    return joined and not passive and second.lemma_.lower() in lx.lexicon().commitments.joined_verbs


POSSESSIVE = re.compile(r"\s*(?:['’]s?)?\s*$")


def _owns_sum(sent: Span, start: int, end: int, at: int) -> bool:
    """The actor named at ``start``..``end`` owns the sum at ``at``: named just before it ("the Lib Dems'
    £1.19m") or the subject of a verb the sum hangs from ("while Labour has offered £22bn savings"); not a name
    the sum's words pass by ("for each MCI share, as well as offering dividends of $4.50", "for North Queenslanders,
    including $80 million ...")."""
    doc = sent.doc
    if POSSESSIVE.match(text_of(doc)[end:at]):
        return True
    name = doc.char_span(start, end, alignment_mode="expand")
    money = doc.char_span(at, at + 1, alignment_mode="expand")
    if name is None or money is None or not len(name) or not len(money):
        return False
    head = name.root
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.is_ancestor(money[0])
