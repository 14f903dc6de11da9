"""Commitment candidates: a sentence with an amount or a spending target and a commitment word, read for
its kind (call, warning, pledge, plan, spend), cue, action and sector; then the filters that drop reported
results and figures."""
from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from generator import lexicon as lx
from generator.extract.commitments.amounts import Found, find_amounts
from generator.extract.quotes.attribution import according_to
from generator.extract.quotes.direct import is_title
from generator.extract.sentences import DASHES, between, nearest_subject, words_of
from generator.sources import BULLETS

YEAR = re.compile(r"\b(?:by|in|until|before|from|for|over)\s+(?:the\s+(?:end\s+of\s+)?)?"
                  r"(?:(?:financial|fiscal|tax)\s+year\s+)?((?:19|20)\d\d)(?:[-/](\d\d))?\b")


@dataclass
class Candidate:
    sent: Span
    money: list[Found]  # sums of money in the sentence (no percentages)
    amount: Found | None  # the sum (or share) committed
    kind: str
    cue: Token | None  # the word that gave the kind
    spending_noun: Token | None  # what the money is for ("defence spending"), when no sum is said
    giver: Token | None = None  # for money that came from a named donor
    list_item: bool = False  # an item of a party's list in its own voice: "Invest $500 million in ..."
    purchase: bool = False  # the sum is the value of a purchase its cue signs, places or orders ("buy")


BETTING_VERBS = ("put", "bet", "wager", "stake")  # "put money on X": a bet on a claim, no spending


def _words() -> lx.CommitmentWords:
    return lx.lexicon().commitments


def _is_spending_noun(t: Token) -> bool:
    nouns = _words().spending_nouns
    return (t.lower_ in nouns or t.lemma_.lower() in nouns) and not _value_for_money(t)


def _value_for_money(t: Token) -> bool:
    """"money" of "value for money" ("to investigate how the BBC offers value for money"): worth, not money spent."""
    return t.lower_ == "money" and t.i >= 2 and t.doc[t.i - 1].lower_ == "for" and t.doc[t.i - 2].lower_ == "value"


def _relieving_verb(noun: Token) -> Token | None:
    """The verb by which a creditor gives up the debt ``noun`` names: "write off the debt owed to Britain", "cancel
    their debts", "write off up to 100% of the debts" (not "write about debt", "cancel the meeting"); else None."""
    w = _words()
    if noun.lemma_.lower() not in w.debt_nouns:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.dep_ == "dobj":
        verb = verb.head.head  # "up to 100% of the debts"
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    lemma = verb.lemma_.lower()
    relieves = verb.pos_ == "VERB" and lemma in w.relief_verbs \
        and (lemma != "write" or any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children))
    return verb if relieves else None


def debt_relieved(noun: Token) -> bool:
    """Debt a creditor gives up (see ``_relieving_verb``)."""
    return _relieving_verb(noun) is not None


def relief_action(noun: Token | None) -> str | None:
    """What is done to debt given up, for a commitment's action: "write off", "cancel", "freeze"."""
    verb = _relieving_verb(noun) if noun is not None else None
    if verb is None:
        return None
    return "write off" if verb.lemma_.lower() == "write" else verb.lemma_.lower()


def acted_on(noun: Token) -> bool:
    """A spending noun that something is done to: object of an action verb ("increase their defence
    spending"), of a verb whose subject is a plan ("Plans include funding for ..."), or the modifier of a
    change noun ("tax rises")."""
    w = _words()
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in BETTING_VERBS and not any(c.like_num for c in noun.children) \
            and any(c.dep_ == "prep" and c.lower_ == "on" for c in head.children):
        return False  # "I would put money on the proposition that ...": a bet, a figure of speech
    if noun.dep_ in ("dobj", "nsubjpass", "pobj", "conj") and head.pos_ == "VERB":
        if head.lemma_.lower() in w.actions:
            return True
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in w.plan_nouns for c in head.children):
            return True
    if noun.dep_ == "pobj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in w.actions:
        return True  # "put money into schools"
    if any(c.dep_ == "amod" and c.tag_ == "VBG" and c.lemma_.lower() in w.actions and not list(c.children)
           for c in noun.children):
        return True  # "such as increasing taxes" (not "the Chancellor's tax-raising Budget": a name for it)
    if noun.dep_ == "nsubj" and head.lemma_ == "be" and any(
            c.dep_ == "xcomp" and c.pos_ == "VERB" and c.lemma_.lower() in w.actions for c in head.children):
        return True  # "More money is to be given to councils"
    change = head.head
    if noun.dep_ == "pobj" and head.lower_ in ("in", "to", "on") and change.pos_ == "NOUN" \
            and change.lemma_.lower() in w.change_nouns and change.dep_ not in ("nsubj", "nsubjpass") \
            and change.head.lemma_.lower() not in w.income_verbs:
        # "seeking large cuts in domestic spending", "announced a freeze on fuel duty": a change done; not "had
        # received an increase in budget", nor a change that is itself the subject ("The increases to PBS
        # co-payments were first proposed in Tony Abbott's 2014 Budget": what is said of it decides)
        return True
    return noun.dep_ in ("compound", "nmod") and head.lemma_.lower() in w.change_nouns


def policy_target(sent: Span) -> Token | None:
    """"Plans to extend paid maternity leave", "a pledge to abolish tuition fees": a plan or pledge noun whose
    infinitive does something to a thing of a known sector. Returns the thing."""
    w = _words()
    for t in sent:
        if t.lemma_.lower() not in w.plan_nouns or t.pos_ != "NOUN":
            continue
        for verb in t.children:
            if verb.dep_ in ("acl", "relcl", "xcomp") and verb.pos_ == "VERB" and verb.lemma_.lower() in w.actions \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                for obj in verb.children:
                    # not a price a firm plans to change ("plans to cut the wholesale prices of its broadband product")
                    if obj.dep_ == "dobj" and sector_of_words(obj.subtree) and obj.lemma_.lower() not in w.price_nouns \
                            and (verb.lemma_.lower() in w.funding_verbs or _money_words(obj.subtree)):
                        return obj
    return None


def _money_words(tokens: Iterable[Token]) -> bool:
    """Money among ``tokens``: a spending noun, a word of a sector of money (taxes, aid, benefits) or a money noun
    ("paid maternity leave", "tuition fees", "student debt"; not "immigration", "health checks")."""
    keys = _money_keys()
    return any(_is_spending_noun(t) or t.lower_ in keys or t.lemma_.lower() in keys for t in tokens)


@functools.cache
def _money_keys() -> frozenset[str]:
    """The words of the sectors of money and the money nouns, made once."""
    w = _words()
    return frozenset(k for name, words in w.sectors if name in w.money_sectors for k in words) | w.money_nouns


def plan_owner(target: Token | None) -> Token | None:
    """The possessor of the plan noun a policy target hangs from ("Labour's plans to give ...")."""
    if target is None or target.dep_ != "dobj":
        return None
    noun = target.head.head
    if noun.lemma_.lower() not in _words().plan_nouns:
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)


def giver(noun: Token | None) -> Token | None:
    """Who gave the money when the noun ("funding", or "much of the funding") is the subject of "came from
    <name>"."""
    if noun is None:
        return None
    subject = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        subject = noun.head.head  # "Much of the UKIP funding"
    if subject.dep_ != "nsubj" or subject.head.lemma_.lower() not in _words().donation_verbs:
        return None
    for c in subject.head.children:
        if c.lower_ == "from":
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "PROPN":
                    return g
    return None


def donation(sent: Span) -> Token | None:
    """"Much of the party's funding came from Sir Paul Sykes": money and who gave it, with no sum."""
    for t in sent:
        if (_is_spending_noun(t) or t.lemma_.lower() == "donation") and giver(t) is not None:
            return t
    return None


def shortfall(sent: Span, amount: Found) -> bool:
    """The sum is a shortfall: "a $2bn funding gap", "a £10bn black hole"."""
    for t in sent:
        if t.lemma_.lower() in _words().shortfall_nouns and t.pos_ == "NOUN":
            lo = min(x.idx for x in t.subtree) - sent.start_char
            if lo <= amount.start < t.idx - sent.start_char:
                return True
    return False


def sector_of_words(tokens: Iterable[Token]) -> str | None:
    words = list(tokens)
    text = " " + " ".join(t.lower_ for t in words) + " "
    lemmas = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
    for sector, keys in _words().sectors:
        if any((k in lemmas if " " not in k else f" {k} " in text) for k in keys):
            return sector
    return None


def sector(sent: Span, noun: Token | None = None) -> str | None:
    """The sector: named by the spending noun's own modifier ("defence spending"), else the one with the
    most keywords in the sentence."""
    sectors = _words().sectors
    if noun is not None:
        for child in noun.children:
            if child.dep_ in ("compound", "amod", "poss"):
                for name, keys in sectors:
                    if child.lower_ in keys or child.lemma_.lower() in keys:
                        return name
    text = " " + sent.text.lower() + " "
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    best, best_n = None, 0
    for name, keys in sectors:
        n = sum(1 for k in keys if (k in words if " " not in k else f" {k} " in text))
        if n > best_n:
            best, best_n = name, n
    return best


def starts_paragraph(sent: Span) -> bool:
    if sent.start == 0:
        return True
    prev = sent.doc[sent.start - 1]
    return "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)


FINITE = ("VBD", "VBZ", "VBP", "MD")
HEADING_WORDS = 10  # a list item's heading before its dash or colon is at most this many tokens


def list_item(sent: Span, money: list[Found]) -> Token | None:
    """The head of a list item in the issuer's own voice: a paragraph that opens with a verb of a plan ("Invest
    $100 million towards ...", "Commit $418 million to ...", "halve the thresholds ...", "Investing in science
    ...") or, with no finite main verb, with a sum ("$10 million to transform ...", "And an extra $96 million for
    ...", "Training - $2 million for ..."). Returns the verb, or the first token of the sum."""
    if not starts_paragraph(sent) or is_title(sent.text.strip()):
        return None  # not a heading or a slogan in capitals ("SAVE MEDICARE", "Save Medicare.")
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words:
        return None
    first = words[0]
    verbs = _words().item_verbs
    # "Freezing the tax at $55" (not a gerund that is the subject, whatever its form: "Upgrading the line is on the
    # list", "Investing in infrastructure is a key part of our plan"); in the
    # past, in a bulleted list, what someone has done ("In his budget Mr Chidambaram has:" / "- Raised the
    # income-tax threshold to 100,000 rupees", "- Pledged 102.16bn rupees for tsunami victims")
    subject = first.tag_ == "VBG" and first.dep_ in ("csubj", "nsubj", "csubjpass")
    opens = (first.lower_ in verbs or (first.tag_ == "VBG" and first.lemma_.lower() in verbs)) and not subject \
        or (first.tag_ in ("VBD", "VBN") and sent[0].text in BULLETS
            and first.lemma_.lower() in verbs | _words().done_items)  # bulleted: not "Given those circumstances"
    if opens and (first.i + 1 >= len(sent.doc) or sent.doc[first.i + 1].lower_ != "of"):
        return first
    headed = _after_heading(sent)
    if headed is not None and headed.is_lower and headed.lower_ in verbs and headed.tag_ in ("VB", "VBP") \
            and (headed.i + 1 >= len(sent.doc) or sent.doc[headed.i + 1].lower_ != "of"):
        return headed  # "Australian Industry Participation - invest in stronger Participation Plans, so ..."
    root = sent.root  # a finite main verb makes a sentence; one in a relative clause does not (", which provides")
    finite = root.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in root.children)
    if not money and not finite and sent[0].text in BULLETS and root.lemma_.lower() in _words().change_nouns \
            and any(c.dep_ in ("compound", "nmod") and _is_spending_noun(c) for c in root.children):
        return root  # a bulleted item that is a change to a tax or a budget: "- Duty cuts on capital goods"
    if not money or finite:
        return None
    # where the item's text opens: its start, or after the dash or colon of a short heading ("Valuing our
    # workforce - $150 million investment towards ...")
    openings = [sent.start_char] + [t.idx + len(t) for t in sent[:HEADING_WORDS] if t.text in (*DASHES, ":")]
    at = sent.start_char + money[0].start
    for opening in openings:
        lead = [t.text for t in words if t.idx >= opening][:3]  # "And an extra $96 million"
        if 0 <= at - opening <= len(" ".join(lead)) + 3:
            span = sent.doc.char_span(at, sent.start_char + money[0].end, alignment_mode="expand")
            return span[0] if span is not None and len(span) else None
    return None


