"""Every word list the extraction reads, loaded once from ``generator/data/`` into typed, frozen objects.

``*.yaml`` are hand-written. ``countries.json`` is generated from the ``countryinfo`` package by
``generator/data/refresh_countries.py``; ``countries.yaml`` adds to it (short names, old spellings, the UK
nations, blocs) and wins where both name the same thing.

Lists that the code compares with a single token or lemma must hold single words in the case they are compared
in: a multi-word or wrongly cased entry could never match, so loading rejects it (``LexiconError``) instead of
carrying it silently. Sector keywords may be phrases: they are matched against the sentence text.
"""
from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any, cast

import yaml

KINDS = ("call", "warning", "pledge", "plan", "spend")


class LexiconError(ValueError):
    """A data file holds an entry that can never match, or lacks a list the code needs."""


# libyaml's safe loader where PyYAML was built with it (its wheels are): the same tables, read ten times faster
# than the pure-Python one, which took a tenth of a second of every process's start
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def load(name: str) -> dict[str, Any]:
    """A data table as written (``data/<name>.yaml``)."""
    text = (resources.files("generator") / "data" / f"{name}.yaml").read_text(encoding="utf-8")
    table = yaml.load(text, Loader=_LOADER)
    if not isinstance(table, dict):
        raise LexiconError(f"data/{name}.yaml must be a mapping")
    return table


def _words(table: Mapping[str, Any], source: str, field: str, *, case: str = "lower") -> frozenset[str]:
    """A list of single words compared with one token or lemma: ``case`` "lower" (compared with ``lower_`` or
    a lower-cased lemma) or "title" (compared with the text of a capitalised word)."""
    values = table.get(field)
    if not isinstance(values, list) or not values:
        raise LexiconError(f"data/{source}.yaml: '{field}' must be a non-empty list")
    out = set()
    for value in values:
        if not isinstance(value, str):
            raise LexiconError(f"data/{source}.yaml: '{field}' entry {value!r} is not text (YAML reads on, off, yes, "
                               "no, true and false as booleans: quote them)")
        word = value
        if not word or any(c.isspace() or c == "-" for c in word):
            raise LexiconError(f"data/{source}.yaml: '{field}' entry {word!r} is not one token (the tokenizer "
                               "splits at spaces and hyphens), so it can never match")
        if case == "lower" and word != word.lower():
            raise LexiconError(f"data/{source}.yaml: '{field}' entry {word!r} must be lower case (it is compared "
                               "with lower-cased words)")
        if case == "title" and not word[:1].isupper():
            raise LexiconError(f"data/{source}.yaml: '{field}' entry {word!r} must be capitalised")
        out.add(word)
    return frozenset(out)


def _countries_named(table: Mapping[str, Any], source: str, field: str) -> frozenset[str]:
    """A list of countries by their canonical names (as ``countries.json`` and ``countries.yaml`` give them)."""
    values = table.get(field)
    if not isinstance(values, list) or not values:
        raise LexiconError(f"data/{source}.yaml: '{field}' must be a non-empty list of countries")
    for name in values:
        if name not in country_table():
            raise LexiconError(f"data/{source}.yaml: '{field}' names {name!r}, which is not a country")
    return frozenset(values)


def _rank_roles(table: Mapping[str, Any]) -> dict[str, str]:
    """``rank_roles`` of ``titles.yaml``: each abbreviation (of ``rank_abbreviations``) -> the role it stands for."""
    values = table.get("rank_roles")
    ranks = _words(table, "titles", "rank_abbreviations", case="title")
    if not isinstance(values, dict) or not values:
        raise LexiconError("data/titles.yaml: 'rank_roles' must map abbreviations to roles")
    for k, v in values.items():
        if k not in ranks or not isinstance(v, str) or not v:
            raise LexiconError(f"data/titles.yaml: 'rank_roles' entry {k!r}: {v!r} must map one of rank_abbreviations "
                               "to a role")
    return dict(values)


def _word_table(table: Mapping[str, Any], source: str, field: str) -> dict[str, frozenset[str]]:
    """A mapping of single words to lists of single words (all lower case)."""
    values = table.get(field)
    if not isinstance(values, dict) or not values:
        raise LexiconError(f"data/{source}.yaml: '{field}' must map words to lists of words")
    out = {}
    for k in values:
        (key,) = _words({field: [k]}, source, field)
        out[key] = _words(values, source, k)
    return out


def _currencies(table: Mapping[str, Any], source: str, field: str) -> dict[str, str]:
    values = table.get(field)
    if not isinstance(values, dict) or not values:
        raise LexiconError(f"data/{source}.yaml: '{field}' must map country names to currency codes")
    for country, code in values.items():
        if country not in country_table():
            raise LexiconError(f"data/{source}.yaml: '{field}' names {country!r}, which is not a country")
        if not (isinstance(code, str) and re.fullmatch(r"[A-Z]{3}", code)):
            raise LexiconError(f"data/{source}.yaml: '{field}' gives {country!r} the code {code!r}, not ISO 4217")
    return dict(values)


def _phrases(table: Mapping[str, Any], source: str, field: str, *, tokens: bool = True) -> tuple[str, ...]:
    """A list of phrases. With ``tokens``, each word of a phrase is matched as one token, so no word may hold a
    hyphen (the tokenizer splits "Vice-President" in three). Duplicates are mistakes and rejected."""
    values = table.get(field)
    if not isinstance(values, list) or not values:
        raise LexiconError(f"data/{source}.yaml: '{field}' must be a non-empty list")
    out = tuple(str(v) for v in values)
    for phrase in out:
        if not phrase.strip() or (tokens and "-" in phrase):
            raise LexiconError(f"data/{source}.yaml: '{field}' entry {phrase!r} can never match a token sequence")
    dups = sorted({p for p in out if out.count(p) > 1})
    if dups:
        raise LexiconError(f"data/{source}.yaml: '{field}' lists {', '.join(dups)} more than once")
    return out


