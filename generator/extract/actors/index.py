"""The actors of one article and the lookups that resolve a mention to one of them: a name or alias, a title
once established, a pronoun (its antecedent), a phrase with an entity inside ("a Tesco spokesman")."""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator import lexicon as lx
from generator.components import TITLE_LABEL
from generator.extract.actors.names import ELECTED, ancestors_to, glued_business_noun, law_at, titled_by
from generator.extract.sentences import sents_of, set_off_at_end, text_of, words_of
from generator.model import Actor, Quote

SPOKESPEOPLE = ("spokesman", "spokeswoman", "spokesperson")  # they speak for the body they are of
SPOKESMAN_SENTENCES = 5  # how far back "the spokesman" looks for the spokesman named with his body
# honorifics that say a person's sex ("Dr", "Professor" do not), the only record of it here
HONORIFICS = {"Mr": "male", "Mrs": "female", "Ms": "female", "Miss": "female", "Sir": "male", "Dame": "female",
              "Lord": "male", "Lady": "female"}
TELLING = ("say", "speak", "talk", "explain", "confirm", "tell")  # "said to Reuters": the one told
TYPE_WEIGHT = {"person": 1.0, "organization": 0.9, "country": 0.6, "group": 0.5}


@dataclass
class Mention:
    start: int  # character offsets into the doc text
    end: int
    actor: str
    in_quote: bool
    subject: bool
    main: bool = False  # subject of the sentence's main clause ("Mr Balls, who ..., said that Mr Brown ...")
    modifier: bool = False  # a name that modifies a common noun ("her Onyx Hotel tour"): a thing, not its referent
    told: bool = False  # the one told ("told the BBC", "said to Reuters"): not the body a later "it" or noun is
    owns_subject: bool = False  # owns a main clause's subject ("Manchester United's response comes ...")
    spoke: bool = False  # a body by whom a main clause's passive verb of speech is said ("described as ... by X")


ABOUT = frozenset({"into", "on", "about", "of", "in", "over"})  # a document's subject, not its issuer
COMMISSIONING = frozenset({"commission", "conduct", "publish", "produce", "compile"})  # who did the document


PLACE_OF = ("in", "across", "throughout", "to")  # a country after these in a phrase is where, not who


def role_head(actor: Actor) -> str | None:
    """The last word of an actor's role, lower case ("minister" of "Scottish First Minister"), if it has one."""
    return actor.role.lower().split()[-1] if actor.role else None


STATE_HEADS = frozenset({"Government", "Administration", "Cabinet"})  # political heads that name no party
UNNAMED = frozenset({"official", "source", "aide", "insider"})  # who speak and are left unnamed on purpose
# descriptions that say what someone is, not the office they hold: in a lead ("..., a senior government figure has
# warned") the one named next may be called by their office ("Economy minister German Gref told ...")
GENERIC_PEOPLE = frozenset({"figure", "politician", "witness", "backbencher"})
# subjects "he" or "she" never goes on for, with plurals
_THING_SUBJECTS = frozenset({"it", "that", "this", "these", "those", "they", "there", "which", "what", "nothing",
                             "something"})


def closing_speech(subject: Token, speech: frozenset[str] | set[str]) -> bool:
    """``subject`` speaks in a clause of speech that closes its sentence after a comma, hung by the parser under the
    verb of the words it reports ("..., Lord Falconer said." read as a clause of "were"): the sentence's speaker, the
    subject of its main clause as a reader takes it."""
    verb, top = subject.head, subject.head.head
    if subject.dep_ != "nsubj" or verb.dep_ not in ("advcl", "ccomp", "parataxis") or top.dep_ != "ROOT" \
            or verb.i < top.i or verb.lemma_.lower() not in speech:
        return False
    if verb.tag_ not in ("VBD", "VBZ") and not (verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)):
        return False  # "..., Tony Blair has said."
    return set_off_at_end(subject, verb)


def _closed_by_speaker(verb: Token) -> bool:
    """The sentence of ``verb``, its main verb, closes with the clause of a speaker hung on it ("George W Bush will
    display ..., Tony Blair has said."): what ``verb`` says is reported, and its subject is not the one the sentence
    is about."""
    top = verb.head if verb.dep_ == "conj" else verb
    speech = lx.lexicon().cues.speech_verbs
    return any(c.dep_ in ("advcl", "ccomp", "parataxis") and c.i > verb.i and closing_speech(s, speech)
               for c in top.children for s in c.children if s.dep_ == "nsubj")


def person_noun(tok: Token) -> bool:
    """A common noun for a person: a role, a description, one of a people, kin or a word of ``person_nouns``, or an
    age said as a noun ("the 27-year-old")."""
    nouns = _person_nouns()
    return tok.lower_ in nouns or tok.lemma_.lower() in nouns or "-old" in tok.lower_


@functools.cache
def _person_nouns() -> frozenset[str]:
    words = lx.lexicon()
    return words.titles.role_heads | words.titles.descriptions | words.titles.team_roles | words.titles.positions \
        | words.actors.people_nouns | words.actors.person_nouns | words.actors.female_kin | words.actors.male_kin \
        | frozenset(SPOKESPEOPLE)


def _document(tok: Token) -> bool:
    """A noun of a document that speaks for its issuer ("report", "figures"), by its lemma or as written."""
    documents = lx.lexicon().actors.document_nouns
    return tok.lemma_.lower() in documents or tok.lower_ in documents


def squash(name: str) -> str:
    """A name's key without spaces, hyphens or other marks: the same name however it is split or joined."""
    return re.sub(r"[\W_]+", "", lx.key(name))


GENERIC_BUSINESS = frozenset({"company", "firm", "business", "group", "giant", "operator", "chain"})


def in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in spans)


RANKS = frozenset({"top", "leading", "first", "second", "third", "only"})  # "India's first low-cost airline"


def _ranked_in_place(noun: Token) -> bool:
    """A business described by its rank in a place, as BBC reports name one they have introduced ("Europe's
    biggest drugmaker says", "the UK's biggest mortgage lender said", "South Korea's top car maker", "India's first
    low-cost airline"): the place owns the noun and a superlative, an ordinal or "only" ranks it."""
    ranked = any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in RANKS) for c in noun.children)
    return ranked and any(c.dep_ == "poss" and (c.ent_type_ in ("GPE", "LOC") or lx.country_of(c.text) is not None)
                          for c in noun.children)


def _headed_by(name: str, heads: set[str]) -> bool:
    """The name's head word is one of ``heads``: its last word ("Countryside Alliance") or the word before "of",
    "on" or "for" ("Joint Committee on Human Rights", "Federation of Small Businesses")."""
    words = name.split()
    return words[-1].lower() in heads or any(
        w.lower() in heads and nxt in ("of", "on", "for") for w, nxt in zip(words, words[1:], strict=False))


def _kind_fits(noun: str, name: str) -> bool:
    """A noun of one kind of body ("union", "ministry") may stand for the organisation named ``name``: its name is
    headed (see ``_headed_by``) by a word of that kind or by no body's word ("the union" is not the "Ontario Ministry
    of Health")."""
    words = lx.lexicon().actors
    if noun not in words.body_kinds:
        return True
    return _headed_by(name, set(words.body_kinds[noun])) or not _headed_by(name, {h.lower() for h in words.org_heads})