def _after_heading(sent: Span) -> Token | None:
    """The first word after the spaced dash of a short heading that opens a paragraph ("Steel procurement - ...",
    "Manufacturing Transition Boost – to support ..."), past an infinitive's "to"; None without such a heading."""
    for t in sent[:HEADING_WORDS]:
        if t.text in DASHES and t.i > sent.start and sent.doc[t.i - 1].whitespace_ and t.whitespace_:
            after = [x for x in sent.doc[t.i + 1:sent.end] if not (x.is_punct or x.is_space)]
            if after and after[0].lower_ == "to" and len(after) > 1:
                after = after[1:]
            return after[0] if after else None
    return None


def _share_of_money(sent: Span, share: Found) -> bool:
    """A percentage that says how money changes: it hangs from a verb of money ("raise VAT by 2 per cent",
    "limited to 1% of output") or a noun of change or money ("a 35% hike in the budget", "a new 50% tax"), not
    from another verb ("growth forecast to be around 6.5%", "lists were only 10% of the health agenda")."""
    w = _words()
    span = span_of(sent, share)
    if span is None:
        return False
    for t in heads_above(span.root):
        lemma = t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX"):
            # not a price a firm changes ("cut the wholesale prices of its broadband product by about 8%")
            priced = any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in w.price_nouns for c in t.children)
            # "write off 100% of the debts"
            relief = lemma in w.relief_verbs and any(debt_relieved(x) for x in t.subtree)
            return (lemma in w.actions or lemma in w.item_verbs or relief) and not priced
        if t.pos_ == "NOUN" and (lemma in w.change_nouns or _is_spending_noun(t) or any(
                (c.dep_ == "amod" and c.tag_.startswith("VB") and c.lemma_.lower() in w.actions)
                or (c.dep_ == "compound" and _is_spending_noun(c)) for c in t.children)):
            return True  # (the noun of what a verb of money changed: "Reduced corporate tax rates to 30%"; a rate of
            # a tax: "to impose a 50% income tax rate")
    return False


def _main_pledge(sent: Span, has_money: bool = False) -> Token | None:
    """The verb of a main clause in the future tense that commits money: "Labor will invest $30 million ...",
    "will create a new $44 million fund" (not a future reported under a warning or a call)."""
    w = _words()
    root = sent.root
    if root.pos_ == "VERB" and (has_money or root.lemma_.lower() in w.actions | w.money_verbs) \
            and root.lemma_.lower() not in EFFECT_ONLY \
            and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in root.children):
        return root
    return None


# What something will bring about, never an act of its own: "The cuts on Axa's policies will mean a policyholder who
# had invested £50 a month ... would see ..." (not "will cost", "will add": a plan's sum)
EFFECT_ONLY = frozenset({"mean", "lead", "result", "amount"})


def _announced_pledge(sent: Span) -> Token | None:
    """The future clause under a verb of pledging that heads the sentence: "I announce that an incoming Labor
    Government will reverse ...", "Labor has announced that it will extend funding for ...". Returns its verb."""
    root = sent.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in _words().kind_words("pledge") \
            or any(c.dep_ == "neg" for c in root.children):
        return None
    for clause in root.children:
        if clause.dep_ == "ccomp" and clause.pos_ == "VERB" \
                and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in clause.children):
            return clause
    return None


MODALS = ("will", "shall", "'ll", "may", "would")


def _voiced_pledge(sent: Span) -> Token | None:
    """In a text in its issuer's voice, with no sum: a main clause in the future whose subject is the issuer's
    fund or funding ("This Fund will support ...", "Funding will take the form of loans", "The funds may also be
    used by ..."; not "this investment will create jobs", what money already committed is said to bring), or its
    plan or a plan's cost in the passive ("This plan will be commissioned ..."), or a
    paragraph with no verb whose head is money or a tax relief (list items: "Gonski funding for our schools.", "A
    tax cut for small businesses"; not a heading, ``is_title``: "NEW JOBS TAX CUT"). Returns the verb, or the head
    noun of the item."""
    w = _words()
    root = sent.root
    # "We will help small businesses grow ..., so more Queenslanders can fulfil their potential": the parser makes the
    # purpose the root and the pledge its complement before it
    first = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i and c.pos_ == "VERB"
                  and any(a.dep_ == "aux" and a.lower_ in ("will", "shall") for a in c.children)
                  and any(t.lower_ == "so" for t in sent.doc[c.right_edge.i + 1:root.i])), None)
    root = first if first is not None else root
    if root.pos_ in ("VERB", "AUX") and not any(c.dep_ == "neg" for c in root.children) \
            and any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in root.children):
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lemma_.lower() in w.funds:
            return root
        if subject is not None and subject.dep_ == "nsubjpass" and subject.lemma_.lower() in w.plan_nouns | {"cost"} \
                and any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in root.children):
            return root  # the plan's delivery, in the passive: "This plan will be commissioned in the first term",
            # "The cost of the tax cut will be fully offset from ..." (not what a plan is said to bring: "Our plan
            # will help ...")
        if subject is not None and subject.dep_ == "nsubj" and _issuer_subject(subject) \
                and any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in root.children) \
                and root.pos_ == "VERB" and root.lemma_.lower() not in ("be", "have", "seek", "try") \
                and root.lemma_.lower() not in lx.lexicon().cues.speech_verbs and not _conditional(root) \
                and sector_of_words(sent) is not None:
            return root  # "We will protect paid parental leave", "A Shorten Labor Government will restore ..."
        return None
    finite = root.tag_ in FINITE or any(c.tag_ in FINITE for c in sent if c.dep_ in ("aux", "auxpass", "ROOT"))
    if not starts_paragraph(sent) or finite or is_title(sent.text):
        return None
    lemma = root.lemma_.lower()
    if root.pos_ in ("NOUN", "PROPN") and (lemma in w.money_objects | w.funds or (lemma in w.tax_reliefs and any(
            c.dep_ in ("compound", "amod") and c.lower_ in ("tax", "taxes") for c in root.children))):
        return root
    return None


def _only_we_will(sent: Span) -> bool:
    """"Only Labor will protect Medicare", "Only a Shorten Labor Government will deliver the investment ...": who
    alone will act, set against a rival; in a party's own text and with no sum (the caller's conditions), a campaign's
    contrast, not a pledge of its own (measured on Speech-Acts dev: 4 of 5 such sentences without a sum are no
    commitment in the gold)."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) < 3 or words[0].lower_ != "only":
        return False
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and words[0].i < subject.i and subject.left_edge.i <= words[0].i + 1 \
        and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "can") for c in root.children)


def _conditional(verb: Token) -> bool:
    """The verb holds a condition: "If fuel duty does rise we will ...", "... unless the cap is lifted"."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in verb.children)


def _issuer_subject(subject: Token) -> bool:
    """A subject that can be a text's issuer acting: "we", or a name or a government ("Labor", "A Shorten Labor
    Government", "The Coalition"), not a thing ("The plan", "This investment")."""
    if subject.lower_ == "we":
        return True
    if any(c.dep_ == "poss" for c in subject.children):
        return False  # "Our New Jobs Tax Cut", "Malcolm Turnbull's GP Tax": a thing of someone's
    return subject.pos_ == "PROPN" or (subject.lower_ in ("government", "coalition") and any(
        c.pos_ == "PROPN" for c in subject.children))


def _money_to_come(sent: Span, f: Found) -> Token | None:
    """In a text in its issuer's voice, a sum that is the subject of a main clause in the future: "From 1 January
    a Youth Bonus wage subsidy of between $6,500 and $10,000 will be available to businesses", "The remaining
    $13.7 million will be subject to further announcements". Returns the verb."""
    root = sent.root
    span = span_of(sent, f)
    if span is None or any(c.dep_ == "neg" for c in root.children) \
            or not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "shall") for c in root.children):
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (subject == span.root or subject.is_ancestor(span.root)):
        return None
    # the money itself is the subject, not who has it ("a single parent on $65,000 will be better off")
    money = subject == span.root or _is_spending_noun(subject) or subject.lemma_.lower() in _words().money_objects
    return root if money else None