@dataclass(frozen=True)
class Titles:
    """``titles.yaml``: titles marked before the NER, and the role vocabulary read around names."""
    heads: tuple[str, ...]  # title heads, phrases allowed ("Attorney General")
    weak_heads: frozenset[str]  # heads that make a title only with a qualifier or "of X"
    qualifiers: tuple[str, ...]  # words before a head ("Defence" Secretary), phrases allowed
    of_titles: tuple[str, ...]  # whole titles with "of"/"to" ("Secretary of State")
    honorifics: frozenset[str]  # lower case, without the dot ("mr", "dr")
    post_nominals: frozenset[str]  # letters after a name, as written ("MP", "QC")
    rank_abbreviations: frozenset[str]  # "Cpl." before a name: never an actor alone
    rank_roles: dict[str, str]  # "Sen." -> "Senator": the role of the person named after it
    role_heads: frozenset[str]  # lower case words that head a role ("spokesman")
    role_words: frozenset[str]  # role heads and the modifiers that may stand before them
    royal_titles: frozenset[str]  # "prince": with one given name after it, part of the name ("Prince Harry")
    not_role_words: frozenset[str]  # words before a role that say when or how ("new", "veteran"), not what it is
    body_roles: frozenset[str]  # roles a business holds too ("owner", "host"): no person before a name by them
    team_roles: frozenset[str]  # roles between a team's or firm's name and its holder's ("Everton boss X")
    firm_roles: frozenset[str]  # a firm's officers' roles: "Electrolux chief executive Hans Straberg"
    positions: frozenset[str]  # where a player plays ("midfielder"): no office, so a captain may hold one
    descriptions: frozenset[str]  # "the youngster said": words for the person just named that are no role
    minister_heads: frozenset[str]  # last words of ministers' titles: "the minister" after "Education Secretary X"
    judge_heads: frozenset[str]  # last words of judges' titles: "the UK's top judge" for "Lord Chief Justice X"
    office_heads: frozenset[str]  # offices of a state: "the US president" names its holder's country
    hyphen_qualifiers: tuple[str, ...] = ()  # qualifiers joined to a head by a hyphen ("Vice-President")


@dataclass(frozen=True)
class Cues:
    """``cues.yaml``: words that introduce speech."""
    speech_verbs: frozenset[str]  # lemmas
    to_verbs: frozenset[str]  # lemmas whose "X to do Y" object is the content
    pledge_verbs: frozenset[str]  # "vowed to ...": the infinitive is the content, said by a named source
    prep_verbs: dict[str, frozenset[str]]  # lemma -> prepositions whose phrase is the content
    object_verbs: frozenset[str]  # prep_verbs lemmas whose object is part of the content ("accused X of Y")
    claim_nouns: frozenset[str]  # nouns whose "that" clause is the content
    naming: re.Pattern[str]  # a naming expression at the end of a text ("so-called")
    titled_documents: frozenset[str]  # a quote right after "the study" is its title
    saying_nouns: frozenset[str]  # a quote right after "the old maxim:" is that saying
    title_function_words: frozenset[str]  # small words left lower case in a title ("Face the Nation")
    unsaid_when_denied: frozenset[str]  # "did not say ...": denied, these verbs report nothing
    addressing: frozenset[str]  # verbs whose object is the one spoken to ("told a court that ...")
    receiving_verbs: frozenset[str]  # "received a letter saying ...": the participle is not the subject's
    issuing_verbs: frozenset[str]  # "issued a statement saying ...": a message of the subject's own
    medium_nouns: frozenset[str]  # "said in an email that ...": the clause on the noun is still what was said
    occasion_nouns: frozenset[str]  # "predicted at the debate that ...": likewise for where or when it was said
    accordance_nouns: frozenset[str]  # "dealt with according to the law": in accordance with, no source
    as_verbs: frozenset[str]  # "As X noted, <clause>": the clause is X's report
    quote_verbs: frozenset[str]  # '"...," Sanders continued': verbs that say a direct quote only beside it
    clause_verbs: frozenset[str]  # "the court ruled that ...": speech verbs only where they report a clause
    that_verbs: frozenset[str]  # "critics charged that ...": speech verbs only with a "that" clause, active
    speech_occasions: frozenset[str]  # "called a press conference to announce that ...": the subject's occasion
    going_on_verbs: frozenset[str]  # "went on to say that ...": the infinitive of speech is the subject's
    going_on_adjectives: frozenset[str]  # "was quick to point out that ...": likewise after "be"