class ActorIndex:
    """Built by ``find_actors``; read by the quote and commitment passes through ``lookup``, ``by_title``,
    ``antecedent``, ``resolve`` and ``mentions_between``."""

    def __init__(self, doc: Doc, quote_spans: list[tuple[int, int]]):
        self.doc = doc
        self.quote_spans = quote_spans
        self.actors: dict[str, Actor] = {}
        self.works: list[str] = []  # names the article says as works' titles ("the film Vera Drake")
        self.keys: dict[str, str] = {}  # name/alias key -> actor id
        self.squashed: dict[str, str] = {}  # the same without spaces, hyphens and other marks ("Time Warner")
        self.titles: dict[str, list[str]] = {}  # title key -> actor ids, in order established
        self.offices: dict[str, str] = {}  # "prime minister" -> the person a bare "the prime minister" first was
        self.mentions: list[Mention] = []
        self.token_actor: dict[int, str] = {}
        self.type_votes: dict[str, dict[str, int]] = {}
        self.given_named: set[str] = set()  # people named in full whose first word the parser takes for a name
        self.home_country: str | None = None  # the country the article is about, when one clearly leads
        self.dollar_country: str | None = None  # whose dollar "$" is: the country most written about, if it has one
        self.based: dict[str, str] = {}  # organisation id -> country of the place it is "based" in ("Madrid-based")
        # person id -> the name said before their role (and its shorter ends), which may name their firm once every
        # body is known ("Ryanair deputy chief executive Michael Cawley", "Ryanair" taken for a person or untagged)
        self.names_before_role: dict[str, list[str]] = {}
        self._sent_starts: list[int] | None = None
        self._genders: dict[str, str] | None = None  # made on first use, once every mention is in
        self.kin_sex: dict[str, str] = {}  # the sex a noun of kin beside a name says ("her father, Murray")
        self.named_as_body: set[str] = set()  # people by the NER named after a word for a body ("water firm X")
        self.addressed: set[str] = set()  # named after "Mr", "Mrs", "Ms" or "Miss" at least once: a person

    # --- building -------------------------------------------------------------------------------------
    def new(self, name: str, type_: str, first: int) -> Actor:
        base = re.sub(r"[^a-z0-9]+", "-", lx.key(name)).strip("-") or "actor"
        aid, n = base, 1
        while aid in self.actors:
            n += 1
            aid = f"{base}-{n}"
        actor = Actor(id=aid, name=name, type=type_, first=first)
        self.actors[aid] = actor
        self.keys[lx.key(name)] = aid
        self.squashed.setdefault(squash(name), aid)
        return actor

    def alias(self, actor: Actor, text: str) -> None:
        text = text.strip()
        if text and text != actor.name and text not in actor.aliases:
            actor.aliases.append(text)
        k = lx.key(text)
        if k and k not in self.keys:
            self.keys[k] = actor.id
        squashed = squash(text)
        if squashed:
            self.squashed.setdefault(squashed, actor.id)

    def vote(self, actor: Actor, type_: str, whole: bool = False) -> None:
        """A mention of ``actor`` tagged as ``type_``; ``whole`` when it names the actor in full."""
        votes = self.type_votes.setdefault(actor.id, {})
        votes[type_] = votes.get(type_, 0) + 1
        if whole:
            votes["whole " + type_] = votes.get("whole " + type_, 0) + 1

    def hold_title(self, actor: Actor, title: str) -> None:
        """``actor`` holds ``title``: a later bare "the <title>" may refer to them."""
        holders = self.titles.setdefault(lx.key(title), [])
        if actor.id not in holders:
            holders.append(actor.id)

    def mention(self, span: Span, actor: Actor) -> None:
        in_quote = in_spans(span.start_char, self.quote_spans)
        subjects = [t for t in span if t.dep_ in ("nsubj", "nsubjpass")]
        speech = lx.lexicon().cues.speech_verbs
        main = any(((t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT"))
                    and not _closed_by_speaker(t.head)) or (
            # "Ms Hutt said she hoped ... [no full stop] Asked about it, she said ...": a verb of speech the parser
            # hung under a later one still has its speaker
            t.dep_ == "nsubj" and t.head.dep_ == "ccomp" and t.head.head.i > t.head.i and t.head.head.dep_ == "ROOT"
            and t.head.lemma_.lower() in speech and t.head.head.lemma_.lower() in speech)
            or closing_speech(t, speech) for t in subjects)
        root = span.root
        said_by = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "by" and actor.type == "organization" \
            else None
        for _ in range(3):  # (the parser may hang "by" on the verb's object: 'as "idle speculation" by ...')
            if said_by is None or said_by.pos_ in ("VERB", "AUX") or said_by.head.i == said_by.i:
                break
            said_by = said_by.head
        # "Reports of a snap election have been described as "idle speculation" by Downing Street": a body, the
        # agent of a passive verb of speech (not of a clause on a noun), speaks as its subject would ("A spokesman
        # said" after it)
        spoke = said_by is not None and said_by.lemma_.lower() in speech \
            and said_by.dep_ not in ("relcl", "acl", "advcl", "xcomp", "pcomp") \
            and any(c.dep_ == "auxpass" for c in said_by.children)
        if not subjects and root.dep_ == "ROOT" and root.pos_ == "PROPN" \
                and any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ") and c.i >= span.end for c in root.children):
            # "Trevor Phillips, chairman of the ..., called on Mr Clarke to ...", parsed as a name with a clause
            # hung on it: the name is the subject of the sentence's verb
            subjects, main = [root], True
        head = root.head
        words = lx.lexicon().actors
        lemma = head.lemma_.lower()
        kin = lemma in words.female_kin or lemma in words.male_kin
        if kin and root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < root.i:
            self.kin_sex[actor.id] = "female" if lemma in words.female_kin else "male"
        verb = head.head
        if not subjects and actor.type == "person" and root.dep_ == "appos" and head.dep_ in ("nsubj", "nsubjpass") \
                and (head.pos_ == "NOUN" or head.ent_type_ == TITLE_LABEL) and head.i < root.i \
                and (lemma in lx.lexicon().titles.role_heads or kin or head.ent_type_ == TITLE_LABEL) \
                and (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")):
            # "said the chairman of the committee, Labour MP Barry Sheerman", "Its leader, Roger Knapman, has said",
            # "The Lord Chief Justice, Lord Woolf, ... said" (a title):
            # the person named in apposition to the subject of a main clause that is their role (or kin) is that
            # subject; not "The film, A Different Story, chronicles ...", "The supporters' group, Shareholders
            # United, said", nor in a relative clause ("Dorothy Woods, whose husband, Ty Woods, was killed"). After a
            # title the person is what the sentence is about, but the title's own phrase, not a later one, gives the
            # role ("The Secretary of State for Culture, Media and Sport, Tessa Jowell, has hit out")
            subjects, main = ([head] if head.pos_ == "NOUN" else []), True
        modifier = root.dep_ == "compound" and root.head.pos_ == "NOUN" and not span.start <= root.head.i < span.end
        told = (root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() == "tell") or (
            root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in TELLING)
        # not a body or a person the subject names ("Yukos' parent company, the Gibraltar-based Menatep Group, is
        # suing ...", "Mr Blair's spokesman said")
        owns_subject = root.dep_ == "poss" and head.dep_ in ("nsubj", "nsubjpass") and (
            verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")) \
            and lemma not in words.org_nouns | words.body_nouns | words.company_nouns \
            and head.lower_ not in lx.lexicon().titles.role_heads and not any(c.dep_ == "appos" for c in head.children)
        self.mentions.append(Mention(span.start_char, span.end_char, actor.id, in_quote, bool(subjects), main,
                                     modifier, told, owns_subject, spoke))
        actor.mentions += 1
        for t in span:
            self.token_actor[t.i] = actor.id

    def settle_types(self) -> None:
        """An actor's type is what most of its mentions were tagged as ("Liberal Democrats" is sometimes
        tagged as a person); a known organisation is one, however tagged ("G8" taken for a person), and one named
        after "Mr" or "Ms" is a person; people with a role keep theirs, and so do people named in full with a given
        name of the lexicon."""
        for aid, votes in self.type_votes.items():
            a = self.actors[aid]
            if a.type == "country":
                continue
            if lx.key(a.name) in lx.organizations():
                a.type = "organization"
                continue
            if aid in self.addressed:
                # "Mr Lacroix said he planned to stay at the label he founded": the one addressed as "Mr" is a
                # person, however often the NER took the name for a body (the label "Christian Lacroix")
                a.type = "person"
                continue
            if aid in self.named_as_body and not a.role:
                a.type = "organization"
                continue
            words = a.name.split()
            whole = votes.get("whole person", 0)
            if len(words) >= 2 and words[0] in lx.given_names() and whole \
                    and whole >= votes.get("whole organization", 0):
                # a given name and a surname the NER called a person in full: the surname alone tagged as a body
                # again and again ("Trump", "Blanchett") does not outvote it
                a.type = "person"
                continue
            # a tie goes to what the mentions of the full name were tagged as ("Lycos Europe" three times a body,
            # once a person; "Lycos" alone twice a person), else stays with the first mention's
            best = max(sorted(t for t in votes if not t.startswith("whole ")),
                       key=lambda t: (votes[t], votes.get("whole " + t, 0)))
            if (votes[best], votes.get("whole " + best, 0)) > (votes.get(a.type, 0), votes.get("whole " + a.type, 0)) \
                    and not (a.type == "person" and a.role):
                a.type = best

    # --- queries --------------------------------------------------------------------------------------
    @staticmethod
    def _capitalised_name(tok: Token) -> bool:
        """A capitalised word the tagger took for a common noun or a verb ("Napster claims ..." and "Hanks said"
        at the start of a sentence), not a noun that stands for a body ("Government", "Bank"): looked up as a name."""
        words = lx.lexicon().actors
        return (tok.is_title or (tok.is_upper and len(tok) > 1)) and tok.pos_ in ("NOUN", "VERB", "ADJ", "X") \
            and tok.lower_ not in words.org_nouns | words.body_nouns | words.government_nouns

    def lookup(self, text: str) -> Actor | None:
        aid = self.keys.get(lx.key(text))
        return self.actors.get(aid) if aid else None

    def by_last_word(self, word: str) -> Actor | None:
        """The one actor named in two words or more whose last word is ``word`` (a capitalised word, not a common
        head such as "Bank" or "Group", a place or a thing's name)."""
        words = lx.lexicon().actors
        if not word[:1].isupper() or not word[1:].islower() or word.lower() in words.org_nouns \
                or word.lower() in words.body_nouns or lx.key(word) in words.thing_names \
                or lx.country_of(word) or lx.key(word) in lx.place_countries():
            return None  # not a place a name ends with ("BBC Radio Leicester" for the club), nor a thing ("Bill")
        found = [a for a in self.actors.values() if a.type != "country" and len(a.name.split()) >= 2
                 and a.name.split()[-1] == word]
        return found[0] if len(found) == 1 else None

    def by_initials(self, text: str) -> Actor | None:
        """The one organisation whose capitalised words have ``text`` as initials ("FT" for the Financial Times)."""
        if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
            return None
        found = [a for a in self.of_type("organization")
                 if "".join(w[0] for w in a.name.split() if w[:1].isupper()) == text]
        return found[0] if len(found) == 1 else None

    def spelled_apart(self, text: str) -> Actor | None:
        """The actor named ``text`` written with other spaces, hyphens or marks ("TimeWarner" and "Time Warner",
        "RK-S" and "RKS"): asked last, before a new actor is made, so that a surname still finds its full name."""
        aid = self.squashed.get(squash(text))
        return self.actors.get(aid) if aid else None

    def of_type(self, type_: str) -> list[Actor]:
        return [a for a in self.actors.values() if a.type == type_]

    def at_token(self, i: int) -> Actor | None:
        """The actor whose mention covers token ``i``."""
        aid = self.token_actor.get(i)
        return self.actors[aid] if aid is not None else None

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions that lie inside the characters ``start``..``end``, in the order they were made."""
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def shorter_name(self, name: str, person: bool = False) -> Actor | None:
        """An organisation already named in full, by a shorter name: "the Reserve Bank" after "the Reserve Bank
        of Australia"; a bare head word ("the Bank", "the Commission") for the last organisation it ends or
        starts. For a name the NER took for a person's (``person``), only a company's first word ("Forrester"
        after "Forrester Research", "Marsh" after "Marsh & McLennan") or a club's last word: a surname that looks
        plural ("Morris") is no plural body."""
        words = name.split()
        orgs = self.of_type("organization")
        longer = [a for a in orgs if any(a.name.startswith(f"{name} {w} ") for w in ("of", "for", "on", "&"))]
        if len(longer) == 1:  # "Marsh" for "Marsh & McLennan"
            return longer[0]
        if len(words) >= 2 and lx.key(name) not in lx.organizations():  # a body of the table is itself
            # "Krispy Kreme" after "Krispy Kreme Doughnuts", "Fox Entertainment" after "Fox Entertainment Group": the
            # one body named before in full with one or two words more, none joining a second body or naming a
            # title ("Duchy of Lancaster and Duchy of Cornwall", "Conservative Party Co-Chairman")
            roles = lx.lexicon().titles.role_words
            longer = [a for a in orgs if a.name.startswith(f"{name} ") and len(a.name.split()) - len(words) <= 2
                      and all(w[:1].isupper() and w.isalpha() and w.lower() not in roles
                              for w in a.name.split()[len(words):])]
            if len(longer) == 1:
                return longer[0]
        if len(words) == 1 and name[:1].isupper() and lx.key(name) not in lx.organizations():
            # "Cairn" after "Cairn Energy", "Amnesty" after "Amnesty International": the one company named before
            # with a company's last word after this one
            suffixes = lx.lexicon().actors.company_suffixes
            longer = [a for a in orgs if len(a.name.split()) == 2 and a.name.split()[0] == name
                      and a.name.split()[1] in suffixes]
            if len(longer) == 1:
                return longer[0]
        club = name in lx.lexicon().actors.club_heads and name not in ("City", "Town", "County")
        plural = name[:1].isupper() and name[1:].islower() and name.endswith("s") \
            and lx.key(name) not in lx.organizations() and not person
        if len(words) == 1 and (club or plural):
            # "United" after "Manchester United", "Rangers" after "Glasgow Rangers"; a plural name said alone ("the
            # Lions" after "the British and Irish Lions", "the Lords" after "the House of Lords"): the one body
            # named before that ends with it
            ending = [a for a in orgs if len(a.name.split()) >= 2 and a.name.split()[-1] == name]
            if len(ending) == 1:
                return ending[0]
        if len(words) == 1 and name in lx.lexicon().actors.org_heads and not person:
            heads = [a for a in orgs
                     if name in a.name.split()[1:] or a.name.split()[0] == name and len(a.name.split()) > 1]
            if heads:
                return max(heads, key=lambda a: a.first)
        return None

    def by_title(self, title: str, before: int) -> Actor | None:
        """The person a bare title refers to: the one who holds it and was last spoken of (outside quotes)."""
        ids = self.titles.get(lx.key(title))
        if not ids:
            return None
        if len(ids) == 1:
            return self.actors[ids[0]]
        last = {m.actor: m.start for m in self.mentions if m.start < before and not m.in_quote and m.actor in ids}
        if last:
            return self.actors[max(last, key=lambda aid: last[aid])]
        return self.actors[ids[0]]

    def antecedent(self, offset: int, kinds: tuple[str, ...], skip: str | None = None,
                   accept: Callable[[Actor], bool] | None = None, subject_first: bool = False) -> Actor | None:
        """The most recent actor of one of ``kinds`` (and that ``accept`` takes) mentioned before ``offset``
        outside quotes, preferring, in the same or the previous sentence, the subject of a main clause, then any
        subject (with ``subject_first``, then a main-clause subject one sentence further back), then any mention;
        further back, the last main-clause subject."""
        candidates = sorted((m for m in self.mentions if m.end <= offset and not m.in_quote
                             and self.actors[m.actor].type in kinds and m.actor != skip
                             and not (m.modifier and kinds == ("person",))
                             and not (m.told and "person" not in kinds)  # "told the BBC ... it said": not the BBC
                             and (accept is None or accept(self.actors[m.actor]))), key=lambda m: m.start)
        if not candidates:
            return None
        starts = self._starts()
        prev, _ = self._window(offset)
        recent = [m for m in candidates if m.start >= prev]
        # a body that owns the subject of a main clause is what that sentence is about ("Manchester United's response
        # comes as little surprise ... the club said"); a person is not ("Mr Blair's aide said ... He added" is the
        # aide's)
        main = [m for m in recent if m.main or (m.owns_subject and "person" not in kinds)]
        subjects = [m for m in recent if m.subject]
        # a noun ("the company") reaches one sentence further back for a main-clause subject before it takes a
        # name in passing ("The deal includes ... Citibank branches. The company will pay ...": the buyer named as
        # subject before, not the bank); a pronoun takes the nearest mention
        before = max((s for s in starts if s < prev), default=0)
        earlier = [m for m in candidates if m.start >= before and m.main] if subject_first else []
        if kinds == ("person",) and not (main or subjects or earlier) and recent \
                and all(self._said_to_be(m) for m in recent):
            # "One of his fellow pupils at intelligence school was Vladimir Putin. At KGB headquarters, he was
            # posted ...": a person named only as what something was is no topic to go on with; the last main-clause
            # subject before is
            told = [m for m in candidates if m.main and m.start < recent[0].start]
            if told:
                return self.actors[told[-1].actor]
        best = (main or subjects or earlier or recent or [m for m in candidates if m.main] or candidates)[-1]
        return self.actors[best.actor]

    def _said_to_be(self, m: Mention) -> bool:
        """The mention is the complement of "be" ("... was Vladimir Putin"; not of a cleft that puts the person
        first: "it was Mr Trump who particularly seemed ...")."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and span.root.dep_ == "attr" and span.root.head.lemma_ == "be" \
            and not any(c.dep_ == "relcl" for c in span.root.children) \
            and not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in span.root.head.children)

    def people_named_before(self, offset: int) -> set[str]:
        """The ids of the people the text mentions before ``offset``."""
        return {m.actor for m in self.mentions if m.start < offset and self.actors[m.actor].type == "person"}

    def people_just_before(self, offset: int, main: bool = False, back: int = 1) -> list[Actor]:
        """The people mentioned outside quotes in this sentence before ``offset`` and in the sentence before it (the
        ``back`` sentences before it), each once (not a name that only modifies a common noun); with ``main``, only
        those that were the subject of a main clause there."""
        prev, _ = self._window(offset)
        for _ in range(3):  # a sentence that is a quote is not where its speaker was named: '"It's incredible," the
            if not in_spans(prev, self.quote_spans) or prev == 0:  # youngster said' reaches the sentence before it
                break
            prev, _ = self._window(prev)
        for _ in range(back - 1):
            prev, _ = self._window(prev)
        out: list[Actor] = []
        for m in self.mentions:
            a = self.actors[m.actor]
            if prev <= m.start and m.end <= offset and not m.in_quote and not m.modifier and a.type == "person" \
                    and a not in out and (m.main or not main):
                out.append(a)
        return out

    def _nationality(self, t: Token, country: Actor) -> bool:
        """The country's name (``t`` in it) modifies a common noun other than a government ("a US researcher",
        "the England coach"), owns a role ("Argentina's President") or is what a role is for ("the health minister
        for Wales"): a nationality, not the country acting ("India's defence budget" stays India's)."""
        top = t
        while top.head is not top and self.token_actor.get(top.head.i) == country.id:
            top = top.head
        head = top.head
        if top.dep_ == "pobj" and head.lower_ in ("for", "of") and head.head.i not in self.token_actor \
                and head.head.lower_ in lx.lexicon().titles.role_heads:
            return True  # the country an office is for: "The new health minister for Wales says" is the minister
        if head.pos_ not in ("NOUN", "PROPN") or head.i in self.token_actor \
                or head.lower_ in lx.lexicon().actors.government_nouns:
            return False
        if top.dep_ == "poss":
            return head.lower_ in lx.lexicon().titles.role_heads
        return top.dep_ in ("compound", "amod", "nmod", "npadvmod")

    @staticmethod
    def _law_subject_before(tok: Token) -> bool:
        """The subject of the main verb of the sentence before ``tok``'s is a law, bill or treaty (no actor): an "it"
        that starts the next sentence stands for it, not for the last body named."""
        doc = tok.doc
        if tok.sent.start == 0:
            return False
        before = doc[tok.sent.start - 1].sent
        return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and law_at(doc, t.i) is not None
                   for t in before)

    def _work_author(self, tok: Token) -> Actor | None:
        """The one author the article gives a work of this kind ("According to a new book, Brown's Britain, ..."
        and "according to the book", where another sentence says "The book, by Sunday Telegraph journalist Robert
        Peston, ..."): None when it gives none or several."""
        works = [tok.doc[i] for i in words_of(tok.doc).at(lemmas=(tok.lemma_.lower(),))
                 if i != tok.i and tok.doc[i].pos_ == "NOUN"]
        authors = {a.id: a for w in works for a in [self.author_of(w) or self._titled_author(w)] if a is not None}
        return next(iter(authors.values())) if len(authors) == 1 else None

    def _titled_author(self, work: Token) -> Actor | None:
        """The person named after "by" right after a work's title set off after its noun (``names.titled_by``: "a new
        book, Brown's Britain by Sunday Telegraph journalist Robert Peston,")."""
        name = titled_by(work)
        actor = self.actors[self.token_actor[name.i]] if name is not None and name.i in self.token_actor else None
        return actor if actor is not None and actor.type == "person" else None

    def _work_that_spoke_before(self, tok: Token) -> Actor | None:
        """The author of a work that was the subject of a verb of speech in the sentence before an "it" that
        starts a sentence ("The book, by ... Robert Peston, said the pair had ... It claims Tony Blair felt ..."):
        the work speaks on, not the paper named in between."""
        doc = tok.doc
        if tok.sent.start == 0 or tok.i - tok.sent.start > 2 or tok.dep_ != "nsubj":
            return None
        works = lx.lexicon().actors.work_nouns
        speech = lx.lexicon().cues.speech_verbs
        subjects = [t for t in doc[tok.sent.start - 1].sent if t.dep_ == "nsubj" and t.pos_ == "NOUN"
                    and t.lemma_.lower() in works and t.head.lemma_.lower() in speech]
        return self.resolve(subjects[-1]) if subjects else None

    def spokesman_of(self, subj: Token) -> Actor | None:
        """Whom "a spokesman" or "the spokesman" with nothing else in the phrase speaks for: the body of the last
        spokesman named with it in the sentences before ("A Bayern spokesman said ... / "...," the spokesman
        said"), else the organisation last named as a subject ("Sky denied the programme breached guidelines. A
        spokesperson said ..."); as the gold sets name an unnamed spokesman's quote, the organisation speaks. "The
        spokesman" said again speaks for the person named with the spokesman before too ("A spokesman for Michael
        Howard said ...")."""
        lo = self.sentences_back(subj.idx, SPOKESMAN_SENTENCES)
        # "the spokesman" said again is the one named before, whoever he speaks for ("A spokesman for Michael Howard
        # said ... "...," the spokesman said": Michael Howard); "a spokesman" may be another one, of a body
        again = any(c.lower_ == "the" for c in subj.children)
        # "a spokesman" after a body made the subject since that spokesman speaks for the body ("Shell declined to
        # comment, but a spokesman said ..."), not for the body of a spokesman quoted paragraphs before
        since = lo if again else max((m.start for m in self.mentions if lo <= m.start and m.end <= subj.idx
                                      and (m.main or m.spoke) and not m.in_quote
                                      and self.actors[m.actor].type == "organization"), default=lo)
        for t in reversed(subj.doc[:subj.i]):
            if t.idx < since:
                break
            if t.lower_ in SPOKESPEOPLE and not all(c.dep_ == "det" for c in t.children):
                body = self.resolve(t)
                if body is not None and (body.type == "organization" or (again and body.type == "person")):
                    return body
        return self.last_main_body(lo, subj.idx, spoke=True)

    def spokesperson_before(self, pronoun: Token) -> Actor | None:
        """"he" or "she" as a subject whose nearest main-clause subject before it, outside quotes, in its sentence
        or the one before, is an unnamed spokesman or spokeswoman of that sex ("A spokeswoman for Oxford University
        said ... "...," she said", "The prime minister's official spokesman said ... he added"): the body (or the
        person who owns the spokesman) they speak for."""
        found = self._spokesperson_subject(pronoun)
        if found is None:
            return None
        last, owned = found
        sex = {"he": "spokesman", "she": "spokeswoman"}[pronoun.lower_]
        if last.i in self.token_actor:  # "A Department for Constitutional Affairs spokeswoman", parsed the other way
            spoke = any(t.lower_ in (sex, "spokesperson") and t.i not in self.token_actor for t in last.subtree)
            body = self.actors[self.token_actor[last.i]] if spoke else None
        elif last.lower_ in (sex, "spokesperson"):
            body = self.resolve(last)
            if body is None and all(c.dep_ == "det" for c in last.children):
                body = self.spokesman_of(last)  # "A spokesman said ... But he added: ...": the body named before
        else:
            return None
        # a person only as the owner: "The prime minister's official spokesman said ... But he added:"
        return body if body is not None and (body.type != "person" or owned) else None

    def unnamed_owner_speaks(self, pronoun: Token) -> bool:
        """"he" follows "The prime minister's official spokesman said" whose owner the text names nowhere as an
        actor, or "The executive spokeswoman said" with no woman named just before: the spokesman speaks, not the last
        person named (the pronoun stands for nobody the briefing lists)."""
        found = self._spokesperson_subject(pronoun)
        return (found is not None and found[1] and self.spokesperson_before(pronoun) is None) \
            or self._unnamed_spokesperson(pronoun)

    def unnamed_holder_before(self, pronoun: Token) -> bool:
        """The last main-clause subject before "he" or "she" (in its sentence or the one before, nobody named after
        it) is a person by a role, said as one of many ("a senior official", "the chief executive of a leading
        European car maker"), who names nobody the text names and who spoke: the pronoun goes on for that unnamed
        person (not "A new campaign manager, he said, could set a new tone", what is said of one); or an office
        said with "the" that the person the pronoun would otherwise stand for does not hold (``_anothers_office``)."""
        sex, subjects = self._subjects_before(pronoun)
        if sex is None or not subjects:
            return False
        last = subjects[-1]
        if last.pos_ != "NOUN" or last.lemma_.lower() not in lx.lexicon().titles.role_heads \
                or self._person_named(last.i + 1, pronoun.i) \
                or any(t.i in self.token_actor and self.actors[self.token_actor[t.i]].type != "country"
                       for t in last.subtree):
            return False  # not "the chief executive of Acme" nor a role with its holder named
        if any(c.dep_ == "det" and c.lower_ == "the" for c in last.children) and last.tag_ == "NN" \
                and self._anothers_office(last, pronoun):
            return True
        one_of_many = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in last.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                o.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in o.children)
                for o in c.children)
            for c in last.children)
        return one_of_many and last.head.lemma_.lower() in lx.lexicon().cues.speech_verbs

    def _anothers_office(self, office: Token, pronoun: Token) -> bool:
        """"the prime minister" acting, an office the text ties to no one, where the person "he" or "she" would
        otherwise stand for holds another office ("Tory chairman Liam Fox accused Labour ... The Lib Dems accused Mr
        Brown ... the prime minister hailed his chancellor's performance. And he claimed ..."): the office is someone
        else's, and the pronoun goes on for its holder, not for that person. Not a bare "the minister" or "the
        secretary" (any minister: "Education Secretary Ruth Kelly ... The minister also confirmed"), nor an office
        the person's role names ("Chancellor of the Exchequer" ... "the chancellor"), nor a description that is no
        office ("the comedian"), nor after a person with no role or a role that is no office ("Gordon Brown made an
        appeal ... The chancellor would not comment": the writer's other name for him)."""
        titles = lx.lexicon().titles
        word = office.lemma_.lower()
        if word not in titles.office_heads:
            return False
        if word in titles.minister_heads and word != "chancellor" \
                and not any(c.dep_ in ("amod", "compound") for c in office.children):
            return False
        other = self.person_antecedent(pronoun)
        role = other.role if other is not None else None
        return role is not None and word not in role.lower().split() \
            and role.lower().split()[-1] not in titles.body_roles  # an office, not "host" (of a summit)

    def _body_of_unnamed(self, pronoun: Token) -> Actor | None:
        """The one organisation named in the unnamed spokesperson's phrase that "he" or "she" goes on for ("The BPI
        spokesman described ... "...," he said": the BPI); None where there is none (then nobody the briefing lists
        speaks)."""
        sex, subjects = self._subjects_before(pronoun)
        if sex is None or not subjects or subjects[-1].lower_ != sex:
            return None
        bodies = {self.token_actor[t.i] for t in subjects[-1].subtree
                  if t.i in self.token_actor and self.actors[self.token_actor[t.i]].type == "organization"}
        return self.actors[bodies.pop()] if len(bodies) == 1 else None

    def _subjects_before(self, pronoun: Token) -> tuple[str | None, list[Token]]:
        """The word for a spokesperson of the sex of "he" or "she" ("spokesman", "spokeswoman"; None for another
        word or a pronoun that is no subject, or in the first sentence), and the main-clause subjects outside quotes
        from the sentence before ``pronoun`` up to it."""
        sex = {"he": "spokesman", "she": "spokeswoman"}.get(pronoun.lower_)
        if sex is None or pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.sent.start == 0:
            return None, []
        first = self.doc[pronoun.sent.start - 1].sent.start
        subjects = self._main_subjects(first, pronoun.i)
        for _ in range(2):  # "A spokesman for X said ... But the rules did allow ... "...," he said": further back,
            # over sentences that name nobody and whose subjects "he" or "she" cannot go on for
            if any(not self._no_one(t) for t in subjects) or first == 0 or "\n" in self.doc[first - 1].text \
                    or self._person_named(first, pronoun.i):
                break
            first = self.doc[first - 1].sent.start
            subjects = self._main_subjects(first, pronoun.i)
        kept = [t for t in subjects if not self._no_one(t)]
        if kept and not self._person_named(kept[-1].i + 1, pronoun.i):
            return sex, kept  # the last subject it can go on for, when nobody is named after it
        return sex, subjects

    def _main_subjects(self, start: int, end: int) -> list[Token]:
        """The main-clause subjects outside quotes of ``doc[start:end]``."""
        return [t for t in self.doc[start:end] if t.dep_ in ("nsubj", "nsubjpass")
                and t.head.dep_ == "ROOT" and not in_spans(t.idx, self.quote_spans)]

    def _person_named(self, start: int, end: int) -> bool:
        """A person is named by name outside quotes in ``doc[start:end]``."""
        return any(t.pos_ == "PROPN" and self.actors[self.token_actor[t.i]].type == "person"
                   and not in_spans(t.idx, self.quote_spans) for t in self.doc[start:end] if t.i in self.token_actor)

    @staticmethod
    def _no_one(subject: Token) -> bool:
        """A subject that "he" or "she" cannot go on for: a pronoun of things ("it", "that"), a plural, or a common
        noun that is no word for a person ("The decision on how to police hunts will be left to local forces"; not
        "the minister", "the 27-year-old", "the driver")."""
        return subject.tag_ in ("NNS", "NNPS") or (subject.pos_ == "PRON" and subject.lower_ in _THING_SUBJECTS) \
            or (subject.tag_ == "NN" and not subject.ent_type_ and not person_noun(subject))

    def _unnamed_spokesperson(self, pronoun: Token) -> bool:
        """"she" after "The executive spokeswoman said ..." where no woman is named in that sentence or the one
        before it, or after "an executive spokeswoman said ...": the spokeswoman speaks on, unnamed, not a woman named
        further back (where one is named there, "the Tory spokeswoman" is most often she)."""
        sex, subjects = self._subjects_before(pronoun)
        if sex is None or not subjects or subjects[-1].lower_ != sex \
                or any(t.i in self.token_actor and self.actors[self.token_actor[t.i]].type == "person"
                       for t in subjects[-1].subtree) \
                or any(c.dep_ in ("appos", "poss") for c in subjects[-1].children):
            return False  # "Shadow spokesman for sport Hugh Robertson said": named in the phrase
        other = "male" if sex == "spokeswoman" else "female"
        if self.doc[subjects[-1].left_edge.i].lower_ in ("a", "an"):
            # "But an executive spokeswoman insisted ...": someone new, not a woman named before; unless one is named
            # after it ("A spokesman later said Mr Galloway had friends ..., who he described as ...")
            return not any(self.actors[m.actor].type == "person" and self.gender(self.actors[m.actor]) != other
                           for m in self.mentions if subjects[-1].idx < m.start < pronoun.idx)
        return not any(self.gender(a) != other for a in self.people_just_before(subjects[-1].idx))

    def unnamed_spokesperson_before(self, pronoun: Token) -> Token | None:
        """"he" or "she" as a subject whose nearest main-clause subject before it (see ``_subjects_before``) is a
        spokesperson of that sex said with a body that is no actor ("The police spokesman said ... The force is
        investigating, he said"): that spokesperson; else None."""
        sex, subjects = self._subjects_before(pronoun)
        if sex is None or not subjects:
            return None
        last = subjects[-1]
        if last.lower_ not in (sex, "spokesperson") or last.i in self.token_actor \
                or not any(c.dep_ == "compound" and c.i < last.i for c in last.children) \
                or any(c.dep_ == "compound" and c.i in self.token_actor for c in last.children):
            return None
        return last

    def _spokesperson_subject(self, pronoun: Token) -> tuple[Token, bool] | None:
        """(the nearest main-clause subject before ``pronoun`` in its sentence or the one before, whether it is a
        spokesperson said with an owner) where it may be an unnamed spokesperson, through the same pronoun as that
        subject; else None."""
        sex, subjects = self._subjects_before(pronoun)
        if sex is None or not subjects:
            return None
        last = subjects[-1]
        if last.lower_ == pronoun.lower_ and last.i < pronoun.i:
            # "A spokesman for X said ... He said ... "...," he said": the same pronoun goes on for the spokesman
            return self._spokesperson_subject(last)
        owned = last.lower_ in (sex, "spokesperson") and any(c.dep_ == "poss" and c.pos_ != "PRON"
                                                             for c in last.children) \
            and not any(c.dep_ == "appos" for c in last.children)  # not "the party's spokeswoman, Eleanor Scott"
        if self.doc[last.left_edge.i].lower_ not in ("a", "an") and not owned and not self._bodys_spokesperson(last):
            return None  # "The Tory spokesman also criticised ...": most often the person named before
        return last, owned

    def _bodys_spokesperson(self, spokesperson: Token) -> bool:
        """"The executive spokeswoman" (after "the Scottish Executive"), said with "the": the spokesperson of a body
        named before, where no person has been named as that body's spokesperson (else it is most often that
        person: "The Tory spokesman" after "Tory spokesman Tim Yeo")."""
        if spokesperson.lower_ not in SPOKESPEOPLE or self.named_spokesperson(spokesperson) is not None \
                or not any(c.dep_ in ("compound", "amod") and c.is_lower for c in spokesperson.children):
            return False  # (not "The Tory spokesman": a party's, most often the person spoken of)
        body = self.resolve(spokesperson)
        return body is not None and body.type == "organization" and not any(
            a.type == "person" and role_head(a) == spokesperson.lower_ and a.organization == body.name
            for a in self.actors.values())

    def _speaker_of_clause(self, it: Token) -> Actor | None:
        """The body or country that says a clause whose subject is "it" ("X has said it will ..."): X."""
        verb = it.head
        if it.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lx.lexicon().cues.speech_verbs:
            return None
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        # a name the NER did not tag there is looked up ("the FT said it thought ..." after "the Financial Times")
        actor = self.actors[self.token_actor[subj.i]] if subj.i in self.token_actor else \
            self.resolve(subj) if subj.pos_ == "PROPN" else None
        return actor if actor is not None and actor.type in ("organization", "country") else None

    def _body_that_spoke_before(self, it: Token) -> Actor | None:
        """The body "it" stands for as the subject of a verb of speech when the verb of speech before it, in its
        sentence or the one before, had a subject that is no name ("the company denied that ... "...," it said.
        "...," it added"): whom that subject stood for, when a body or country; None otherwise (then the
        antecedent decides). A document's subject stands for the one who wrote it, a person too ("Mr Crosby's
        statement said: ... It added: ...")."""
        speech = lx.lexicon().cues.speech_verbs
        if it.dep_ != "nsubj" or it.head.lemma_.lower() not in speech:
            return None
        def speech_verbs(lo: int, hi: int) -> list[Token]:
            return [t for t in self.doc[lo:hi] if t.pos_ == "VERB" and t.lemma_.lower() in speech
                    and not in_spans(t.idx, self.quote_spans)]

        start = it.sent.start if it.sent.start == 0 else self.doc[it.sent.start - 1].sent.start
        verbs = speech_verbs(start, it.i)
        if not verbs:
            source = self._source_before(start, it)
            if source is not None or start == 0:
                return source
            # one sentence further back in the paragraph, past one that says nothing ('"...," the club said in its
            # statement. Should it become a firm offer, it should be at a price ... But it also stressed that ...')
            further = self.doc[start - 1].sent.start
            subjects = [c for c in self.doc[start].sent.root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
            if "\n" in text_of(self.doc)[self.doc[further].idx:self.doc[start].idx].rstrip() \
                    or any(c.pos_ != "PRON" for c in subjects):
                return None  # (not past a sentence about another subject: "The ODPM attributed the fall to ...")
            verbs = speech_verbs(further, start)
            if not verbs:
                return None
        subjects = [c for c in verbs[-1].children if c.dep_ == "nsubj"]
        subj = subjects[0] if len(subjects) == 1 else None  # not a misparse with two
        if subj is not None and subj.i in self.token_actor and subj.lower_ in lx.lexicon().actors.government_nouns:
            # "The Japanese government has forecast ... While it predicts ..., it said": the country whose
            # government it is (a name's own "it" is left to the antecedent, which looks for bodies, not countries)
            named = self.actors[self.token_actor[subj.i]]
            return named if named.type == "country" else None
        if subj is None or subj.i in self.token_actor or subj.pos_ not in ("PRON", "NOUN"):
            return None
        actor = self.resolve(subj)
        # a document one wrote ("Mr Crosby's statement said: ... It added: ...") is its writer's, a person too
        kinds = ("organization", "country", "person") if subj.lemma_.lower() in lx.lexicon().actors.document_nouns \
            else ("organization", "country")
        return actor if actor is not None and actor.type in kinds else None

    def _source_before(self, start: int, it: Token) -> Actor | None:
        """The source of "according to X" or "according to a report by X" between the token ``start`` and "it",
        where no verb of speech comes between: "it" goes on citing that source ("..., according to a report by UK
        think-tank Demos. It said that ..."): X, the one who wrote the document."""
        documents = lx.lexicon().actors.document_nouns
        for tok in self.doc[start:it.i]:
            if tok.lower_ != "according" or tok.i + 1 >= it.i or self.doc[tok.i + 1].lower_ != "to" \
                    or in_spans(tok.idx, self.quote_spans):
                continue
            source = next((c for c in self.doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if source is not None and source.lemma_.lower() in documents:
                source = next((g for c in source.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                               for g in c.children if g.dep_ == "pobj"), None)
            if source is None or source.i not in self.token_actor:
                continue
            actor = self.actors[self.token_actor[source.i]]
            written = source.head.head.lemma_.lower() in documents  # "according to a report by Dr Smith"
            if actor.type == "organization" or (actor.type == "person" and written):
                return actor  # a person only through a document they wrote
        return None

    def person_antecedent(self, pronoun: Token, skip: str | None = None) -> Actor | None:
        """The person "he" or "she" stands for: the antecedent, never one the text calls by an honorific of the
        other sex ("She said" after "Mr Ferguson" and "Ms Sturgeon" is Ms Sturgeon), nor the actor ``skip``."""
        other = {"he": "female", "him": "female", "his": "female", "himself": "female",
                 "she": "male", "her": "male", "hers": "male", "herself": "male"}.get(pronoun.lower_)
        found = self.antecedent(pronoun.idx, ("person",), skip=skip,
                                accept=lambda a: other is None or self.gender(a) != other)
        if found is None and not self._unnamed_person_before(pronoun):
            # nobody named before it (a text that starts "But he denied ..."): the next one named, in this sentence
            # or the next two; not where a person was spoken of by a noun alone ("The spokesman stressed ...")
            _, this = self._window(pronoun.idx)
            ends = [s for s in self._starts() if s > this]
            limit = ends[2] if len(ends) > 2 else len(text_of(self.doc))
            after = [m for m in self.mentions if pronoun.idx < m.start < limit and not m.in_quote and not m.modifier
                     and self.actors[m.actor].type == "person" and m.actor != skip
                     and (other is None or self.gender(self.actors[m.actor]) != other)]
            found = self.actors[min(after, key=lambda m: m.start).actor] if after else None
        return found

    def _unnamed_person_before(self, pronoun: Token) -> bool:
        """A common noun for a person ("the spokesman", "the official", "India's finance minister") is the subject
        of a verb in the text before ``pronoun``."""
        heads = lx.lexicon().titles.role_heads | set(SPOKESPEOPLE)
        return any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.lemma_.lower() in heads
                   for t in self.doc[:pronoun.i])

    def title_words(self, m: Mention) -> list[str]:
        """The word right before a mention ("Mr" of "Mr Ferguson") and the mention's first word ("Lord" of a mention
        "Lord Rennard"), dots dropped: where a title or an honorific is written."""
        text = text_of(self.doc)
        before = text[max(0, m.start - 10):m.start].replace(".", " ").split()
        word = before[-1] if before and text[m.start - 1:m.start] == " " else ""
        return [word, *text[m.start:m.end].replace(".", " ").split()[:1]]

    def called(self, actor: Actor, words: frozenset[str]) -> bool:
        """Some mention of the actor is written after one of ``words`` or starts with it ("Lord Rennard")."""
        return any(w in words for m in self.mentions if m.actor == actor.id for w in self.title_words(m))

    def gender(self, actor: Actor) -> str | None:
        """"male" or "female" where the text calls the person so by an honorific ("Mr Ferguson", "Ms Hutt") or,
        failing that, their given name says it ("Esther Rantzen"); None where neither does (the sexes of pronouns
        resolved before are not a record: measured, one wrong resolution then misleads the next)."""
        if self._genders is None:
            found: dict[str, set[str]] = {}
            for m in self.mentions:
                for w in self.title_words(m):  # "Mr Ferguson", or a mention that starts with it
                    if w in HONORIFICS:
                        found.setdefault(m.actor, set()).add(HONORIFICS[w])
            self._genders = {aid: next(iter(g)) for aid, g in found.items() if len(g) == 1}
        if actor.id in self._genders:
            return self._genders[actor.id]
        words = lx.lexicon().actors
        given = actor.name.split()[0] if actor.type == "person" and len(actor.name.split()) >= 2 else ""
        if given in words.female_given_names:
            return "female"
        if given in words.male_given_names:
            return "male"
        # then a noun of kin beside a name ("her father, Murray"); last, as it may be said of a relative the text
        # merged with the person ("Dorothy Woods, whose husband, Ty Woods, ...")
        return self.kin_sex.get(actor.id)

    def _untagged_name(self, tok: Token) -> Actor | None:
        """The actor named by the whole proper name ``tok`` ends, which the NER left untagged here ("Miner Highland
        Gold said" after "Highland Gold" elsewhere), before its last word alone is looked up (the surname of
        "Barrick Gold", taken for a person)."""
        if tok.pos_ != "PROPN":
            return None
        start, doc = tok.i, self.doc
        while start > tok.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].head.i <= tok.i and doc[start - 1].is_title:
            start -= 1
        if start < tok.i and glued_business_noun(doc[start]):
            start += 1
        return self.lookup(doc[start:tok.i + 1].text) if start < tok.i else None

    def resolve(self, tok: Token) -> Actor | None:
        """The actor a speaker or agent token stands for: a name, an entity inside the phrase, a title, a pronoun."""
        words = lx.lexicon().actors
        if tok.i in self.token_actor:
            return self.actors[self.token_actor[tok.i]]
        low = tok.lower_
        if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl" and (tok.dep_ == "nsubj" or (
                tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() not in lx.lexicon().cues.speech_verbs)):
            # "which", "who": the name the clause is about ("Trump, who says ..."), or the issuer of a document
            # ("a survey from the British Bankers' Association, which said ..."); not a noun of people whose
            # phrase names someone else ("an architect who said", "Scott's relatives, who asked"), nor the one a
            # passive of speech is about ("China, which has been accused of ..."; "Wenger, who was fined for
            # accusing ..." is Wenger)
            noun = tok.head.head
            before = self.doc[tok.i - 1] if tok.i > 0 else None
            if tok.lower_ == "who" and noun.pos_ == "PROPN" and noun.i < tok.i \
                    and before is not None and before.i in self.token_actor \
                    and self.actors[self.token_actor[before.i]].type == "person":
                # "backed by Culture, Media and Sport Secretary Tessa Jowell who said", "brought by Microsoft and
                # attorney general Eliot Spitzer who alleged": the person named right before "who", where the parser
                # hung the clause on a word of her title or on another name
                return self.actors[self.token_actor[before.i]]
            if noun.i in self.token_actor:
                antecedent = self.actors[self.token_actor[noun.i]]
                # "which" is never a person's: "a Cardiff gig starring Eric Clapton, Keane and Jools Holland, which
                # raised more than £1.25m", where the parser hung the clause on a name inside the phrase
                return None if tok.lower_ == "which" and antecedent.type == "person" else antecedent
            if tok.lower_ == "who" and noun.pos_ in ("NOUN", "PROPN") and noun.i not in self.token_actor:
                # "David Kahn - a former Yale historian, and a leading expert on code-breaking, who has confirmed":
                # the person whose descriptions, set beside the name, the clause hangs on (through "on", "of")
                t, beside = noun, False
                for _ in range(6):
                    if t.dep_ in ("appos", "conj"):
                        beside = True
                    elif t.dep_ not in ("pobj", "prep", "compound"):
                        break
                    desc = t
                    t = t.head
                    if t.i in self.token_actor:
                        if beside and self.actors[self.token_actor[t.i]].type == "person" and t.i < noun.i:
                            return self.actors[self.token_actor[t.i]]
                        break
                    if beside:
                        # the parser joined the description to the verb instead: the person named right before the
                        # descriptions, with no clause between ("backed by David Kahn - a former Yale historian, and
                        # a leading expert on ...")
                        start = desc.left_edge.i
                        named_at = next((j for j in range(start - 1, max(tok.sent.start, start - 15) - 1, -1)
                                         if j in self.token_actor
                                         and self.actors[self.token_actor[j]].type == "person"), None)
                        if named_at is not None and tok.doc[named_at + 1].text in ("-", "–", ",") and not any(
                                x.dep_ in ("ROOT", "relcl", "ccomp", "advcl", "xcomp", "acl") or x.pos_ == "AUX"
                                for x in tok.doc[named_at + 1:noun.i + 1]):
                            return self.actors[self.token_actor[named_at]]
                        break
            if tok.lower_ == "who" and noun.dep_ == "appos" and noun.head.i in self.token_actor \
                    and self.actors[self.token_actor[noun.head.i]].type == "person":
                # "Elizabeth Arnold, 32, a former staff member for the campaign who said ...": the person the
                # description is of
                return self.actors[self.token_actor[noun.head.i]]
            return self.resolve(noun) if noun.lemma_.lower() in words.document_nouns else None
        if low == "who" and tok.dep_ == "nsubj" and tok.i > 0 and tok.i - 1 in self.token_actor \
                and self.actors[self.token_actor[tok.i - 1]].type == "person":
            # a relative clause the parser did not hang on its noun ("brought by Microsoft and attorney general
            # Eliot Spitzer who alleged that ...", parsed as the verb's clause): the person named right before it
            return self.actors[self.token_actor[tok.i - 1]]
        if tok.pos_ == "PRON" or low in words.person_pronouns | words.group_pronouns | words.thing_pronouns:
            if low in words.person_pronouns:
                spoke = self.spokesperson_before(tok)  # "A Defra spokeswoman said ... "...," she said": Defra
                if spoke is None and self.unnamed_owner_speaks(tok):
                    return self._body_of_unnamed(tok)
                if spoke is None and self.unnamed_holder_before(tok):
                    return None  # "..., the chief executive of a leading European car maker told BBC News. ..., he
                    # said": that unnamed person speaks on, not one named further back
                return spoke if spoke is not None else self.person_antecedent(tok)
            if low in words.thing_pronouns:
                said = self._speaker_of_clause(tok)  # "the Indonesian government has said it will announce ..."
                if said is None:
                    said = self._work_that_spoke_before(tok)
                if said is None:
                    said = self._body_that_spoke_before(tok)
                if said is None and self._law_subject_before(tok):
                    return None  # "The Prevention of Terrorism Bill was published. It proposes ...": the bill
                return said if said is not None else self.antecedent(tok.idx, ("organization",))
            return None
        whole = self._untagged_name(tok)
        if whole is not None:
            return whole
        # a name or acronym the NER missed here ("Mr Balls, who ...", "according to the EOC")
        found = self.lookup(tok.text) if tok.pos_ == "PROPN" or self._capitalised_name(tok) else None
        a_name = tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text.istitle() and not tok.is_sent_start)
        honorifics = lx.lexicon().titles.honorifics
        if found is None and a_name and not any(c.dep_ == "compound" and c.lower_.rstrip(".") not in honorifics
                                               for c in tok.children):
            # a surname or an acronym the NER typed as something else here ("said Connors" taken for a product
            # after "Jimmy Connors", "the FT reports" after "the Financial Times")
            found = self.by_last_word(tok.text) or self.by_initials(tok.text)
        if found is not None:
            return found
        if tok.lemma_.lower() in words.other_party_nouns:
            # "Boeing's great European competitor", "the cost of running Japan's welfare state", "Mr Blair's
            # supporters": not the name inside; but the one person named beside it ("its Paris lawyer, Emmanuel
            # Gaillard")
            named = [self.actors[self.token_actor[c.i]] for c in tok.children
                     if c.dep_ == "appos" and c.i > tok.i and c.i in self.token_actor]
            return named[0] if len(named) == 1 and named[0].type == "person" else None
        # an entity inside the phrase: "Economists at the IFS", "a Tesco spokesman", "officials from the US";
        # not inside a relative clause or an apposition ("Mr X, who left his Treasury post"), nor a country the
        # phrase is only in ("clubs in England")
        if tok.lower_ in words.org_nouns:  # "The US agrochemical giant Monsanto": the business named beside it
            named = [self.actors[self.token_actor[c.i]] for c in tok.children
                     if c.dep_ == "appos" and c.i > tok.i and c.i in self.token_actor]
            if len(named) == 1 and named[0].type == "organization":
                return named[0]
            # ... or by the short name in brackets after it: "The UK's biggest brewer, Scottish and Newcastle (S&N),"
            short = [self.actors[self.token_actor[g.i]] for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                     for g in c.children if g.dep_ == "appos" and g.i in self.token_actor
                     and g.i > 0 and tok.doc[g.i - 1].text == "("]
            if len(short) == 1 and short[0].type == "organization":
                return short[0]
            # a body's name with its last word in lower case: "The Middle Way group" for the Middle Way Group
            i = tok.i
            while i > tok.sent.start and tok.doc[i - 1].pos_ == "PROPN" and tok.doc[i - 1].head.i < tok.i + 1 \
                    and tok.doc[i - 1].head.i >= i - 1:
                i -= 1
            found = self.lookup(tok.doc[i:tok.i + 1].text) if i < tok.i else None
            if found is not None and found.type == "organization":
                return found
        if tok.pos_ == "NOUN" and tok.lower_ not in lx.lexicon().titles.role_heads:
            by = self.author_of(tok)  # "The book by Sunday Telegraph journalist Robert Peston said": its author
            if by is None and tok.lemma_.lower() in words.work_nouns \
                    and not any(c.dep_ == "poss" for c in tok.children):
                by = self._work_author(tok)  # "according to the book": the book's author named elsewhere
            if by is not None:
                return by
        if tok.lower_ in words.company_nouns and _ranked_in_place(tok):
            # "Europe's biggest drugmaker says": the business named before, not the place that ranks it; one placed
            # in that place first ("Air Deccan has signed a deal to acquire 36 planes from Avions de Transport
            # Regional ... India's first low-cost airline ordered": Air Deccan, placed in India, not the French maker)
            place = next((self.actors[self.token_actor[c.i]] for c in tok.children
                          if c.dep_ == "poss" and c.i in self.token_actor), None)
            placed = self.antecedent(tok.idx, ("organization",), subject_first=True,
                                     accept=lambda a: a.affiliation == place.name) \
                if place is not None and place.type == "country" else None
            return placed or self.antecedent(tok.idx, ("organization",), subject_first=True)
        if _document(tok):
            # "according to research from analysts the Radicati Group"; "a report by UK think-tank Demos" is
            # Demos', not the country's
            own = self._issuer_in_phrase(tok)
            if own is not None:
                return own
        holder = self._holder_set_beside_body(tok)
        if holder is not None:
            return holder
        if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in tok.children):
            return None  # "Eighteen former Enron directors", "a former Tesco manager": no longer of the body named
        # (nor the agent of a participle on a body: "The company, majority-owned by Japan's Suzuki, said"; but "a
        # complaint filed by the SEC" is the SEC's)
        inner = [t for t in tok.subtree
                 if not any(a.dep_ in ("relcl", "appos")
                            or (a.dep_ == "acl" and tok.lower_ in words.org_nouns
                                and any(c.dep_ == "agent" for c in a.children))
                            for a in ancestors_to(t, tok))]
        for t in inner:
            if t.i in self.token_actor:
                actor = self.actors[self.token_actor[t.i]]
                if actor.type == "country" and any(a.dep_ == "pobj" and a.head.lower_ in PLACE_OF
                                                   for a in ancestors_to(t, tok)):
                    continue  # where they are, not who they are: "school sports clubs in England", "Pakistan's
                    # High Commissioner to Britain"
                if actor.type == "country" and tok.lower_ in words.company_nouns and t.head == tok:
                    # a business's nationality, not the business: "The US firm is thought to be offering"; said with
                    # "the", where the business it would be taken for is placed in another country, the one of that
                    # country named before ("Fiat ended its alliance with General Motors. The US firm agreed to pay
                    # $2bn": GM, placed in the US, not Fiat, placed in Italy)
                    if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                        near = self.antecedent(tok.idx, ("organization",), subject_first=True)
                        if near is not None and near.affiliation not in (None, actor.name) and not near.country_implied:
                            placed = self.antecedent(tok.idx, ("organization",), subject_first=True,
                                                     accept=lambda a, c=actor: a.affiliation == c.name  # type: ignore[misc]
                                                     and not a.country_implied)
                            if placed is not None:
                                return placed
                    continue
                if actor.type == "country" and self._nationality(t, actor):
                    continue  # "A US researcher", "the Scotland coach", "Germany's panel of advisers": not the country
                return actor
        if tok.lower_ in ("paper", "newspaper", "magazine") and any(c.lower_ == "the" for c in tok.children):
            press = self._newspaper_before(tok)  # "according to the Financial Times ... The paper said"
            if press is None:  # ... or further back, the one newspaper the article is reporting from
                press = self._newspaper_before(tok, sentences=len(self._starts()))
            if press is not None:
                return press
        if tok.lemma_.lower() in words.document_nouns and any(c.lower_ in ("the", "this", "its") for c in tok.children):
            issued = self._issuer_of(tok)  # "said the report": whose report was named before
            if issued is not None:
                return issued
        # a name established earlier that the NER missed in this phrase: "said a Google spokesperson"
        for t in inner if low in SPOKESPEOPLE else ():
            # "a Google spokesperson", "a spokesperson from Icstis", "a spokesman for Sainsbury's"
            if t.pos_ == "PROPN" and ((t.dep_ == "compound" and t.head == tok) or (
                    t.dep_ == "pobj" and t.head.head == tok and t.head.lower_ in ("from", "for", "at"))):
                # the name whole, as the NER tagged it otherwise here ("A Trafford Centre spokeswoman")
                first = min(x.i for x in t.subtree if (x.dep_ == "compound" and x.pos_ == "PROPN") or x == t)
                found = self.lookup(tok.doc[first:t.i + 1].text) or self.lookup(t.text)
                if found is not None:
                    return found
            if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.head == tok and t.head.lower_ in ("from", "for") \
                    and t.lower_ in words.org_nouns | words.government_nouns \
                    and [c.lower_ for c in t.children] == ["the"]:
                # "a spokesman for the firm", "a spokeswoman for the government": the body the noun stands for,
                # as it would as the subject ("the firm said"); not "a spokesman for the supporters club", a body of
                # its own
                return self.resolve(t)
        kind = [c for c in tok.children if c.dep_ == "compound" or (
            c.dep_ == "amod" and c.is_lower and c.i == tok.i - 1)] if low in SPOKESPEOPLE else []
        if len(kind) == 1 and not any(kind[0].children) and all(c.dep_ == "det" or c == kind[0] for c in tok.children):
            if kind[0].lower_ in words.company_nouns:
                return self._business_before(tok)  # "said a company spokesman": as "the company said" would be
            # "a bank spokesman told Reuters" after "the state-owned People's Bank": the body named before whose
            # name that word heads, as "the bank said" would be
            found = self.body_named_before(kind[0])
            if found is not None:
                return found
            if kind[0].is_lower and kind[0].is_alpha and kind[0].lower_ not in words.org_nouns | words.body_nouns \
                    | words.government_nouns | words.collective_nouns:
                # "The executive spokeswoman said" after "the Scottish Executive", the parser taking the word for an
                # adjective: the one body named before whose name ends in it
                ends = {a.id: a for a in self.actors.values() if a.type == "organization" and a.first < tok.idx
                        and len(a.name.split()) > 1 and a.name.split()[-1].lower() == kind[0].lower_}
                if len(ends) == 1:
                    return next(iter(ends.values()))
        if tok.lower_ in words.body_nouns and any(c.lower_ == "the" for c in tok.children) \
                and all(c.dep_ == "det" or (c.dep_ == "amod" and c.text.islower()) for c in tok.children):
            heads = {"centre", "center"} if tok.lower_ in ("centre", "center") else {tok.lower_}
            found = self.antecedent(tok.idx, ("organization",), subject_first=True,
                                    accept=lambda a: _headed_by(a.name, heads))
            if found is not None or tok.lower_ not in words.org_nouns:
                return found
        if tok.pos_ == "NOUN" and (tok.lower_ in words.country_nouns or (
                tok.lower_ in words.state_nouns and any(c.dep_ in ("amod", "compound") for c in tok.children))) \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and not any(c.dep_ in ("compound", "amod", "poss") and c.pos_ == "PROPN" for c in tok.children) \
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            # "The country is asking for about $320m from the IMF", "the island state": the country spoken of last
            # as a subject (not "the state of Texas", "the country of his birth")
            found = self.antecedent(tok.idx, ("country",), subject_first=True)
            if found is None and self.home_country is not None:
                found = self.lookup(self.home_country)
            return found
        if tok.lower_ in words.org_nouns | words.body_nouns and self.home_country is not None \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and any(c.dep_ == "compound" and c.lower_ in words.government_nouns for c in tok.children) \
                and not any(c.dep_ in ("compound", "amod", "poss") and c.pos_ == "PROPN" for c in tok.children):
            # "the government department for planning said": a body of the government of the country the article is
            # about, none named (as "the government" is, below)
            found = self.lookup(self.home_country)
            if found is not None:
                return found
        if tok.lower_ in words.org_nouns | words.government_nouns and any(  # "the world's biggest insurer said" too
                c.lower_ in ("the", "its") or (c.dep_ == "poss" and c.lower_ == "world") for c in tok.children):
            source = self._document_source_before(tok)
            if source is not None:  # "In a statement from Lycos Europe ..., the company denied ...": Lycos Europe
                return source
            if tok.lower_ in words.government_nouns:  # "the government": a government, not the party named last
                found = self.antecedent(tok.idx, ("organization",),
                                        accept=lambda a: a.name.split()[-1] in words.government_heads,
                                        subject_first=True)
                if found is None and self.home_country is not None \
                        and all(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                    # none named: the government of the country the article is about ("Last month, the
                    # government said ..." in a story set in Venezuela), as "the Venezuelan government" is
                    found = self.lookup(self.home_country)
                return found
            if tok.lower_ == "party":  # "the party said": a political party, not the newspaper named last
                return self.antecedent(tok.idx, ("organization",), subject_first=True,
                                       accept=lambda a: a.name.split()[-1] in words.political_heads - STATE_HEADS)
            if tok.lower_ in words.company_nouns:  # "the company": a business, not the chamber quoted since
                described = self._described_by(tok)
                if described is not None:
                    return described
                found = self._business_before(tok)
                if found is not None:
                    return found
            return self.antecedent(tok.idx, ("organization",), subject_first=True,
                                   accept=lambda a: _kind_fits(tok.lower_, a.name))
        owner = next((c for c in tok.children if c.dep_ == "poss"), None) if low in SPOKESPEOPLE else None
        if owner is not None:  # "The premier's spokesperson": the premier's, not a spokesperson named before
            return self.resolve(owner) if owner.pos_ != "PRON" else None
        # a title established earlier: "the Prime Minister", "the chancellor"
        phrase = " ".join(t.text for t in tok.subtree if t.dep_ in ("compound", "amod") or t == tok)
        # the head alone only where no word before it makes another office: "the prime minister" is not the
        # "minister" named before, "the shadow chancellor" not the chancellor
        other_office = any(c.dep_ in ("compound", "amod") and c.i < tok.i and c.lower_ in lx.lexicon().titles.role_words
                           for c in tok.children)
        for cand in (phrase,) if other_office else (phrase, tok.text):
            found = self.by_title(cand, tok.idx)
            if found:
                return found
        return None

    def _holder_set_beside_body(self, tok: Token) -> Actor | None:
        """The person named after an office "of" a body, where the parser set the name beside the body ("Chairman
        of the Environmental Audit Committee Peter Ainsworth MP, said": Peter Ainsworth, not the committee)."""
        if tok.lower_ not in lx.lexicon().titles.role_heads:
            return None
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            for body in (g for g in prep.children if g.dep_ == "pobj"):
                for t in (a for c in body.children if c.dep_ == "appos" for a in c.subtree):
                    if t.i in self.token_actor and self.actors[self.token_actor[t.i]].type == "person":
                        return self.actors[self.token_actor[t.i]]
        return None

    def named_spokesperson(self, tok: Token) -> Actor | None:
        """"the Lib Dem spokesman" after "Lib Dem spokesman Vince Cable said ...": the one person the text introduced
        as that body's spokesman, with the same words before the same noun, not the body (which an unnamed
        spokesman speaks for)."""
        if not any(c.lower_ == "the" for c in tok.children):
            return None
        body = [c for c in tok.children if c.dep_ == "compound"]
        if len(body) != 1:
            return None
        words = " ".join(t.text for t in body[0].subtree).casefold()
        text = tok.doc.text
        found = {a.id: a for a in self.actors.values() if a.type == "person" and role_head(a) == tok.lower_
                 and a.first < tok.idx and text[max(0, a.first - len(words) - 40):a.first].casefold().rstrip()
                 .endswith(f"{words} {tok.lower_}")}
        return next(iter(found.values())) if len(found) == 1 else None

    def _described_by(self, noun: Token) -> Actor | None:
        """The business last introduced by the noun before its name ("Australian brewer Fosters has bought a stake
        in winemaker Southcorp ... the brewer said": Fosters, not Southcorp named last)."""
        if noun.lower_ in GENERIC_BUSINESS:
            return None  # "the company", "the firm": any business; the one last named as subject stands for it
        doc = noun.doc
        for i in reversed(words_of(doc).at(lowers=(noun.lower_,))):
            if i >= noun.i - 1:
                continue
            name = doc[i + 1]
            if name.pos_ == "PROPN" and name.i in self.token_actor and not in_spans(name.idx, self.quote_spans):
                actor = self.actors[self.token_actor[name.i]]
                if actor.type == "organization":
                    return actor
        return None

    def _window(self, offset: int) -> tuple[int, int]:
        """(start of the sentence before, start of the sentence) of the sentence holding ``offset``."""
        starts = self._starts()
        cur = max((s for s in starts if s <= offset), default=0)
        return max((s for s in starts if s < cur), default=0), cur

    def _starts(self) -> list[int]:
        """The character offsets where the doc's sentences start, in order (made once)."""
        if self._sent_starts is None:
            self._sent_starts = sorted({s.start_char for s in sents_of(self.doc)})
        return self._sent_starts

    def _issuer_of(self, tok: Token, sentences: int = 4) -> Actor | None:
        """The body a document named again ("the report", "this survey") was issued by: the nearest earlier phrase
        of a document noun, in this or the ``sentences`` sentences before, with an actor inside ("a report by the
        World Bank", "research from technology analysts Gartner" then "said the report", "the IMF's survey"); with
        none, the organisation last the subject of a main clause in those sentences."""
        documents = lx.lexicon().actors.document_nouns
        lo = self.sentences_back(tok.idx, sentences)
        for t in reversed(tok.doc[:tok.i]):
            if t.idx < lo:
                break
            if t.pos_ != "NOUN" or t.lemma_.lower() not in documents:
                continue  # not "reported" (a verb), nor "the BBC's World Business Report" (a name)
            # the owner first: "Oxfam's Paying the Price report" is Oxfam's; then "by" or "from" right after it,
            # wherever the parser hung it ("predicts the report by telecoms giant BT")
            after = [t.nbor(1)] if t.i + 1 < len(t.doc) and t.nbor(1).lower_ in ("by", "from") else []
            phrase = list(t.subtree) + [x for p in after if p.head != t for x in p.subtree]
            for x in sorted(phrase, key=lambda x: (x.dep_ != "poss", x.i)):
                if x.i in self.token_actor:
                    actor = self.actors[self.token_actor[x.i]]
                    if actor.type != "country":
                        return actor
            said_in = self._said_in(t)
            if said_in is not None:
                return said_in
        # none named with it: the body last the subject of a main clause in those sentences ("the OECD said ... it
        # added. However, the report warned"); else the issuer of the same kind of document named earlier in the
        # article ("said a World Bank report" in the first sentence, "the report said" six sentences on)
        body = self.last_main_body(lo, tok.idx)
        if body is not None:
            return body
        earlier = [t for t in reversed(tok.doc[:tok.i])
                   if t.idx < lo and t.pos_ == "NOUN" and t.lemma_.lower() == tok.lemma_.lower()]
        for t in earlier:
            for x in sorted(t.subtree, key=lambda x: (x.dep_ != "poss", x.i)):
                if x.i in self.token_actor and self.actors[self.token_actor[x.i]].type != "country" \
                        and not any(a.dep_ == "prep" and a.lower_ in ABOUT for a in ancestors_to(x, t)):
                    return self.actors[self.token_actor[x.i]]  # not "a report into the BBC's Freeview service"
            said_in = self._said_in(t)
            if said_in is not None and said_in.type == "organization":  # further back, a body's document only
                return said_in
        # the lead's document, whose issuer the lead leaves unnamed and the text names after it ("..., a report by the
        # government's finance watchdog says." then "The report said ... The National Audit Office said ...")
        lead = next((t for t in reversed(tok.doc[:tok.i]) if t.pos_ == "NOUN" and t.lemma_.lower() == tok.lemma_.lower()
                     and t.sent.start == 0), None)
        return self.named_after_lead(lead) if lead is not None and tok.sent.start != 0 else None

    def _said_in(self, document: Token) -> Actor | None:
        """The one who says something in a document ("Oxfam says in a report, Paying the Price, ..."): the subject of
        the active verb the document is "in", or the body just before that made the call or claim said in it; not a
        country."""
        prep = document.head
        if document.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ != "VERB":
            return None
        verb = prep.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        actor = self.actors[self.token_actor[subj.i]] if subj is not None and subj.i in self.token_actor else None
        if actor is None and subj is not None and subj.pos_ == "NOUN" and subj.lower_ in lx.lexicon().actors.org_nouns \
                and verb.lemma_.lower() in lx.lexicon().cues.speech_verbs:
            actor = self.resolve(subj)  # "the club said in its statement": the club named before (not "In the poll,
            # Clinton's support has risen")
        said = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if actor is None and said is not None and not any(c.dep_ == "agent" for c in verb.children) \
                and said.lemma_.lower() in lx.lexicon().cues.claim_nouns | {"call"}:
            # "The call was made in a report into the BBC's Freeview service": the body that made the call just
            # before ("The Public Accounts Committee called for ...")
            actor = self.last_main_body(self.sentences_back(document.idx, 2), document.idx)
        return actor if actor is not None and actor.type != "country" else None

    def _document_source_before(self, tok: Token) -> Actor | None:
        """The organisation a document named earlier in ``tok``'s sentence comes from ("In a statement from Lycos
        Europe announcing ..., the company denied", "In a letter by the bank, the firm said"): the body a
        generic noun for an organisation stands for there."""
        documents = lx.lexicon().actors.document_nouns
        for t in tok.doc[tok.sent.start:tok.i]:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in documents or t.i + 1 >= tok.i \
                    or t.nbor(1).lower_ not in ("by", "from"):
                continue
            for x in t.nbor(1).children:
                if x.dep_ != "pobj" or x.i >= tok.i:
                    continue
                actor = self.actors[self.token_actor[x.i]] if x.i in self.token_actor else None
                if actor is None and x.pos_ == "PROPN":  # a name the NER tagged otherwise here ("Lycos Europe")
                    first = min(c.i for c in x.subtree if c.dep_ == "compound" or c == x)
                    actor = self.lookup(tok.doc[first:x.i + 1].text)
                return actor if actor is not None and actor.type == "organization" else None
        return None

    def _newspaper_before(self, tok: Token, sentences: int = 4) -> Actor | None:
        """The newspaper "the paper" (or "the magazine") stands for: the last organisation named in this or the
        ``sentences`` sentences before whose name has a word of a newspaper's ("The Mail on Sunday", "the FT") or that
        is said with "newspaper", "daily" or "magazine" ("Vedomosti newspaper reported", "US magazine Mobile PC")."""
        press = lx.lexicon().actors.press_words
        lo = self.sentences_back(tok.idx, sentences)
        text = text_of(self.doc)
        for m in sorted(self.mentions, key=lambda m: -m.start):
            if not (lo <= m.start and m.end <= tok.idx) or self.actors[m.actor].type != "organization":
                continue
            name = self.actors[m.actor].name
            around = text[m.end:m.end + 12].split()[:1] + text[max(0, m.start - 12):m.start].split()[-1:]
            news = len(name.split()) >= 2 and name.split()[-1] == "News" and not m.told  # "the local Arab News said"
            # (not "told BBC News", a broadcaster spoken to)
            if news or press & {w.lower() for w in name.split()} \
                    or any(w.strip(".,;:'\"").lower() in ("newspaper", "daily", "magazine") for w in around):
                return self.actors[m.actor]
        return None

    def press_named_before(self, paper: Token, sentences: int = 4) -> str | None:
        """The name of the newspaper "the paper" stands for where the NER made no actor of it: the last name said
        with "newspaper", "daily", "magazine" or "weekly" in its sentence or the ``sentences`` before, after that
        word ("Russian newspaper Vedomosti", "Spanish daily ABC", "local newspaper the Daily Telegraph") or before
        it ("Vedomosti newspaper reported", "quoted by The Australian newspaper"; not a people's word alone: "a
        Russian newspaper"); None if none."""
        doc = self.doc
        name = None
        lo = self.sentences_back(paper.idx, sentences)
        for t in doc[:paper.i]:
            if t.idx < lo or t.lower_ not in ("newspaper", "daily", "magazine", "weekly") \
                    or t.pos_ not in ("NOUN", "ADJ", "PROPN"):
                continue
            j = t.i + 1 + (t.i + 1 < paper.i and doc[t.i + 1].text == ",")
            j += j < paper.i and doc[j].lower_ == "the"
            k = j
            while k < paper.i and doc[k].pos_ == "PROPN":
                k += 1
            if k > j:
                name = doc[j:k].text
                continue
            k = t.i
            while k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].pos_ in ("PROPN", "ADJ") \
                    and not (doc[k - 1].is_sent_start and doc[k - 1].pos_ == "ADJ"):
                k -= 1
            run = doc[k:t.i]
            titled = k > 0 and doc[k - 1].text == "The" and not doc[k - 1].is_sent_start
            if run and (titled or any(w.pos_ == "PROPN" and lx.key(w.text) not in lx.demonyms() for w in run)):
                name = ("The " if titled else "") + run.text
        return name

    def sentences_back(self, offset: int, sentences: int) -> int:
        """Where the sentence ``sentences`` before the one holding ``offset`` starts (the text's start at most)."""
        starts = self._starts()
        return starts[max(0, bisect.bisect_right(starts, offset) - 1 - sentences)] if starts else 0

    def named_between(self, aid: str, start: int, end: int) -> bool:
        """The actor ``aid`` is named (not by a pronoun) between the offsets ``start`` and ``end``."""
        text = text_of(self.doc)
        return any(m.actor == aid and start <= m.start < end and text[m.start:m.end].lower() not in ("he", "she")
                   for m in self.mentions)

    def narrated_sentences_back(self, offset: int, sentences: int, most: int = 6) -> int:
        """``sentences_back``, counting only the sentences of the writer's own narration: a sentence that starts
        inside a quote is passed over, up to ``most`` sentences back in all."""
        starts = self._starts()
        i = bisect.bisect_right(starts, offset) - 1
        counted = 0
        while i > 0 and counted < sentences and most > 0:
            i -= 1
            most -= 1
            counted += not in_spans(starts[i] + 1, self.quote_spans)
        return starts[max(0, i)] if starts else 0

    def body_of_noun(self, noun: Token) -> Actor | None:
        """The organisation a common noun of a kind of body stands for where it qualifies a role ("commission
        spokesperson", "the federation's president", "company spokesman", "party leader"): the last named before it
        whose name that noun heads (a committee, an association ...), the business named before for a noun of a
        business, the party named before for "party"; else None (not "union", "bank", "club": which union, bank
        or club the text often does not name, and the body named last is another's)."""
        words = lx.lexicon().actors
        low = noun.lower_
        if low in words.body_nouns:
            return self.antecedent(noun.idx, ("organization",), subject_first=True,
                                   accept=lambda a: _headed_by(a.name, {low}))
        if low in words.company_nouns:
            return self._business_before(noun)
        if low == "party":
            return self.antecedent(noun.idx, ("organization",), subject_first=True,
                                   accept=lambda a: a.name.split()[-1] in words.political_heads - STATE_HEADS)
        return None

    def last_main_body(self, lo: int, offset: int, spoke: bool = False) -> Actor | None:
        """The organisation last the subject of a main clause between ``lo`` and ``offset``, outside quotes (not
        one named in passing: "told BBC Radio 4"); with ``spoke``, or the agent of its passive verb of speech."""
        bodies = [m for m in self.mentions if lo <= m.start and m.end <= offset and (m.main or (spoke and m.spoke))
                  and not m.in_quote and self.actors[m.actor].type == "organization"]
        return self.actors[max(bodies, key=lambda m: m.start).actor] if bodies else None

    def named_after_lead(self, tok: Token, sentences: int = 2) -> Actor | None:
        """Who a description that speaks in an article's lead names no one ("..., an anti-fraud agency has said",
        "..., research has suggested", "A US researcher has suggested ...") stands for: the one the next sentences
        name, as BBC leads are written. A document ("research", "a two-year study") is its issuer there ("The study,
        commissioned by Pact", "The study, for net security firm Preventon"); a body noun the first organisation the
        subject of a main clause there ("Anti-fraud consultancy Retail Decisions says"); a person's role the first
        person so named. Outside the lead (the text's first paragraph) only a person's role with "a" or "an" ("A
        leading expert on the Cuban economy says that ..." then ""...," says Jose Barrionuevo, head of ..."), with
        no clause that keeps them unnamed ("a campaign official who was not authorized to speak"), and only a
        person the next sentence names for the first time ("A top Donald Trump adviser says ..." then "Ed Brookover
        spoke to reporters ..."); else None, as where nothing fits."""
        text = text_of(self.doc)
        if -1 < text.find("\n\n") < tok.idx:  # the headline is not in the text: the lead is its first paragraph
            if tok.lower_ not in lx.lexicon().titles.role_heads \
                    or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) \
                    or any(c.dep_ == "prep" and c.lower_ == "of" and g.tag_ in ("NNS", "NNPS")
                           for c in tok.children for g in c.children):
                return None  # not "A host of mortgage lenders and economists": many, not one
            if any(c.dep_ in ("relcl", "acl") for c in tok.children):
                return None  # "a campaign official who was not authorized to speak publicly": left unnamed
            # the one named may hold a role the description does not say ("head of strategy" for "an expert"),
            # but an office only the one said
            office = tok.lower_ in lx.lexicon().titles.office_heads
            newcomer = self.named_after_lead_of(tok, "person", sentences=1, same_role=office)
            if newcomer is not None and tok.lower_ in (*SPOKESPEOPLE, *UNNAMED) and role_head(newcomer) != tok.lower_:
                return None  # "a spokesman", "an official" speak for others, unnamed: not the next person named,
                # unless named with that role ("..., said Ahmed Shaheed, the chief government spokesman")
            return newcomer if newcomer is not None and tok.sent.end_char <= newcomer.first else None
        words = lx.lexicon().actors
        start = tok.sent.end_char
        following = [s_ for s_ in self._starts() if s_ >= start]
        bodies = words.org_nouns | words.body_nouns | words.company_nouns
        if _document(tok):
            # who did a document is named in its own phrase, so a sentence further on is still safe, and so is the
            # rest of the paragraph after the lead ("The survey of consumers ... was carried out by Capgemini")
            doc_end = following[sentences + 1] if len(following) > sentences + 1 else len(text)
            lead_end = text.find("\n\n", tok.sent.start_char)
            paragraph = text.find("\n\n", lead_end + 2) if lead_end >= 0 else -1
            doc_end = max(doc_end, paragraph if paragraph >= 0 else len(text))
            for t in self.doc[tok.sent.end:]:
                if t.idx >= doc_end:
                    break
                if t.pos_ in ("NOUN", "PROPN") and _document(t):  # "Research from Halifax" starts a sentence
                    issuer = self._issuer_in_phrase(t) or self._commissioner(t)
                    if issuer is not None:
                        return issuer
            # "research from a City investment bank": the kind of body it is from, named in what follows
            body = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                         for g in c.children if g.dep_ == "pobj" and g.lower_ in bodies), None)
            if body is None:
                # "..., a report says." then "The National Institute of Economic and Social Research (NIESR) claims
                # that taxes need to rise": the body that speaks next, in a main clause, is the document's
                return self._speaks_after_lead(tok, sentences)
            tok = body
        if tok.tag_ == "NNS":  # "one of the world's leading agencies": one body of that kind
            if tok.lemma_.lower() in lx.lexicon().titles.role_heads:
                # "..., leading pension researchers have said." then "The Pensions Policy Institute (PPI) said ...":
                # the body that speaks next, in a main clause
                return self._speaks_after_lead(tok, sentences)
            return self.named_after_lead_of(tok, "organization", sentences) if tok.lemma_.lower() in bodies else None
        kind = "person" if tok.lower_ in lx.lexicon().titles.role_heads | GENERIC_PEOPLE else \
            "organization" if tok.lower_ in bodies else None
        if kind is None:
            return None
        # a member of a parliament may hold another role as well ("A UK Independence Party MEP suggested ..." then
        # "Mike Nattrass, UKIP's deputy leader, ...")
        return self.named_after_lead_of(tok, kind, sentences,
                                        same_role=tok.lower_ not in GENERIC_PEOPLE and tok.text not in ELECTED)

    def _speaks_after_lead(self, tok: Token, sentences: int) -> Actor | None:
        """The organisation first named as the subject of a main clause in the ``sentences`` after ``tok``'s (not one
        its own sentence names), when that clause's verb is one of speech."""
        found = self._named_after(tok, "organization", sentences)
        if not found:
            return None
        span = self.doc.char_span(found[0].start, found[0].end, alignment_mode="expand")
        if span is not None and span.root.dep_ == "nsubj" \
                and span.root.head.lemma_.lower() in lx.lexicon().cues.speech_verbs:
            return self.actors[found[0].actor]
        return None  # the first body named there does not speak: the document's issuer is not told

    def _named_after(self, tok: Token, kind: str, sentences: int) -> list[Mention]:
        """The mentions, in text order, of actors of ``kind`` named as the subject of a main clause outside quotes in
        the ``sentences`` after ``tok``'s, by name (not "he" or "it"), and not named in ``tok``'s own sentence."""
        text = text_of(self.doc)
        words = lx.lexicon().actors
        start = tok.sent.end_char
        following = [s_ for s_ in self._starts() if s_ >= start]
        end = following[sentences] if len(following) > sentences else len(text)
        pronouns = words.person_pronouns | words.thing_pronouns | words.group_pronouns
        in_lead = {m.actor for m in self.mentions if tok.sent.start_char <= m.start < start
                   and text[m.start:m.end].lower() not in pronouns}  # not "he" of "has revealed he has ..."
        # not the other party the lead names ("in talks with LVMH")
        return sorted((m for m in self.mentions if start <= m.start < end and m.main and not m.in_quote
                       and self.actors[m.actor].type == kind and text[m.start:m.end].lower() not in pronouns
                       and m.actor not in in_lead), key=lambda m: m.start)

    def named_after_lead_of(self, tok: Token, kind: str, sentences: int, same_role: bool = True) -> Actor | None:
        """The actor of ``kind`` first named as the subject of a main clause in the ``sentences`` after ``tok``'s,
        not one its own sentence names; with ``same_role``, a person only with no other role than ``tok``'s."""
        found = self._named_after(tok, kind, sentences)
        if not found:
            return None
        actor = self.actors[found[0].actor]
        judges = lx.lexicon().titles.judge_heads  # "The UK's top judge" for the Lord Chief Justice
        return actor if kind != "person" or not same_role or role_head(actor) in (None, tok.lower_) \
            or {role_head(actor), tok.lower_} <= judges else None  # not "the first minister" for a chief executive

    def _commissioner(self, doc_noun: Token) -> Actor | None:
        """The organisation that commissioned, conducted or published a document, as the subject of that verb
        ("Dimension Data, which commissioned the survey", "The bank conducted the poll")."""
        verb = doc_noun.head
        carried_out = verb.lemma_.lower() == "carry" and any(c.dep_ == "prt" and c.lower_ == "out"
                                                             for c in verb.children)
        if doc_noun.dep_ == "nsubjpass" and (verb.lemma_.lower() in COMMISSIONING or carried_out):
            # "The survey ... was carried out by consultancy group Capgemini": the agent of the passive
            by = next((c for c in verb.children if c.dep_ == "agent"), None)
            who = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            actor = self.actors[self.token_actor[who.i]] if who is not None and who.i in self.token_actor else None
            return actor if actor is not None and actor.type == "organization" else None
        if doc_noun.dep_ != "dobj" or verb.lemma_.lower() not in COMMISSIONING:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            subj = verb.head  # the relative pronoun stands for the noun its clause is on
        actor = self.actors[self.token_actor[subj.i]] if subj is not None and subj.i in self.token_actor else None
        return actor if actor is not None and actor.type == "organization" else None

    def body_named_before(self, noun: Token) -> Actor | None:
        """The organisation named before that a noun for a body stands for, however the parser hung the noun: a
        business for a noun of businesses ("the firm"), else a body whose name the noun heads ("the bank": the
        People's Bank); None for a noun of no body, of a government or of a party (the party a story is about is
        often not the one named last: "The Conservatives have said ... A party spokesman said" in a story on the
        Liberal Democrats)."""
        words = lx.lexicon().actors
        if noun.lower_ in words.company_nouns:
            return self._business_before(noun)
        if noun.lower_ not in words.org_nouns - words.government_nouns - {"party"}:
            return None
        heads = {noun.lower_}
        return self.antecedent(noun.idx, ("organization",), subject_first=True,
                               accept=lambda a: _headed_by(a.name, heads))

    def _business_before(self, tok: Token) -> Actor | None:
        """The business a noun for one stands for ("the company", "a company spokesman"): the organisation named
        before, not a body such as a chamber or an association quoted since."""
        words = lx.lexicon().actors
        found = self.antecedent(tok.idx, ("organization",), subject_first=True,
                                accept=lambda a: words.body_words.isdisjoint(a.name.split()))
        return self._topic_business(tok, found) or found

    def _topic_business(self, tok: Token, found: Actor | None) -> Actor | None:
        """The business the article is about, where "the company" opens a paragraph after a business named once in
        passing in an earlier one ("Unilever is not alone ... Oil giant Shell last year dismantled its
        dual-ownership structure" / "The company said the organizational changes would ...": Unilever): the
        organisation named most often, three times or more, outside quotes, before ``tok``."""
        if found is None:
            return None
        text = text_of(self.doc)
        start = text.rfind("\n", 0, tok.idx) + 1
        if text[start:tok.left_edge.idx].strip():  # not the paragraph's opening words
            return None
        counts: dict[str, int] = {}
        for m in self.mentions:
            if m.end <= tok.idx and not m.in_quote and self.actors[m.actor].type == "organization":
                counts[m.actor] = counts.get(m.actor, 0) + 1
        if counts.get(found.id, 0) != 1 or not any(m.actor == found.id and m.end <= start for m in self.mentions):
            return None
        most = max(counts.values())
        topic = [a for a, n in counts.items() if n == most]
        if most < 3 or len(topic) != 1 or topic[0] == found.id:
            return None
        return self.actors[topic[0]]

    def author_of(self, doc_noun: Token) -> Actor | None:
        """The person a work or a document is by, not the paper they write for ("The book by Sunday Telegraph
        journalist Robert Peston", "a letter by ..."), also after its title set off beside it ("A new book, Brown's
        Britain by Robert Peston, says")."""
        titles = [c for c in doc_noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"] \
            if doc_noun.pos_ == "NOUN" and doc_noun.lemma_.lower() in lx.lexicon().actors.work_nouns else []
        for by in (c for n in (doc_noun, *titles) for c in n.children if c.dep_ == "prep" and c.lower_ == "by"):
            for t in by.children:
                if t.dep_ == "pobj" and t.i in self.token_actor and self.actors[self.token_actor[t.i]].type == "person":
                    return self.actors[self.token_actor[t.i]]
        return None

    def _issuer_in_phrase(self, doc_noun: Token) -> Actor | None:
        """The organisation a document is by, for or from, or commissioned by, in its own phrase ("The study,
        commissioned by Pact and the UK Film Council", "research from message analysts the Radicati Group", "the
        IFS's report"), also after a comma the parser did not take as an apposition ("figures gathered by industry
        watchdog, Ofcom, ..."); not one it is about."""
        for t in doc_noun.subtree:
            if t.i not in self.token_actor or t.i == doc_noun.i:
                continue
            path = ancestors_to(t, doc_noun)
            if any(a.dep_ in ("relcl", "ccomp") or (a.dep_ == "prep" and a.lower_ in ABOUT) for a in path):
                continue
            if t.dep_ == "poss" or any(a.lower_ in ("by", "for", "from") and a.dep_ in ("prep", "agent") for a in path):
                actor = self.actors[self.token_actor[t.i]]
                if actor.type == "organization":
                    return actor
        givers = [c for c in doc_noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")] + [
            g for c in doc_noun.children if c.dep_ == "acl" for g in c.children if g.dep_ == "agent"]
        for noun in (c for by in givers for c in by.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            after = noun.i + 2
            if after < len(self.doc) and self.doc[noun.i + 1].text == "," and after in self.token_actor \
                    and self.doc[after].pos_ == "PROPN" and self.actors[self.token_actor[after]].type == "organization":
                return self.actors[self.token_actor[after]]
        return None

    # --- finalising -----------------------------------------------------------------------------------
    def ranked(self, quotes: Iterable[Quote]) -> list[Actor]:
        """The actors, each with the number of ``quotes`` attributed to them and a score (mentions, three per
        quote, one for a role, weighted by type), best first."""
        counts: dict[str, int] = {}
        for q in quotes:
            if q.speaker_id is not None:
                counts[q.speaker_id] = counts.get(q.speaker_id, 0) + 1
        for a in self.actors.values():
            a.quotes = counts.get(a.id, 0)
            a.score = round(TYPE_WEIGHT[a.type] * (a.mentions + 3 * a.quotes + (1 if a.role else 0)), 3)
        return sorted(self.actors.values(), key=lambda a: (-a.score, a.first, a.name))