def _commits_money(verb: Token) -> bool:
    """The verb, or a verb joined to it, is a verb of money ("will invest in ...", "will save Medicare, improve
    schools, invest in infrastructure"), or the means it names is ("will confront the problem by investing in
    ..."), or has an object that is ("will make investments in ...", "will provide funding for ...", in the passive
    "The funding will be delivered to ..."). Any object of money is not enough: "will publish his Budget", "will use
    our money"."""
    w = _words()
    verbs = [verb]
    for v in verbs:  # the chain of joined verbs: "save ..., improve ... and invest ..."
        verbs.extend(c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB")
        # the means: "will confront the problem by investing in ...", "will put people first by reversing the cuts"
        verbs.extend(g for c in v.children if c.dep_ == "prep" and c.lower_ == "by"
                     for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB")
    # a verb of money with no subject of its own anywhere under the pledge, where the parser hung it on a word it
    # does not belong to ("will identify the communities that are most at risk and invest in keeping them
    # healthy", "will boost students' access to education by investing in ...")
    verbs.extend(t for t in verb.subtree if t.pos_ == "VERB" and t.tag_ in ("VB", "VBG") and t not in verbs
                 and t.lemma_.lower() in w.money_verbs and not any(c.dep_.startswith("nsubj") for c in t.children))
    # a verb that gives or acts on what it takes: not "will discourage investment", "will mean less investment"
    acting = w.actions | w.item_verbs | {"make", "use", "target", "direct", "leverage"}
    return any((v.lemma_.lower() in w.money_verbs and not spends_time(v)
                and not any(c.dep_ == "neg" for c in v.children))
               or (v.lemma_.lower() in acting
                   and any(c.dep_ in ("dobj", "nsubjpass") and _money_object(c, v) for c in v.children))
               for v in verbs)


def _money_object(obj: Token, verb: Token) -> bool:
    """An object that makes its verb commit money: "investments", "funding", a tax cut or tax relief ("will
    deliver a corporate tax cut"), or cuts that the verb takes back ("will reverse the cuts to hospitals")."""
    w = _words()
    lemma = obj.lemma_.lower()
    if lemma in w.money_objects:
        return True
    if lemma in w.tax_reliefs and any(c.dep_ in ("compound", "amod") and c.lower_ in ("tax", "taxes")
                                      for c in obj.children):
        return True
    return lemma == "cut" and verb.lemma_.lower() in w.reversal_verbs


def _moneyish(t: Token) -> bool:
    """A word of a sum or of money: a number, a currency sign, a spending noun, an object of money."""
    return t.like_num or t.tag_ == "$" or _is_spending_noun(t) or t.lemma_.lower() in _words().money_objects


def spends_time(verb: Token) -> bool:
    """"Spend" with an object of time ("will spend the weekend in jail", "will spend several months debating")."""
    return verb.lemma_.lower() == "spend" \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _words().time_nouns for c in verb.children)


def _risk_of_no_money(verb: Token) -> bool:
    """A verb of warning that warns of no money, the sentence's sum being elsewhere: "incentives to register, such as
    a £20 council tax rebate, ... risked undermining the integrity of the system" (not "the firm risks losing £5m",
    "warned that costs could rise by £5bn", "Costs of £5bn, the MPs warned, ...")."""
    said = [x for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass", "conj", "cc", "punct") for x in c.subtree]
    if verb.dep_ in ("ccomp", "parataxis"):  # "Costs will rise by £5bn, warned the MPs": what it warns of is above it
        said += [x for x in verb.head.subtree if not verb.left_edge.i <= x.i <= verb.right_edge.i]
    return not any(_moneyish(x) for x in said)


_WH_WORDS = ("how", "what", "which", "whether", "when", "why", "where", "who")


def _cue_holds(t: Token) -> bool:
    """A commitment word that says what it seems to: not a noun that only names what another noun is about
    ("the budget deficit", "medium budget films", "over budget"), not a price ("the devices will cost about £70";
    "Labour's campaign cost £1.7m" is money spent), not an expectation with no action under it ("is expected to
    fetch $1m"; "is expected to freeze petrol duty" is a plan), not a verb of giving whose subject is given the
    money or whose object is not money, not a verb denied."""
    w = _words()
    lemma = t.lemma_.lower()
    if t.pos_ == "NOUN" and (t.dep_ in ("compound", "nmod") or (t.dep_ == "pobj" and t.head.lower_ == "over")):
        return False
    if t.pos_ == "VERB" and any(c.dep_ == "neg" for c in t.children):
        return False  # denied: "the taxes to be cut have not been announced", "has not pledged"
    if t.pos_ == "VERB" and lemma not in w.kind_words("call") \
            and any(c.dep_ == "ccomp" and c.left_edge.lower_ in _WH_WORDS for c in t.children) \
            and not any(c.dep_ == "dobj" for c in t.children):
        return False  # what will be told, not done: "will announce monthly how much it has received ... and how
        # it has spent the money"
    if t.pos_ == "VERB" and t.dep_ == "pcomp" and t.head.lower_ == "without":
        return False  # "can cut crime ... without asking people to pay more taxes"
    if t.pos_ == "VERB" and t.dep_ == "pcomp" and t.head.lower_ == "from" \
            and t.head.head.lemma_.lower() in w.prevention_verbs:
        return False  # kept from doing it: "would prevent over 400,000 home-buyers from paying the tax"
    own = range(t.left_edge.i, t.right_edge.i + 1)  # the participle's own words ("Medicare-funded") say no sum
    if t.pos_ == "VERB" and t.dep_ == "amod" and not any(_moneyish(x) for x in t.head.subtree if x.i not in own) \
            and t.head.lemma_.lower() not in w.measure_nouns | w.change_nouns | w.deal_nouns:
        return False  # a participle that only describes a thing: "the pledged assets are with Rosneft" (collateral;
        # not "the promised £5bn", "the proposed tax rise", "a planned cut", "the proposed merger")
    if t.pos_ == "VERB" and t.dep_ == "xcomp" and lemma in w.money_verbs | w.item_verbs \
            and (t.head.lemma_.lower() in w.refusal_verbs or any(c.dep_ == "advmod" and c.lower_ == "yet"
                                                                for c in t.head.children)):
        # money not given: "is yet to commit a dollar", "refused to fund", "failed to invest" (not "are yet to
        # unveil their plans ... but said they would increase maternity pay", where the plan is the next clause's)
        return False
    if t.pos_ == "NOUN" and lemma == "budget" and t.dep_ == "dobj" and t.head.lemma_.lower() in w.actions:
        return False  # the money a verb acts on, no plan: "thinking of increasing its budget by that amount"
    if t.pos_ == "NOUN" and lemma in w.plan_nouns and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
        return False  # "Malcolm Turnbull has no plan", "there is no pledge to ..."
    if spends_time(t):
        return False
    if lemma in w.giving_verbs and t.pos_ == "VERB":
        deps = {c.dep_ for c in t.children}
        if deps & {"auxpass", "nsubjpass"} and "agent" not in deps:
            return False  # the subject is given the money: "Mr Hague was paid ...", "has been given a £2.1bn boost"
        objects = [c for c in t.children if c.dep_ == "dobj"]
        if objects and not any(_moneyish(x) for o in objects for x in o.subtree):
            return False  # something else given: "gave control of the company to Rosneft for $9.3bn"
    if lemma in w.price_verbs:
        return any(c.dep_ == "nsubj" and any(g.dep_ == "poss" for g in c.children) for c in t.children)
    if lemma in w.expectation_cues and t.pos_ == "VERB":
        return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in w.actions | w.money_verbs
                   and c.lemma_.lower() not in w.income_verbs for c in t.children)
    return True


def _call_for(t: Token) -> bool:
    """"call for", "call on", "calls from"; also "called for the pension to be increased" (the "for" of the
    clause)."""
    return any(c.lower_ in ("for", "on", "from") for c in t.children) \
        or any(c.dep_ in ("advcl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)
               for c in t.children)


def claimed_consequence(sent: Span) -> Token | None:
    """What someone says a plan would bring, reported under a verb of speech: "The Conservatives claimed the
    plans would amount to an extra tax of up to £11,000", "Mr Straw said the EU commission's proposal would mean
    a 35% hike in the budget": the speaker's warning about the plan, not the plan itself. Not a plan of the
    speaker's own ("we said our plans would cost £2bn")."""
    w = _words()
    speech = lx.lexicon().cues.speech_verbs
    for t in sent:
        if t.pos_ != "VERB" or t.lemma_.lower() not in w.consequence_verbs \
                or not any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "will") for c in t.children):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in w.plan_nouns \
                or any(c.dep_ == "poss" and c.lower_ in ("our", "my", "its") for c in subj.children):
            continue
        if t.dep_ in ("ccomp", "conj") and t.head.lemma_.lower() in speech:
            return t
    return None


def _offers_money(verb: Token) -> bool:
    """"offer" as a commitment: to do something with money ("offered to pay $300m", "offered to buy the remaining
    shares for $31 each") or money itself ("has offered £1.3bn for the London Stock Exchange"); not a product at
    a price ("offered broadband for less than £20"), and not the noun (an offer or a bid is the bidder's plan, read
    by bid_for)."""
    if verb.pos_ != "VERB":
        return False
    w = _words()
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in w.actions | w.deal_verbs for c in verb.children):
        return True
    sums = [(verb.sent.start_char + f.start, verb.sent.start_char + f.end) for f in find_amounts(verb.sent.text)]
    return any(c.dep_ == "dobj" and any(a <= c.idx < b for a, b in sums) for c in verb.children)


def _call_to(noun: Token) -> bool:
    """"a call to raise taxes": the noun with an infinitive."""
    return any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(g.lower_ == "to" for g in c.children)
               for c in noun.children)


def wished_of_others(sent: Span) -> Token | None:
    """A wish that someone else spend or pay: "The unions want the government to spend £2bn more", "wants Aguas
    Argentinas to make an annual investment of 400m pesos", "would prefer to see Deutsche Boerse return $500m to
    shareholders" -- a call by whoever wishes it. Returns the verb of wishing."""
    w = _words()
    for t in sent:
        if t.pos_ != "VERB" or t.lemma_.lower() not in w.wish_verbs | {"prefer"}:
            continue
        clauses = [c for c in t.children if c.dep_ == "ccomp"]
        clauses += [g for c in t.children if c.dep_ == "xcomp" and c.lemma_.lower() == "see"
                    for g in c.children if g.dep_ == "ccomp"]
        for clause in clauses:
            if clause.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in clause.children) \
                    and any(_moneyish(x) for x in clause.subtree if x.i > clause.i):
                return t
    return None


def _asks_for(t: Token) -> bool:
    """"push" or "press" that asks for something: "for" it, or someone to do it ("pressed ministers to act")."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "for" or c.dep_ in ("xcomp", "ccomp"):
            return True
        if c.dep_ == "dobj" and any(g.dep_ in ("xcomp", "ccomp") for g in c.children):
            return True
    return False


def kind_of(sent: Span, has_money: bool = False) -> tuple[str | None, Token | None]:
    """The kind of commitment a sentence states and the word that says so: a main clause in the future tense
    is a pledge; otherwise calls first, then warnings, pledges, plans, the future tense of an action ("will
    raise", "are to raise"), and spending."""
    w = _words()
    pledge = _main_pledge(sent, has_money) or _list_intro(sent)
    if pledge is not None:
        return "pledge", pledge
    payout = _payout_raised(sent) if has_money else None
    if payout is not None:
        return "pledge", payout  # "Heineken increased its dividend payment by 25% to 40 euro cents, but warned ..."
    consequence = claimed_consequence(sent)
    if consequence is not None:
        return "warning", consequence
    wish = wished_of_others(sent)
    if wish is not None:
        return "call", wish
    lemmas = [(t, t.lemma_.lower()) for t in sent]
    if has_money:
        for t, _ in lemmas:
            if t.dep_ == "aux" and t.lower_ in ("must", "should") and t.head.pos_ == "VERB" \
                    and not any(c.dep_ == "neg" for c in t.head.children) \
                    and any(c.dep_ in ("nsubj", "nsubjpass") and (_is_spending_noun(c) or (
                        t.head.lemma_.lower() in w.funding_verbs and c.lower_ not in ("i", "we")
                        and t.head.dep_ in ("ccomp", "xcomp"))) for c in t.head.children):
                return "call", t.head  # "Spending must rise by £5bn, the institute says": asked of whoever pays;
                # "Shell said the government should spend $5bn on roads": asked of the government, by Shell
    calls = w.kind_words("call")
    for t, lem in lemmas:
        if lem in calls and t.pos_ in ("VERB", "NOUN") and _cue_holds(t):
            if lem == "call" and not _call_for(t) and not (t.pos_ == "NOUN" and _call_to(t)):
                continue  # "called for", "calls on", "a call to raise"; not "the photo call", "called it a ..."
            if lem in ("push", "press", "appeal") and not _asks_for(t):
                continue  # "pushing for", "pressed ministers to", "appealed for"; not "pushing the US dollar lower",
                # "press ahead", "will appeal right across the political spectrum"
            if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_.lower() in w.answer_verbs | w.dismissal_verbs:
                continue  # calls answered are others' calls: "Lord Browne rejected calls for a windfall tax on his
                # company's profits" (the firm calls for nothing)
            if t.pos_ == "NOUN" and lem != "call" and not _asks_for(t) and not _call_to(t):
                continue  # a noun of asking asks with what it asks for: "demands for more cash", "an appeal to
                # give"; not "to keep (tax) demands down", "an appeal against the ruling"
            return "call", t
    for kind in ("warning", "pledge", "plan"):
        pos = ("VERB",) if kind == "warning" else ("VERB", "NOUN")
        words = w.kind_words(kind)
        for t, lem in lemmas:
            if lem in words and t.pos_ in pos and _cue_holds(t) and not (lem in w.bid_nouns and not _offers_money(t)) \
                    and not _said_of_a_thing(t) and not (lem in w.owned_cues and not _possessed(t)) \
                    and not (t.pos_ == "NOUN" and lem in w.expectation_cues) \
                    and not _broken(t) and not _participle_aside(t) and not _opinion(t) \
                    and not (kind == "warning" and has_money and _risk_of_no_money(t)):
                # (not "the forecasts are wrong": no plan; "broken promises": none kept; a warning of no money)
                if kind == "pledge" and t.pos_ == "VERB" and any(
                        c.dep_ == "dobj" and c.lemma_.lower() in w.intention_nouns for c in t.children):
                    return "plan", t  # "Mr Wallace announced proposals to increase tuition fees": plans announced
                if lem == "threaten" and any(c.dep_ == "xcomp" and c.lemma_.lower() in w.actions for c in t.children):
                    return "plan", t  # "after Mr Brown threatened to raise fuel taxes": what he means to do himself
                return kind, t
    # with a sum, "deliver" acts as well: "the Coalition will deliver a record $73.6 billion" (with none it is
    # what a chancellor does to a budget)
    future_actions = w.actions | {"deliver"} if has_money else w.actions
    for t, _ in lemmas:
        if t.lower_ in ("will", "shall", "would") and t.head.pos_ == "VERB" and not _effect_subject(t.head):
            acting = next((v for v in _sharing_aux(t.head) if v.lemma_.lower() in future_actions and (
                v == t.head or any(c.dep_ == "dobj" and any(_moneyish(x) for x in c.subtree) for c in v.children))),
                None)
            if acting is not None:  # "would bring in more police officers and match Labour's spending" (a joined
                # verb with money as its object; not "I would take £50m ..., but if we did, keep him")
                return "pledge", acting
        if t.lower_ == "can" and has_money and t.head.pos_ == "VERB" and t.head.lemma_.lower() in ("save", "cut") \
                and any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") and any(
                    p.dep_ == "poss" for p in c.children) for c in t.head.children):
            return "plan", t.head  # "his party can save £35bn in government spending": what a party says it could do
        if t.lemma_ == "be" and t.i + 2 < sent.end and sent.doc[t.i + 1].lower_ == "to":
            verb = sent.doc[t.i + 2]
            if verb.lemma_ == "be" and t.i + 3 < sent.end and sent.doc[t.i + 3].tag_ == "VBN":
                # "More money is to be given to councils"; not "It is to be paid to the funds" (what is paid, and
                # so who pays, is said before)
                verb = sent.doc[t.i + 3]
                if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in t.children):
                    continue
            # not a condition: "if state finances are to be put in order", "it needs 30m euros if it is to pay its
            # bills"
            if verb.pos_ == "VERB" and not any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                               for c in [*t.children, *verb.children]) \
                    and not _acts_on_a_result(verb):  # not "is to cut its 2005 growth forecast ... from 1.8%"
                return "pledge", verb
    for t, lem in lemmas:
        if lem in w.actions and t.pos_ == "VERB" and t.dep_ == "xcomp" and t.head.lemma_.lower() in w.wish_verbs \
                and not _acts_on_a_result(t):
            return "plan", t  # "they want to boost the amount of aid they give": what is wanted is a plan
    invested = _money_object_with_sum(sent) if has_money else None
    if invested is not None:
        return invested
    founded = _founded_with_sum(sent) if has_money else None
    if founded is not None:
        return "pledge", founded
    if has_money:
        for t, lem in lemmas:
            if lem in ("donation", "gift") and t.pos_ == "NOUN" and t.dep_ == "dobj" \
                    and t.head.lemma_.lower() in ("make", "give") and not any(c.dep_ == "neg" for c in t.head.children):
                return "spend", t.head  # "Lord Sainsbury has made a £2m donation to the Labour Party"
    spends = w.kind_words("spend")
    for t, lem in lemmas:
        if lem in spends and t.pos_ == "VERB" and _cue_holds(t) \
                and not any(a.dep_ == "aux" and a.lower_ in ("can", "could", "may", "might") for a in t.children) \
                and not (any(a.dep_ == "auxpass" and a.lower_ == "being" for a in t.children)
                         and not any(a.dep_ == "agent" for a in t.children)):
            # (not what may be spent: "doubling the money which can be spent by candidates"; nor what is being spent,
            # by no one named: "Doubling the £400m being spent yearly on finding such a vaccine")
            if has_money and t.dep_ == "csubj" and t.tag_ == "VBG" \
                    and any(a.dep_ == "aux" and a.lower_ in ("would", "could", "will") for a in t.head.children):
                return "plan", t  # what doing it would bring, a proposal: "said raising the threshold to £150,000
                # would prevent ..."
            meant = w.wish_verbs | w.necessity if has_money else w.wish_verbs
            if t.dep_ == "xcomp" and t.head.lemma_.lower() in meant:
                return "plan", t  # "said he wanted to spend an extra £500m", "we will need to spend several hundred
                # million pounds": money meant to be spent, not spent
            if has_money and _under_way(t):
                # "The Government is investing an additional $8.1 million", "is set to invest $7 million" (with no
                # sum, "is funding its move through debt" or "we're spending more money" commit nothing)
                return "pledge", t
            return "spend", t
    return None, None