@dataclass(frozen=True)
class ActorWords:
    """``actors.yaml``."""
    org_heads: frozenset[str]  # capitalised head words of organisation names
    org_nouns: frozenset[str]
    body_nouns: frozenset[str]  # "the committee": the body named before whose name ends in the word
    region_nouns: frozenset[str]  # "the province": the province or state named last
    federations_of_states: frozenset[str]  # countries whose parts are states ("the state" is one of them)
    body_kinds: dict[str, frozenset[str]]  # "the union": no body named before headed by a word of another kind
    not_actors: frozenset[str]  # name keys that are never actors (time zones, nouns for one of a people)
    people_nouns: frozenset[str]  # "Frenchman", "Scot": one person of a people
    person_nouns: frozenset[str]  # "man", "driver", "victim": common nouns for people no other list holds
    person_heads: frozenset[str]  # "tycoon", "man": a name right after one is a person's
    thing_names: frozenset[str]  # name keys of technologies, formats, indexes, measures: things, not actors
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    collective_nouns: frozenset[str]  # "the police said": a group of people, however tagged
    thing_pronouns: frozenset[str]
    locative_words: frozenset[str]
    opening_words: frozenset[str]  # "Across", "Said" opening a sentence: no part of the name after them
    international_words: frozenset[str]  # capitalised words that make a body international
    not_actor_names: frozenset[str]  # name keys of prizes and awards
    work_names: frozenset[str]  # name keys of products, works and fictional characters
    political_heads: frozenset[str]  # last words of party and government names
    other_party_nouns: frozenset[str]  # "Boeing's competitor": heads of phrases that are not the name inside
    document_nouns: frozenset[str]  # "a survey from X, which said": a document speaks for who issued it
    voice_nouns: frozenset[str]  # "her Twitter account posted": where a person's own words appear
    press_words: frozenset[str]  # words of newspapers' names: "the paper said" is the newspaper named before
    press_nouns: frozenset[str]  # "newspaper Daily Sport": a name after one is a publication's
    share_nouns: frozenset[str]  # "shares in X", "a stake in X": X is a company
    price_move_verbs: frozenset[str]  # "Arcelor shed 2.1%": a name whose price moves is a company
    company_suffixes: frozenset[str]  # "Cairn Energy": said later as "Cairn", the same company
    company_nouns: frozenset[str]  # "the company": a business, not a body of body_words
    maker_goods: frozenset[str]  # "car maker Aston Martin": a business that makes these goods, not a person
    event_heads: frozenset[str]  # last words of prizes, contests and festivals ("Davis Cup"): never actors
    law_heads: frozenset[str]  # last words of laws, bills and treaties ("Data Protection Act"): never actors
    programme_heads: frozenset[str]  # last words of programmes ("Women's Safety Package"): never "we" or "they"
    club_heads: frozenset[str]  # last words of sports clubs' names ("Manchester United"): never people
    place_heads: frozenset[str]  # last words of the names of built or natural places ("Three Gorges Dam")
    place_leads: frozenset[str]  # first words of the names of natural places ("Loch Lomond", "Isle of Wight")
    org_leads: frozenset[str]  # first words of organisations' names of two words or more ("Air Deccan")
    body_words: frozenset[str]  # capitalised words of the names of public bodies and associations
    government_nouns: frozenset[str]  # "the government": only a government named before, never any body
    country_nouns: frozenset[str]  # "the country", "the nation": the country spoken of last, or the home country
    state_nouns: frozenset[str]  # "the island state": as a country noun, only with a word before it
    staff_nouns: frozenset[str]  # "Yukos unit ...", "Everton manager ...": the name before is a body's
    government_heads: frozenset[str]  # last words of the names of governments ("Scottish Executive")
    direction_words: frozenset[str]  # a place named by these alone ("the North-West") tells no country
    world_regions: tuple[str, ...]  # "Europe", "North America": the end of a firm's name for its division there
    work_nouns: frozenset[str]  # "the film Vera Drake": a name right after one is a work's title, not an actor; with
    # the nouns for vessels ("the ship Diligence"), whose names are no actors either
    brand_nouns: frozenset[str]  # "its brands include X and Y": the names listed are goods, not actors
    female_given_names: frozenset[str]  # given names that say a person's sex ("she" is not "Mark Smith")
    male_given_names: frozenset[str]
    female_kin: frozenset[str]  # "her mother, Jane": nouns of kin that say a person's sex
    male_kin: frozenset[str]


@dataclass(frozen=True)
class CommitmentWords:
    """``commitments.yaml``."""
    kinds: tuple[tuple[str, frozenset[str]], ...]  # (kind, lemmas) in the order they are tried
    actions: frozenset[str]
    sectors: tuple[tuple[str, tuple[str, ...]], ...]  # (sector, keywords) in the order they are tried
    spending_nouns: frozenset[str]
    necessity: frozenset[str]
    result_words: frozenset[str]
    agent_nouns: frozenset[str]
    plan_nouns: frozenset[str]
    intention_nouns: frozenset[str]  # "announced plans to ...": a plan, not a pledge
    debt_nouns: frozenset[str]  # "write off the debt": debt relief
    relief_verbs: frozenset[str]
    adopting_verbs: frozenset[str]  # "backed plans to ...": the subject's plan
    measure_nouns: frozenset[str]
    own_results: frozenset[str]  # "would cut its profits by $3.8m": a result a firm's sum is taken from
    change_nouns: frozenset[str]
    donation_verbs: frozenset[str]
    shortfall_nouns: frozenset[str]
    consequence_verbs: frozenset[str]  # what a plan would bring ("would amount to", "would mean")
    deal_verbs: frozenset[str]  # verbs of buying: "offered to buy ..." commits money
    purchase_verbs: frozenset[str]  # a deal "to import gas" is a purchase; "ordered 30 planes for $1.8bn"
    purchase_nouns: frozenset[str]  # an order is a purchase
    purchase_deal_nouns: frozenset[str]  # a sum that is the value of one of these signed or placed ...
    deal_making_verbs: frozenset[str]  # ... with one of these, is the buyer's pledge where the deal is a purchase
    bid_verbs: frozenset[str]  # verbs of making a bid: "would submit an improved bid"
    result_cues: frozenset[str]  # cue lemmas that, beside a result word, report a result ("profits rose")
    dollars: dict[str, str]  # country -> the currency code of its dollar
    money_verbs: frozenset[str]  # verbs that commit money by themselves ("will invest in ...")
    money_objects: frozenset[str]  # lemmas of objects that make any verb commit money ("will make investments")
    funds: frozenset[str]  # an issuer's money as a subject in the future: "This Fund will support ..."
    receiving_verbs: frozenset[str]  # ... except these ("will get loans")
    reversal_verbs: frozenset[str]  # with "cuts" as object they commit money back ("will reverse the cuts")
    tax_reliefs: frozenset[str]  # with "tax" before them, objects that commit money ("will deliver a tax cut")
    item_verbs: frozenset[str]  # words (as written, lower case) that open a list item of plans
    result_nouns: frozenset[str]  # the noun a sum belongs to when it is a result or a price
    effect_verbs: frozenset[str]  # a sum under them is an effect claimed for a plan ("will generate $1bn")
    effect_nouns: frozenset[str]  # "$1bn in economic output": an effect, not a commitment
    gathering_verbs: frozenset[str]  # a sum they took in, said in the past, came in ("raised $150m for victims")
    removal_verbs: frozenset[str]  # a sum they take from or off a result is no commitment ("cut $5m from profits")
    level_verbs: frozenset[str]  # a sum they say a result stands at or moves to is its level ("debt rose to $5bn")
    own_side_verbs: frozenset[str]  # a party that "will invest" a sum in a release is the issuer's side
    price_verbs: frozenset[str]  # "costs £70": a price, unless the subject is an owner's ("Labour's campaign cost")
    expectation_cues: frozenset[str]  # "is expected to": a plan only with an action under it ("to freeze duty")
    income_verbs: frozenset[str]  # a sum under them is money that comes to the subject ("will receive £6.5m")
    wish_verbs: frozenset[str]  # ... unless hoped for: a call ("had hoped to get £900m")
    refusal_verbs: frozenset[str]  # "refused to fund", "failed to invest": money not committed
    asking_verbs: frozenset[str]  # a sum right under them is asked for: a call ("to seek $20bn in damages")
    asking_nouns: frozenset[str]  # their "for" phrase's sum is asked for: a call ("its claim for $280bn")
    claiming_verbs: frozenset[str]  # a body's plan claimed by someone unnamed is no commitment of the body's
    hearsay_words: frozenset[str]  # a bid said as rumour or talk is a plan, not a pledge
    deal_nouns: frozenset[str]  # whose offer or deal it is owns the sum ("Birmingham's £6m offer")
    time_nouns: frozenset[str]  # "spend the weekend": objects of time, not money
    public_nouns: frozenset[str]  # people in general: what they spend is nobody's commitment ("shoppers spent")
    recipient_nouns: frozenset[str]  # with public_nouns, people a small sum is given to one by one ("new mothers")
    joined_verbs: frozenset[str]  # joined to a commitment's verb, they commit a further sum of the same owner
    giving_verbs: frozenset[str]  # "was paid", "gave control ... for $9.3bn": giving no money of the subject's
    bid_nouns: frozenset[str]  # "Mr Glazer's offer values the club at £800m": the bidder's plan
    result_changes: frozenset[str]  # "a 26% rise in annual profits to $16.2bn": the sum is the result
    price_nouns: frozenset[str]  # "cut the prices of its product by 8%": a price changed, not money committed
    court_heads: frozenset[str]  # "the High Court awarded ... £60,000 in damages": a ruling, not a commitment
    disclosure_verbs: frozenset[str]  # "demanding that Tony Blair spell out which taxes he would raise": no call to pay
    penalty_nouns: frozenset[str]  # "will face fines up to a maximum of £2,500": a penalty, not a commitment
    illicit_nouns: frozenset[str]  # money paid in a crime ("a $50,000 bribe") commits nothing
    answer_verbs: frozenset[str]  # "will reject any formal £800m offer": a bid received, never the subject's
    payout_nouns: frozenset[str]  # "increased its dividend payment by 25% to 40 euro cents": the firm's pledge
    hearsay_passives: frozenset[str]  # "is thought to be offering about $2bn": talk, a plan
    account_nouns: frozenset[str]  # "According to its latest accounts, ... it spent": a result
    threshold_nouns: frozenset[str]  # "relief for gifts under £200": the sum bounds who or what a plan covers
    earning_verbs: frozenset[str]  # "for those earning more than £100,000": a threshold, not the plan's sum
    prevention_verbs: frozenset[str]  # "would prevent home-buyers from paying the tax": no payment
    dismissal_verbs: frozenset[str]  # "rejected calls for a windfall tax": the calls are others'
    founding_verbs: frozenset[str]  # "is setting up a $5m scholarship programme": the sum's owner commits it
    owned_cues: frozenset[str]  # kind words that count only with a possessor ("President Bush's proposals")
    done_items: frozenset[str]  # besides item_verbs, past verbs that open a list item ("- Pledged 102bn rupees")
    money_sectors: frozenset[str]  # sectors whose words are money themselves (taxes, aid, benefits)
    money_nouns: frozenset[str]  # money that is no spending ("tuition fees", "student debt")
    funding_verbs: frozenset[str]  # a plan "to fund our schools": money, whatever it pays for

    def kind_words(self, kind: str) -> frozenset[str]:
        for name, words in self.kinds:  # a handful of kinds, asked for once per token of a candidate sentence
            if name == kind:
                return words
        raise KeyError(kind)


@dataclass(frozen=True)
class Lexicon:
    titles: Titles
    cues: Cues
    actors: ActorWords
    commitments: CommitmentWords


def _titles(t: Mapping[str, Any]) -> Titles:
    role_heads = _words(t, "titles", "role_heads")
    return Titles(
        heads=_phrases(t, "titles", "heads"), weak_heads=frozenset(_phrases(t, "titles", "weak_heads")),
        qualifiers=_phrases(t, "titles", "qualifiers"), of_titles=_phrases(t, "titles", "of_titles"),
        honorifics=frozenset(h.lower() for h in _words(t, "titles", "honorifics", case="title")),
        post_nominals=_words(t, "titles", "post_nominals", case="title"),
        rank_abbreviations=_words(t, "titles", "rank_abbreviations", case="title"),
        rank_roles=_rank_roles(t),
        role_heads=role_heads, role_words=role_heads | _words(t, "titles", "role_modifiers"),
        royal_titles=_words(t, "titles", "royal_titles"),
        not_role_words=_words(t, "titles", "not_role_words"), body_roles=_words(t, "titles", "body_roles"),
        team_roles=_words(t, "titles", "team_roles"), firm_roles=_words(t, "titles", "firm_roles"),
        positions=_words(t, "titles", "positions"),
        descriptions=_words(t, "titles", "descriptions"),
        minister_heads=_words(t, "titles", "minister_heads"), office_heads=_words(t, "titles", "office_heads"),
        judge_heads=_words(t, "titles", "judge_heads"), hyphen_qualifiers=_phrases(t, "titles", "hyphen_qualifiers"))