def _before_subject(sent: Span, f: Found, cue: Token) -> bool:
    """The sum stands in a phrase set before the subject of the cue's clause and off by a comma, on the cue's verb
    or on a participle that describes a thing there ("As part of $3bn in contracts announced last year, Sprint will
    spend around $1bn"); not in a clause of its own ("Our $101.2 million package is rolling out ..., and we have
    committed $100 million")."""
    span = span_of(sent, f)
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    verbs = _clause_verbs(sent, f)
    on_cue = bool(verbs) and (verbs[0] == cue or (verbs[0].head == cue and _participle_aside(verbs[0])))
    return on_cue and span is not None and subject is not None and span.end < subject.left_edge.i \
        and any(t.text == "," for t in sent.doc[span.end:subject.left_edge.i])


def _opinion(t: Token) -> bool:
    """"consider" with a clause of its own after it, not an act to weigh: what someone thinks ("The company considers
    that the victor of today's auction has bought itself a serious $9bn headache"; not "is considering a $2bn bid",
    "considering whether to raise its offer")."""
    return t.pos_ == "VERB" and t.lemma_.lower() == "consider" and any(
        c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        and not any(g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in c.children) for c in t.children)


def _participle_aside(t: Token) -> bool:
    """A past participle that describes a thing in a phrase set before a sentence's future act ("As part of $3bn in
    contracts announced late last year, Sprint will spend around $1bn"): no act of its own (no subject, no
    auxiliary), the act is the main clause's."""
    root = t.sent.root
    return t.tag_ == "VBN" and t.dep_ in ("advcl", "acl") and t.i < root.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children) \
        and any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in root.children)


def _effect_subject(verb: Token) -> bool:
    """The verb's subject is "this" or "that" standing alone, or a clause: what a measure would do ("He estimates that
    this would save the country £119m a year", "Bringing the book price of the gold in line with market value would
    boost the IMF's balance sheet"), an effect claimed for it, not an act of anyone's."""
    return any((c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("this", "that") and not list(c.children))
               or c.dep_ == "csubj" for c in verb.children)


def _sharing_aux(verb: Token) -> list[Token]:
    """``verb`` and the verbs joined to it that have no auxiliary of their own, so share its tense ("would bring in
    more officers and match Labour's spending": "match" is in the conditional too)."""
    out = [verb]
    for v in out:
        out.extend(c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"
                   and not any(g.dep_ in ("aux", "auxpass") for g in c.children))
    return out


def _possessed(noun: Token) -> bool:
    """The noun has a possessor: "President Bush's proposals", "its proposal"."""
    return any(c.dep_ == "poss" for c in noun.children)


def _said_of_a_thing(verb: Token) -> bool:
    """A verb in a relative clause about a thing, not an actor ("the ILA programme, which aims to address ..."):
    what the thing is for, not what anyone commits ("the Government, which plans to ..." still is), unless that
    is a sum."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children):
        return False
    noun = verb.head
    if any(t.like_num or t.tag_ == "$" for t in verb.subtree):
        return False  # the thing's aim is a sum: "its restructuring programme, which aims to save £190m"
    return noun.pos_ == "NOUN" and noun.ent_type_ == ""


def _list_intro(sent: Span) -> Token | None:
    """"Featured in our new $7 million funding commitment, the Coalition will:", "This new investment will:": a
    list of what will be done comes next, and the sentence commits money when it names a sum or its subject is
    money ("A Shorten Labor Government will:" alone commits nothing yet)."""
    root = sent.root
    if root.lower_ not in ("will", "shall") or not any(c.dep_ == "punct" and c.text == ":" for c in root.children):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    money = any(t.like_num and t.ent_type_ == "MONEY" for t in sent) or (
        subject is not None and (_is_spending_noun(subject) or subject.lemma_.lower() in _words().money_objects))
    return root if money else None


def _under_way(verb: Token) -> bool:
    """A verb of spending in the present progressive ("is investing", "is supporting volunteers and providing
    $10 million") or under "set to" ("is set to invest"): money being committed now, not money spent."""
    joined = [verb.head] if verb.dep_ == "conj" else []  # "is supporting ... and providing"
    if any(v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re")
                                   for c in v.children) for v in [verb, *joined]):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "set" and verb.head.tag_ == "VBN"


def _money_object_with_sum(sent: Span) -> tuple[str, Token] | None:
    """A verb whose object is money with its sum ("is making a targeted investment of $13 million", "offers a
    $6,500 wage subsidy", "includes a $184.5 million commitment"): the subject's pledge, or money spent when the
    verb is in the past ("made a $5m investment", but "had made a commitment of ..." is a pledge); not money
    received ("will get a $2m grant")."""
    w = _words()
    for t in sent:
        if t.pos_ != "VERB" or t.lemma_.lower() in w.receiving_verbs | w.income_verbs or t.dep_ in ("amod", "acl"):
            continue
        for obj in t.children:
            if obj.dep_ == "dobj" and obj.lemma_.lower() in w.money_objects | {"commitment"} \
                    and any(x.tag_ == "$" or x.like_num for x in obj.subtree):
                past = t.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in t.children)
                # a commitment made is still a pledge ("had made a clear commitment to reaching 0.7% of GNI")
                return ("spend" if past and obj.lemma_.lower() != "commitment" else "pledge"), t
    return None


def _founded_with_sum(sent: Span) -> Token | None:
    """A verb of founding whose object carries a sum ("JP Morgan said it was setting up a $5m scholarship
    programme", "The prime minister launched a £500m initiative"): its subject commits the sum, whatever the
    tense. Not a bid ("has launched a £1.5m bid for the club": the bidder's plan, read by ``bid_for``) or a result,
    not denied."""
    w = _words()
    for t in sent:
        lemma = t.lemma_.lower()
        if t.pos_ != "VERB" or lemma not in w.founding_verbs or any(c.dep_ == "neg" for c in t.children):
            continue
        if lemma == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children):
            continue  # "set a target", "set the price at ..."
        for obj in t.children:
            # the sum before the noun: not "would create the world's fourth biggest bank, valued at $180bn" (what
            # the thing is worth)
            before = (x for x in obj.subtree if x.i < obj.i)
            if obj.dep_ == "dobj" and obj.lemma_.lower() not in w.bid_nouns | w.result_nouns \
                    and any(x.tag_ == "$" or (x.like_num and x.ent_type_ == "MONEY") for x in before):
                return t
    return None


def _acts_on_a_result(verb: Token) -> bool:
    """The verb's object is a result or a measure ("hoping to increase matchday earnings", "revenues ..., which
    EA hoped to double"): a business target, not money anyone commits."""
    w = _words()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.tag_ in ("WDT", "WP"):
            # "which": what the sentence is about before it (the parser may hang the clause on a later noun)
            if any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in w.result_nouns
                   for t in verb.sent if t.i < obj.i):
                return True
            if verb.head.dep_ == "relcl":
                obj = verb.head.head
        if obj.lemma_.lower() in w.result_nouns:
            return True
    return False


def action_of(sent: Span, anchor: Token | None) -> Token | None:
    """The verb that says what happens to the money: under the cue first, else anywhere in the sentence."""
    actions = _words().actions
    if anchor is not None:
        for t in [anchor] + list(anchor.subtree):
            if t.pos_ == "VERB" and t.lemma_.lower() in actions:
                return t
    for t in sent:
        if t.pos_ == "VERB" and t.lemma_.lower() in actions:
            return t
    return None


def target_year(sent: Span) -> int | None:
    """The year a commitment is for ("by 2013", "in the financial year 2005-06"); not a year that names a thing
    after it ("may lead to a drop in 2005 net profit")."""
    for m in YEAR.finditer(sent.text):
        token = sent.doc.char_span(sent.start_char + m.start(1), sent.start_char + m.end(1), alignment_mode="expand")
        if token is not None and len(token) == 1 and token[0].dep_ in ("compound", "nummod", "amod") \
                and token[0].head.i > token[0].i and token[0].head.pos_ == "NOUN":
            continue
        year = int(m.group(1))
        if m.group(2):
            year = int(m.group(1)[:2] + m.group(2))
        return year
    return None