def _cues(t: Mapping[str, Any]) -> Cues:
    naming = _phrases(t, "cues", "naming", tokens=False)
    return Cues(speech_verbs=_words(t, "cues", "speech_verbs"), to_verbs=_words(t, "cues", "to_verbs"),
                pledge_verbs=_words(t, "cues", "pledge_verbs"),
                prep_verbs=_word_table(t, "cues", "prep_verbs"),
                object_verbs=_words(t, "cues", "object_verbs"), claim_nouns=_words(t, "cues", "claim_nouns"),
                title_function_words=_words(t, "cues", "title_function_words"),
                unsaid_when_denied=_words(t, "cues", "unsaid_when_denied"), addressing=_words(t, "cues", "addressing"),
                receiving_verbs=_words(t, "cues", "receiving_verbs"), issuing_verbs=_words(t, "cues", "issuing_verbs"),
                medium_nouns=_words(t, "cues", "medium_nouns"),
                occasion_nouns=_words(t, "cues", "occasion_nouns"),
                accordance_nouns=_words(t, "cues", "accordance_nouns"), as_verbs=_words(t, "cues", "as_verbs"),
                quote_verbs=_words(t, "cues", "quote_verbs"), clause_verbs=_words(t, "cues", "clause_verbs"),
                that_verbs=_words(t, "cues", "that_verbs"), speech_occasions=_words(t, "cues", "speech_occasions"),
                going_on_verbs=_words(t, "cues", "going_on_verbs"),
                going_on_adjectives=_words(t, "cues", "going_on_adjectives"),
                titled_documents=_words(t, "cues", "titled_documents"), saying_nouns=_words(t, "cues", "saying_nouns"),
                naming=re.compile(r"(?:" + "|".join(re.escape(p) for p in naming) + r")\s*$", re.IGNORECASE))


def _actor_words(t: Mapping[str, Any]) -> ActorWords:
    return ActorWords(
        org_heads=_words(t, "actors", "org_heads", case="title"), org_nouns=_words(t, "actors", "org_nouns"),
        body_nouns=_words(t, "actors", "body_nouns"), body_kinds=_word_table(t, "actors", "body_kinds"),
        region_nouns=_words(t, "actors", "region_nouns"),
        federations_of_states=_countries_named(t, "actors", "federations_of_states"),
        not_actors=_words(t, "actors", "not_actors") | _words(t, "actors", "people_nouns"),
        people_nouns=_words(t, "actors", "people_nouns"), person_nouns=_words(t, "actors", "person_nouns"),
        person_heads=_words(t, "actors", "person_heads"),
        person_pronouns=_words(t, "actors", "person_pronouns"),
        thing_names=frozenset(key(p) for p in _phrases(t, "actors", "thing_names", tokens=False)),
        group_pronouns=_words(t, "actors", "group_pronouns"),
        collective_nouns=_words(t, "actors", "collective_nouns"), thing_pronouns=_words(t, "actors", "thing_pronouns"),
        locative_words=_words(t, "actors", "locative_words"),
        opening_words=_words(t, "actors", "opening_words"),
        international_words=_words(t, "actors", "international_words", case="title"),
        not_actor_names=frozenset(key(p) for p in _phrases(t, "actors", "not_actor_names", tokens=False)),
        work_names=frozenset(key(p) for p in _phrases(t, "actors", "work_names", tokens=False)),
        political_heads=_words(t, "actors", "political_heads", case="title"),
        other_party_nouns=_words(t, "actors", "other_party_nouns"),
        document_nouns=_words(t, "actors", "document_nouns"), voice_nouns=_words(t, "actors", "voice_nouns"),
        press_nouns=_words(t, "actors", "press_nouns"),
        press_words=_words(t, "actors", "press_words"), share_nouns=_words(t, "actors", "share_nouns"),
        price_move_verbs=_words(t, "actors", "price_move_verbs"),
        company_nouns=_words(t, "actors", "company_nouns"),
        maker_goods=_words(t, "actors", "maker_goods"),
        company_suffixes=_words(t, "actors", "company_suffixes", case="title"),
        event_heads=_words(t, "actors", "event_heads", case="title"),
        law_heads=_words(t, "actors", "law_heads", case="title"),
        programme_heads=_words(t, "actors", "programme_heads", case="title"),
        club_heads=_words(t, "actors", "club_heads", case="title"),
        place_heads=_words(t, "actors", "place_heads", case="title"),
        place_leads=_words(t, "actors", "place_leads", case="title"),
        org_leads=_words(t, "actors", "org_leads", case="title"),
        body_words=_words(t, "actors", "body_words", case="title"),
        government_nouns=_words(t, "actors", "government_nouns"),
        country_nouns=_words(t, "actors", "country_nouns"),
        state_nouns=_words(t, "actors", "state_nouns"),
        staff_nouns=_words(t, "actors", "staff_nouns"),
        government_heads=_words(t, "actors", "government_heads", case="title"),
        direction_words=_words(t, "actors", "direction_words"),
        world_regions=_phrases(t, "actors", "world_regions"),
        work_nouns=_words(t, "actors", "work_nouns") | _words(t, "actors", "vessel_nouns"),
        brand_nouns=_words(t, "actors", "brand_nouns"),
        female_given_names=_words(t, "actors", "female_given_names", case="title"),
        male_given_names=_words(t, "actors", "male_given_names", case="title"),
        female_kin=_words(t, "actors", "female_kin"), male_kin=_words(t, "actors", "male_kin"))


def _commitment_words(t: Mapping[str, Any]) -> CommitmentWords:
    kinds_table = t.get("kinds")
    if not isinstance(kinds_table, dict) or set(kinds_table) != set(KINDS):
        raise LexiconError(f"data/commitments.yaml: 'kinds' must list exactly {', '.join(KINDS)}")
    sectors = t.get("sectors")
    if not isinstance(sectors, dict) or not sectors:
        raise LexiconError("data/commitments.yaml: 'sectors' must map sector names to keyword lists")
    return CommitmentWords(
        kinds=tuple((k, _words(kinds_table, "commitments", k)) for k in KINDS),
        actions=_words(t, "commitments", "actions"),
        sectors=tuple((name, tuple(str(k).lower() for k in keys)) for name, keys in sectors.items()),
        spending_nouns=_words(t, "commitments", "spending_nouns"), necessity=_words(t, "commitments", "necessity"),
        result_words=_words(t, "commitments", "result_words"), agent_nouns=_words(t, "commitments", "agent_nouns"),
        plan_nouns=_words(t, "commitments", "plan_nouns"), intention_nouns=_words(t, "commitments", "intention_nouns"),
        debt_nouns=_words(t, "commitments", "debt_nouns"), relief_verbs=_words(t, "commitments", "relief_verbs"),
        adopting_verbs=_words(t, "commitments", "adopting_verbs"),
        measure_nouns=_words(t, "commitments", "measure_nouns"),
        own_results=_words(t, "commitments", "own_results"),
        change_nouns=_words(t, "commitments", "change_nouns"),
        donation_verbs=_words(t, "commitments", "donation_verbs"),
        shortfall_nouns=_words(t, "commitments", "shortfall_nouns"),
        result_cues=_words(t, "commitments", "result_cues"),
        consequence_verbs=_words(t, "commitments", "consequence_verbs"),
        deal_verbs=_words(t, "commitments", "deal_verbs"), bid_verbs=_words(t, "commitments", "bid_verbs"),
        purchase_verbs=_words(t, "commitments", "purchase_verbs"),
        purchase_nouns=_words(t, "commitments", "purchase_nouns"),
        purchase_deal_nouns=_words(t, "commitments", "purchase_deal_nouns"),
        deal_making_verbs=_words(t, "commitments", "deal_making_verbs"),
        dollars=_currencies(t, "commitments", "dollars"),
        money_verbs=_words(t, "commitments", "money_verbs"), item_verbs=_words(t, "commitments", "item_verbs"),
        money_objects=_words(t, "commitments", "money_objects"),
        founding_verbs=_words(t, "commitments", "founding_verbs"), owned_cues=_words(t, "commitments", "owned_cues"),
        done_items=_words(t, "commitments", "done_items"),
        money_sectors=_words(t, "commitments", "money_sectors"), money_nouns=_words(t, "commitments", "money_nouns"),
        funding_verbs=_words(t, "commitments", "funding_verbs"),
        funds=_words(t, "commitments", "funds"),
        receiving_verbs=_words(t, "commitments", "receiving_verbs"),
        reversal_verbs=_words(t, "commitments", "reversal_verbs"),
        tax_reliefs=_words(t, "commitments", "tax_reliefs"),
        result_nouns=_words(t, "commitments", "result_nouns"),
        effect_verbs=_words(t, "commitments", "effect_verbs"),
        effect_nouns=_words(t, "commitments", "effect_nouns"),
        gathering_verbs=_words(t, "commitments", "gathering_verbs"),
        removal_verbs=_words(t, "commitments", "removal_verbs"),
        level_verbs=_words(t, "commitments", "level_verbs"),
        own_side_verbs=_words(t, "commitments", "own_side_verbs"),
        price_verbs=_words(t, "commitments", "price_verbs"),
        expectation_cues=_words(t, "commitments", "expectation_cues"),
        income_verbs=_words(t, "commitments", "income_verbs"),
        wish_verbs=_words(t, "commitments", "wish_verbs"),
        refusal_verbs=_words(t, "commitments", "refusal_verbs"),
        asking_verbs=_words(t, "commitments", "asking_verbs"),
        asking_nouns=_words(t, "commitments", "asking_nouns"),
        claiming_verbs=_words(t, "commitments", "claiming_verbs"),
        hearsay_words=_words(t, "commitments", "hearsay_words"),
        deal_nouns=_words(t, "commitments", "deal_nouns"),
        time_nouns=_words(t, "commitments", "time_nouns"),
        public_nouns=_words(t, "commitments", "public_nouns"),
        recipient_nouns=_words(t, "commitments", "recipient_nouns"),
        joined_verbs=_words(t, "commitments", "joined_verbs"),
        giving_verbs=_words(t, "commitments", "giving_verbs"),
        bid_nouns=_words(t, "commitments", "bid_nouns"),
        result_changes=_words(t, "commitments", "result_changes"),
        price_nouns=_words(t, "commitments", "price_nouns"),
        court_heads=_words(t, "commitments", "court_heads"),
        disclosure_verbs=_words(t, "commitments", "disclosure_verbs"),
        penalty_nouns=_words(t, "commitments", "penalty_nouns"),
        illicit_nouns=_words(t, "commitments", "illicit_nouns"),
        answer_verbs=_words(t, "commitments", "answer_verbs"),
        payout_nouns=_words(t, "commitments", "payout_nouns"),
        hearsay_passives=_words(t, "commitments", "hearsay_passives"),
        account_nouns=_words(t, "commitments", "account_nouns"),
        threshold_nouns=_words(t, "commitments", "threshold_nouns"),
        earning_verbs=_words(t, "commitments", "earning_verbs"),
        prevention_verbs=_words(t, "commitments", "prevention_verbs"),
        dismissal_verbs=_words(t, "commitments", "dismissal_verbs"))