def span_of(sent: Span, found: Found) -> Span | None:
    """The tokens of an amount found in ``sent`` (None where they do not line up with tokens)."""
    span = sent.doc.char_span(sent.start_char + found.start, sent.start_char + found.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _from_accounts(sent: Span) -> bool:
    """The sentence reports from a body's accounts or results ("According to its latest accounts, ...")."""
    found = according_to(sent)
    return found is not None and found[1].lower_ in _words().account_nouns


def _under_price_verb(sent: Span, amount: Found) -> bool:
    """The nearest verb above the sum is a verb of a price ("could cost another £1bn")."""
    verbs = _clause_verbs(sent, amount)
    return bool(verbs) and verbs[0].lemma_.lower() in _words().price_verbs


def _payout_raised(sent: Span) -> Token | None:
    """The verb that raises a payout to shareholders ("increased its dividend payment", "will lift its 2004 dividend
    payment"), in the main clause or one joined to it; not one that began paying long ago ("Sibneft started to pay
    dividends - $53m in 2000")."""
    w = _words()
    for t in sent:
        if t.pos_ == "VERB" and t.lemma_.lower() in w.actions and t.dep_ in ("ROOT", "conj", "xcomp", "ccomp") \
                and not (t.dep_ == "xcomp" and t.head.lemma_.lower() in lx.lexicon().cues.going_on_verbs) \
                and any(c.dep_ == "dobj" and (c.lemma_.lower() in w.payout_nouns or any(
                    g.dep_ == "compound" and g.lemma_.lower() in w.payout_nouns for g in c.children))
                        for c in t.children):
            return t
    return None


def _broken(noun: Token) -> bool:
    """A promise said to be broken ("Labour had broken promises by raising taxes 66 times")."""
    return noun.pos_ == "NOUN" and (any(c.lower_ == "broken" for c in noun.children)
                                    or (noun.dep_ == "dobj" and noun.head.lemma_.lower() == "break"))


def _in_question(tok: Token) -> bool:
    """The word stands in a clause of "whether", or of "if" taken as a verb's object: an open question ("to see if
    the party has plans to increase tax"), not a condition ("if re-elected, we will ...")."""
    for t in (tok, *heads_above(tok, len(tok.sent))):
        if any(c.dep_ == "mark" and (c.lower_ == "whether" or (c.lower_ == "if" and t.dep_ == "ccomp"))
               for c in t.children):
            return True
    return False


def price_of_a_thing(sent: Span, amount: Found) -> bool:
    """The sum is said before the price it is, in one noun phrase ("it would introduce a flat-fee £20 ($38) a month
    wi-fi tariff"): what a thing costs its buyers, not money anyone commits; but a price paid or given is ("would
    contribute the US$25,000 tournament fee")."""
    span = span_of(sent, amount)
    if span is None:
        return False
    w = _words()
    i, depth = span.end, 0
    while i < sent.end:  # on through the noun phrase: conversions in brackets, "a month", modifiers
        t = sent.doc[i]
        if t.text in "([":
            depth += 1
        elif t.text in ")]":
            depth -= 1
        elif depth == 0 and not (t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM") or t.text in "-–"):
            break
        i += 1
    head = sent.doc[i - 1]
    if i == span.end or head.lemma_.lower() not in w.price_nouns:
        return False
    verb = next((t for t in heads_above(head, len(sent)) if t.pos_ in ("VERB", "AUX")), None)
    paid = w.giving_verbs | w.money_verbs | w.deal_verbs | w.kind_words("spend")
    return verb is None or verb.lemma_.lower() not in paid


def penalty(sent: Span, amount: Found) -> bool:
    """The sum is a penalty its owner does not pay: faced, risked or called for ("Licensees ... will face fines up to
    a maximum of £2,500", "to call for a maximum $3 million fine"); one paid or settled is money spent ("agreed to
    pay a $1.5m fine", "paid cumulative fines totalling $1.7m")."""
    span = span_of(sent, amount)
    if span is None:
        return False
    w = _words()
    path = [span.root, *itertools.takewhile(lambda t: t.pos_ not in ("VERB", "AUX"),
                                            heads_above(span.root, len(sent)))]
    verb = path[-1].head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    nouns = path + [c for c in verb.children if c.dep_ == "dobj"]  # the sum's own nouns, and what its verb takes
    nouns += [c for c in span.root.children if c.dep_ == "appos"]  # "a maximum $3 million (£1.6 million) fine"
    if not any(t.lemma_.lower() in w.penalty_nouns and t.pos_ == "NOUN" for t in nouns):
        return False
    return verb.lemma_.lower() not in w.giving_verbs | w.deal_verbs


def illicit(sent: Span, amount: Found) -> bool:
    """The sum is money paid in a crime: its first noun above (or the sum's own word) is a bribe or a ransom ("to give
    a $50,000 bribe to a high-level official")."""
    span = span_of(sent, amount)
    if span is None:
        return False
    nouns = _words().illicit_nouns
    for t in (span.root, *heads_above(span.root, 3)):
        if t.pos_ == "NOUN" and t.lemma_.lower() in nouns:
            return True
        if t.pos_ in ("VERB", "AUX") or (t.pos_ == "NOUN" and not (span.start <= t.i < span.end)):
            return False
    return False


def _asked_about(sent: Span, amount: Found, cue: Token) -> bool:
    """The sum stands in a clause opened by a question word ("how", "what", "which", "when", "why", "where", "who")
    under the call's cue, a question about the money ("to scrutinise how £2bn ... is spent"), not the money called
    for; not "whether" (whose promise is asked of: "asked whether the Lib Dems would match Labour's promise to spend
    £42bn")."""
    span = span_of(sent, amount)
    if span is None:
        return False
    for t in (span.root, *heads_above(span.root, len(sent))):
        if t.i == cue.i:
            return False
        if t.dep_ == "ccomp" and t.left_edge.lower_ in _WH_WORDS and t.left_edge.lower_ != "whether" \
                and cue in t.ancestors:
            return True
    return False


def heads_above(tok: Token, limit: int = 6) -> Iterator[Token]:
    """The heads above ``tok``, nearest first, at most ``limit`` of them (the root of the sentence ends them)."""
    for _ in range(limit):
        if tok.head.i == tok.i:
            return
        tok = tok.head
        yield tok


COST_NOUNS = frozenset({"cost", "price", "bill"})  # "the potential $2-$3.8 trillion costs of the president's plan"


def cost_of_a_plan(sent: Span, amount: Found, plan: Token | None) -> bool:
    """The sum is what ``plan`` (a noun of planning) would cost, as someone estimates it: "the potential $2-$3.8
    trillion costs of the president's plan to revamp state pensions", "a $5bn price tag on Labour's plans"."""
    span = span_of(sent, amount)
    if span is None or plan is None or plan.lemma_.lower() not in _words().plan_nouns:
        return False
    noun = span.root if span.root.lemma_.lower() in COST_NOUNS else span.root.head
    if noun.lemma_.lower() not in COST_NOUNS and not (noun.lower_ == "tag" and noun.head.lemma_.lower() == "price"):
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("of", "on", "for") and plan in p.children for p in noun.children)


def asked_for(sent: Span, amount: Found) -> Token | None:
    """The noun of asking whose "for" phrase holds the sum ("its claim for $280bn (£149bn) in damages", "a demand
    for $5m"): money asked for, a call. Returns the noun."""
    span = span_of(sent, amount)
    if span is None:
        return None
    top = span.root
    if top.dep_ != "pobj" or top.head.lower_ != "for" or top.head.dep_ != "prep":
        return None
    noun = top.head.head
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in _words().asking_nouns else None


COMPARATIVES = frozenset({"less", "more", "fewer", "lower", "higher"})  # "£33.5bn less spending than ..."


def sum_of_a_result(sent: Span, amount: Found) -> bool:
    """The sum belongs to a result or a price: the first noun above it is a result noun ("its $17m profit",
    "losses of £6m"); or it is a comparison's ("£33.5bn less spending than Labour anticipated")."""
    span = span_of(sent, amount)
    if span is None:
        return False
    doc = sent.doc
    if span.end < sent.end and doc[span.end].lower_ in COMPARATIVES \
            and any(t.lower_ == "than" for t in doc[span.end + 1:min(span.end + 6, sent.end)]):
        return True  # "a total of £33.5bn less spending than that anticipated by Labour": a comparison's figure
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in _words().result_nouns
                                                         for g in c.children) for c in span.root.children):
        return True  # "£3bn in lost reserves", "$200bn in foreign reserves": a sum of a result
    for head in heads_above(span.root, 4):
        if head.pos_ in ("VERB", "AUX"):
            return _taken_from_a_result(head) or _level_of_a_result(head) or _gathered(head, span)
        if head.pos_ in ("NOUN", "PROPN") and not (span.start <= head.i < span.end):
            return head.lemma_.lower() in _words().result_nouns or _change_of_a_result(head)
    return False


def _gathered(verb: Token, span: Span) -> bool:
    """The sum is money its verb's subject took in, said in the past: "A Tribute to Heroes raised more than $150m to
    help victims", "the company had already raised about $900m from OPIC" (a total, not money committed; not "plans
    to raise 25bn euros", nor "raised its bid to £1.5bn", whose sum is not what is raised)."""
    if verb.lemma_.lower() not in _words().gathering_verbs or span.root.head.i != verb.i or span.root.dep_ != "dobj" \
            or any(c.dep_ == "neg" for c in verb.children):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                                              for c in verb.children))


def _level_of_a_result(verb: Token) -> bool:
    """The verb of the sum says where a result stands or moves to: its subject is a result noun ("the deficit will
    remain at close to half a trillion dollars", "debt rose to $5bn"; not "the government will cut debt by
    $5bn", whose subject is who acts)."""
    w = _words()
    if verb.lemma_.lower() not in w.level_verbs:
        return False
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in w.result_nouns for c in verb.children):
        return True
    # "a record deficit projected to peak at $427bn": the verb of a participle's clause on a result noun
    head = verb.head
    return verb.dep_ == "xcomp" and head.dep_ == "acl" and head.head.lemma_.lower() in w.result_nouns


def _taken_from_a_result(verb: Token) -> bool:
    """The verb of the sum takes it from or off a result ("cut A$68m from profit targets", "would knock 125m euros
    off its operating profits", "would cut its profits by $3.8m"), not from a budget."""
    w = _words()
    results = w.result_nouns
    if verb.lemma_.lower() not in w.removal_verbs:
        return False
    if any(o.dep_ == "dobj" and o.lemma_.lower() in w.own_results and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in o.children) for o in verb.children):
        return True  # "the move would cut its profits by $3.8m": what a result loses, nobody's money committed
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "off"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.lemma_.lower() in results or any(
                        c.dep_ == "compound" and c.lemma_.lower() in results for c in obj.children)):
                    return True
    return False


def claimed_effect(sent: Span, amount: Found) -> bool:
    """The sum is an effect claimed for a plan: it is measured in economic output or activity ("an additional
    $1.1 billion in economic output", "$428 million a year in economic activity") or generated ("will generate
    $2 billion")."""
    span = span_of(sent, amount)
    if span is None:
        return False
    w = _words()
    verb = next((h for h in heads_above(span.root) if h.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.lemma_.lower() in w.effect_verbs:
        return True
    # "in economic activity" on the sum ("$428 million a year in ...") or on its verb ("will bring $428 million a
    # year in ...")
    holders = list(span.root.subtree) + ([verb] if verb is not None else [])
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in w.effect_nouns
                                                             for g in c.children)
               for t in holders for c in t.children)


def _change_of_a_result(noun: Token) -> bool:
    """A change in a result: "a 26% rise in annual profits to $16.2bn"."""
    if noun.lemma_.lower() not in _words().result_changes:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("in", "of") and g.dep_ == "pobj"
               and g.lemma_.lower() in _words().result_nouns for c in noun.children for g in c.children)