def build(tables: Mapping[str, Mapping[str, Any]]) -> Lexicon:
    """A lexicon from data tables (``{"titles": ..., "cues": ..., "actors": ..., "commitments": ...}``)."""
    return Lexicon(titles=_titles(tables["titles"]), cues=_cues(tables["cues"]),
                   actors=_actor_words(tables["actors"]), commitments=_commitment_words(tables["commitments"]))


@functools.cache
def lexicon() -> Lexicon:
    """The project's lexicon, loaded once per process."""
    return build({name: load(name) for name in ("titles", "cues", "actors", "commitments")})


# --- names, countries and organisations -----------------------------------------------------------------------
@functools.lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """Comparison key for names: case, dots, possessives and a leading "the" do not matter. Cached: the site
    compares the same few thousand names hundreds of thousands of times."""
    text = text.replace("\u2019", "'").strip()
    text = re.sub(r"'s?$", "", text)
    text = re.sub(r"[.\s]+", " ", text).strip().lower()
    if text.startswith("the "):
        text = text[4:]
    return text


@functools.cache
def country_table() -> dict[str, dict[str, Any]]:
    """Canonical country name -> {aliases, demonyms, capitals, regions, counties, cues, signs, bloc}: the generated
    table, then the hand one."""
    text = (resources.files("generator") / "data" / "countries.json").read_text(encoding="utf-8")
    table: dict[str, dict[str, Any]] = {
        name: {f: list(v) for f, v in info.items()} for name, info in json.loads(text)["countries"].items()}
    for name, info in load("countries").items():
        entry = table.setdefault(name, {})
        for f, values in (info or {}).items():
            if isinstance(values, list):
                entry[f] = values + [v for v in entry.get(f, []) if v not in values]
            else:
                entry[f] = values  # a flag such as ``bloc: true``
    return table


def is_bloc(country: str) -> bool:
    """A union of countries ("European Union"): an organisation, never a home country."""
    return bool(country_table().get(country, {}).get("bloc"))


def _country_index(field: str) -> dict[str, str]:
    """Key of every entry of ``field`` (aliases, demonyms, capitals, regions) -> canonical country name.
    The hand-written table is read last, so it wins a clash."""
    out: dict[str, str] = {}
    hand = load("countries")
    for name, info in sorted(country_table().items(), key=lambda item: item[0] in hand):
        for value in info.get(field) or []:
            out[key(value)] = name
    return out


@functools.cache
def countries() -> dict[str, str]:
    """Country name or alias key -> canonical country name ("U.K." -> United Kingdom)."""
    names = {key(name): name for name in country_table()}
    return _country_index("aliases") | names


@functools.cache
def demonyms() -> dict[str, str]:
    return _country_index("demonyms")


@functools.cache
def capitals() -> dict[str, str]:
    return _country_index("capitals")


@functools.cache
def regions() -> dict[str, str]:
    """States and provinces -> country ("Oregon" -> United States); only for places, never for actors."""
    taken = countries().keys() | capitals().keys() | demonyms().keys()
    return {k: v for k, v in _country_index("regions").items() if k not in taken and not _only_directions(k)}


def _only_directions(k: str) -> bool:
    """A name made of points of the compass alone ("north-west", "upper east"): a region of one country in the
    table, but in text any country's (South Africa's province "North-West" in "tourism in the North-West")."""
    return set(re.split(r"[\s-]+", k)) <= lexicon().actors.direction_words


@functools.cache
def place_countries() -> dict[str, str]:
    """Capitals, regions and cities -> country, for telling where an article is set: a name that places
    belong to in two countries ("Victoria": the capital of the Seychelles, a state of Australia and a city of
    Canada) points to neither."""
    seen = _place_owners(("capitals", "regions"))
    return {k: next(iter(names)) for k, names in seen.items() if len(names) == 1 and not _only_directions(k)}


@functools.cache
def _place_owners(fields: tuple[str, ...]) -> dict[str, set[str]]:
    """The key of each place of ``fields`` (capitals, regions) -> the countries that have a place so named."""
    seen: dict[str, set[str]] = {}
    for name, info in country_table().items():
        for field in fields:
            for value in info.get(field) or []:
                seen.setdefault(key(value), set()).add(name)
    return seen


@functools.cache
def _all_places() -> frozenset[str]:
    """The keys of every capital, region and city of the tables, in one country or in several."""
    return frozenset(set(_place_owners(("capitals", "regions")))
                     | {key(n) for names in _cities()["cities"].values() for n in names}
                     | {key(n) for n in _cities()["dwarfed_capitals"]})


@functools.cache
def _capitals() -> dict[str, str]:
    """The key of each capital of one country only -> that country."""
    return {k: next(iter(names)) for k, names in _place_owners(("capitals",)).items() if len(names) == 1}


def capital_country(name: str) -> str | None:
    """The country whose capital ``name`` is, where the name is no other country's place ("Rome": Italy,
    "Washington": the United States): the seat of its government, which news names it by ("Rome's provision of a
    loan")."""
    k = key(name)
    country = _capitals().get(k)
    # not a name that is also a region or city elsewhere ("Victoria": the Seychelles' capital and an Australian
    # state)
    return country if country is not None and place_countries().get(k) == country and k not in _dwarfed_capitals() \
        else None


def known_place(name: str) -> bool:
    """``name`` is a capital, region or city of some country, of one or of several ("Victoria": the Seychelles'
    capital and an Australian state)."""
    return key(name) in _all_places()


@functools.cache
def _cities() -> dict[str, Any]:
    return cast(dict[str, Any], json.loads(
        (resources.files("generator") / "data" / "cities.json").read_text(encoding="utf-8")))


@functools.cache
def city_countries() -> dict[str, str]:
    """Cities of 100,000 people or more -> country (``data/cities.json``, from GeoNames: "Munich" -> Germany,
    "Houston" -> United States), for a name the NER tagged as a place; the capitals and regions of
    :func:`place_countries` win a clash."""
    return {key(name): country for country, names in _cities()["cities"].items() for name in names}


@functools.cache
def _dwarfed_capitals() -> dict[str, str | None]:
    """Capitals of small territories named like a city of another country ten times their size -> that city's
    country, or None where two such cities are alike ("Plymouth" is not Montserrat in news)."""
    return {key(name): country for name, country in _cities()["dwarfed_capitals"].items()}


def where(name: str) -> str | None:
    """The country of a place named by an entity the NER tagged as one: a capital, region or city."""
    k = key(name)
    if k in _dwarfed_capitals():
        return _dwarfed_capitals()[k]
    return place_countries().get(k) or city_countries().get(k)


@functools.cache
def country_cues() -> dict[str, tuple[str, ...]]:
    """Country -> institution phrases that point to it ("Whitehall" -> United Kingdom)."""
    return {name: tuple(info["cues"]) for name, info in country_table().items() if info.get("cues")}


@functools.cache
def counties() -> frozenset[str]:
    """Keys of the places whose name alone is never a person's ("Kent", "Powys"), whatever the NER tagged them."""
    return frozenset(key(c) for info in country_table().values() for c in info.get("counties") or [])


@functools.cache
def currency_signs() -> dict[str, tuple[str, ...]]:
    """Country -> the currency signs only its sums are written with ("£" -> United Kingdom)."""
    return {name: tuple(info["signs"]) for name, info in country_table().items() if info.get("signs")}


@functools.cache
def organizations() -> dict[str, str]:
    """Organisation name or alias key -> canonical name ("Tories" -> Conservative Party)."""
    out: dict[str, str] = {}
    for name, info in load("organizations").items():
        out[key(name)] = name
        for alias in (info or {}).get("aliases", []):
            out[key(alias)] = name
    return out


def party(text: str) -> str | None:
    """The political party a word or name stands for in the organisations table ("Tory" -> Conservative Party,
    "Lib Dem" -> Liberal Democrats); None for any other text."""
    name = organizations().get(key(text))
    return name if name is not None and name.split()[-1] in lexicon().actors.political_heads else None


def _organization_info(name: str) -> dict[str, Any]:
    canonical = organizations().get(key(name))
    return (load("organizations").get(canonical) or {}) if canonical else {}


@functools.cache
def given_names() -> frozenset[str]:
    """The given names of either sex (``female_given_names`` and ``male_given_names``), as written; made once, as
    the lexicon is loaded once (asked for every name the NER tags and every actor named in full)."""
    return lexicon().actors.female_given_names | lexicon().actors.male_given_names


def organization_country(name: str) -> str | None:
    """The country a known organisation belongs to ("Labour" -> United Kingdom); None if unknown."""
    return _organization_info(name).get("country")


def _countries_by_name(table: str) -> dict[str, str]:
    """Name or alias key -> country, from a table of ``name: country`` or ``name: {country, aliases}``
    (``data/companies.yaml``, ``data/people.yaml``); a country the country table does not know, or a name given
    to two entries, is an error."""
    out: dict[str, str] = {}
    owner: dict[str, str] = {}
    countries = country_table()
    for name, info in load(table).items():
        info = info if isinstance(info, dict) else {"country": info}
        if info.get("country") not in countries:
            raise LexiconError(f"data/{table}.yaml: {name!r} has a country the country table does not know: "
                               f"{info.get('country')!r}")
        for written in [name, *info.get("aliases", [])]:
            if owner.setdefault(key(written), name) != name:
                raise LexiconError(f"data/{table}.yaml: {written!r} names both {owner[key(written)]!r} and {name!r}")
            out[key(written)] = info["country"]
    return out


@functools.cache
def _companies() -> dict[str, str]:
    """Business name or alias key -> its home country (``data/companies.yaml``)."""
    return _countries_by_name("companies")


def company_country(name: str) -> str | None:
    """The home country of a known business, news medium or agency ("Deutsche Bank" -> Germany); None if unknown."""
    return _companies().get(key(name))


@functools.cache
def _people() -> dict[str, str]:
    """Public figure's name or alias key -> their country (``data/people.yaml``)."""
    return _countries_by_name("people")


def person_country(name: str) -> str | None:
    """The country of a known public figure named in full ("Tony Blair" -> United Kingdom); None if unknown."""
    return _people().get(key(name))


@functools.cache
def _people_surnames() -> frozenset[str]:
    """The last word of each known public figure's name and alias, as keys ("bush" of "George W Bush")."""
    return frozenset(k.split()[-1] for k in _people() if k)


def known_surname(name: str) -> bool:
    """``name`` is the surname of a known public figure ("Bush"), which news says alone."""
    return key(name) in _people_surnames()


def listed_international(name: str) -> bool:
    """A body the table of organisations lists as belonging to no single country (the UN, the World Bank)."""
    return bool(_organization_info(name).get("international"))


def international(name: str) -> bool:
    """A body that belongs to no single country: listed as such, or named so ("World ...", "International ...")."""
    if listed_international(name):
        return True
    return not lexicon().actors.international_words.isdisjoint(name.split())


def country_of(text: str) -> str | None:
    """The country a name, alias or demonym stands for ("U.K." -> United Kingdom, "Norwegian" -> Norway)."""
    k = key(text)
    return countries().get(k) or demonyms().get(k)