def named_owner(noun: Token, before: Span | None = None) -> Token | None:
    """The named possessor of a deal noun ("Birmingham's offer"; "its offer": the named subject of the nearest
    clause above; "our offer": the first person; also a possessor the parser hung on the sum ``before`` it, "its
    planned £1.35bn offer") or its agent ("a buyout by Verizon")."""
    for c in [*noun.children, *(g for t in (before or []) for g in t.children)]:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            return c
        if c.dep_ == "poss" and c.lower_ in ("its", "their"):
            return _named_subject_above(noun)
        if c.dep_ == "poss" and c.lower_ in ("our", "my"):
            return c  # "Our $60 million investment": whoever speaks (the issuer, or the quote's speaker)
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            by = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if by is not None:
                return by
        if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and _party(c):
            return c  # "Tory promises to cut tax by £4bn", "the Labour plan": the party's
    return None


def _party(tok: Token) -> bool:
    """The word names a political party of the organisations table ("Tory", "Labour", "Lib Dem")."""
    return lx.party(tok.text) is not None


def _named_subject_above(tok: Token) -> Token | None:
    """The named subject of the nearest clause above ``tok`` ("Deutsche Boerse had to show why its planned offer
    was good": Boerse), not ``tok``'s own phrase."""
    for head in heads_above(tok):
        if head.pos_ in ("VERB", "AUX"):
            subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c != tok
                            and tok not in c.subtree), None)
            if subject is not None:
                return subject if subject.pos_ == "PROPN" else None
    return None


def bid_for(sent: Span, amount: Found) -> tuple[Token, Token] | None:
    """The bid the sum is the value of and its bidder: "Birmingham's £6m offer", "a £1.3bn offer from Deutsche
    Boerse", "Mr Glazer's offer values the club at £800m", "a bid by X valuing the club at £800m"."""
    bids = _words().bid_nouns
    span = span_of(sent, amount)
    if span is None:
        return None
    for head in heads_above(span.root):
        if head.pos_ in ("VERB", "AUX"):  # "the offer values the club at £800m", "a bid valuing the club at ..."
            nouns = [c for c in head.children if c.dep_ == "nsubj"] + ([head.head] if head.dep_ == "acl" else [])
            noun = next((n for n in nouns if n.lemma_.lower() in bids), None)
            bidder = _bidder(noun) if noun is not None else None
            return (noun, bidder) if noun is not None and bidder is not None else None
        if head.pos_ == "NOUN" and head.lemma_.lower() in bids and not (span.start <= head.i < span.end):
            bidder = _bidder(head, span if span.end <= head.i else None)
            return (head, bidder) if bidder is not None else None
    return None


VALUING = frozenset({"value", "worth", "total", "price"})  # "a deal valued at $4bn", "a deal totalling $2bn"


def purchase_of(sent: Span, amount: Found) -> Token | None:
    """The verb of a purchase the sum is the value of, made by the verb's subject: an order or a deal to buy placed,
    signed or made ("has placed an order for 70 Boeing planes, in a deal valued at $4bn", "has signed a $40bn deal
    to import gas from Iran", "has made a firm order for 30 of the aircraft, at $120m each"), or things ordered for
    it ("ordered 30 Airbus planes in a $1.8bn deal", "ordered 30 planes for $1.8bn"); not a contract won, a deal to
    supply or one cancelled. None where the verb has no active subject."""
    w = _words()
    span = span_of(sent, amount)
    if span is None:
        return None

    def purchase_noun(n: Token) -> bool:
        return n.lemma_.lower() in w.purchase_nouns or any(
            c.dep_ in ("acl", "relcl", "xcomp") and c.lemma_.lower() in w.purchase_verbs
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in n.children)

    def buyer_verb(v: Token, deal: Token | None) -> bool:
        if not any(c.dep_ == "nsubj" for c in v.children) or any(c.dep_ == "neg" for c in v.children):
            return False
        lemma = v.lemma_.lower()
        if lemma in w.purchase_verbs:  # "ordered 30 planes for $1.8bn", "... in a $1.8bn deal", "is buying a 26%
            # stake for 25m euros"; not a purchase done ("Rosneft bought the unit for $9.3bn": a completed deal's price)
            return lemma in w.purchase_nouns or v.tag_ not in ("VBD", "VBN")
        if lemma not in w.deal_making_verbs:
            return False
        objects = [c for c in v.children if c.dep_ == "dobj"]
        # the deal it makes is a purchase: the one the sum values, or its object ("placed an order ..., in a deal
        # valued at $4bn")
        return (deal is not None and deal.dep_ == "dobj" and deal.head.i == v.i and purchase_noun(deal)) \
            or any(purchase_noun(o) for o in objects)

    deal: Token | None = None
    for head in heads_above(span.root):
        lemma = head.lemma_.lower()
        if head.pos_ in ("VERB", "AUX"):
            if lemma in VALUING and head.dep_ in ("acl", "amod"):
                continue  # "a deal valued at $4bn": on to the deal
            return head if buyer_verb(head, deal) else None
        if head.pos_ == "NOUN" and not (span.start <= head.i < span.end):
            if deal is not None or lemma not in w.purchase_deal_nouns:
                return None
            deal = head  # "a $1.8bn deal", "a deal valued at $4bn", "a firm order ... at $120m each"
    return None


def _bidder(noun: Token, before: Span | None = None) -> Token | None:
    """Whose bid: its named possessor, "by X" or "from X"."""
    owner = named_owner(noun, before)
    if owner is not None:
        return owner
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            return next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
    return None


def promise_of(sent: Span, amount: Found) -> tuple[Token, Token] | None:
    """The plan or promise noun a sum is committed under, when the noun has a named possessor, and that
    possessor: "whether the Lib Dems would match Labour's promise to spend £42bn" (Labour's promise, whoever
    asks about it), "the government's plans to cut £2bn from ...", "its pledge to invest $1bn" (the named
    subject above): the noun's owner as ``named_owner`` reads it."""
    span = span_of(sent, amount)
    if span is None:
        return None
    for head in heads_above(span.root):
        if head.pos_ != "VERB":
            continue
        noun = head.head
        # "promises to cut tax by £4bn": the infinitive hangs on the noun (the parser says "acl", or "xcomp")
        if head.dep_ not in ("acl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) \
                or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _words().plan_nouns:
            return None
        owner = named_owner(noun)
        return (noun, owner) if owner is not None else None
    return None


def sum_owner(sent: Span, amount: Found) -> Token | None:
    """Who owns the sum by the words around it: the possessor of the offer, bid or plan the sum is the value of
    ("match Birmingham's £6m offer", "Gazprom's plans for a $10bn bid"), or the one a deal in the sentence is
    by ("agreed to a buyout by Verizon Communications in a deal valued at $6.75bn")."""
    deals = _words().deal_nouns
    span = span_of(sent, amount)
    if span is None:
        return None
    bid = bid_for(sent, amount)
    if bid is not None:
        return bid[1]
    w = _words()
    for acl in (c for c in span.root.children if c.dep_ == "acl" and c.tag_ == "VBN"
                and c.lemma_.lower() in w.money_verbs | w.giving_verbs | w.kind_words("pledge")):
        # "the £50 million originally allocated from the Department for International Development": its giver
        for giver in (c for c in acl.children if c.lower_ in ("by", "from") and c.dep_ in ("prep", "agent")):
            named = next((g for g in giver.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if named is not None:
                return named
    for head in heads_above(span.root):  # up through nouns and prepositions: "plans for a $10bn bid"
        if head.pos_ in ("VERB", "AUX"):
            break
        if head.pos_ == "NOUN" and head.lemma_.lower() in deals and not (span.start <= head.i < span.end):
            owner = named_owner(head)
            if owner is not None:
                return owner
    for t in sent:
        if t.pos_ == "NOUN" and t.lemma_.lower() in deals and t.lemma_.lower() not in _words().plan_nouns:
            by = next((c for c in t.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
            if by is not None:
                return named_owner(t)
    return None


def _people(t: Token) -> bool:
    """People in general, not a named or institutional actor: "they", "him", "patients", "Australians", or one
    of them standing for all ("every general patient", "a single pensioner", "the average family")."""
    if t.pos_ == "PRON":
        return t.lower_ not in ("we", "us", "i", "it", "that", "this", "which", "what")
    if t.tag_ == "NN" and t.lemma_.lower() in _words().public_nouns:
        # one standing for all ("every patient", "a single pensioner", "the average family"), not one in
        # particular ("the buyer of its former unit")
        return any((c.dep_ == "det" and c.lower_ in ("every", "each", "a", "an", "any"))
                   or (c.dep_ == "amod" and c.lower_ in ("average", "typical")) for c in t.children)
    return t.tag_ in ("NNS", "NNPS") and t.ent_type_ in ("", "NORP")


def _public(t: Token) -> bool:
    """People in general as spenders: "shoppers", "people" (``public_nouns``) or a nation's people ("Britons"),
    never ministers, a party or a firm ("the Conservatives spent £3.13m")."""
    if t.tag_ == "NNS" and t.lemma_.lower() in _words().public_nouns:
        return True
    return t.pos_ in ("NOUN", "PROPN") and t.lower_ in lx.demonyms()


_AGE_GROUP = re.compile(r"(?:over|under)-?\d+s", re.I)  # "the over-70s", "under-16s"
PER_HEAD_BELOW = 100_000  # a sum this size or more given to a group is a total, not a sum per head


def _recipient(t: Token) -> str | None:
    """What one of the people ``t`` names is, where a sum goes to them one by one: an age group ("the over-70s":
    "person"), a plural of ``public_nouns`` or ``recipient_nouns`` ("new mothers": "mother"), or one of any kind
    taken for all ("every customer": "customer")."""
    if _AGE_GROUP.fullmatch(t.text):
        return "person"
    lemma = t.lemma_.lower()
    if t.tag_ == "NNS" and (lemma in _words().public_nouns or lemma in _words().recipient_nouns):
        return lemma
    if t.pos_ == "NOUN" and t.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("every", "each")
                                                  for c in t.children):
        return lemma
    return None


def per_recipient(sent: Span, found: Found) -> str | None:
    """A sum below ``PER_HEAD_BELOW`` said to go to people one by one is a sum per head, not a total: "payments of
    £50 for the over-70s", "a £2,000 grant for first time buyers", "gives £200 for winter fuel to households",
    "Maternity pay for new mothers is to rise by £1,400", "damages of up to $74,500 for every customer". What
    one of them is ("person", "buyer", "household", "mother"), or None."""
    amount = found.amount
    if amount.per is not None or amount.unit in ("percent", "percent_gdp") \
            or max(amount.value, amount.high or 0) >= PER_HEAD_BELOW:
        return None
    span = span_of(sent, found)
    if span is None:
        return None
    t = span.root
    carriers = [t]  # "$74,500 for every customer"
    for _ in range(3):  # up the sum's noun phrase: "a one-off £200 council tax refund", "a £100 lump sum"
        if t.dep_ not in ("nummod", "compound", "npadvmod", "nmod", "quantmod", "amod") or t.head.i == t.i:
            break
        t = t.head
    if t.pos_ == "NOUN" and t is not span.root:
        carriers.append(t)  # the thing the sum is the size of: "grant", "refund"
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        noun = t.head.head  # "payments of £50 for the over-70s", "a tax of £11,000 on every new house"
        carriers.append(noun)
        if noun.dep_ == "dobj":
            carriers.append(noun.head)  # "seeks damages of up to $74,500 (£38,660) for every customer"
    elif t.dep_ == "pobj" and t.head.lower_ in ("by", "to") and t.head.head.pos_ in ("VERB", "AUX"):
        verb = t.head.head  # a level that moves: "Maternity pay for new mothers is to rise by £1,400"
        carriers.append(verb)
        subject = _subject_up(verb)
        if subject is not None:
            carriers.append(subject)
    if t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
        carriers.append(t.head)  # "gives £200 for winter fuel to households", "introduce a £2,000 grant for ..."
    for carrier in carriers:
        for obj in _objects_for(carrier, 2):  # "for heating to pensioners": one phrase in another
            who = _recipient(obj)
            if who is not None and (obj.head.lower_ != "on" or obj.tag_ == "NN"):  # "on every new house"
                return who
    return None


def _objects_for(t: Token, depth: int) -> Iterator[Token]:
    """The objects of ``t``'s "for", "to" and "on" phrases, and of theirs to ``depth``."""
    for prep in t.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("for", "to", "on"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    yield obj
                    if depth > 1:
                        yield from _objects_for(obj, depth - 1)


def _subject_up(verb: Token) -> Token | None:
    """The subject of a verb, or of the verbs it is the infinitive of ("Shoppers are expected to put ...")."""
    t = verb
    for _ in range(4):
        subject = nearest_subject(t, ("nsubj", "nsubjpass"))
        if subject is not None or t.dep_ != "xcomp" or t.head.i == t.i:
            return subject
        t = t.head
    return None


def consumer_cost(sent: Span, amount: Found) -> bool:
    """The sum is money that people in general pay or spend: "patients will pay $5 more for each prescription",
    "the freeze will cost them up to $440 a year", "UK shoppers spent £5.3bn on plastic cards". An effect on
    payers, or a market's size, and nobody's commitment (a government or firm that pays, or costs that it bears,
    is not "people"). Only the verb of the sum's own clause counts: "making a targeted investment of $13 million
    to encourage ... start-ups -- an investment that will help address pay inequality" is no payment, even where
    the parser hangs the sum under "pay"."""
    verbs = _clause_verbs(sent, amount)
    for t in verbs[:1]:
        if t.pos_ != "VERB":
            continue
        lemma = t.lemma_.lower()
        if lemma == "pay" and any(c.dep_ == "nsubj" and _people(c) for c in t.children):
            return True
        if lemma == "pay" and t.dep_ == "xcomp" and any(c.dep_ == "dobj" and _people(c) for c in t.head.children):
            return True  # "could leave Australians paying up to $1.4 billion extra"
        if lemma == "cost" and any(c.dep_ in ("dative", "dobj") and _people(c) for c in t.children):
            return True
        if lemma in ("spend", "put"):
            subject = _subject_up(t)
            if subject is not None and _public(subject):
                return True
    return False


def earlier_sum(sent: Span, amount: Found) -> bool:
    """A sum that the commitment adds to, not the commitment: "will build on $461 million in Reef funding already
    committed", "will add to the $8 million allocated", "will bring the Coalition's total investment to $220
    million" (a running total)."""
    span = span_of(sent, amount)
    if span is None:
        return False
    noun = span.root  # the noun phrase of the sum: "$100 million" or "the $100 million Women's Safety Package"
    while noun.dep_ in ("nummod", "compound", "quantmod", "amod", "nmod") and noun.head.i != noun.i \
            and noun.head.pos_ in ("NOUN", "PROPN", "NUM"):
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.pos_ == "VERB" and (verb.lemma_.lower(), prep.lower_) in (("build", "on"), ("build", "upon"),
                                                                       ("add", "to")):
        return True  # "will add $15 million to the $8 million allocated": the $15 million is committed
    if prep.lower_ != "to":
        return False
    return any(v.pos_ == "VERB" and any(c.dep_ == "dobj" and (c.lemma_.lower() == "total" or any(
        g.lower_ == "total" for g in c.children)) for c in v.children) for v in heads_above(prep, 3))


def income(sent: Span, amount: Found) -> Token | None:
    """The verb of income the sum is money to the subject under ("will receive an initial fee of £6.5m", "is
    expected to fetch up to $1m"): the first verb above the sum, when it is one and is the clause's own verb
    (not "those getting more than £100,000"), or a relative clause's with a subject of its own ("a legal challenge,
    in which he sought £5,000")."""
    span = span_of(sent, amount)
    if span is None:
        return None
    t = next((h for h in heads_above(span.root) if h.pos_ in ("VERB", "AUX")), None)
    if t is None or t.lemma_.lower() not in _words().income_verbs | _words().asking_verbs \
            or t.dep_ in ("acl", "amod") or (t.dep_ == "relcl" and not any(
                c.dep_ == "nsubj" and c.tag_ == "PRP" or c.dep_ == "nsubj" and c.pos_ == "PROPN"
                for c in t.children)):
        return None
    return t


def hearsay(sent: Span) -> bool:
    """The sentence reports rumour or talk, outside quotes ("is rumoured to", "amid talk that", "reportedly"), what
    someone unnamed is thought or said to do ("The US firm is thought to be offering about $2bn"), or what reports
    suggest ("Reports suggest Liverpool will lift their offer to £5m")."""
    words, words_passive = _words().hearsay_words, _words().hearsay_passives
    return any(t.lower_ in words and not t.is_quote for t in sent) \
        or any(t.lemma_.lower() in words_passive and t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children)
               and any(c.dep_ == "xcomp" for c in t.children) for t in sent) \
        or any(t.lower_ == "reports" and t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.head.lemma_ == "suggest"
               for t in sent)  # (not "..., reports say": news told by others)


def hoped_for(verb: Token) -> Token | None:
    """The verb of wishing an income verb is the infinitive of ("had hoped to get £900m"), or the income verb itself
    when it asks for the money ("intends to seek $20bn in damages"): money asked for."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _words().wish_verbs:
        return verb.head
    return verb if verb.lemma_.lower() in _words().asking_verbs else None


@functools.cache
def _triggers() -> frozenset[str]:
    """Every word (as written or as its lemma) that one of the ways to a candidate without a sum needs: a
    spending noun, a plan noun, "donation", a verb or object of money, "cut", a bid or offer, or a verb that opens a
    list item."""
    w = _words()
    return w.spending_nouns | w.plan_nouns | w.money_verbs | w.money_objects | w.item_verbs | w.bid_nouns \
        | frozenset({"cut", "donation"})


def _may_commit(sent: Span) -> bool:
    """A sentence with no sum can be a candidate only with one of the trigger words: most sentences have none,
    and this one pass spares them the passes of the full reading (the same result, faster)."""
    return bool(between(words_of(sent.doc).either(_triggers()), sent.start, sent.end))


def candidate(sent: Span, voiced: bool = False) -> Candidate | None:
    """The sentence as a commitment candidate: an amount with a commitment word, or with no sum a stated
    intention about spending ("calls ... to increase their defence spending", "Plans include funding for
    universities"; not "household spending" in passing), a plan with a sector target, or a donation. ``voiced``:
    the text speaks in its issuer's own voice (a party's release), where its money and its list items with no sum
    commit too (see ``_voiced_pledge``)."""
    text = sent.text
    if text.rstrip().endswith("?"):
        return None  # a question commits nobody: "Who is going to fund the pension?"
    found = find_amounts(text)
    if not found and not _may_commit(sent):
        return None
    if voiced and not found and _only_we_will(sent):
        return None
    money = [f for f in found if f.amount.unit not in ("percent",)]
    earlier = [f for f in money if earlier_sum(sent, f)]
    if earlier:
        money = [f for f in money if f not in earlier]
        if not money:
            return None  # its only sum is what came before: "This builds on the $100 million package ..."
        found = [f for f in found if f not in earlier]
    bounds: list[Found] = []
    if money:
        # a sum said as the reason for something else is not what the sentence commits ("will spend the weekend
        # in jail because he could not come up with £150,000 bond money")
        reasons = [f for f in money if _in_reason_clause(sent, f) or _held(sent, f)]
        money = [f for f in money if f not in reasons]
        found = [f for f in found if f not in reasons]
        bounds = [f for f in money if threshold(sent, f) or starting_level(sent, f)]
        bounds += [f for f in money if any(_restated(text, b, f) for b in bounds)]
    item = list_item(sent, money)
    kind, cue = ("pledge", item) if item is not None else kind_of(sent, bool(money))
    if bounds:  # a sum that bounds whom the plan covers is not its money, which may be another or none
        money = [f for f in money if f not in bounds]
        found = [f for f in found if f not in bounds]
    asked_words = lx.lexicon().cues.speech_verbs | _words().disclosure_verbs
    if kind == "call" and cue is not None \
            and any(c.dep_ in ("xcomp", "ccomp") and (c.lemma_.lower() in asked_words or (
                c.dep_ == "ccomp" and c.left_edge.lower_ in _WH_WORDS and c.left_edge.lower_ != "whether"))
            for c in cue.children):
        kind, cue = None, None  # a call to say something, not to pay: "urged the chancellor to admit he had ...",
        # "are demanding that Tony Blair spell out which taxes he would raise", "asked why ministers attacked ..."
        # (not "asked whether the Lib Dems would match Labour's promise to spend £42bn": whose promise is asked of)
    if kind == "call" and cue is not None and money and _asked_about(sent, money[0], cue):
        kind, cue = None, None  # a call to look into how money is spent, not to spend it: "MPs have urged the BBC
        # to give watchdogs more freedom to scrutinise how £2bn in licence fee money is spent"
    if cue is not None and cue.lemma_.lower() in _words().answer_verbs and any(
            n.lemma_.lower() in _words().bid_nouns | {"takeover", "buyout"} and n.pos_ == "NOUN" and _bidder(n) is None
            for c in cue.children if c.dep_ in ("dobj", "ccomp") for n in c.subtree):
        return None  # a bid answered, whose bidder is not named here: "will reportedly reject any formal £800m offer"
    if kind is None and money and voiced:
        cue = _money_to_come(sent, money[0])
        kind = "pledge" if cue is not None else None
    noun = next((t for t in sent if (_is_spending_noun(t) and t.pos_ in ("NOUN", "PROPN")) or debt_relieved(t)), None)
    if money and item is None and cue is not None:
        own = _own_clause_kind(sent, money[0], cue) or _pledged_aside(sent, money[0], cue)
        if own is not None:  # "Bullock has donated $1m ... and DiCaprio pledged a contribution": money given
            kind, cue = own
        cued = [f for f in money if _governed_by(sent, f, cue)]
        if cued and not _governed_by(sent, money[0], cue) \
                and (sum_of_a_result(sent, money[0]) or _under_price_verb(sent, money[0])
                     or _before_subject(sent, money[0], cue)):
            # the first sum is a result, the cue's is another: "claimed it had assets of less than $10m but debts
            # of more than $50m which included the $46m that Microsoft is seeking"; or a cost: "keeping British troops
            # in Iraq could cost another £1bn with the government also planning to spend at least £3bn"; or a sum in
            # a phrase set before the cue's subject: "As part of $3bn in contracts ..., Sprint will spend around $1bn"
            money = [cued[0], *(f for f in money if f is not cued[0])]
    if money:
        amount: Found | None = money[0]
    elif noun is not None and kind is not None:
        shares = [f for f in found if _share_of_money(sent, f)]  # "raise VAT by 2 per cent"
        # the cue's own share first: "X want the EU budget capped at 1% - the Commission has urged an increase to
        # 1.26%" (the Commission's call is 1.26%)
        cues_own = [f for f in shares if cue is not None and _clause_verbs(sent, f)[:1] == [cue]]
        amount = next(iter(cues_own or shares), None)
    else:
        amount = None
    bought: Token | None = None
    if amount is not None and kind is None and amount in money:
        bid = bid_for(sent, amount)
        bought = purchase_of(sent, amount) if bid is None else None
        if bid is not None:
            kind, cue = "plan", bid[0]  # "Mr Glazer's offer values the club at £800m": a bid, the bidder's plan
        elif bought is not None:
            kind, cue = "pledge", bought  # "has signed a $40bn deal to import gas": the buyer commits the sum
    if amount is not None:
        incoming = income(sent, amount) if item is None and amount in money else None  # (a rate is no income:
        # "would be funded by charging 50% income tax to those earning more than £100,000")
        if incoming is not None:
            wish = hoped_for(incoming)
            if wish is None:
                return None  # money that comes to the subject: "Phytopharm will receive £6.5m from Unilever"
            kind, cue = "call", wish  # money asked for: "Ministers had hoped to get £900m from the fund"
        asked = asked_for(sent, amount) if item is None and amount in money else None
        if asked is not None:
            kind, cue = "call", asked  # "is to try to overturn a ruling that threw out its claim for $280bn"
        if kind is None or claimed_effect(sent, amount) or penalty(sent, amount) or illicit(sent, amount) \
                or price_of_a_thing(sent, amount) or (cue is not None and _in_question(cue)) \
                or (item is None and (sum_of_a_result(sent, amount) or consumer_cost(sent, amount))):
            return None
        if kind == "spend" and item is None and _from_accounts(sent):
            return None  # "According to its latest accounts, Media Lab Europe said it spent 8.16 million euros in
            # 2003": a result of the year, not money committed
        if kind == "spend" and item is None and amount.amount.per not in (None, *TIME_UNITS) and cue is not None \
                and cue.tag_ in ("VBP", "VBZ"):
            return None  # what is spent as a rule, at a rate for each one: "In China they spend $17 per child per
            # year on textbooks", "a job that pays $22 an hour", figures, not money anyone commits (not "invests $20
            # million each year in the programme", a yearly sum)
        if kind == "pledge" and item is None and hearsay(sent):
            kind = "plan"  # "Euronext is rumoured to have facilities in place to fund a £1.4bn cash bid"
        return Candidate(sent, money, amount, kind, cue, noun, list_item=item is not None,
                         purchase=bought is not None and cue is bought)
    if bounds and kind is not None and cue is not None and not _in_question(cue):
        # its only sums bound whom it covers: "planned to increase taxes on those earning more than $200,000 a year"
        return Candidate(sent, money, None, "plan" if kind == "pledge" and hearsay(sent) else kind, cue, noun,
                         list_item=item is not None)
    if item is None and cue is not None and cue.lower_ in ("will", "shall"):  # _list_intro: "This new investment will:"
        return Candidate(sent, money, None, "pledge", cue, noun)
    main = item if item is not None else _main_pledge(sent, has_money=True) or _announced_pledge(sent)
    if main is not None and (_commits_money(main) or (item is not None and sector_of_words(sent) is not None)):
        # "Labor will invest in Australian made goods", "Invest in our nation's schools", "I announce that Labor
        # will reverse the cuts to ...": money committed, no sum said; as hearsay, a plan ("Labour is rumoured to be
        # ready to scrap tuition fees")
        said = "plan" if item is None and hearsay(sent) else "pledge"
        return Candidate(sent, money, None, said, main, noun, list_item=item is not None)
    if voiced and not money:
        voiced_cue = _voiced_pledge(sent)
        if voiced_cue is not None:
            return Candidate(sent, money, None, "pledge", voiced_cue, noun, list_item=voiced_cue.pos_ != "VERB")
    to_come = promised_bid(sent) if kind is None else None
    if to_come is not None:  # "Qwest said it would submit an improved bid": a bid to come, with no sum yet; as
        # hearsay, a plan ("speculation that Euronext would make an offer for LSE")
        return Candidate(sent, money, None, "plan" if hearsay(sent) else "pledge", to_come.head, to_come)
    if kind is None:
        return None
    noun = next((t for t in sent if (_is_spending_noun(t)
                 and (t.pos_ in ("NOUN", "PROPN") or t.dep_ in ("dobj", "pobj", "nsubjpass")) and acted_on(t))
                 or debt_relieved(t)), None)
    if noun is None:
        noun = policy_target(sent)
    if noun is not None and any(c.dep_ == "det" and c.tag_ == "WDT" for c in noun.children):
        return None  # a question of which: "He failed to say which taxes he would put up to fill the black hole in
        # his spending plans"
    if cue is not None and _in_question(cue):
        return None  # "voters will have to wait for Labour's manifesto to see if the party has plans to increase tax"
    if noun is not None:
        if kind == "pledge" and hearsay(sent):
            kind = "plan"  # "there are already suggestions he is set to announce lifting the threshold on income tax"
        return Candidate(sent, money, None, kind, cue, noun)
    noun = donation(sent)
    if noun is None:
        return None
    who = giver(noun)
    assert who is not None
    return Candidate(sent, money, None, "spend", who.head.head, noun, giver=who)


TIME_UNITS = ("year", "month", "week", "day")  # rates that are yearly (monthly ...) sums, not sums for each one

REASON_MARKS = ("because", "although", "though", "whereas")  # not "since": "since its offer was rejected"


def _clause_verbs(sent: Span, f: Found) -> list[Token]:
    """The verbs above the sum ``f``, nearest first."""
    span = span_of(sent, f)
    if span is None:
        return []
    return [t for t in heads_above(span.root, len(sent)) if t.pos_ in ("VERB", "AUX")]


HOLDING_VERBS = ("have", "hold", "own", "manage", "oversee", "control")


def _held(sent: Span, f: Found) -> bool:
    """The sum is what someone has or manages ("South Korea, which has about $200bn in foreign reserves", "its unit,
    which manages the $3bn Trident Funds"), not money committed ("has $5m to spend", "intends to have 25,000
    officers at a cost of £50m": a verb of holding with an infinitive, or itself one, holds nothing yet)."""
    verbs = _clause_verbs(sent, f)
    return bool(verbs) and verbs[0].lemma_.lower() in HOLDING_VERBS and verbs[0].pos_ in ("VERB", "AUX") \
        and verbs[0].dep_ != "xcomp" and not any(c.dep_ == "xcomp" for c in verbs[0].children)


def _restated(text: str, first: Found, f: Found) -> bool:
    """``f`` restates the sum ``first`` in brackets right after it: "250,000 rupees ($5,700)"."""
    return f.start > first.end and text[first.end:f.start].strip() == "("


LIMIT_PREPS = ("under", "over", "above", "below")


def threshold(sent: Span, f: Found) -> bool:
    """The sum bounds whom or what a plan covers rather than being its money: "income tax relief for gifts under
    £200", "to increase income tax to 50% for those earning more than £100,000", "households with incomes above
    £40,000" (see ``threshold_nouns``)."""
    span = span_of(sent, f)
    if span is None:
        return False
    w = _words()
    root = span.root
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ in LIMIT_PREPS and prep.dep_ == "prep" and (
            prep.head.lemma_.lower() in w.threshold_nouns
            or (prep.i > sent.start and prep.nbor(-1).lemma_.lower() in w.threshold_nouns)):
        return True  # (the noun right before it where the parser hangs the phrase higher up: "relief for gifts
        # under £200", "under" taken for the verb's)
    doc = sent.doc
    if span.start - 2 >= sent.start and doc[span.start - 1].lower_ in LIMIT_PREPS \
            and {doc[span.start - 2].lemma_.lower(), doc[span.start - 2].lower_} & w.threshold_nouns:
        return True  # "a 50% income tax rate on earnings over £100,000 a year", "over" read as the sum's own word
    verb = root.head
    return root.dep_ == "dobj" and verb.dep_ == "acl" and verb.tag_ == "VBG" \
        and verb.lemma_.lower() in w.earning_verbs and verb.head.lower_ in w.threshold_nouns


def starting_level(sent: Span, f: Found) -> bool:
    """The sum, said alone, is the level a change starts from, not what is committed: "Increase in the stamp duty
    threshold from £60,000", "up from £3bn" (not "increased from $7,500 to $10,000", read as one sum from its first,
    as the gold sets read it)."""
    if f.amount.high is not None or not re.search(r"\bfrom\s*$", sent.text[:f.start]):
        return False
    span = span_of(sent, f)
    changes = _words().actions | {"rise", "up", "down", "fall"}
    return span is not None and any(t.lemma_.lower() in changes or t.lower_ in changes
                                    for t in sent.doc[max(sent.start, span.start - 9):span.start])


AFTER_PREPS = ("following", "after")  # "following the completion of its $10.3bn takeover": what came before


def _in_reason_clause(sent: Span, f: Found) -> bool:
    """The sum lies in a clause of reason or concession ("because he could not come up with £150,000"), or in a
    phrase of what came before ("Oracle is cutting 5,000 jobs following the completion of its $10.3bn takeover")."""
    if any(v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in v.children)
           for v in _clause_verbs(sent, f)):
        return True
    span = span_of(sent, f)
    return span is not None and any(h.lower_ in AFTER_PREPS and h.dep_ in ("prep", "advcl", "acl")
                                    for h in heads_above(span.root))


def _governed_by(sent: Span, f: Found, cue: Token) -> bool:
    """The cue is the verb of the sum's own clause ("will invest $5m") or takes it ("planning to spend $3bn"), or a
    clause on the sum's noun ("the $46m that Microsoft is seeking")."""
    verbs = _clause_verbs(sent, f)
    if verbs and (verbs[0] == cue or (verbs[0].dep_ == "xcomp" and verbs[0].head == cue)):
        return True  # (or the verb the cue takes: "planning to spend at least £3bn")
    span = span_of(sent, f)
    return span is not None and cue.dep_ == "relcl" and span.start <= cue.head.i < span.end


def _own_clause_kind(sent: Span, f: Found, cue: Token) -> tuple[str, Token] | None:
    """Money given in one clause, the word of commitment in another that does not govern it ("Bullock has
    donated $1m ... and DiCaprio pledged a contribution"): the kind is that of the verb of the sum, in the past:
    money spent."""
    verbs = _clause_verbs(sent, f)
    if not verbs or cue.pos_ != "VERB":
        return None
    verb = verbs[0]
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                                             for c in verb.children))
    if verb == cue or verb.lemma_.lower() not in _words().kind_words("spend") or not past:
        return None  # not "Adults must be paid at least £5.05 an hour"
    if cue.is_ancestor(verb):
        return None  # the word of commitment governs the money's clause: "pledged to spend $5m"
    subject = nearest_subject(cue, ("nsubj",))
    if (subject is None and cue.dep_ == "conj") or (subject is not None and subject == nearest_subject(verb)):
        return None  # one actor's two clauses: "has allocated $2 million ..., and will provide $59 million"
    return "spend", verb


def _pledged_aside(sent: Span, f: Found, cue: Token) -> tuple[str, Token] | None:
    """The sum pledged in a clause of its own that the cue's verb governs as an aside: "As well as pledging £960m
    over 15 years to the immunisation IFF, Britain urged other donors to contribute" (Britain's pledge, not its
    call)."""
    verbs = _clause_verbs(sent, f)
    if not verbs or verbs[0] == cue:
        return None
    verb = verbs[0]
    if verb.dep_ != "advcl" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _words().kind_words("pledge") \
            or any(c.dep_ == "neg" for c in verb.children) or _participle_aside(verb):
        return None  # (not "contracts announced late last year": a thing described)
    return "pledge", verb


def promised_bid(sent: Span) -> Token | None:
    """A bid or offer someone will make, with no sum: "said it would submit an improved bid", "has said it will
    make an all cash bid", "plans to submit a new offer". Returns the noun."""
    w = _words()
    for t in sent:
        if t.dep_ != "dobj" or t.lemma_.lower() not in w.bid_nouns or t.pos_ != "NOUN":
            continue
        verb = t.head
        future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children)
        planned = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in w.kind_words("plan") | w.kind_words("pledge")
        if verb.pos_ == "VERB" and verb.lemma_.lower() in w.bid_verbs and (future or planned):
            return t
    return None


def is_result(c: Candidate) -> bool:
    """A reported result, price or deal rather than a commitment ("profits rose to £2bn")."""
    w = _words()
    words = {t.lower_ for t in c.sent}
    if not words & w.result_words:
        return False
    if c.kind in ("spend", "plan") and c.cue is not None and c.cue.lemma_.lower() in w.result_cues:
        return True  # "profits rose ... expected to pay"
    return c.kind == "spend" and not (words & w.spending_nouns)
