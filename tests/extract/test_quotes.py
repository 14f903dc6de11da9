"""generator.extract.quotes: direct and reported quotes and their speakers, through the real spaCy pipeline."""
import pytest

from tests.extract.articles import ARTICLE, by_name, quote_texts


def _said(b, kind: str | None = None) -> dict:
    """The speaker of each quote of a briefing (of one kind, if given), by the first 20 characters of its text."""
    return {q.text[:20]: q.speaker for q in b.quotes if kind is None or q.kind == kind}


def test_direct_quotes_with_pronoun_speakers_resolve_to_the_person(brief):
    b = brief(ARTICLE)
    direct = {q.text: q for q in b.quotes if q.kind == "direct"}
    assert direct["We are ready to do more,"].speaker == "Jane Holloway"
    assert direct["We are ready to do more,"].cue == "added"
    assert all(q.speaker not in ("she", "he", "she added") for q in b.quotes)


def test_reported_speech_with_organisation_and_title_speakers(brief):
    b = brief(ARTICLE)
    reported = {q.text: q for q in b.quotes if q.kind == "indirect"}
    ifs = next(q for t, q in reported.items() if t.startswith("higher defence spending"))
    assert ifs.speaker == "Centre for Budget Research" and ifs.cue == "warned"
    uk = next(q for t, q in reported.items() if t.startswith("the UK was in talks"))
    assert uk.speaker == "Jane Holloway"


def test_quote_offsets_point_into_the_text(brief):
    b = brief(ARTICLE)
    for q in b.quotes:
        assert b.text[q.start:q.end] == q.text


def test_quoted_fragment_at_the_end_of_reported_speech_is_its_own_direct_quote(brief):
    b = brief(ARTICLE)
    assert "stand by its allies" in quote_texts(b, "direct")
    # a short lead-in keeps the fragment, so the reported text reads as one claim, with both quote marks
    assert 'Britain would "stand by its allies"' in quote_texts(b, "indirect")
    # however long the clause's own words, the claim is not cut short at the mark ("the plans would help tackle
    # the"); the fragment stands as a direct quote too; one whose mark does not close in the sentence is left out
    long = brief("Obesity\n\nThe minister said the plans would help tackle the \"fastest growing rate of obesity in "
                 "the whole of the developed world\".\n\nShe said that the agency's inspectors were confident of the "
                 "\"city's own capabilities to restore normal services within weeks\".\n")
    assert quote_texts(long, "direct") == ["fastest growing rate of obesity in the whole of the developed world",
                                           "city's own capabilities to restore normal services within weeks"]
    assert quote_texts(long, "indirect") == [
        'the plans would help tackle the "fastest growing rate of obesity in the whole of the developed world"',
        'the agency\'s inspectors were confident of the "city\'s own capabilities to restore normal services within '
        'weeks"']
    # after more than a short lead-in, a fragment that is a sentence of its own is not part of the claim
    own = brief("Games\n\nThe reviewer said that some of the comments posted on the forum were humorous: \"This game "
                "is so good I am not going to buy it, there is no way I could limit the hours.\"\n")
    assert "some of the comments posted on the forum were humorous" in quote_texts(own, "indirect")


def test_speaker_named_after_the_quote(brief):
    b = brief("Talks resume\n\n“The offer is final,” said Peter Marsh, the union's general secretary.\n")
    (q,) = b.quotes
    assert (q.speaker, q.kind, q.cue) == ("Peter Marsh", "direct", "said")


def test_the_firm_and_acronyms_resolve_to_the_organisation(brief):
    b = brief("Results out\n\nShares in Acme Holdings rose on Monday. The firm said it had sold more cars than expected.\n"
              "Women hold few top jobs, according to the Equal Opportunities Commission (EOC).\n"
              "Pay gaps remain wide in the private sector, according to the EOC.\n")
    speakers = [q.speaker for q in b.quotes]
    assert speakers[0] == "Acme Holdings"
    assert speakers[-1] == "Equal Opportunities Commission"


def test_labels_and_terms_in_quote_marks_are_not_quotes_but_partial_quotes_are(brief):
    b = brief("Summit\n\nThousands will gather in Recife for the so-called \"people's summit\", organisers said. "
              "Health minister Ana Souza said the scheme was an \"urgent national priority\". "
              "Plans include grants for farmers and \"starter loans\" for young people.\n")
    assert [(q.text, q.speaker) for q in b.quotes if q.kind == "direct"] == [("urgent national priority", "Ana Souza")]


def test_a_saying_after_its_noun_is_no_quote_unless_a_verb_of_speech_gives_it_to_someone(brief):
    b = brief("Campaign\n\nMinister Ana Souza spoke to voters in Leeds on Monday. \"We will win,\" she said.\n\n"
              "Her hope must be that the voters she met bear out the old maxim: \"Fortune favours the brave.\"\n\n"
              "\"Fortune favours the brave,\" Ms Souza said later, repeating the slogan of her campaign.\n\n"
              "The party's election slogan will be: \"Vote for the future\". Campaign chief Tom Reyes accused rivals "
              "of \"wasting time\".\n")
    assert [(q.text.rstrip(",."), q.speaker) for q in b.quotes if q.kind == "direct"] == [
        ("We will win", "Ana Souza"), ("Fortune favours the brave", "Ana Souza"), ("wasting time", "Tom Reyes")]


def test_participle_of_speech_speaks_for_the_main_subject(brief):
    b = brief("Pay\n\nMinister Ana Souza launched a review on Monday, saying pay gaps were still far too wide.\n")
    (q,) = [q for q in b.quotes if q.kind == "indirect"]
    assert (q.speaker, q.text) == ("Ana Souza", "pay gaps were still far too wide")


def test_a_participle_that_opens_the_sentence_speaks_for_the_main_subject_after_it(brief):
    b = brief("Campaign\n\nThe race tightened on Monday.\n\n"
              "While saying that he does respect the governor, Senator Tom Reyes continued to question her record. "
              "After insisting that the deal was fair, Mayor Lena Ortiz left the hall. "
              "Despite urging to ease the limits, officials in the capital moved slowly.\n")
    got = sorted((q.speaker, q.text) for q in b.quotes if q.kind == "indirect")
    assert got == [("Lena Ortiz", "the deal was fair"), ("Tom Reyes", "he does respect the governor")]


def test_an_infinitive_of_speech_after_going_on_is_said_by_the_subject_not_after_a_wish(brief):
    b = brief("Budget\n\nThe vote was held on Monday.\n\n"
              "Senator Tom Reyes went on to say that the plan was a disaster. "
              "Mayor Lena Ortiz was quick to point out that the figures were old. "
              "Governor Ann Ruiz continued to insist that taxes were too high. "
              "Senator Bo Lang wanted to say that he was sorry, and went to say goodbye to the guests. "
              "Mayor Jo Park began to lead the talks without threatening to quit the coalition.\n")
    got = sorted((q.speaker, q.text) for q in b.quotes if q.kind == "indirect")
    assert got == [("Ann Ruiz", "taxes were too high"), ("Lena Ortiz", "the figures were old"),
                   ("Tom Reyes", "the plan was a disaster")]


def test_titles_of_shows_and_books_in_quote_marks_are_not_quotes(brief):
    b = brief("Interview\n\nSenator Ann Ruiz told MSNBC's \"Morning Joe\" that the vote would be close.\n"
              "\"Coal isn't the villain,\" she said. Her book, \"Make Your Kid a Millionaire,\" sold well.\n")
    direct = [q.text for q in b.quotes if q.kind == "direct"]
    assert direct == ["Coal isn't the villain,"]
    assert [q.speaker for q in b.quotes if q.kind == "direct"] == ["Ann Ruiz"]


def test_speaker_named_between_the_quote_and_a_verb_the_parser_misplaces(brief):
    b = brief("Police shooting\n\nThe Department of Justice is investigating the shooting.\n\n"
              "“I will just make this promise to you: We will achieve justice in this case,” Tulsa police Chief "
              "Chuck Jordan said Monday.\n")
    (q,) = [q for q in b.quotes if q.kind == "direct"]
    assert (q.speaker, q.cue) == ("Chuck Jordan", "said")


def test_speaker_named_after_a_title_with_of_between_the_quote_and_a_verb_the_parser_misplaces(brief):
    # the parser hangs "director of rugby Nigel Melville" on the quote and gives "told" no subject: the title's
    # "of" does not stop the name before the verb from being the speaker
    b = brief("Club against country\n\nThe winger is carrying a shoulder injury.\n\n"
              "\"Under the Elite Player Squad agreement, England wanted a second opinion, which they can do,\" "
              "director of rugby Nigel Melville told the Gloucester Citizen.\n")
    (q,) = [q for q in b.quotes if q.kind == "direct"]
    assert (q.speaker, q.cue) == ("Nigel Melville", "told")
    assert next(a for a in b.actors if a.name == "Nigel Melville").role == "director of rugby"


def test_a_quote_signed_with_a_dash_belongs_to_the_name_after_it(brief):
    b = brief("Reactions\n\nReaders sent their views.\n\n"
              "“He is ignorant of our culture and lives.”― Pamela Padilla\n\n"
              "“Donald Trump scares me. Hearing him talk makes me fearful.” ― Krystal Correa "
              "“He can’t even answer a question.” ― Esther Tapia\n")
    assert [(q.speaker, q.text[:12]) for q in b.quotes if q.kind == "direct"] == [
        ("Pamela Padilla", "He is ignora"), ("Krystal Correa", "Donald Trump"), ("Esther Tapia", "He can’t eve")]


def test_claims_stated_as_nouns_and_prepositional_contents_are_reported_speech(brief):
    b = brief("Fact check\n\nA fact-checker looked at Dan Ross's claim that there were thousands of shootings in the city.\n"
              "Senator Ann Ruiz called for the complete repeal of the health law.\n"
              "Ross complained about the rules of the debate.\n"
              "Critics seized on the admission.\n")
    reported = {q.text: (q.speaker, q.cue) for q in b.quotes if q.kind == "indirect"}
    assert reported == {
        "there were thousands of shootings in the city": ("Dan Ross", "claim"),
        "the complete repeal of the health law": ("Ann Ruiz", "called"),
        "the rules of the debate": ("Dan Ross", "complained"),
    }


def test_a_gerund_after_a_preposition_speaks_for_the_clause_subject(brief):
    b = brief("Fact check\n\nThe Tampa Herald published its check on Tuesday by announcing that the statement was true.\n")
    (q,) = [q for q in b.quotes if q.kind == "indirect"]
    assert (q.speaker, q.text) == ("Tampa Herald", "the statement was true")


TRANSCRIPT = """Governor defends candidate

On Sunday's programme, Governor Mary Fallin said the nominee was trying to heal divisions.

Partial transcript as follows:

"JAKE TAPPER: Do you think he has campaigned as a healer? Many voters doubt it.

"FALLIN: Well, I think the whole nation needs to work together. He called it “a new start” on Friday.

"And I believe voters will see that in the autumn.

"TAPPER: Governor, we have to leave it there.

UPDATE: This article was changed on Monday.
"""


def test_transcript_turns_are_quotes_of_the_person_the_label_names(brief):
    b = brief(TRANSCRIPT)
    turns = {q.text: q for q in b.quotes if q.text.startswith(("Do you think", "Well, I think", "Governor, we"))}
    assert turns["Well, I think the whole nation needs to work together. He called it “a new start” on Friday."
                 ].speaker == "Mary Fallin"
    assert turns["Do you think he has campaigned as a healer? Many voters doubt it."].speaker == "Jake Tapper"
    assert turns["Governor, we have to leave it there."].speaker == "Jake Tapper"
    assert not any("FALLIN:" in q.text or "TAPPER:" in q.text for q in b.quotes)  # the label is not quoted
    continued = next(q for q in b.quotes if q.text.startswith("And I believe voters"))
    assert continued.speaker == "Mary Fallin"
    assert not any(q.text.startswith("This article was changed") for q in b.quotes)  # UPDATE names nobody


def test_one_capitalised_label_is_a_headline_style_not_a_transcript(brief):
    b = brief("Vote looms\n\nFIX IS IN: the council said on Monday that the vote would be held in May.\n\n"
              "SMITH: Council leader John Smith said the date was set.")
    assert not any(q.speaker == "John Smith" and q.text.startswith("Council leader") for q in b.quotes)


def test_two_named_speakers_share_the_quote_and_a_title_does_not_make_two(brief):
    b = brief("Senators press bank\n\nSenator Chuck Grassley and Senator Patrick Leahy said on Tuesday that "
              "other changes were needed.\n\nAcme president and chief executive Bill Owens said the "
              "restatement was complete.")
    joint = next(q for q in b.quotes if q.text.startswith("other changes"))
    assert joint.speaker == "Chuck Grassley and Patrick Leahy" and joint.speaker_id is None
    single = next(q for q in b.quotes if q.text.startswith("the restatement"))
    assert single.speaker == "Bill Owens"


def test_of_several_subjects_the_person_or_the_nearest_speaks(brief):
    b = brief("Hotels react\n\nMaria Lopez, Seaside Hotel Association said the season had been poor.\n\n"
              "The new chairman of the Law Society, Peter Grant warned there was a real risk of delay.\n\n"
              "US oil giant Exxon said it did not plan to bid.")
    said = {q.text.split()[1]: q.speaker for q in b.quotes if q.kind == "indirect"}
    assert said["season"] == "Maria Lopez"
    assert said["was"] == "Peter Grant"
    assert said["did"] == "Exxon"


def test_a_paragraph_that_is_only_a_quote_continues_the_previous_speaker(brief):
    b = brief("Strike talks\n\n\"We will fight on,\" union leader Mary Jones said.\n\n\"This is only the start.\"")
    speakers = {q.text: q.speaker for q in b.quotes if q.kind == "direct"}
    assert speakers == {"We will fight on,": "Mary Jones", "This is only the start.": "Mary Jones"}


def test_a_paragraph_opening_with_a_quote_continues_the_previous_speaker_whatever_a_later_sentence_reports(brief):
    b = brief("Turkey\n\nTony Blair spoke in Brussels. Turkey may have to accept limits. Mr Blair said having Turkey "
              "in the EU was of \"great importance\".\n\n\"We are stating a fundamental principle.\" Under the deal, "
              "Turkey must issue a statement promising to sign an accord.\n")
    assert [q.speaker for q in b.quotes if q.text.startswith("We are")] == ["Tony Blair"]


def test_accusations_and_descriptions_keep_their_object(brief):
    b = brief("Row\n\nCritics have accused the party of effectively buying votes. "
              "The minister described the plan as \"a total disaster\" for the country. "
              "He later met Ms Long, who he described as a loyal ally.\n")
    reported = quote_texts(b, "indirect")
    assert "the party of effectively buying votes" in reported
    assert 'the plan as "a total disaster" for the country' in reported
    # "who he described as ...": the object is a relative pronoun, nothing the subject says
    assert not any(t.startswith("who") or "loyal ally" in t for t in reported)


def test_call_for_someone_to_act_is_reported_speech(brief):
    b = brief("War\n\nHillary Clinton is calling for the United States to step up military efforts against the "
              "militants.\n")
    (q,) = [q for q in b.quotes if q.kind == "indirect"]
    assert q.text == "the United States to step up military efforts against the militants"
    assert q.speaker == "Hillary Clinton"


def test_a_writers_comment_after_the_claim_is_not_part_of_it(brief):
    b = brief("Race\n\nMr Smith complained the contest had been rigged against him, a charge that party leaders "
              "strongly denied. Opec said a cut in production was unlikely, beating forecasts of a cut. "
              "Police said there were two million people on the schemes who were, in fact, looking for work.\n")
    reported = quote_texts(b, "indirect")
    assert "the contest had been rigged against him" in reported
    assert "a cut in production was unlikely" in reported
    # an aside between commas is no comment of the writer's: the clause after it stays
    assert any(t.endswith("in fact, looking for work") for t in reported)


def test_a_campaign_speaks_for_itself(brief):
    b = brief("Polls\n\nDonald Trump is leading. The Trump campaign said the polls were wrong about the race. "
              "Hillary Clinton spoke in Iowa. Clinton's campaign said the numbers would change.\n")
    speakers = {q.text: q.speaker for q in b.quotes if q.kind == "indirect"}
    assert speakers["the polls were wrong about the race"] == "Trump campaign"
    assert speakers["the numbers would change"] == "Clinton campaign"


def test_a_person_in_apposition_to_the_subject_speaks(brief):
    b = brief("Trade\n\nThe minister of the economy, Ildefonso Guajardo Villarreal, argues there is little point "
              "for Mexico to respond now.\n")
    (q,) = [q for q in b.quotes if q.kind == "indirect"]
    assert q.speaker == "Ildefonso Guajardo Villarreal"


def test_a_name_the_parser_hung_on_the_title_before_it_is_the_one_who_speaks(brief):
    # the parser makes "captain" the subject and hangs "Desailly" on it as a modifier; the club in the title does
    # not speak
    b = brief("Chelsea\n\nChelsea play Barcelona on Wednesday.\n\n"
              "Former Chelsea captain Desailly, who is now playing for Al-Gharafa in Qatar, says there is no "
              "comparison between that side and the current Blues team.\n")
    (q,) = [q for q in b.quotes if q.kind == "indirect"]
    assert q.speaker == "Desailly"


def test_he_is_never_a_body_that_one_of_its_mentions_was_tagged_a_person(brief):
    # the NER tags "Chelsea" once as a person, and leaves Marcel Desailly untagged: "he" was Chelsea's until the
    # votes made Chelsea an organisation
    b = brief("Football\n\nMarcel Desailly insists there is no chance of history repeating itself when Chelsea "
              "take on Barcelona on Wednesday.\n\nThe French star was part of the Chelsea side crushed 5-1 at the Nou "
              "Camp in the Champions League quarter-final second leg in 2000. \"Things will be totally different "
              "this time,\" he told BBC Sport. \"Now everyone knows about Chelsea.\"\n")
    bodies = {a.name for a in b.actors if a.type != "person"}
    assert "Chelsea" in bodies
    quotes = [q for q in b.quotes if q.kind == "direct"]
    assert len(quotes) == 2 and not {q.speaker for q in quotes} & bodies


def test_a_person_in_apposition_to_a_capitalised_title_speaks_and_owns_what_i_announced(brief):
    b = brief("Council tax\n\nCouncil tax in Wales is set to rise by about 4%.\n\n"
              "Welsh Finance Minister, Sue Essex AM, said: \"Last week I announced an additional £120m for core "
              "spending by local government in Wales.\"\n")
    (q,) = [q for q in b.quotes if q.kind == "direct"]
    assert q.speaker == "Sue Essex"
    (c,) = [c for c in b.commitments if c.amount]
    assert (c.actor, c.amount.value) == ("Sue Essex", 120e6)


def test_a_participle_of_speech_down_a_chain_of_verbs_and_no_quote_for_refusing_to_say(brief):
    b = brief("Taxes\n\nDonald Trump was defensive when forced to defend not paying an architect, saying, "
              "\"Maybe he did not do a good job.\" Mr Balls refused to say whether Mr Brown would remain as "
              "chancellor after the election.\n")
    direct = {q.text: q.speaker for q in b.quotes if q.kind == "direct"}
    assert direct["Maybe he did not do a good job."] == "Donald Trump"
    assert not any("Mr Brown would remain" in q.text for q in b.quotes)


def test_people_in_a_country_speak_for_themselves_not_for_the_country(brief):
    b = brief("Jobs\n\nAnalysts in France said the merger would cost thousands of jobs.\n"
              "Tour operators in Spain say bookings have fallen.\n")
    assert [q.speaker for q in b.quotes] == ["Analysts", "Tour operators"]


def test_a_firms_competitors_speak_as_themselves_written_as_in_the_text(brief):
    b = brief("Deal\n\nAcme's competitors said the deal would harm consumers.\n"
              "Anti-smoking groups said they would fight on.\n")
    assert [q.speaker for q in b.quotes] == ["Acme's competitors", "Anti-smoking groups"]


def test_boasting_retorting_and_testifying_are_speech(brief):
    b = brief("Debate night\n\nWhen Maria Lopez noted that the senator had paid no tax for years, Tom Haskell "
              "boasted, \u201cThat makes me smart.\u201d\n\nMr Haskell retorted that voters remembered his record "
              "on jobs.\n\nA former aide, Ruth Ames, testified that the accounts had been checked twice.\n")
    direct = {q.text: q for q in b.quotes if q.kind == "direct"}
    assert direct["That makes me smart."].speaker == "Tom Haskell"
    assert direct["That makes me smart."].cue == "boasted"
    reported = {q.text: q.speaker for q in b.quotes if q.kind == "indirect"}
    assert reported.get("voters remembered his record on jobs") == "Tom Haskell"
    assert reported.get("the accounts had been checked twice") == "Ruth Ames"


def test_a_spokesperson_and_a_document_speak_for_their_body_and_who_for_its_name(brief):
    b = brief("Search\n\nZentrix has launched a TV search service. It should expand over time to include more "
              "channels, said a Zentrix spokesperson.\n\nThe figures contradict a survey from the British Bankers' "
              "Association, which said approvals were at a five-year low.\n\nTom Haskell, who said the plan was "
              "flawed, left the room.\n\nHaskell refused to pay an architect who said he was stiffed after he "
              "designed a clubhouse.\n\nAnother problem was the trade gap with China, which has been accused of "
              "keeping its currency artificially weak.\n\nTom Haskell, who was fined in December for accusing "
              "the striker of cheating, was cleared.\n")
    reported = {q.text: q.speaker for q in b.quotes if q.kind == "indirect"}
    assert reported["It should expand over time to include more channels"] == "Zentrix"
    assert reported["approvals were at a five-year low"] == "British Bankers' Association"
    assert reported["the plan was flawed"] == "Tom Haskell"
    # a noun of people is not the name its phrase mentions, nor whoever was named last
    assert reported["he was stiffed after he designed a clubhouse"] is None
    assert all(q.speaker != "China" for q in b.quotes)  # accused, not accusing
    assert reported["the striker of cheating"] == "Tom Haskell"


def test_a_paragraph_opening_with_a_quote_and_no_cue_continues_the_last_speaker(brief):
    b = brief("Tribute\n\nPaying tribute, the minister Ann Cole said Lord Smith was one of the \"great advocates of "
              "our generation\".\n\n\"His legacy from his decisions in the courts is substantial. \"His work after "
              "the riots was second to none.\n\nThe funeral will be held on Friday, the family said.\n")
    direct = {q.text: q.speaker for q in b.quotes if q.kind == "direct"}
    assert direct["His legacy from his decisions in the courts is substantial."] == "Ann Cole"
    assert direct["His work after the riots was second to none."] == "Ann Cole"


def test_a_colon_introduces_a_quote_of_the_name_or_the_subject_before_it(brief):
    b = brief("Derby\n\nBlackburn drew with Burnley on Tuesday.\n\n- Blackburn boss Mark Hughes: \"Burnley are "
              "resolute but I fully expect us to progress.\"\n\nThe band won three awards. Drummer Larry Mullen "
              "echoed those sentiments: \"We are very happy tonight.\"\n\nSome Liverpool fans would find such a move "
              "controversial, but Rick Parry countered: \"It would be an emotive issue for many supporters.\"\n")
    direct = {q.text: q.speaker for q in b.quotes if q.kind == "direct"}
    assert direct["Burnley are resolute but I fully expect us to progress."] == "Mark Hughes"
    assert direct["We are very happy tonight."] == "Larry Mullen"
    assert direct["It would be an emotive issue for many supporters."] == "Rick Parry"


def test_a_document_named_again_speaks_for_the_body_that_issued_it(brief):
    b = brief("Mobiles\n\nMobile phones are still enjoying a boom in sales, according to research from analysts "
              "Gartner.\n\nMore than 674 million mobiles were sold last year, said the report, the highest total "
              "to date.\n\nElsewhere, sales of landlines fell, the report said.\n\nMany households said the "
              "report was wrong.\n")
    reported = {q.text: q.speaker for q in b.quotes if q.kind == "indirect"}
    assert reported["More than 674 million mobiles were sold last year"] == "Gartner"
    assert reported["Elsewhere, sales of landlines fell"] == "Gartner"
    assert reported["the report was wrong"] == "Many households"  # the report is what they speak of


def test_a_person_named_by_age_or_through_their_spokesman_speaks(brief):
    b = brief("Transfer\n\nStriker Craig Bellamy has joined Norwich from Celtic.\n\n\"It was a very easy decision to "
              "make,\" the 34-year-old told the club website.\n\nTennis player Maria Sharapova missed the deadline. "
              "She is in Miami. But her spokesman insisted she had simply delayed submitting her entry.\n")
    assert [q.speaker for q in b.quotes] == ["Craig Bellamy", "Maria Sharapova"]


def test_a_person_called_by_a_role_is_the_one_person_named_just_before(brief):
    b = brief("Rally\n\nGordon Brown has issued a rallying cry to supporters.\n\nThe chancellor said the stakes "
              "were too high.\n\nMark Oaten met Charles Kennedy in Leeds. The minister said the talks went well.\n\n"
              "Tessa Jowell, the culture secretary, spoke in Wigan. The chancellor said taxes would not rise.\n")
    speakers = {q.text: q.speaker for q in b.quotes}
    assert speakers["the stakes were too high"] == "Gordon Brown"
    assert speakers["the talks went well"] == "Mark Oaten"  # two people named just before: the subject
    # "the chancellor" is Gordon Brown, made so above (roles.named_before), not Tessa Jowell, named just before with
    # another role
    assert speakers["taxes would not rise"] == "Gordon Brown"
    b = brief("Rugby\n\nAndy Robinson said he would keep working on the kicking. However, the England coach added "
              "that he would take some positives from the game.\n")
    assert {q.speaker for q in b.quotes} == {"Andy Robinson"}  # whose coach, not who: still the one person


def test_they_at_the_head_of_a_sentence_is_the_plural_subject_that_spoke_before(brief):
    b = brief("ID cards\n\nThe Conservatives insisted they would hold ministers to account.\n\nThey said the scheme "
              "was too costly.\n\nThe announcements brought great cheers from MPs.\n\nThey believed the plan "
              "would work.\n")
    speakers = {q.text: q.speaker for q in b.quotes}
    assert speakers["the scheme was too costly"] == "Conservative Party"
    assert speakers["the plan would work"] is None  # announcements neither speak nor are actors


def test_a_country_that_only_says_where_a_speaker_is_from_does_not_speak(brief):
    b = brief("Games\n\nThe US and Argentina held talks.\n\nA US researcher has suggested that games could be "
              "educational.\n\nArgentina's President, Nestor Kirchner, said the swap had worked.\n\nThe England "
              "coach said his side were tired.\n\nThe US said it would act.\n")
    speakers = {q.text: q.speaker for q in b.quotes}
    assert speakers["games could be educational"] == "US researcher"
    assert speakers["the swap had worked"] == "Nestor Kirchner"
    assert speakers["his side were tired"] == "England coach"
    assert speakers["it would act"] == "United States"  # the country itself speaks


def test_reported_speech_ends_where_the_writer_goes_on(brief):
    b = brief("Talks\n\nRepublicans said the timing of the news was not intentional; they only learned of it on "
              "Friday.\n\nThe firm said it needs almost 30m euros ($39m; £21m) until the end of June.\n\n"
              "Donald Trump claimed paying no income taxes was smart, although he again refused to release his "
              "returns.\n\nBarack Obama told the crowd he would consider it an insult if they did not vote, "
              "implicitly putting his name on the line.\n")
    texts = {q.text for q in b.quotes if q.kind == "indirect"}
    assert "the timing of the news was not intentional" in texts
    assert "it needs almost 30m euros ($39m; £21m) until the end of June" in texts  # a semicolon in brackets
    assert "paying no income taxes was smart" in texts
    assert "he would consider it an insult if they did not vote" in texts


def test_a_clause_after_but_with_a_pronoun_as_its_subject_goes_on_with_the_claim(brief):
    b = brief("Review\n\nThe Home Office said the terms of the review had not been set but it was likely to cover only "
              "England.\n\nThe bank said it had acted to curb inflation but the move was criticised by some "
              "analysts.\n")
    texts = {q.text for q in b.quotes if q.kind == "indirect"}
    assert "the terms of the review had not been set but it was likely to cover only England" in texts
    assert "it had acted to curb inflation" in texts  # the writer's clause about something else is not said


def test_a_participle_after_the_claim_goes_on_with_it_unless_it_tells_what_followed(brief):
    b = brief("Trial\n\nProsecutors said Mr Ebbers orchestrated a series of tricks, ordering employees to hide "
              "expenses.\n\nThe firm said it was reviewing the pension system, prompting unions to threaten "
              "action.\n")
    texts = {q.text for q in b.quotes if q.kind == "indirect"}
    assert "Mr Ebbers orchestrated a series of tricks, ordering employees to hide expenses" in texts
    assert "it was reviewing the pension system" in texts


def test_a_second_verb_of_speech_joined_to_the_claim_is_a_claim_of_the_same_speaker(brief):
    b = brief("Test\n\nChina said it was resolutely opposed to the test and warned North Korea to refrain from "
              "further actions.\n\nJose Mourinho said the match was entertaining and insisted his team could "
              "still reach the final.\n")
    said = {q.text: q.speaker for q in b.quotes if q.kind == "indirect"}
    assert said["it was resolutely opposed to the test"] == "China"
    assert said["his team could still reach the final"] == "Jose Mourinho"
    assert not [t for t in said if "opposed" in t and "warned" in t]


def test_the_committee_is_the_body_named_before_whose_name_it_heads(brief):
    b = brief("Hunting\n\nThe Countryside Alliance organised meets on Saturday. Ministers met police on Tuesday.\n\n"
              "The alliance said the new law was impossibly difficult to enforce.\n\n"
              "The Joint Committee on Human Rights met too. Officials were there.\n\nThe committee believed the "
              "new laws might be incompatible with the Human Rights Act.\n\n"
              "The Brits committee said dance music was no longer where it was happening.\n")
    said = _said(b, "indirect")
    assert said["the new law was impo"] == "Countryside Alliance"
    assert said["the new laws might b"] == "Joint Committee on Human Rights"
    assert said["dance music was no l"] != "Joint Committee on Human Rights"  # another committee: its own name


def test_an_unnamed_spokesman_speaks_for_the_body_named_before_as_a_subject(brief):
    b = brief("Series axed\n\nThe BBC has dropped the show after one series, and its presenters told BBC Radio 4 "
              "they were sad.\n\nA spokeswoman said there were no plans for another series.\n\n"
              "A Bayern spokesman said the player had back pain. \"He couldn't train,\" the spokesman said.\n")
    said = _said(b)
    assert said["there were no plans "] == "BBC"  # not BBC Radio 4, named in passing
    assert said["He couldn't train,"] == "Bayern"


def test_a_role_with_several_people_named_before_is_the_one_who_was_the_subject(brief):
    b = brief("Arsenal\n\nThierry Henry will captain the side in place of the suspended Patrick Vieira. And the "
              "striker said: \"If we don't win, it's going to be my fault.\"\n\nPupils asked how the executive "
              "proposed to tackle drinking, Margaret Davidson said. Jack McConnell replied.\n")
    said = _said(b)
    assert said["If we don't win, it'"] == "Thierry Henry"
    assert all(s != "Margaret Davidson" for t, s in said.items() if t.startswith("to tackle"))


def test_the_one_quoted_as_saying_speaks_not_the_paper_that_quoted_him(brief):
    b = brief("Deal\n\nNews Corp is looking at games firms. Video games are \"big business\", the Financial Times "
              "quoted Peter Chernin as saying.\n\nImmigration minister Des Browne quoted the department's plan as "
              "saying: \"We are implementing our existing powers.\"\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert said["big business"] == "Peter Chernin"
    assert said["We are implementing our existing powers."] == "Des Browne"  # a plan quoted: who quotes it


def test_a_report_named_again_with_no_issuer_is_the_body_that_spoke_just_before(brief):
    b = brief("Outlook\n\nThe OECD said growth would slow next year. It added that oil prices were a risk.\n\n"
              "However, the report warned that Europe might lag behind.\n")
    said = _said(b)
    assert said["Europe might lag beh"] == "OECD"


def test_they_anywhere_is_the_plural_subject_before_it_in_its_sentence_or_the_one_before(brief):
    b = brief("Policing\n\nThe Tories want more local policing but they accuse ministers of failing the "
              "public.\n\nThe dollar fell and analysts said a weak dollar helped exports. They have predicted that "
              "the dollar will fall further.\n\nPop star Britney Spears attacked tabloid magazines after they "
              "reported she was pregnant.\n")
    said = _said(b)
    assert said["ministers of failing"] in ("Tories", "Conservative Party")
    assert said["the dollar will fall"] == "analysts"
    assert said.get("she was pregnant") != "Britney Spears"  # one person is no "they"


def test_a_nickname_in_quote_marks_is_no_quote_and_recalling_or_shouting_is_speech(brief):
    b = brief("Rally\n\n\"This is a big year for us!\" Scott's niece, state delegate Marcia \"Cia\" Price, told the "
              "crowd.\n\nHe said the man shouted: \"You've offended my religion.\"\n\nDouglas Brinkley, a historian "
              "who attended, recalled: \"Out of nowhere, he raised climate change.\"\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert "Cia" not in said
    assert said["You've offended my religion."] is None  # an unnamed man, not the one who tells of him
    assert said["Out of nowhere, he raised climate change."] == "Douglas Brinkley"


def test_a_paragraph_ending_in_a_colon_introduces_the_quote_that_opens_the_next(brief):
    b = brief("Donors\n\nFew of Hillary Clinton's donors give small sums. The New York Times reports:\n\n"
              "\"Just 24 percent of the contributors to Mrs. Clinton's campaign so far have given $200 or less.\"\n\n"
              "The figures follow:\n\n\"Small donors gave less than in 2012, and large donors more than ever.\"\n")
    said = _said(b)
    assert said["Just 24 percent of t"] == "New York Times"
    assert said["Small donors gave le"] is None  # "The figures" is no actor: nobody


def test_a_name_with_a_description_after_a_comma_speaks_not_one_named_in_it(brief):
    b = brief("Generals\n\nMichael Flynn said Donald Trump was right.\n\n\"He's absolutely right. There's a severe "
              "disconnect between this White House and our military,\" Flynn, a top Trump surrogate, said Thursday "
              "morning on Fox News.\n")
    said = _said(b, "direct")
    assert said["He's absolutely righ"] == "Michael Flynn"


def test_said_before_a_name_and_a_colon_is_that_name_speaking_not_the_one_told(brief):
    b = brief("Tax\n\nIf anything, experts say her plans would make the code more complicated. Said Ellis: "
              "\"I don't get the sense she's the least bit interested in tax reform.\"\n\nTony Blair had not read the "
              "report. But told BBC News: \"As far as I'm concerned, we have drawn a line under that.\"\n")
    said = _said(b, "direct")
    assert said["I don't get the sens"] == "Ellis"
    assert said["As far as I'm concer"] != "BBC News"


def test_a_verb_of_speech_in_a_condition_said_by_inversion_says_nothing(brief):
    b = brief("Sentences\n\nIn July Amanda Champion's killer, James Ford, pleaded guilty to her murder and was jailed "
              "for at least 15 years - it would have been longer had he denied the charge.\n")
    assert not [q for q in b.quotes if q.speaker == "James Ford"]


def test_the_prime_minister_is_not_a_minister_named_before(brief):
    b = brief("Deals\n\nFormer welfare minister Frank Field said the row was damaging.\n\nTony Blair has dismissed "
              "reports he told Gordon Brown he would quit.\n\n\"You don't do deals over jobs like this,\" the prime "
              "minister told BBC One.\n")
    said = _said(b, "direct")
    assert said["You don't do deals o"] == "Tony Blair"


def test_it_in_a_passive_of_speech_is_nobody_and_what_it_reports_is_no_quote(brief):
    b = brief("Pensions\n\nThe Cabinet Office has confirmed it is reviewing the pension system.\n\nIt is thought the "
              "proposed overhaul could mean pensions could be based on a \"career average\" salary. It has been reported "
              "that unions will be consulted. It is estimated that firms lose millions each year. The minister has "
              "accepted the report, it has been announced.\n\nThe union said it was told that jobs would go.\n")
    assert "career average" not in quote_texts(b, "direct")
    # said by nobody: not a quote of the Cabinet Office's, nor one without a speaker
    assert not [q for q in b.quotes if q.text.startswith(("the proposed overhaul", "unions will", "firms lose",
                                                          "The minister has accepted"))]
    assert "it was told that jobs would go" in quote_texts(b, "indirect")  # "it" that is someone: the union


def test_a_name_before_a_description_and_said_colon_speaks(brief):
    b = brief("Reshuffle\n\nMr Morgan said the health service was Dr Gibbons' \"baby\" now. In response to Dr "
              "Gibbons' comments, Ieuan Wyn Jones, leader of the Plaid Cymru group in the assembly, said: \"It is "
              "apparent that this reshuffle was just changing the deckchairs on a sinking ship.\"\n")
    assert _said(b, "direct")["It is apparent that "] == "Ieuan Wyn Jones"


def test_a_name_after_its_description_set_off_by_commas_before_said_colon_speaks(brief):
    b = brief("Budget\n\nThe chancellor spoke on Monday. Responding to the speech, shadow chief secretary to the "
              "Treasury, George Osborne, said: \"This was more talk from the chancellor.\"\n")
    assert _said(b, "direct")["This was more talk f"] == "George Osborne"


def test_the_government_with_none_named_is_the_home_countrys_and_a_body_by_its_kind_without_one(brief):
    b = brief("Farm seized\n\nVenezuela has seized a cattle ranch owned by a British firm. The farm provides meat "
              "for Venezuelan shoppers. Last month, the government said it had identified more than 500 idle farms "
              "in Venezuela.\n")
    assert [q.speaker for q in b.quotes] == ["Venezuela"]
    b = brief("Farms\n\nA cattle ranch has been seized. Last month, the government said it had identified more "
              "than 500 idle farms.\n")
    assert [(q.speaker, q.speaker_id) for q in b.quotes] == [("government", None)]  # no country's actor


def test_the_youngster_is_the_one_just_named_and_a_phrasal_call_says_nothing(brief):
    b = brief("Call-up\n\nWales have called up Tom Shanklin for the first time. \"It's incredible,\" the youngster "
              "said. \"I was not expecting it at all.\"\n")
    assert [(q.kind, q.speaker) for q in b.quotes] == [("direct", "Tom Shanklin"), ("direct", "Tom Shanklin")]


def test_assure_imply_and_joke_are_verbs_of_speech(brief):
    b = brief("Gambling\n\nAt question time Tony Blair assured Parliament that most of the bill was about tightening "
              "regulation. In a letter, Mr Panke implied that a new model could be on the market by 2008. Mr Prescott "
              "joked that he had once been a waiter for ten years.\n")
    assert [(q.speaker, q.text[:16]) for q in b.quotes] == [
        ("Tony Blair", "most of the bill"), ("Panke", "a new model coul"), ("Prescott", "he had once been")]


def test_the_paper_is_the_newspaper_named_before(brief):
    b = brief("Rover\n\nThe tie-up with China's top carmaker has been delayed by regulators, according to the Financial "
              "Times.\n\nThe paper said Chinese officials had been irritated by the delays.\n")
    assert [q.speaker for q in b.quotes if q.text.startswith("Chinese officials")] == ["Financial Times"]


def test_the_report_is_the_report_named_earlier_and_not_the_body_it_is_about(brief):
    b = brief("Economy\n\nThe economy is performing well below its potential, said a World Bank report.\n\n"
              "Unemployment stood at 25%. Young people are hard hit. New jobs were created last year. The economy "
              "lost jobs this year. Growth was 6%.\n\nThe report said even more would be poor without aid.\n")
    assert [q.speaker for q in b.quotes if q.text.startswith("even more")] == ["World Bank"]
    b = brief("Freeview\n\nThe call was made in a report into the BBC's Freeview service. Viewers like it. Sales rose. "
              "Prices fell. Shops are busy.\n\nThe report said the Freeview service had had an impressive take-up.\n")
    assert [q.speaker for q in b.quotes if q.text.startswith("the Freeview")] == [None]


def test_the_minister_is_the_secretary_just_named_but_the_prime_minister_is_not(brief):
    b = brief("Schools\n\nEducation Secretary Ruth Kelly told the BBC progress had been made. The minister also "
              "confirmed she had received advice from her church.\n\nHome Secretary Charles Clarke spoke on Monday. "
              "Earlier, the prime minister conceded that the plans were controversial.\n")
    said = {q.text[:12]: q.speaker for q in b.quotes}
    assert said["she had rece"] == "Ruth Kelly" and said["the plans we"] is None


def test_a_denied_belief_keeps_its_negation_and_its_subject_and_a_denied_saying_is_no_quote(brief):
    b = brief("Election\n\nMr Howard does not believe abortion should be an election issue. Ms Kelly did not say "
              "whether taxes would rise. Mr Brown told a court that the charges were false.\n")
    assert [(q.speaker, q.text) for q in b.quotes] == [
        ("Howard", "does not believe abortion should be an election issue"),
        ("Brown", "the charges were false")]


def test_an_archbishop_is_a_role_and_the_archbishop_is_the_one_named(brief):
    b = brief("Release\n\nArchbishop Desmond Tutu welcomed the release of the four men. The archbishop added: \"We are "
              "saying thank you.\" Archbishop Tutu said it was about time.\n")
    assert {a.name for a in b.actors if a.type == "person"} == {"Desmond Tutu"}
    assert {q.speaker for q in b.quotes} == {"Desmond Tutu"}


def test_according_to_in_the_quotes_own_sentence_comes_before_verbs_of_the_sentence_before(brief):
    b = brief("Truce\n\nThe record companies have pledged not to release offensive songs. And it is believed "
              "promoters will make stars agree not to perform such tunes on stage. \"The reggae industry will work "
              "with the artists while still maintaining their freedom of speech,\" according to strategist Glen "
              "Yearwood.\n")
    q = next(q for q in b.quotes if q.text.startswith("The reggae industry"))
    assert (q.speaker, q.cue) == ("Glen Yearwood", "according to")


def test_the_one_a_passive_of_speech_is_about_is_not_its_speaker(brief):
    b = brief("Trial\n\nThe trial of Emilio Botin, the chairman of Santander, has started in Madrid. Mr Botin is accused "
              "of misusing the bank's funds after he approved bonus payments to two former executives. Mr Smith was "
              "accused by Tony Blair of wasting public money on consultants.\n")
    said = _said(b, "indirect")
    assert said["misusing the bank's "] is None
    assert said["wasting public money"] == "Tony Blair"


def test_one_said_to_have_said_something_said_it(brief):
    b = brief("Candidate\n\nUKIP has suspended candidate John Houston. Mr Houston is alleged to have said that the "
              "party should leave politics to the professionals. Kevin Keegan is expected to be told there will be "
              "no funds for new players.\n")
    said = _said(b, "indirect")
    assert said["the party should lea"] == "John Houston"
    assert said.get("there will be no fun", "no quote") in (None, "no quote")  # told: nobody named says it


def test_a_verb_in_a_relative_clause_on_a_quoted_phrase_does_not_say_it(brief):
    b = brief("Quangos\n\nLib Dem spokesman Ed Davey meanwhile said instead of the \"bonfire of quangos\" New Labour "
              "had promised, there had been an \"explosion\" of them.\n")
    said = _said(b, "direct")
    assert said["bonfire of quangos"] == "Ed Davey"
    assert said["explosion"] == "Ed Davey"


def test_a_letter_in_quote_marks_is_no_quote(brief):
    b = brief("Detainees\n\nIn a statement, detainee 'A' in Woodhill Prison said: \"I hope now that the government "
              "will act upon this decision.\" Solicitor Gareth Pierce claimed the detention had driven four of "
              "the detainees to madness.\n")
    assert "A" not in quote_texts(b, "direct")


def test_a_verb_that_introduces_the_next_quote_with_a_colon_is_not_this_quotes(brief):
    b = brief("Hunting\n\nTory MP Peter Luff said that the legislation was \"so poorly drafted nobody appears able to "
              "define the offence\".\n\n\"It is no wonder the government desperately wants to move on from this "
              "disastrous law.\" Mike Hobday, of the League Against Cruel Sports, said: \"There is no confusion.\"\n")
    said = _said(b, "direct")
    assert said["It is no wonder the "] == "Peter Luff"
    assert said["There is no confusio"] == "Mike Hobday"


def test_a_quote_paragraph_after_a_reported_speaker_is_that_speakers(brief):
    b = brief("Mac\n\n\"People who are thinking of switching will have no more excuses,\" Steve Jobs said. Ian Harris, "
              "deputy editor of Mac Format, said the machine would appeal to consumers who had an iPod.\n\n\"They want "
              "a further taste of Mac.\" Harris added: \"Everybody thought Apple was happy to remain a niche maker.\"\n")
    said = _said(b, "direct")
    assert said["They want a further "] == "Ian Harris"


def test_according_to_inside_a_clause_names_no_source(brief):
    b = brief("Lisbon\n\nThe report recommends a league table which ranks countries according to the steps they are "
              "taking towards the targets. Sales rose in December according to new data.\n")
    assert not [q for q in b.quotes if q.speaker == "steps"]
    assert [q.speaker for q in b.quotes if q.text.startswith("Sales rose")] == ["new data"]


def test_described_as_by_is_the_agents_words(brief):
    b = brief("Searches\n\nHazel Blears said innocent Muslims would be targeted. Her comments have been described as "
              "\"irresponsible\" and \"outrageous\" by the Islamic Human Rights Commission (IHRC).\n")
    assert _said(b, "direct")["irresponsible"] == "Islamic Human Rights Commission"


def test_she_is_never_one_the_text_calls_mr(brief):
    b = brief("Escape\n\nJane Smith argued that ministers had authorised the leave of Michael Ferguson. Mr Ferguson "
              "absconded from a hospital in June. She said: \"The Scottish Executive seemed to indicate yesterday "
              "that the escape was a matter for the hospital.\"\n")
    assert _said(b, "direct")["The Scottish Executiv"[:20]] == "Jane Smith"


def test_the_supporters_or_lawyers_of_someone_are_not_that_someone(brief):
    b = brief("Deal\n\nTony Blair met Gordon Brown in 1994. Mr Blair's supporters say such a deal never existed. "
              "Lawyers for Mr Ebbers said he was unaware of the fraud.\n")
    said = _said(b, "indirect")
    assert said["such a deal never exi"[:20]] == "Mr Blair's supporters"
    assert said["he was unaware of th"] != "Ebbers"


def test_a_pronoun_speaker_is_not_the_one_his_claim_names(brief):
    b = brief("Record\n\nMichael Howard spoke in Brighton on Monday. The campaign would be fought on the economy. "
              "Tony Blair has failed the country, he said.\n")
    assert _said(b, "indirect")["Tony Blair has faile"] == "Michael Howard"


def test_number_10_keeps_its_number_and_is_downing_street(brief):
    b = brief("Row\n\nNumber 10 said ministers were interested in governing and not in a soap opera.\n")
    assert [q.speaker for q in b.quotes] == ["Downing Street"]  # the body's one name, not "Number"
    assert "Number 10" in next(a for a in b.actors if a.name == "Downing Street").aliases


def test_the_one_told_is_not_the_it_that_speaks_next(brief):
    b = brief("Games\n\nArgonaut Games called in administrators David Rubin & Partners on Friday. The administrator "
              "told BBC News Online that the costs of restructuring would be too high. It said it was hopeful that it "
              "could save some 110 jobs by selling the business.\n")
    assert _said(b, "indirect")["it was hopeful that "] != "BBC News Online"


def test_he_or_she_after_an_unnamed_spokesperson_is_the_body_they_speak_for(brief):
    b = brief("Books\n\nSusan Hill of Google said the plan was ambitious. A spokeswoman for Oxford University said the "
              "books would include novels. \"Important works will be made available to everyone,\" she said.\n\n"
              "Michael Ancram criticised the plan. The Tory spokesman said it was wrong. \"Who are they trying to "
              "kid?\" he said.\n")
    speakers = {q.text[:14]: q.speaker for q in b.quotes}
    assert speakers["Important work"] == "Oxford University"
    assert speakers["Who are they t"] == "Michael Ancram"


def test_he_goes_on_for_a_spokesperson_over_sentences_that_name_nobody(brief):
    # a sentence whose subject "he" cannot stand for ("the rules"), or one inside the quote, lies between the
    # spokesman and "he said": the body still speaks; a person named in between keeps the old reading
    b = brief("Calls row\n\nTony Blair spoke on Monday. A spokesman for the Information Commissioner's Office said calls "
              "to voters would be classed as marketing. But the rules did allow polling firms to ring people about "
              "their voting intentions. \"If a party did that, it would not be marketing,\" he said.\n\nA spokesman "
              "for the Business Software Alliance said: \"Piracy is rising. It costs jobs.\" He said 29% of software "
              "in Britain was pirated.\n\nA spokesman for the Electoral Commission said the rules were clear. The rules "
              "were backed by Michael Howard last year. \"We will act,\" he said.\n")
    speakers = {q.text[:14]: q.speaker for q in b.quotes}
    assert speakers["If a party did"] == "Information Commissioner's Office"
    assert speakers["29% of softwar"] == "Business Software Alliance"
    assert speakers["We will act,"] == "Michael Howard"


def test_a_national_party_the_ner_left_untagged_speaks_in_a_story_set_in_its_country(brief):
    b = brief("ID cards\n\nThe Home Office said the cards would be issued from 2008. Michael Howard backed the plan at "
              "Westminster, and the Conservatives insisted they would hold ministers to account.\n")
    assert [q.speaker for q in b.quotes if q.text.startswith("they would hold")] == ["Conservative Party"]


def test_he_after_a_bare_spokesman_is_the_body_named_before(brief):
    b = brief("Gas\n\nBill Gammell runs Cairn Energy. Cairn Energy has also been granted approval to extend its "
              "exploration area. A spokesman said the find was significant. But he added: \"It's still too early to "
              "say what the extent of it is.\"\n")
    assert [q.speaker for q in b.quotes if q.text.startswith("It's still")] == ["Cairn Energy"]


def test_what_is_said_follows_the_verb_after_a_semicolon(brief):
    b = brief("Cars\n\nFiat claims that GM is legally obliged to buy the 90% of the car unit it does not already own; "
              "GM says the contract, signed in 2000, is no longer valid.\n")
    said = {q.text[:12]: q.speaker for q in b.quotes}
    assert said.get("the contract") == "GM"
    assert "Fiat claims " not in said


def test_the_role_of_a_named_body_is_the_person_just_named_not_the_body(brief):
    b = brief("Win\n\nManchester United's Alex Ferguson praised his players. \"That was our hardest away game,\" said "
              "the Old Trafford boss.\n\nAttorney General Eliot Spitzer spoke on Monday. The Marsh executive admitted "
              "he instructed insurers to submit false bids.\n")
    said = {q.text[:12]: q.speaker for q in b.quotes}
    assert said["That was our"] == "Alex Ferguson"
    assert said["he instructe"] != "Eliot Spitzer"  # the one named just before holds another role


def test_the_n_year_old_the_parser_reads_as_a_modifier_of_the_verb_is_the_person_named(brief):
    b = brief("Crash\n\nKostas Kenteris has denied claims that he faked a crash. The 31-year-old insisted he will be "
              "happy if he is charged so he can clear his name.\n")
    assert [q.speaker for q in b.quotes if q.text.startswith("he will be happy")] == ["Kostas Kenteris"]


def test_the_company_after_a_statement_from_a_body_is_that_body_and_so_is_it_after_it(brief):
    b = brief("Spam\n\nMonitoring firm Netcraft found that the campaign was proving too successful. In a statement from "
              "Lycos Europe announcing the scrapping of the scheme, the company denied that this was its fault. "
              "\"There is nothing to suggest that we brought down any sites,\" it said. \"They were not part of the "
              "attack cycle,\" it added.\n")
    said = {q.text[:12]: q.speaker for q in b.quotes}
    assert said["this was its"] == "Lycos Europe"
    assert said["There is not"] == "Lycos Europe" and said["They were no"] == "Lycos Europe"


def test_a_participle_on_the_object_speaks_for_the_subject_but_not_a_reports(brief):
    b = brief("Spam\n\nLycos has shut down the campaign saying it had been started to stimulate debate.\n\nThe "
              "Conservatives' campaign director has denied a report claiming he warned Michael Howard the party could "
              "not win.\n")
    said = {q.text[:12]: q.speaker for q in b.quotes}
    assert said["it had been "] == "Lycos"
    assert "he warned Mi" not in said


def test_according_to_a_document_from_a_body_named_in_apposition_is_that_body(brief):
    b = brief("Search\n\nSearch is lucrative. According to research from message analysts the Radicati Group, up to 45% "
              "of critical information is stored in e-mail. According to figures gathered by industry watchdog, "
              "Ofcom, the growth means that the UK has now surpassed Germany.\n")
    said = {q.text[:12]: q.speaker for q in b.quotes}
    assert said["up to 45% of"] == "Radicati Group"
    assert [s for t, s in said.items() if "the growth" in t or t.startswith("Ofcom")] == ["Ofcom"]


def test_they_that_spoke_in_the_sentence_before_stands_for_the_same_group(brief):
    b = brief("Brawl\n\nAt the time, police said a fight broke out among the musicians. That led to one of the group "
              "falling onto a table, they said. The fight continued outside, where an officer was kicked, they said.\n")
    assert [q.speaker for q in b.quotes] == ["police", "police", "police"]


def test_a_quoted_noun_that_names_the_noun_after_it_is_a_label_but_a_quoted_adjective_is_speech(brief):
    b = brief("Final\n\nJose Mourinho claimed his 'silence' gesture was aimed at the media. Mr Fox said there had been "
              "a \"significant\" rise in crime.\n")
    direct = [q.text for q in b.quotes if q.kind == "direct"]
    assert direct == ["significant"]


def test_a_short_sentence_of_speech_right_after_a_question_is_that_quotes_own(brief):
    b = brief("Film\n\nDirector Anurag Kashyap said the film's release should not be delayed. \"If you have not gone "
              "against the book, then how can you go against the movie?\" Mr Kashyap's lawyer Mihir Desai said.\n")
    assert [q.speaker for q in b.quotes if q.kind == "direct"] == ["Mihir Desai"]


def test_the_police_speak_as_a_group_however_tagged(brief):
    b = brief("Stadium\n\nSpectators were evacuated. But after searching the stadium with sniffer dogs, the police said "
              "that no explosive device had been found.\n")
    assert [q.speaker for q in b.quotes] == ["police"]


def test_a_body_named_in_apposition_to_a_noun_that_is_no_role_speaks(brief):
    b = brief("Browsers\n\nFirefox is popular. Net traffic monitor, OneStat.com, has reported that the open-source browser seems to be "
              "drawing users away. Will Davies, senior research fellow at the IPPR, told the BBC that the plan was "
              "new.\n")
    said = {q.text[:12]: q.speaker for q in b.quotes}
    assert said["the open-sou"] == "OneStat.com"
    assert said["the plan was"] == "Will Davies"  # a person at a body, not the body


def test_a_paragraph_of_quotes_after_a_paragraph_that_reports_someone_is_theirs(brief):
    b = brief("Audio\n\nSeveral firms make audio for phones. But Sonaptic's managing director David Monteith says his "
              "firm is the only company to offer positional 3D audio on a mobile.\n\n\"There are quite a few basic "
              "technologies out there.\n\n\"No-one has really tried before to make proper 3D positional audio.\"\n")
    assert [q.speaker for q in b.quotes if q.kind == "direct"] == ["David Monteith", "David Monteith"]


def test_a_spokesperson_from_a_body_speaks_for_it_and_the_magazine_is_the_one_named(brief):
    b = brief("Numbers\n\nThe watchdog acted. \"The initiatives are very welcome,\" a spokesperson from Icstis told the "
              "BBC News website.\n\nThe list was drawn up by T3 magazine. \"In general we included only items that "
              "were mobile,\" said the magazine.\n")
    said = {q.text[:12]: q.speaker for q in b.quotes}
    assert said["The initiati"] == "Icstis" and said["In general w"] == "T3"


def test_a_spokesperson_of_no_actor_is_the_body_named_in_the_phrase_else_the_spokesperson(brief):
    b = brief("Court\n\nThey will appear in court on 21 December, a police spokesman said. \"She took a wrong step,\" "
              "a Jive spokeswoman said.\n\nFull details will be revealed in two weeks, a spokesman said.\n")
    said = {q.text[:12]: q.speaker for q in b.quotes}
    assert said == {"They will ap": "police", "She took a w": "Jive", "Full details": "spokesman"}
    # where a body is named before, a bare spokesman still speaks for it
    b = brief("Plans\n\nThe Home Office published its plans. A spokesman said the plans were sound.\n")
    assert [q.speaker for q in b.quotes] == ["Home Office"]
    # "the spokesman" said again is the one named before, a person's too; "a spokesman" may be another one
    b = brief("Defection\n\nA spokesman for Michael Howard said the views were different. \"He believes students "
              "should pay fees,\" the spokesman said. \"We are calm,\" a spokesman said.\n")
    assert [q.speaker for q in b.quotes] == ["Michael Howard", "Michael Howard", "spokesman"]


def test_a_spokesman_for_the_firm_speaks_for_the_business_the_noun_stands_for(brief):
    b = brief("Tax\n\nKestrel Energy must pay a levy on its oil. The company said the rate was high. A "
              "spokesman for the firm said that the levy would wipe 5% off the field's value. Fans were angry. A "
              "spokesman for the supporters club said the owners had failed.\n")
    said = {q.text[:12]: q.speaker for q in b.quotes}
    assert said["the levy wou"] == "Kestrel Energy"
    assert said["the owners h"] != "Kestrel Energy"  # a body of its own, not "the firm"


def test_a_body_whose_name_opens_with_a_peoples_word_speaks_under_its_whole_name(brief):
    b = brief("Claims\n\nInsurers counted their losses.\n\nSwiss Re said claims reached $42bn last year. Dense "
              "populations were partly to blame, it said.\n")
    assert [q.speaker for q in b.quotes] == ["Swiss Re", "Swiss Re"]
    assert "Swiss Re" in [a.name for a in b.actors]


def test_the_government_that_no_name_or_country_stands_for_speaks_as_the_government(brief):
    b = brief("Troops\n\nTalks on the deployment have begun, but the government said the offer was aimed at the "
              "province. The government was told that the detention was unlawful.\n")
    said = {q.text[:12]: q.speaker for q in b.quotes}
    assert said["the offer wa"] == "government"
    assert said["the detentio"] is None  # told: the government is not the one who speaks


def test_a_person_called_by_a_role_with_an_aside_speaks_as_the_one_the_role_stands_for(brief):
    b = brief("Rules\n\nAt a news conference, Mr Howard insisted he had kept the rules. The Tory leader, who argues he "
              "is ensuring honesty, rejected the claims.\n\nMr Wilson appeared in the film. \"I'm not an actor,\" said "
              "the Factory Records founder, who has been associated with the Manchester scene since the 1970s.\n")
    said = {q.text[:12]: q.speaker for q in b.quotes}
    assert said["he is ensuri"] == "Howard"  # the clause's "who" is the leader, not nobody
    assert said["I'm not an a"] == "Wilson"  # the founder, described by an aside, not the record company


def test_a_name_after_a_title_word_outside_every_entity_is_a_person_who_speaks(brief):
    b = brief("Progress\n\nBoss Graeme Souness felt Newcastle were never really in danger of going out of the Uefa Cup. An "
              "early own goal followed by an Alan Shearer strike earned them a 2-1 win. \"Obviously with winning in the "
              "first leg it gave us a great advantage,\" he said.\n\nAssociation of Chief Police Officers president Chris "
              "Fox said the power did not have enough impact.\n")
    names = {a.name for a in b.actors}
    assert "Graeme Souness" in names and "Police Officers" not in names
    assert [q.speaker for q in b.quotes if q.kind == "direct"] == ["Graeme Souness"]


def test_a_name_after_a_title_the_title_ruler_tagged_is_a_person_who_speaks(brief):
    # the title ruler tags "Green MEP" and the NER then leaves the name outside every entity
    b = brief("Patents\n\nFrench Green MEP Alain Lipietz warned two weeks ago that if the Commission ignored the "
              "Parliament's request it would be an insult to the assembly.\n")
    people = {a.name: a for a in b.actors if a.type == "person"}
    assert "Alain Lipietz" in people
    assert [q.speaker for q in b.quotes if q.kind == "indirect"] == ["Alain Lipietz"]


def test_the_station_or_the_channel_that_speaks_is_the_broadcaster_named_before(brief):
    b = brief("Radio\n\nThe new breakfast show starts on BBC Radio 2 in March. The station also confirmed that the "
              "presenter will host a one-off programme at Easter.\n")
    assert [(q.kind, q.speaker) for q in b.quotes] == [("indirect", "BBC Radio 2")]


def test_a_position_with_the_club_in_the_phrase_is_the_player_just_named_not_the_club(brief):
    b = brief("Rugby\n\nEngland's Tom Harker has said he was denied a try in the loss to France. The Saracens wing "
              "insisted he touched the ball down before the whistle.\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert said["he touched the ball down before the whistle"] == "Tom Harker"


def test_a_name_after_a_quote_with_where_they_are_from_after_a_comma_speaks(brief):
    # the parser hangs the name on a noun inside the quote, and the comma that closes the description is missing
    b = brief("Gadgets\n\nThe show opens today. \"The story this year remains all about digital,\" Jeff Joseph, from "
              "the Consumer Electronics Association (CEA) told the BBC News website. \"It is about "
              "personalisation.\"\n")
    assert [q.speaker for q in b.quotes] == ["Jeff Joseph", "Jeff Joseph"]


def test_the_next_quote_after_one_whose_speaker_the_parse_missed_continues_that_speaker(brief):
    # "expected" earlier in the paragraph names nobody; the verb right after the first quote is the second's too
    b = brief("Gadgets\n\nAbout 120,000 people are expected to attend the show. \"The story this year remains all "
              "about digital,\" Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC News "
              "website. \"It is about personalisation.\"\n")
    assert [q.speaker for q in b.quotes] == ["Jeff Joseph", "Jeff Joseph"]


def test_a_sports_position_is_a_role_and_a_role_reaches_two_sentences_back_when_nobody_is_nearer(brief):
    b = brief("Scrum\n\nAdam Jones says the Wales forwards are determined. The prop said: \"If we get stuffed in the front "
              "five our backs have had it.\"\n\nMr Brown said the UK would make similar offers. Under the plan, "
              "countries must spend the cash saved on health. \"We make this offer unilaterally,\" the chancellor said.\n")
    assert [q.speaker for q in b.quotes if q.kind == "direct"] == ["Adam Jones", "Brown"]


def test_a_name_the_parser_ends_an_opening_phrase_with_is_the_subject(brief):
    b = brief("Nato\n\nIn a meeting with the editorial board of the Washington Post Trump said that US involvement in "
              "Nato may need to be decreased.\n")
    assert [q.text for q in b.quotes] == ["US involvement in Nato may need to be decreased"]
    assert b.quotes[0].speaker is not None and b.quotes[0].speaker.endswith("Trump")


def test_a_name_set_off_by_commas_after_an_opening_phrase_is_the_subject(brief):
    # the parser hangs the name (and its age, or the title beside it) on the opening phrase and gives the verb no
    # subject
    b = brief("Hacker\n\nAs a part of his plea, Marcel Lehel Lazar, 44, said that he victimized nearly 100 Americans "
              "from his home overseas.\n\nIn a statement to the Observer, her senior policy adviser, Jake Sullivan, "
              "said the talks had failed.\n")
    assert [(q.text, q.speaker) for q in b.quotes] == [
        ("he victimized nearly 100 Americans from his home overseas", "Marcel Lehel Lazar"),
        ("the talks had failed", "Jake Sullivan")]
    b = brief("Trump\n\nIn addition to Mr. Regalado, two Republican members of Congress from Florida, Ileana Ros-Lehtinen "
              "and Carlos Curbelo, said they will not back Mr. Trump.\n")
    assert not any(q.speaker and "Regalado" in q.speaker for q in b.quotes)  # the opening phrase's own name


def test_a_party_or_a_body_glued_before_a_persons_name_is_split_from_it(brief):
    b = brief("Budget\n\nJack Straw spoke on Monday. In a speech to the Foreign Policy Centre Mr Straw said of the Tory "
              "leader: \"He is clever.\" For the Lib Dems David Laws said: \"The chancellor will tell us.\" The "
              "Conservative Party Conference opened.\n")
    names = {a.name for a in b.actors}
    assert {"Jack Straw", "David Laws", "Foreign Policy Centre"} <= names
    assert not any("Mr Straw" in n or "Lib Dems David" in n or n == "Party Conference" for n in names)
    assert [q.speaker for q in b.quotes] == ["Jack Straw", "David Laws"]


def test_a_description_that_speaks_in_the_lead_is_the_one_the_next_sentences_name(brief):
    b = brief("Cards\n\nNew safeguards on card payments in shops have led fraudsters to focus on the internet, an "
              "anti-fraud agency has said.\n\nAnti-fraud consultancy Retail Decisions says fraud has risen since "
              "January. Shops are busy.\n")
    assert b.quotes[0].speaker == "Retail Decisions"
    b = brief("Lacroix\n\nA US firm has said it is in final negotiations with luxury goods group LVMH to buy the "
              "Christian Lacroix house.\n\nParis-based LVMH has been selling businesses. Privately-held Falic Group "
              "bought two brands last year.\n")
    assert b.quotes[0].speaker != "LVMH"  # the other party the lead names is not the speaker
    b = brief("Costs\n\nMost EU countries have failed to put in place the policies they promised, a report says.\n\n"
              "The study, undertaken by the European Commission, sought to assess the progress.\n")
    assert b.quotes[0].speaker == "European Commission"


def test_a_figure_or_a_backbencher_in_the_lead_is_the_person_named_next_whatever_their_office(brief):
    b = brief("Oil\n\nThe state's hold on its energy industry needs to be reversed, a senior government figure has "
              "warned.\n\nEconomy minister Jan Kowalski told a newspaper that state involvement was wrong.\n")
    assert b.quotes[0].speaker == "Jan Kowalski"
    b = brief("Campaign\n\nThe Conservatives have been smarter in the way they have run the campaign, a Labour "
              "backbencher has said.\n\nDerek Whyte said a long campaign had turned off voters.\n")
    assert b.quotes[0].speaker == "Derek Whyte"  # not the party the description names


def test_a_report_in_the_lead_is_the_body_that_speaks_next_or_that_carried_it_out(brief):
    b = brief("Tax\n\nThe government will have to raise taxes or rein in spending, a report suggests.\n\nThe rule "
              "states that the government can borrow only to invest. The National Institute of Fiscal Studies claims "
              "that taxes need to rise by about £10bn.\n")
    assert b.quotes[0].speaker == "National Institute of Fiscal Studies"
    b = brief("Tags\n\nConsumers are very concerned about the use of tags in shops, a survey says.\n\nMore than half "
              "of 2,000 people surveyed said they had worries. Some groups have expressed concern. The survey showed "
              "that awareness was low. The survey of consumers in four countries was carried out by consultancy group "
              "Capgemini.\n")
    assert b.quotes[0].speaker == "Capgemini"
    # the small NER tags the name a place; the text calls it a body ("consultancy group Capgemini")
    assert [(a.name, a.type) for a in b.actors] == [("Capgemini", "organization")]
    b = brief("Tax\n\nThe government will have to raise taxes, a report suggests.\n\nThe Bank of England cut "
              "interest rates last week. The Treasury said its plans were on track.\n")
    assert b.quotes[0].speaker is None  # the first body named next does not speak: the report's issuer is untold

def test_a_person_described_with_a_later_on_is_the_one_the_next_sentence_names_first(brief):
    b = brief("Cuba\n\nCuba will tax dollars from next month.\n\nA leading expert on the Cuban economy says that the "
              "plan smacks more of a desperate measure than a political gesture. \"I think it is an effort to raise "
              "cash,\" says Jose Barrionuevo, head of strategy for Barclays Capital.\n\nA host of lenders and "
              "economists have predicted that prices will fall. \"Demand is weak,\" said Miles Shipside.\n")
    by_text = {q.text.split()[0]: q.speaker for q in b.quotes}
    assert by_text["the"] == "Jose Barrionuevo"
    assert by_text["prices"] != "Miles Shipside"  # "a host of" many is no one person
    b = brief("Plan\n\nThe senator had no plan.\n\nShe will propose spending $2bn a year, according to a campaign "
              "official who was not authorized to speak publicly. It is the first such plan, said Robert Egge, "
              "director of a charity.\n")
    assert [q.speaker for q in b.quotes if q.text.startswith("She")] != ["Robert Egge"]  # left unnamed on purpose
    for unnamed in ("A spokesman", "An official"):  # they speak for others and stay unnamed
        b = brief(f"Bank\n\nProfits rose.\n\n{unnamed} said the results were strong. Chief executive John Smith said "
                  "he was pleased.\n")
        assert [q.speaker for q in b.quotes if "strong" in q.text] != ["John Smith"]


def test_a_name_after_a_role_and_a_dash_is_a_person_with_that_role(brief):
    b = brief("Banks\n\nThe combination means a shortfall, SLBA chairman - and Commercial Bank managing director - "
              "AL Gooneratne told a news conference. \"Most banks have given moratoriums,\" he said.\n")
    actors = {a.name: a for a in b.actors}
    assert actors["AL Gooneratne"].type == "person" and actors["AL Gooneratne"].role == "managing director"
    assert [q.speaker for q in b.quotes if q.text.startswith("Most")] == ["AL Gooneratne"]


def test_the_party_is_a_political_party_and_a_work_speaks_for_its_author(brief):
    b = brief("Candidate\n\nTory leader Michael Howard accepted the decision. Mr Kruger was quoted in the Guardian "
              "newspaper saying the service needed change. In a statement, the party said the comment had been taken "
              "out of context.\n\nThe book by Sunday Telegraph journalist Robert Peston said the pair had fallen "
              "out.\n\nWim Kok was asked to assess the targets. Lisbon risks becoming a byword for failure, his "
              "report said.\n")
    def speakers(words: str) -> list[str | None]:
        return [q.speaker for q in b.quotes if words in q.text]

    assert speakers("out of context") == ["Conservative Party"]  # not the newspaper named last
    assert speakers("the pair") == ["Robert Peston"]  # the author, not the paper he writes for
    assert speakers("Lisbon") == ["Wim Kok"]


def test_they_in_a_clause_is_the_plural_of_people_that_is_its_sentences_subject(brief):
    b = brief("Age\n\nThe plan was dropped. Business leaders had opposed the plan as they said it would be too "
              "costly.\n\nThe announcements brought cheers as they said the war was over.\n")
    assert [q.speaker for q in b.quotes if "costly" in q.text] == ["Business leaders"]
    assert [q.speaker for q in b.quotes if "war" in q.text] != ["announcements"]  # not a plural of things


def test_a_spokesman_goes_on_through_he_and_a_short_name_says_its_clause(brief):
    b = brief("Casinos\n\nA spokesman for the British Casino Association said the plan was unfair. He said foreign "
              "firms would win. \"The UK industry is one of the world's most respected,\" he said.\n\nThe Financial "
              "Times reported the bid on Monday. Shareholders United opposed it. But the FT said it thought JP Morgan "
              "had a role.\n")

    def speakers(words: str) -> list[str | None]:
        return [q.speaker for q in b.quotes if q.text.startswith(words)]

    assert speakers("The UK industry") == ["British Casino Association"]
    # "it" of the FT's clause is the FT, not the body named last; its claim is inside the FT's, one quote
    assert speakers("it thought JP Morgan") == ["Financial Times"]
    assert speakers("JP Morgan") == []


def test_a_given_name_and_a_name_word_the_ner_missed_are_a_person(brief):
    b = brief("Families\n\nMinisters set out their plans. Shadow Secretary of State for the Family, Theresa May, "
              "said: \"These plans were announced in December.\" She said the party would act.\n\nThe Amber "
              "Spyglass won a prize.\n")
    assert "Theresa May" in {a.name for a in b.actors}
    assert [q.speaker for q in b.quotes] == ["Theresa May", "Theresa May"]
    assert not any("Amber" in a.name for a in b.actors)


def test_they_after_people_named_together_is_them_together(brief):
    b = brief("Visas\n\nThe visa programme lapses this month. But Charles Grassley and Patrick Leahy want other "
              "changes.\n\nThe programme has grown well beyond its intent, they say.\n")
    assert [q.speaker for q in b.quotes if "grown" in q.text] == ["Charles Grassley and Patrick Leahy"]


def test_the_role_of_a_group_named_by_a_noun_is_the_person_of_that_group_just_named(brief):
    b = brief("Peers\n\nA bill would end the rule. The Fabian Society's Sundar Katwala said the change was overdue. The "
              "political reform group's general secretary told BBC Radio 4 there were outdated features in the "
              "constitution. Mr Katwala added that it was time.\n")
    actors = {a.name: a for a in b.actors}
    assert actors["Sundar Katwala"].type == "person" and actors["Sundar Katwala"].role == "general secretary"
    assert [q.speaker for q in b.quotes if "outdated" in q.text] == ["Sundar Katwala"]


def test_who_says_is_the_group_of_people_right_before_it(brief):
    b = brief("Schools\n\nThe law is unpopular. Local residents who say they were not consulted are angry. The deal "
              "unites state officials angry about unfunded mandates and teachers unions who said the law punished "
              "them. Trump's adult children, who believed the manager was leaking stories, were upset.\n")

    def speakers(words: str) -> list[str | None]:
        return [q.speaker for q in b.quotes if q.text.startswith(words)]

    assert speakers("they were not consulted") == ["Local residents"]
    assert speakers("the law punished") != ["unfunded mandates"]  # not a noun the parser hung the clause on
    assert speakers("the manager") != ["Trump"]  # the children, not their father


def test_a_lead_document_is_the_body_that_commissioned_it_or_the_kind_of_body_it_is_from(brief):
    # the issuer named as the one who commissioned the survey, a sentence further on than a description's window
    b = brief("Calls\n\nCallers are quicker to hang up, a survey suggests.\n\nCallers hang up after 65 seconds. Calls "
              "are growing. \"Customers are impatient,\" says Cara Diemont of IT firm Dimension Data, which "
              "commissioned the survey.\n")
    assert b.quotes[0].speaker == "Dimension Data"
    # "research from a City investment bank": the bank the next sentence names
    b = brief("Prices\n\nMarks & Spencer has cut prices by an average of 24%, according to research from a City "
              "investment bank.\n\nGoldman Sachs said the cuts were deep.\n")
    assert b.quotes[0].speaker == "Goldman Sachs"
    # a survey about a firm is not that firm's
    b = brief("Calls\n\nCallers are quicker to hang up, a survey suggests.\n\nCallers hang up after 65 seconds. Calls "
              "are growing. Dimension Data sells phones.\n")
    assert b.quotes[0].speaker is None


def test_what_is_said_in_an_email_or_a_statement_is_the_clause_after_it(brief):
    # the parser hangs the "that" clause on the medium's noun; it is still what was said, and not after other nouns
    b = brief("Tax\n\nOntario Premier Doug Ford spoke on Monday. Ford's office said in an email that the province would "
              "file its challenge next week. Markets fell, in the expectation that rates would rise.\n")
    assert [(q.text, q.speaker) for q in b.quotes] == [
        ("the province would file its challenge next week", "Doug Ford")]


def test_what_is_said_at_an_occasion_or_on_a_named_channel_is_the_clause_after_it(brief):
    # "at the debate", "on CNN, where he works": the parser hangs the "that" clause on the phrase's noun; not a noun of
    # content ("pointed to reports that ...", "responded to the news that ...")
    b = brief("Race\n\nSenator John Kasich predicted at the debate that Republicans will take every state if Sanders "
              "wins the nomination. Corey Lewandowski, a rival whom Trump fired weeks ago, said on CNN, where he is now "
              "a paid contributor, that Manafort should be held to account. Jane Doe responded to the news that the "
              "plan was dead.\n")
    assert [(q.text, q.speaker) for q in b.quotes] == [
        ("Republicans will take every state if Sanders wins the nomination", "John Kasich"),
        ("Manafort should be held to account", "Corey Lewandowski")]


def test_say_with_a_noun_for_object_is_a_misread_clause_not_a_thing_said(brief):
    # the parser takes the clause's subject for the object of "says" and hangs its verb on it as a relative clause
    b = brief("Poll\n\nWalter Stone says the increase in polarization and partisanship that Bloomberg decries also "
              "makes his election even less likely. The priest said a prayer that was heard by all.\n")
    assert [(q.text, q.speaker) for q in b.quotes] == [
        ("the increase in polarization and partisanship that Bloomberg decries also makes his election even less "
         "likely", "Walter Stone")]


def test_a_verb_without_subject_in_the_claims_tense_goes_on_with_the_claim(brief):
    # the parser joins "wants" to "said"; it is in the claim's tense (present), not the speech's (past)
    b = brief("Trade\n\nMike Pence said Trump is in favor of free trade, but wants smarter and tougher trade deals.\n")
    assert [q.text for q in b.quotes] == ["Trump is in favor of free trade, but wants smarter and tougher trade deals"]


def test_a_name_after_a_word_opening_a_clause_speaks_past_an_aside(brief):
    b = brief("Putin\n\nDonald Trump spoke on Friday.\n\nThe issue had come up Friday after Mr. Trump, asked about the "
              "deaths of journalists under Mr. Putin, had said, \"I think our country does plenty of killing also.\"\n")
    assert [(q.kind, q.speaker) for q in b.quotes] == [("direct", "Donald Trump")]


def test_a_participle_of_speech_speaks_for_the_name_after_the_dateline_not_the_place(brief):
    b = brief("Biden\n\nNew York (AFP) \u2013 Vice President Joe Biden on Monday hit the 2016 campaign trail with Hillary "
              "Clinton for the first time, trashing Donald Trump as unqualified for the White House and accusing him "
              "of endangering the lives of US troops.\n")
    assert {q.speaker for q in b.quotes} == {"Joe Biden"}


def test_he_inside_a_relative_clause_on_a_persons_name_is_that_person(brief):
    b = brief("Race\n\nTenney is running for Congress.\n\nTenney previously helped fight Oneida Indian Nation "
              "leader Ray Halbritter, who spearheaded the campaign to change the Washington Redskins mascot because he "
              "claimed it was offensive to Native Americans.\n")
    assert [(q.text, q.speaker) for q in b.quotes] == [("it was offensive to Native Americans", "Ray Halbritter")]


def test_a_services_rank_abbreviation_neither_ends_the_sentence_nor_is_an_actor(brief):
    b = brief("Orlando\n\n\"I don't see how Orlando would cause us to change our operations,\" said Navy Capt. Jeff "
              "Davis, a Pentagon spokesman.\n")
    assert [q.speaker for q in b.quotes] == ["Jeff Davis"]
    assert "Navy Capt" not in {a.name for a in b.actors}


def test_a_second_claim_after_comma_and_hung_deep_in_the_first_is_the_first_speakers(brief):
    b = brief("Trade\n\nPresident Barack Obama spoke in London.\n\nUK Independence Party leader Nigel Farage said the "
              "warning was indicative that the President did not know what he was talking about, and accused Number 10 "
              "Downing Street of putting words in the President's mouth.\n")
    assert {q.speaker for q in b.quotes} == {"Nigel Farage"}


def test_told_after_a_quote_ending_in_a_question_mark_is_the_quotes_own_attribution(brief):
    # the sentencizer ends the sentence at "?"; "told" has its listener for object and still attributes the quote
    b = brief("Ties\n\nDonald Trump spoke. David Cameron spoke.\n\nCameron suggested that the billionaire would unite "
              "Britain.\n\n\"It looks like we're not going to have a very good relationship, who knows?\" Trump told "
              "ITV on Monday.\n")
    assert [(q.kind, q.speaker) for q in b.quotes if q.kind == "direct"] == [("direct", "Donald Trump")]


def test_a_day_opening_the_sentence_without_a_comma_is_not_the_speaker(brief):
    # the parser makes "Saturday" the subject and hangs the name on the phrase after it
    b = brief("Warren\n\nSaturday at the Massachusetts Democratic state's party convention Sen. Elizabeth Warren (D-MA) "
              "said presumptive Republican presidential nominee Donald Trump was a \u201cproven failure\u201d in "
              "business.\n")
    assert {q.speaker for q in b.quotes} == {"Elizabeth Warren"}


def test_he_and_she_skip_a_person_whose_given_name_is_of_the_other_sex(brief):
    b = brief("Strike\n\nUnion leader Esther Rantzen met Cyril Fletcher on Monday. Later Mark Kennedy spoke to Catherine "
              "Lee.\n\n\"We will not give in,\" she said. \"Nor will we,\" he said.\n")
    assert [q.speaker for q in b.quotes] == ["Catherine Lee", "Mark Kennedy"]
    # a capitalised "She" inside a sentence is a word of a title, not a mention of the person named before
    b = brief("Lee\n\nJane Lee is back. Her 1986 hit She's Gotta Have It made her name. She said it was a huge market.\n")
    assert [a.mentions for a in b.actors if a.name == "Jane Lee"] == [2]


def test_a_spokesperson_of_someone_named_in_the_phrase_is_not_the_spokesperson_named_before(brief):
    b = brief("Visit\n\nJane Smith, a spokesperson for the RCMP, said the investigation continues. Ontario Premier Doug "
              "Ford was in Ottawa. The premier's spokesperson said the premier would attend. The RCMP's spokesperson "
              "said no charges were laid.\n")
    assert [q.speaker for q in b.quotes] == ["Jane Smith", "Doug Ford", "RCMP"]


def test_an_abbreviated_rank_before_a_name_is_no_actor(brief):
    b = brief("Crash\n\nCpl. Dan Moskaluk said no arrests were made. Staff Sgt. Paul Wilson said the road was safe.\n")
    assert sorted(a.name for a in b.actors) == ["Dan Moskaluk", "Paul Wilson"]
    assert [q.speaker for q in b.quotes] == ["Dan Moskaluk", "Paul Wilson"]


def test_a_quote_left_open_at_its_paragraph_end_is_said_by_the_speaker_of_the_paragraph_that_goes_on(brief):
    b = brief("Transit\n\nMayor Anna Field unveiled a transit plan on Monday.\n\n\"This is the most important investment "
              "this city has made. It will change how people move.\n\n\"We cannot wait any longer,\" Field said.\n")
    assert [(q.text[:12], q.speaker) for q in b.quotes] == [("This is the ", "Anna Field"), ("We cannot wa", "Anna Field")]


def test_a_surname_that_also_names_a_party_is_the_person_of_that_name(brief):
    b = brief("Transit\n\nMayor John Tory unveiled a transit plan on Monday. \"We will act fast,\" Tory said.\n")
    assert [a.name for a in b.actors] == ["John Tory"]
    assert [q.speaker for q in b.quotes] == ["John Tory"]


def test_a_known_body_of_two_words_the_ner_left_untagged_speaks(brief):
    b = brief("Honours\n\nBritain's honours list was published in London on Friday. Downing Street defended the "
              "decision, with a spokesperson saying: \"You have to look at their whole career.\" The Conservatives "
              "objected. Number 10 said the list was fair.\n")
    assert [q.speaker for q in b.quotes][-2:] == ["Downing Street", "Downing Street"]


def test_he_after_a_claim_about_a_named_person_is_the_one_the_narration_was_about(brief):
    b = brief("Message\n\nMichael Howard gave his New Year message on Friday. He set out the choices facing Britain. "
              "\"Who can be trusted?\" \"Who will give value for money?\" Mr Blair has failed to tackle these "
              "problems, he claimed, saying he has the wrong solution.\n\n\"We need to change direction.\"\n")
    assert {q.text[:20]: q.speaker for q in b.quotes} == {
        "Who can be trusted?": "Michael Howard", "Who will give value ": "Michael Howard",
        "Mr Blair has failed ": "Michael Howard", "he has the wrong sol": "Michael Howard",
        "We need to change di": "Michael Howard"}


def test_a_name_set_off_before_the_verb_of_a_title_phrase_is_the_speaker(brief):
    b = brief("Cells\n\nHead of developmental genetics at the National Institute of Medical Research, Professor Robin "
              "Lovell-Badge, said he had witnessed the confused situation in the US.\n")
    assert [q.speaker for q in b.quotes] == ["Robin Lovell-Badge"]


def test_a_pronoun_subject_is_never_the_person_its_own_clause_names(brief):
    b = brief("Row\n\nThe charge was denied by Mr Peter Mandelson, who said the Tories were afraid of Mr Alastair "
              "Campbell's skills. He warned the BBC that attacking Mr Campbell had brought it trouble before.\n")
    assert [q.speaker for q in b.quotes] == ["Peter Mandelson", "Peter Mandelson"]


def test_the_role_said_alone_is_its_one_holder_named_before_and_the_next_he_is_them(brief):
    b = brief("Budget\n\nTory leader Michael Howard dismissed the Budget. Mr Brown liked to rattle off magical balances, "
              "the Tory leader said. \"This is a dodgy Budget,\" he said.\n")
    assert [q.speaker for q in b.quotes][-2:] == ["Michael Howard", "Michael Howard"]
    # "the chancellor" is not the one person whose role is "shadow chancellor"
    b = brief("Cuts\n\nShadow chancellor Oliver Letwin spoke on Monday. The chancellor said the cuts would hurt "
              "schools.\n")
    assert b.quotes[-1].speaker != "Oliver Letwin"


def test_the_role_a_described_speaker_is_called_by_becomes_their_role(brief):
    b = brief("Rugby squad\n\nMatt Williams named his squad on Monday. The Scotland coach said the players were ready "
              "for France.\n")
    assert [q.speaker for q in b.quotes] == ["Matt Williams"]
    assert next(a for a in b.actors if a.name == "Matt Williams").role == "Scotland coach"
    # another person without a role named before: the quote may be either's, the role is nobody's
    b = brief("Rugby squad\n\nMatt Williams met Tom Reid on Monday. The Scotland coach said the players were ready "
              "for France.\n")
    assert all(a.role is None for a in b.actors if a.type == "person")


def test_a_bodys_title_with_no_name_is_the_person_just_named_never_a_government(brief):
    b = brief("Immigration\n\nTory Liam Fox said his party offered a clear choice on the issue. The Conservative Party "
              "Co-Chairman said the British electorate had a choice between two parties.\n")
    assert [q.speaker for q in b.quotes] == ["Liam Fox", "Liam Fox"]
    assert next(a for a in b.actors if a.name == "Liam Fox").role == "Conservative Party Co-Chairman"
    b = brief("Drink\n\nJack McConnell told pupils it was fine to get drunk once in a while. But the Scottish Executive "
              "has insisted Mr McConnell was speaking about adults.\n")
    assert b.quotes[-1].speaker == "Scottish Executive"
    assert next(a for a in b.actors if a.name == "Jack McConnell").role is None


def test_the_person_a_film_shows_speaking_is_the_speaker_not_the_film(brief):
    b = brief("Film\n\nMr Nattrass spoke to the party. The documentary showed Mr Nattrass, apparently talking about the "
              "EU, telling the meeting: \"The Germans are the big losers here.\"\n")
    assert [q.speaker for q in b.quotes] == ["Nattrass"]


def test_he_after_an_owned_spokesman_is_the_spokesman_not_the_last_person_named(brief):
    b = brief("Cabinet\n\nLord Butler said Mr Blair bypassed the Cabinet. The prime minister's official spokesman said "
              "the Cabinet was still used. But he added: \"You cannot take every decision in Cabinet.\"\n")
    assert b.quotes[-1].speaker is None  # the prime minister is named nowhere as an actor: nobody the briefing lists
    b = brief("Cabinet\n\nPrime Minister Tony Blair was in Rome. Lord Butler said Mr Blair bypassed the Cabinet. The "
              "prime minister's official spokesman said the Cabinet was still used. But he added: \"You cannot take "
              "every decision in Cabinet.\"\n")
    assert b.quotes[-1].speaker == "Tony Blair"


def test_they_after_people_named_by_their_office_is_them_where_no_one_spoke(brief):
    b = brief("Asbos\n\nA year ago, ministers launched their anti-social behaviour plan and Thursday's figures offer a "
              "progress check. They will say that in the past year more than 2,600 orders were issued.\n")
    assert [q.speaker for q in b.quotes] == ["ministers"]


def _spoken(b, kind: str) -> dict:
    """The speaker of each quote of one kind, by its whole text."""
    return {q.text: q.speaker for q in b.quotes if q.kind == kind}


def test_a_name_in_apposition_right_before_a_subjectless_verb_of_speech_speaks(brief):
    b = brief("Recall\n\nWhen asked if Vantor Motors would seek compensation from Bosch, the carmaker's chief "
              "executive Karl Vogt said: \"We will first solve the problem before talking about who will pay.\"\n")
    assert _spoken(b, "direct") == {"We will first solve the problem before talking about who will pay.": "Karl Vogt"}


def test_a_name_with_an_ampersand_ending_a_sentence_is_a_speaker(brief):
    b = brief("Prices\n\nB&Q cut prices on Monday. \"We are bringing in ranges at new price points,\" said B&Q. "
              "Rivals said nothing.\n")
    assert _spoken(b, "direct") == {"We are bringing in ranges at new price points,": "B&Q"}


def test_it_is_likely_and_the_clause_after_it_are_one_claim(brief):
    b = brief("Budget\n\nThe Tories say it is likely the Budget will contain measures to attract votes.\n")
    assert "it is likely the Budget will contain measures to attract votes" in _spoken(b, "indirect")


def test_a_speech_verb_set_off_after_its_clause_and_its_participle(brief):
    b = brief("Summit\n\nMr Hale spoke in Paris. The world had to be brought together, he added, saying action was "
              "needed on poverty. Mr Hale said a win would have given him a fresh start, adding it was almost as if "
              "nothing had changed.\n")
    said = _spoken(b, "indirect")
    for text in ("The world had to be brought together", "action was needed on poverty",
                 "a win would have given him a fresh start", "it was almost as if nothing had changed"):
        assert said.get(text) == "Hale", text
    # said inside the clause, or with another attribution inside it: not this
    aside = brief("Attack\n\nMr Hale spoke. The attack, he says, is the latest example of the party getting the tone "
                  "wrong - a by-product, he claims, of the Tories setting the agenda.\n")
    assert not any(t.startswith("The attack") for t in _spoken(aside, "indirect"))


def test_a_passive_verb_of_speech_after_a_quote_does_not_take_its_speaker_away(brief):
    b = brief("Vote\n\nMr Hale said a win would have given Europe a fresh start.\n\n\"Europeans must hope that the "
              "new president will listen. \"Iraq will remain an issue for some time to come.\" Even before the vote, "
              "Mr Hale was being urged to push for action on climate change.\n")
    direct = _spoken(b, "direct")
    assert direct == {"Europeans must hope that the new president will listen.": "Hale",
                      "Iraq will remain an issue for some time to come.": "Hale"}


def test_a_group_that_speaks_is_named_as_written(brief):
    b = brief("Ruling\n\nMinistry of Defence lawyers argued the area was outside European jurisdiction. "
              "Paris-based economists said the recovery would last.\n")
    speakers = set(_spoken(b, "indirect").values())
    assert "Ministry of Defence lawyers" in speakers and "Paris-based economists" in speakers


def test_a_sum_in_millions_ends_its_sentence(brief):
    b = brief("Cuts\n\nThe cuts should save more than $375m. As part of its efforts, the company said it was halving "
              "its dividend.\n")
    assert len(b.sentences) == 2


def test_the_only_person_named_may_be_called_by_a_second_role(brief):
    b = brief("Quits\n\nEx-chat show host Robert Kilby has quit the party. The MEP said he was ashamed to have joined "
              "the party.\n")
    assert _spoken(b, "indirect") == {"he was ashamed to have joined the party": "Robert Kilby"}
    assert next(a for a in b.actors if a.name == "Robert Kilby").role == "Ex-chat show host"


def test_the_mp_for_a_constituency_is_the_mp_just_named_not_the_place(brief):
    b = brief("Campaign\n\nLabour MP Derek Wyatt wants a bigger role for Chancellor Gordon Brown. Labour's election "
              "chief Alan Milburn denied there was an attempt to sideline Mr Brown. However, Mr Wyatt predicted the "
              "campaign would get under way once the budget was delivered. The MP for Sittingbourne and Sheppey said "
              "Tony Blair had been trying very hard.\n\nFormer Cabinet minister Douglas Hogg said the Bill was "
              "unnecessary. But the Tory MP for Sleaford and North Hykeham admitted the role could not be frozen.\n")
    spoken = _spoken(b, "indirect")
    assert spoken["Tony Blair had been trying very hard"] == "Derek Wyatt"
    assert spoken["the role could not be frozen"] == "Douglas Hogg"  # a former minister is an MP too
    assert not {"Sittingbourne", "Sheppey", "Sleaford", "North Hykeham"} & {a.name for a in b.actors}


def test_a_business_named_by_its_first_word_and_the_world_s_biggest_noun(brief):
    b = brief("Jobs\n\nUS insurer Marsh cuts jobs. Up to 2,500 jobs are to go at Marsh & McLennan. A drive at the "
              "group also led to a $337m hit, the world's biggest insurer said.\n")
    assert "Marsh" not in {a.name for a in b.actors}
    assert set(_spoken(b, "indirect").values()) == {"Marsh & McLennan"}


def test_a_name_the_parser_leaves_without_its_verb_still_speaks(brief):
    b = brief("Migrants\n\nHome Secretary Charles Clarke unveiled his plans on Monday.\n\nTrevor Phillips, chairman of "
              "the Commission for Racial Equality, called on Mr Clarke to denounce the suggestion Britain's "
              "hospitality was being tested by immigration. \"Tell that to the 44,000 doctors in the NHS,\" he "
              "said.\n")
    assert _spoken(b, "direct")["Tell that to the 44,000 doctors in the NHS,"] == "Trevor Phillips"
    reported = _spoken(b, "indirect")
    assert reported.get("Mr Clarke to denounce the suggestion Britain's hospitality was being tested by "
                        "immigration") == "Trevor Phillips"


def test_a_quote_opening_a_paragraph_goes_on_with_the_speaker_the_paragraph_before_ended_with(brief):
    b = brief("Houses\n\nPrices rose 0.5% in February, says the Nationwide building society. \"We are not seeing the "
              "market collapsing,\" said Nationwide economist Alex Bannister.\n\nHomeowners now expect prices to rise "
              "by 1%, Mr Bannister said. He said the Bank of England may increase interest rates.\n\n\"I think the key "
              "is what the Bank expects.\" House prices have risen 0.9% this year, Nationwide said.\n\n\"We see no "
              "collapse.\" Nationwide's chief executive Ian Hart said.\n")
    said = _spoken(b, "direct")
    assert said["I think the key is what the Bank expects."] == "Alex Bannister"
    assert said["We see no collapse."] == "Ian Hart"  # the next sentence that reports nothing else is the quote's
    # a verb of speech after the quote with an object of its own ("urged the government to ...") reports something
    # else too: the quote goes on with the speaker before it
    b = brief("Detainees\n\nMr Heath said the judgement was clear. He said he accepted the balance.\n\n\"These detainees "
              "should be tried.\" Shadow home secretary David Davis urged the government to act fast.\n")
    assert _spoken(b, "direct")["These detainees should be tried."] == "Heath"


def test_a_quote_after_what_a_named_person_did_in_its_paragraph_is_theirs(brief):
    b = brief("Fostering\n\nThe government set a minimum payment.\n\nCharity director Robert Tapsfield criticised the "
              "existing system. \"There is just no logic to a system which values children differently.\" The "
              "charity recommends a weekly payment of £108.\n")
    assert _spoken(b, "direct")["There is just no logic to a system which values children differently."] \
        == "Robert Tapsfield"
    # not what someone or something is: the one it is said of need not be the one who speaks
    b = brief("Marley\n\nThe album came out in 1977.\n\nThe producer spoke on Monday. Bob Marley was one of the most "
              "mesmeric people. \"He must have had an iron will to succeed.\"\n")
    assert _spoken(b, "direct")["He must have had an iron will to succeed."] is None
    # a verb of speech before the quote in its paragraph still names the speaker
    b = brief("Fostering\n\nRobert Tapsfield criticised the system. Jane Smith said: \"It is unfair.\"\n")
    assert _spoken(b, "direct")["It is unfair."] == "Jane Smith"


def test_a_lead_s_top_judge_is_the_lord_chief_justice_named_after_it(brief):
    b = brief("Judges\n\nThe UK's top judge has revealed he has clashed with ministers about inquiries.\n\nLord Woolf "
              "said he was determined his veto should continue. Lord Woolf, who is Lord Chief Justice of England "
              "and Wales, was giving evidence to MPs.\n")
    assert _spoken(b, "indirect")["he has clashed with ministers about inquiries"] == "Lord Woolf"


def test_a_claim_made_by_someone_is_theirs(brief):
    b = brief("Savings\n\nMichael Howard leads the Tories. Labour ridiculed the claims made on Monday by Michael Howard "
              "that he could save £35 billion of waste.\n")
    (q,) = [q for q in b.quotes if q.kind == "indirect"]
    assert (q.speaker, q.text) == ("Michael Howard", "he could save £35 billion of waste")


def test_a_relative_clause_of_speech_reports_what_follows_and_is_no_final_attribution(brief):
    b = brief("Tax\n\nIt is a tax which critics say will cost jobs. Members dislike the subsidies, which competitors say give "
              "rivals an unfair advantage. Help came from the employers' organisation, the CBI, which complains of a "
              "lack of skills.\n")
    reported = {q.text: q.speaker for q in b.quotes if q.kind == "indirect"}
    assert reported["will cost jobs"] == "critics"
    assert reported["give rivals an unfair advantage"] == "competitors"
    assert not any(t.startswith("Help came") for t in reported)  # not "..., which complains of ..." as a final "said"


def test_a_speaker_after_the_verb_read_as_its_object_and_a_group_named_by_what_they_are(brief):
    b = brief("Trade\n\nTalks on Russia's proposed membership of the World Trade Organisation (WTO) have been \"making good "
              "progress\" say those behind the negotiations.\n")
    assert _spoken(b, "direct") == {"making good progress": "those behind the negotiations"}


def test_an_acronym_of_a_body_named_before_is_that_body(brief):
    b = brief("Rover\n\nRover's future was in doubt, the Financial Times said. The FT said it thought JP Morgan may still "
              "have had some role.\n")
    (q,) = [q for q in b.quotes if q.text.startswith("it thought")]
    assert q.speaker == "Financial Times" and q.speaker_id is not None


def test_a_person_named_beside_the_subject_is_who_he_refers_to_later(brief):
    b = brief("Schools\n\nSir Mike Tomlinson himself was briefed only this week. \"It will be a tragedy if the government "
              "fails,\" said the chairman of the Commons education select committee, Labour MP Barry Sheerman. His main "
              "concern was the reports that there would be a diploma. \"We must tackle head-on the structural mess,\" "
              "he wrote in the Times Educational Supplement.\n")
    assert _spoken(b, "direct")["We must tackle head-on the structural mess,"] == "Barry Sheerman"


def test_a_noun_of_kin_beside_a_name_says_the_persons_sex(brief):
    b = brief("Racing\n\nWhen Joy Rainey started competing in 1974 she was continuing the family tradition - her father, "
              "Murray, is a former champion. \"In a competition car you have to have everything right,\" she said.\n")
    assert _spoken(b, "direct") == {"In a competition car you have to have everything right,": "Joy Rainey"}


def test_a_place_a_body_is_named_after_is_not_that_body_said_alone(brief):
    b = brief("Rugby\n\nBBC Radio Leicester reported the news on Monday. Leicester say they will not be rushed into making "
              "a bid for Andy Farrell.\n")
    assert _spoken(b, "indirect")["they will not be rushed into making a bid for Andy Farrell"] != "BBC Radio Leicester"


def test_nobody_says_nothing_and_a_pronoun_before_any_name_is_the_next_one_named(brief):
    b = brief("Euro\n\nThe shape of the economy In graphics\n\nBut he denied that he was ruling out British membership of "
              "the euro despite saying there would be no assessment this year. Mr Brown said it was vital the UK "
              "invested. He replies that no one thought the Berlin Wall would come down.\n")
    reported = {q.text: q.speaker for q in b.quotes if q.kind == "indirect"}
    assert reported["he was ruling out British membership of the euro"] == "Brown"  # not "... despite saying ..."
    assert reported["there would be no assessment this year"] == "Brown"
    assert "the Berlin Wall would come down" not in reported


def test_a_title_is_not_of_one_named_only_later_nor_of_a_former_holder(brief):
    b = brief("Euro\n\nMr Brown said it was vital the UK invested in science. Otherwise it would be overtaken by China, "
              "he told MPs.\n\nThe chancellor said that the EU's planned changes would force Britain to run a surplus. "
              "Earlier, ex-Conservative chancellor Ken Clarke welcomed a relaxation of the rules. Mr Brown vigorously "
              "denied Conservative claims that he had fiddled the figures.\n")
    reported = {q.text: q.speaker for q in b.quotes if q.kind == "indirect"}
    assert reported["the EU's planned changes would force Britain to run a surplus"] == "Brown"
    assert reported["he had fiddled the figures"] == "Conservative Party"


def test_a_noun_after_a_dash_at_the_end_of_a_claim_is_the_writers(brief):
    b = brief("Africa\n\nThe memory Gordon Brown says keeps returning to him - the one that he says is burnt into him - "
              "is that of a girl.\n")
    texts = {q.text for q in b.quotes if q.kind == "indirect"}
    assert "keeps returning to him" in texts and "is burnt into him" in texts


def test_a_second_claim_the_tagger_read_as_a_participle_is_the_speakers(brief):
    b = brief("Murder\n\nBut the Home Office said mandatory life sentences would not be abolished and argued courts "
              "already had flexibility. He was confined and told he would be freed.\n")
    reported = {q.text: q.speaker for q in b.quotes if q.kind == "indirect"}
    assert reported["courts already had flexibility"] == "Home Office"
    assert reported["mandatory life sentences would not be abolished"] == "Home Office"
    assert reported.get("he would be freed") is None  # told (passive): not a claim of the one confined


def test_a_spokesperson_of_a_body_of_several_words_the_ner_typed_otherwise_speaks_for_it(brief):
    b = brief("Shops\n\nShops were busy at the Trafford Centre in Manchester. A Trafford Centre spokeswoman said about "
              "8,500 vehicles had arrived at the centre.\n")
    assert [q.speaker for q in b.quotes] == ["Trafford Centre"]


def test_fans_or_shareholders_of_a_body_speak_as_themselves_not_as_the_body(brief):
    b = brief("Sale\n\nYukos was sold on Sunday. Yukos shareholders said the sale was illegal. Chelsea beat Arsenal. "
              "Chelsea fans said the club was right. Yukos said it would appeal.\n")
    assert [q.speaker for q in b.quotes] == ["Yukos shareholders", "Chelsea fans", "Yukos"]


# A description of the person just named is that person: a party or a people in it ("the Liberal Democrat
# leader", "the French international defender"), a relative clause set off by commas, a minister's title the parser
# made a name of, a captain who plays a position, an international, the role of a body the NER did not type as one.
JUST_NAMED = [
    ("Message\n\nCharles Kennedy spoke in Glasgow on Monday. In his message the Liberal Democrat leader said voters "
     "faced a clear choice.\n", ["Charles Kennedy"]),
    ("Cup\n\nMarc Dupont has signed a new deal. And the French international defender believes the club will win "
     "the cup.\n", ["Marc Dupont"]),
    ("Theatre\n\nMr Nolan said the idea was to raise money. The Oscar-nominated actor, whose films include many "
     "hits, said: \"The theatre is too important to lose.\"\n", ["Nolan", "Nolan"]),
    ("Tax\n\nGordon Brown set out his plans. The Chancellor said the Conservatives' plans would see £50bn in cuts.\n",
     ["Gordon Brown"]),
    ("Schools\n\nReal Madrid midfielder David Barton has no plans to coach. \"I would like to have football "
     "schools,\" the England captain said on television.\n", ["David Barton"]),
    ("Cup\n\nBoro beat Lazio on Thursday. Boudewijn Zenden scored both goals. The Holland international said Boro "
     "are confident of progressing.\n", ["Boudewijn Zenden"]),
    ("Show\n\nRock star Ozzy Osbourne has said his family will make no more episodes. \"I didn't like having "
     "cameras around,\" the Black Sabbath singer told reporters.\n", ["Ozzy Osbourne", "Ozzy Osbourne"]),
    ("Brand\n\nMr Haji-Ioannou vowed to fight back on Monday. The Easyjet founder also said he planned to add a "
     "disclaimer to the website.\n", ["Haji-Ioannou", "Haji-Ioannou"]),  # his vow is a quote of his too
]


@pytest.mark.parametrize("text, speakers", JUST_NAMED)
def test_a_description_of_the_person_just_named_is_that_person(brief, text, speakers):
    assert [q.speaker for q in brief(text).quotes] == speakers


# ... unless what is known of them contradicts it: another party, a club director for "the former international"
NOT_JUST_NAMED = [
    ("Schools\n\nLabour's Ruth Kelly visited a school in Leeds. But the Tory leader argued that the plan would "
     "fail.\n", "Ruth Kelly"),
    ("Job\n\nClub director Terry Brady held talks with Gordon Strachan on Saturday. The former Scotland "
     "international added that the move would not be wise.\n", "Terry Brady"),
]


@pytest.mark.parametrize("text, other", NOT_JUST_NAMED)
def test_a_description_is_not_the_person_just_named_when_they_belong_elsewhere(brief, text, other):
    assert brief(text).quotes[-1].speaker != other


def test_a_claim_noun_a_speaker_makes_or_demands_is_theirs_but_not_one_they_reject(brief):
    b = brief("Terror\n\nHome Affairs spokesman Mark Oaten demanded assurances that the evidence against the men was "
              "not gained under torture. The minister rejected claims that the men were held without evidence.\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert said["the evidence against the men was not gained under torture"] == "Mark Oaten"
    assert said["the men were held without evidence"] is None


def test_a_verb_of_speech_set_off_after_the_clause_with_its_subject_after_it_reports_the_clause(brief):
    b = brief("Gaming\n\nThe growing popularity of online gaming could spell problems for net service firms, warns "
              "network monitoring company Sandvine. It issued the warning on Monday. The traffic explosion has "
              "continued into December, said Sandvine.\n")
    assert [(q.speaker, q.text) for q in b.quotes][0] == (
        "Sandvine", "The growing popularity of online gaming could spell problems for net service firms")


def test_a_country_speaks_as_its_state_not_through_everything_named_after_it(brief):
    b = brief("Piracy\n\nA court in Oslo ruled on Monday. Norway's music industry said it was satisfied with the ruling. "
              "The Norwegian government said it would study the ruling.\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert said["it was satisfied with the ruling"] != "Norway"
    assert said["it would study the ruling"] == "Norway"
    b = brief("Faces\n\nThe Canada-based company says it was looking for a wide variety of people to use as models.\n")
    assert [q.speaker for q in b.quotes] != ["Canada"]


def test_a_country_an_envoy_is_sent_to_is_not_the_speaker(brief):
    b = brief("Integration\n\nIt comes after Pakistan's High Commissioner to Britain said some Pakistanis should "
              "integrate more.\n")
    assert [q.speaker for q in b.quotes] != ["United Kingdom"]


def test_an_unnamed_body_by_its_kind_speaks_as_that_kind(brief):
    b = brief("Custody\n\nDeaths in custody have reached shocking levels, a committee of MPs and peers has warned.\n")
    assert [q.speaker for q in b.quotes] == ["committee"]


def test_a_claim_the_parser_cut_in_two_complements_is_reported_whole(brief):
    """The second piece is a complement of the verb of speech with no subject of its own, right after the first."""
    b = brief("Parmalat\n\nCalisto Tanzi said he would co-operate fully with prosecutors investigating the background "
              "to one of Europe's largest financial scandals.\n\nGordon Brown spoke in Leeds. He said Tory plans to "
              "cut £35bn tax would \"cut deep into public service\".\n")
    reported = [q.text for q in b.quotes if q.kind == "indirect"]
    assert "he would co-operate fully with prosecutors investigating the background to one of Europe's largest " \
           "financial scandals" in reported
    assert any(t.startswith("Tory plans to cut £35bn tax would") for t in reported)
    assert not any(t.endswith(("would co", "£35bn tax")) for t in reported)


def test_a_role_said_sentences_after_the_only_person_named_is_that_person(brief):
    b = brief("Pay gap\n\nPatricia Hewitt said the cost of the proposals was being evaluated. Plans include funding "
              "for universities to help graduates find jobs. Women in full-time work earn 19% less than men, "
              "according to the Equal Opportunities Commission. The figures have barely moved in five years.\n\n"
              "The minister told delegates that getting rid of career sexism was vital to closing the pay gap.\n")
    told = [q for q in b.quotes if q.text.startswith("getting rid of career sexism")]
    assert [q.speaker for q in told] == ["Patricia Hewitt"]
    two = brief("Pay gap\n\nPatricia Hewitt said the cost was being evaluated. John Smith said it was too high. Plans "
                "include funding for universities. Women earn 19% less than men, according to the Equal "
                "Opportunities Commission. The figures have barely moved.\n\nThe minister told delegates that "
                "getting rid of career sexism was vital to closing the pay gap.\n")
    assert [q.speaker for q in two.quotes if q.text.startswith("getting rid")] in ([None], [])  # which one is not known


def test_a_second_verb_of_speech_after_but_or_made_finite_by_do_ends_the_claim(brief):
    b = brief("Primaries\n\nSanders said he would offer a prayer for the eventual Republican nominee but did not "
              "suggest it would be Trump.\n\nDick Cheney said the budget was the toughest of the Bush Presidency but "
              "argued it was fair and responsible.\n")
    reported = {q.text: q.speaker for q in b.quotes if q.kind == "indirect"}
    assert reported.get("he would offer a prayer for the eventual Republican nominee") == "Sanders"
    assert reported.get("the budget was the toughest of the Bush Presidency") == "Dick Cheney"
    assert not any("but" in text.split() for text in reported)  # the second claim never joins the first
    assert any(speaker == "Sanders" and "it would be Trump" in text for text, speaker in reported.items())


def test_a_name_the_tagger_took_for_a_common_noun_at_a_sentence_start_is_still_its_actor(brief):
    b = brief("Homes\n\nRightmove said estate agents were set to enter 2005 with a third more properties on their "
              "books. The website Rightmove is owned by estate agents.\n")
    (q,) = [q for q in b.quotes if q.text.startswith("estate agents")]
    actor = next(a for a in b.actors if a.name == "Rightmove")
    assert (q.speaker, q.speaker_id) == ("Rightmove", actor.id)


def test_the_name_after_one_of_a_group_or_before_an_aside_in_dashes_speaks(brief):
    b = brief("Ban\n\nThe sprinters are facing lengthy bans. \"A decision is now expected by around mid-March,\" said "
              "one of their lawyers, Michalis Dimitrakopoulos. However, one of the so-called Guildford Four, Gerry "
              "Conlon - who was wrongly convicted of planting the bombs - said the families were delighted with the "
              "apology.\n\nAston Martin will unveil the Vantage at the Geneva Motor Show. Its chief executive is "
              "Ulrich Bez. Mr Bez - himself a former executive at rival Porsche - said the new car was the "
              "company's \"most affordable car ever\".\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert said["A decision is now expected by around mid-March,"] == "Michalis Dimitrakopoulos"
    assert said["the families were delighted with the apology"] == "Gerry Conlon"
    assert said["most affordable car ever"] == "Ulrich Bez"


def test_a_reported_claim_leaves_out_the_day_and_another_speakers_claim_and_keeps_its_closing_mark(brief):
    b = brief("Budget\n\nPremier Doug Ford said Tuesday the province will expand testing to all care homes. The "
              "Conservatives said the Liberals were wasting money, and Conservative Leader Erin O'Toole accused "
              "Justin Trudeau of \"reckless spending.\" Ford insisted the bonus would be paid \"as soon as "
              "possible.\"\n\nMr Kennedy said the British public felt let down by Labour on issues from Iraq to top-up fees "
              "and the Conservatives were not \"asking the critical questions\".\n")
    reported = {q.text: q.speaker for q in b.quotes if q.kind == "indirect"}
    assert reported.get("the province will expand testing to all care homes") == "Doug Ford"
    assert reported.get("the Liberals were wasting money") == "Conservative Party"
    assert reported.get("the bonus would be paid \"as soon as possible.\"") == "Doug Ford"
    # a second clause that is no one's claim of its own stays in ("were not asking" says nothing)
    assert any(text.endswith("asking the critical questions\"") for text in reported)


def test_a_claim_that_starts_or_ends_with_a_quoted_word_keeps_both_its_marks(brief):
    b = brief("Words\n\nMerriam-Webster said \"blog\" was the word that people asked about most often over the last "
              "12 months. The UK operator is already appealing against allegations that its UK roaming rates are "
              "\"unfair and excessive\". \"Major problems\" are expected over the next 10 years as the social "
              "science workforce continues to age, it said.\n")
    reported = [q.text for q in b.quotes if q.kind == "indirect"]
    assert any(t.startswith('"blog" was the word') for t in reported)
    assert 'its UK roaming rates are "unfair and excessive"' in reported
    assert any(t.startswith('"Major problems" are expected') for t in reported)
    assert all(t.count('"') % 2 == 0 for t in reported)


def test_words_before_a_speaker_are_a_claim_only_when_the_verb_has_no_object_and_they_are_not_its_adverbial(brief):
    b = brief("Memoirs\n\nIn his 1998 memoir, Second Chances, Robert Hale recalled the flood. On Friday Northwind "
              "Energy admitted the problem. Writing for a regional paper that said the plan would fail, Anna Ortiz "
              "noted that the council had ignored the warnings. Rates will stay where they are, Robert Hale told "
              "reporters.\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert not any(t.startswith(("In his 1998 memoir", "On Friday")) for t in said)
    assert said.get("the council had ignored the warnings") == "Anna Ortiz"
    assert not any(t.startswith("Writing for") for t in said)
    assert said.get("Rates will stay where they are") == "Robert Hale"


def test_a_person_said_she_is_that_person_where_the_parser_hangs_the_verb_under_a_later_one(brief):
    # no full stop after the closing mark: the parser makes "Ms Marsh said" a clause of the later "she said"
    b = brief("Health\n\nJane Marsh was dropped as health minister on Tuesday. Conservative spokeswoman Karen Dale "
              "said the reforms had failed. Meanwhile Ms Marsh said she trusted \"that patients in the county would "
              "gain from my reforms of the past four years and six months\" Asked about delays, she said that delays "
              "in surgery were \"only one part of the problem\" and that the trust had \"turned a corner\" on the "
              "matter.\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert said.get("only one part of the problem") == "Jane Marsh"
    assert said.get("turned a corner") == "Jane Marsh"


def test_a_verb_of_speech_set_off_inside_the_claim_gives_it_to_the_name_after_the_verb(brief):
    b = brief("Euro\n\nThe euro slipped on Monday. The Asian finance ministers' comments, said Kenji Morita of Nomura "
              "bank in Osaka, were \"far too weak to produce a reaction\".\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert said.get("far too weak to produce a reaction") == "Kenji Morita"
    assert not any(t.startswith("Kenji Morita") for t in said)  # the name is not part of what is said


def test_an_office_said_bare_again_is_the_person_it_was_before_not_the_one_named_last(brief):
    b = brief("Trade\n\nAlan Foster will take a softer line on trade in his second term as Canadian premier, Helen Carr "
              "has said.\n\nThe prime minister said Mr Foster had learned that tariffs were not the only tool. Mr "
              "Foster was sworn in at a ceremony in Ottawa on Thursday.\n\nEchoing the new trade secretary, the prime "
              "minister said there had been a clear change of policy since 2003.\n")
    said = {q.text[:30]: q.speaker for q in b.quotes}
    assert said["Mr Foster had learned that tar"] == "Helen Carr"
    assert said["there had been a clear change "] == "Helen Carr"


def test_a_colon_after_a_person_said_to_be_so_introduces_their_quote(brief):
    b = brief("Outlook\n\nMaria Santos is too careful to predict how her party will do. But does that not invite the "
              "charge that it is aiming for second place? She is willing to go this far: \"The other parties know "
              "they cannot win this time.\"\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert said.get("The other parties know they cannot win this time.") == "Maria Santos"


def test_a_verb_in_a_campaign_name_or_an_adjective_is_no_cue_and_a_later_claim_is_not_the_quote_before_it(brief):
    b = brief("Vote\n\nYes campaign chairman Peter Lane said he hoped for a late rise in turnout. He added: \"The power "
              "should sit in the region.\" He also defended the decision to attack the rival campaign's alleged "
              "political backers. \"We had to show who was behind the other side.\" Mark Dunn, spokesman for North "
              "West Says No, said the attack showed the Yes campaign was \"rattled\".\n")
    said = {q.text: (q.speaker, q.cue) for q in b.quotes}
    assert said["We had to show who was behind the other side."][0] == "Peter Lane"
    assert said.get('the attack showed the Yes campaign was "rattled"') == ("Mark Dunn", "said")
    assert all(cue not in ("Says", "alleged") for _, cue in said.values())


def test_the_industry_noun_a_business_was_introduced_by_stands_for_it_not_for_the_business_named_last(brief):
    b = brief("Deal\n\nAustralian brewer Hopline has bought a large stake in winemaker Vinecrest, sparking talk of a "
              "takeover. Vinecrest said it had not been approached. The move surprised investors, as the brewer said "
              "last year that it was not looking to expand through a big purchase.\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert said.get("it was not looking to expand through a big purchase") == "Hopline"


def test_a_bodys_role_with_the_name_the_parser_reads_as_an_adjective_is_its_holder_just_named(brief):
    b = brief("Schools\n\nFaith schools were singled out by Ofsted chief, David Bell, for not doing enough. Mr Bell "
              "said schools must be \"intolerant of intolerance\". The Ofsted chief said his annual report would "
              "make particular reference to faith schools.\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert said.get("his annual report would make particular reference to faith schools") == "David Bell"


def test_what_a_document_suggests_in_what_a_person_says_is_that_persons_reading(brief):
    b = brief("Survey\n\nBusiness leaders are less worried about the dollar, a survey has found. Mr Harlow said the "
              "interviews with chief executives suggested that companies had \"adapted\" to the weaker currency.\n")
    said = {q.text: q.speaker for q in b.quotes}
    # the document's claim is inside his: one quote, his
    assert said.get('the interviews with chief executives suggested that companies had "adapted" to the weaker '
                    'currency') == "Harlow"
    assert 'companies had "adapted" to the weaker currency' not in said
    assert said.get("adapted") == "Harlow"


def test_they_after_a_party_named_in_the_plural_is_that_party(brief):
    b = brief("Taxes\n\nThe Liberal Democrats have set out their plans. The Lib Dems argue they were honest about "
              "taxes in the past by calling for a rise in fuel duty. Now they say the only new tax they want is a "
              "levy on frequent flyers.\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert said.get("the only new tax they want is a levy on frequent flyers") == "Liberal Democrats"


def test_it_after_a_persons_statement_is_that_person(brief):
    b = brief("Denial\n\nThe Times said Lynton Crosby told the leader to focus on thirty seats. Mr Crosby's statement "
              "said: \"The party has been making an impact.\" It added: \"Our rivals want to distract attention.\"\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert said.get("Our rivals want to distract attention.") == "Lynton Crosby"


def test_a_statement_its_subject_issued_is_the_subjects_but_not_a_letter_sent_to_them(brief):
    b = brief("Bid\n\nJohn Magnier issued a statement late on Friday saying that he remained \"a long-term investor\" "
              "in the club. The Sunday Telegraph says the board considered a buyout. The club was sent a letter "
              "last week saying that fans were angry.\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert said.get("a long-term investor") == "John Magnier"
    assert said.get("fans were angry", "none") in (None, "none")


def test_a_statement_yet_to_be_issued_says_nothing_and_takes_no_quote_before_it(brief):
    b = brief("Turkey\n\nMr Blair said having Turkey in the EU was of \"importance to the future of my country\".\n\n"
              "\"We are stating a fundamental principle.\" Under the agreement, Turkey must issue a written statement "
              "promising to sign an accord.\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert said.get("We are stating a fundamental principle.") == "Blair"


def test_a_speaker_not_set_off_from_the_words_before_says_what_follows_not_what_precedes(brief):
    # no comma before the speaker: the words before are the writer's ("the $27bn [that] Russia says ...", "come a
    # day after X said ..."), and what the speaker says follows the verb
    said = {q.text: q.speaker for text in (
        "Tax\n\nBaikal paid 260bn roubles for the unit - nowhere near the $27bn Russia says Yukos owes in taxes.\n",
        "Taps\n\nHer remarks come a day after Jane Porter, the new police chief, said she favoured phone taps.\n")
        for q in brief(text).quotes}
    assert not any(t.startswith(("Baikal", "Her remarks")) for t in said)
    assert said.get("she favoured phone taps") == "Jane Porter"


def test_who_right_after_a_person_is_that_person_where_the_parser_hangs_it_on_a_word_of_her_title(brief):
    b = brief("Games\n\nHer call was backed by Culture, Media and Sport Secretary Tessa Jowell who said: \"Parents need "
              "clearer labels on games.\"\n")
    assert [(q.text, q.speaker) for q in b.quotes] == [("Parents need clearer labels on games.", "Tessa Jowell")]


def test_she_after_an_unnamed_spokeswoman_with_no_woman_named_just_before_is_the_spokeswoman(brief):
    # the woman named two paragraphs back is not "she" after "The executive spokeswoman said"; a spokesman named in
    # the phrase ("Shadow spokesman for sport Hugh Robertson said") is still "he"
    b = brief("Escape\n\nMichael Ross escaped from the unit on Monday. Ms Sturgeon has demanded to know who signed off "
              "the leave. She said the public had a right to know.\n\nPolice said Ross posed a danger.\n\nThe "
              "executive spokeswoman said the leave was agreed by officials. She said: \"Ministers were told of "
              "that.\"\n\nShadow spokesman for sport Hugh Robertson said: \"Clubs must deliver.\" He said more "
              "emphasis should be put on traditional sports.\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert said.get("the public had a right to know") == "Sturgeon"
    assert "Ministers were told of that." in said and said["Ministers were told of that."] is None
    assert said.get("more emphasis should be put on traditional sports") == "Hugh Robertson"


def test_he_after_an_unnamed_spokesman_of_a_named_body_is_that_body(brief):
    b = brief("Charts\n\nThe band Westlife topped the chart. A spokesman for the British Phonographic Industry (BPI) "
              "said the new chart was due soon.\n\nThe BPI spokesman described the download chart as a success. \"It "
              "has driven interest in downloads,\" he said.\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert said.get("It has driven interest in downloads,") == "British Phonographic Industry"


def test_a_relative_clause_of_speech_on_a_spokesman_or_an_acronym_is_theirs(brief):
    # "who"/"which" stands for the phrase the clause hangs on; where that phrase is no actor, it speaks as it
    # would as the subject: the body of the spokesman, the acronym the NER left untagged
    b = brief("Tour\n\nThe singer was taken ill in Munich, said a Vexor Records spokesman, who added she was now "
              "\"resting\" at home.\n\nThe IAAF - which said it was \"deeply disappointed\" by the ruling - will "
              "decide on an appeal next week.\n")
    said = {q.text: q.speaker for q in b.quotes if q.kind == "indirect"}
    assert said['she was now "resting" at home'] == "Vexor Records"
    assert said['it was "deeply disappointed" by the ruling'] == "IAAF"


def test_a_relative_clause_on_a_noun_that_only_names_someone_is_not_theirs(brief):
    b = brief("Profile\n\nGordon Brown rarely talks about his private life. A comment by Mr Brown's former "
              "girlfriend, Marguerite Lane, who said a relationship with him was \"politics, politics, politics\", "
              "is often quoted.\n")
    assert all(q.speaker != "Gordon Brown" for q in b.quotes)


def test_a_claim_reported_inside_another_is_one_quote_and_a_denial_is_of_the_claim(brief):
    # "said he thinks X": one attribution, the outer one, which holds the inner claim's words; "X has suggested C,
    # something Y denies": Y denies C, and the suggestion stays X's
    b = brief("Fraud trial\n\nScott Sullivan told the court he had lied to the board. The lawyer Reid Weingarten has "
              "suggested that Mr Sullivan is blaming Mr Ebbers only to win a shorter sentence, something Mr Sullivan "
              "denies.\n\nMichael Tanner said he thinks the campaign has stayed vague on purpose.\n")
    reported = [(q.speaker, q.text) for q in b.quotes if q.kind == "indirect"]
    claim = "Mr Sullivan is blaming Mr Ebbers only to win a shorter sentence"
    assert ("Reid Weingarten", claim) in reported and ("Scott Sullivan", claim) in reported
    assert [t for s, t in reported if s == "Michael Tanner"] == ["he thinks the campaign has stayed vague on purpose"]
    assert not [t for s, t in reported if s == "Scott Sullivan" and "Weingarten" in t]


def test_the_clause_that_ends_with_a_colon_before_a_quote_names_its_speaker_before_the_sentence_before(brief):
    # 'X countered: "..."', 'Y echoed those sentiments: "..."': no verb of speech there, but the colon's clause says
    # who speaks, not the verb of speech of the sentence before it
    b = brief("Sprint row\n\nMichael Johnson has accused British sprinters of lacking ambition. The club website also "
              "reported that the team had apologised. Linford Christie countered: \"It's easy to criticise when you "
              "haven't gone through the system here.\"\n\nBono said the band wanted hits. Drummer Larry Mullen Jr "
              "echoed those sentiments: \"We're very competitive.\"\n")
    speakers = {q.text[:12]: q.speaker for q in b.quotes if q.kind == "direct"}
    assert speakers["It's easy to"] == "Linford Christie"
    assert speakers["We're very c"] == "Larry Mullen Jr"


def test_a_country_named_alone_in_apposition_to_the_subject_speaks(brief):
    # "The world's biggest tobacco consumer, China, has said": the text makes the country the subject; a title with
    # a country's name in it ("a new book, Brown's Britain") is no country
    b = brief("Tobacco\n\nThe world's biggest tobacco consumer, China, has said it will not allow any new tobacco "
              "factories to be built.\n\nA new book, Brown's Britain, said Tony Blair felt he had lost voters' trust.\n")
    speakers = {q.text[:12]: q.speaker for q in b.quotes}
    assert speakers["it will not "] == "China"
    assert speakers["Tony Blair f"] != "United Kingdom"


def test_a_quote_in_the_predicate_of_a_sentence_with_no_verb_of_speech_is_its_named_subjects(brief):
    # 'Pence praised Cruz for showing "..."', 'Trump leaned in and boomed: "..."': the subject of the verb the quote
    # hangs on speaks; not the subject of a verb a claim is the object of ("dismissed claims that ... was "..."")
    b = brief("Endorsement\n\nIndiana Governor Mike Pence endorsed Ted Cruz on Friday. Mike Pence also praised Cruz "
              "for showing \"the courage of his convictions and a clear plan.\"\n\nTory leader Michael Howard spoke "
              "in Dover. Michael Howard has dismissed claims that his immigration policy was \"moving onto the turf "
              "of the far right\" in the campaign.\n")
    speakers = {q.text[:12]: q.speaker for q in b.quotes if q.kind == "direct"}
    assert speakers["the courage "] == "Mike Pence"
    assert speakers.get("moving onto ") != "Michael Howard"


def test_a_clause_the_parser_hangs_on_a_quoted_sentence_or_a_passive_that_makes_someone_speak_names_the_speaker(
        brief):
    # 'Hillary Clinton shot back, "..."' (no verb of speech, the clause hung on the quote as "X said," would be);
    # 'Mr. Trump was prompted to say, "..."' (the one made to speak says it)
    b = brief("Debate night\n\nDonald Trump and Ted Cruz debated in Miami. But much of the debate was so subdued that "
              "Donald Trump was prompted to say, \"So far, I cannot believe how civil it's been up here.\"\n\nAfter "
              "Jerry Brown criticized Bill Clinton during a debate, Hillary Clinton shot back, \"I suppose I could "
              "have chosen to bake cookies and have teas.\"\n")
    speakers = {q.text[:12]: q.speaker for q in b.quotes if q.kind == "direct"}
    assert speakers["So far, I ca"] == "Donald Trump"
    assert speakers["I suppose I "] == "Hillary Clinton"


def test_a_quote_after_a_verb_of_speech_that_names_nobody_does_not_carry_the_last_paragraphs_speaker(brief):
    # the paragraph before ends with Clinton's quote; this one has its own verb of speech, whose speaker the parse
    # does not give: nobody, rather than Clinton
    b = brief("Taxes\n\nAt the debate, Hillary Clinton said that Donald Trump \"doesn't want the American people to "
              "know that he's paid nothing in federal taxes.\"\n\nMr. Trump hardly clarified the matter, treating "
              "the remark as a compliment -- \"That makes me smart\" -- and, when questioned after the debate, "
              "asserting, \"Of course, I pay federal taxes.\"\n")
    speakers = {q.text[:12]: q.speaker for q in b.quotes if q.kind == "direct"}
    assert speakers["Of course, I"] != "Hillary Clinton"
    assert speakers["That makes m"] != "Hillary Clinton"


def test_it_after_according_to_a_report_by_a_body_is_that_body(brief):
    # "..., according to a report by UK think-tank Demos. It said that ...": "it" goes on citing the report's author
    # (here one the NER takes for a person, so no antecedent of "it"), where no verb of speech came between
    b = brief("Broadband\n\nA quarter of broadband users in Britain regularly upload content and have personal sites, "
              "according to a report by UK think-tank Demos. It said that having an always-on, fast connection is "
              "changing the way people use the internet.\n")
    speakers = {q.text[:12]: q.speaker for q in b.quotes}
    assert speakers["having an al"] == "Demos"


def test_a_description_by_rank_in_a_place_or_with_an_aside_is_the_one_named_before(brief):
    b = brief("House prices\n\nHouse price growth slowed in December, according to Halifax. Prices fell 0.5% in the "
              "month, the UK's biggest mortgage lender said.\n\nGeorge Galloway spoke at the rally on Sunday. The "
              "Glasgow Kelvin MP, who was expelled from Labour over his stance on the war, accused Ms King of being a "
              "\"New Labour stooge\".\n")
    assert [q.speaker for q in b.quotes if q.text.startswith("Prices fell")] == ["Halifax"]
    assert {q.speaker for q in b.quotes if "stooge" in q.text} == {"George Galloway"}


def test_a_description_goes_to_the_one_just_named_it_could_be(brief):
    # of two people just named, the one whose role is another is not "the defender"; a chief heads a body, so
    # "the Warriors chief" may be its chairman; a medallist describes, as "the champion" does
    b = brief("Two-horse race\n\nChelsea's William Gallas believes they will battle it out with Arsenal for the "
              "title. Gallas has been given extra confidence by the impact manager Jose Mourinho has had since taking "
              "over. And the French international defender believes Mourinho is perfectly suited to the job.\n\n"
              "Wigan chairman Maurice Lindsay wants to sign the former All Black. \"This guy is an absolute sporting "
              "icon,\" said the Warriors chief.\n\nMarion Jones has filed a lawsuit against Victor Conte. The Sydney "
              "Olympic gold medallist says Conte damaged her reputation.\n")
    speakers = {q.text.split()[0]: q.speaker for q in b.quotes}
    assert speakers["Mourinho"] == "William Gallas"
    assert speakers["This"] == "Maurice Lindsay"
    assert speakers["Conte"] == "Marion Jones"


def test_he_after_a_quote_that_names_the_last_person_by_name_is_someone_else(brief):
    b = brief("Gallas sees two-horse race\n\nChelsea's William Gallas believes they will battle it out with Arsenal for "
              "the title. Gallas has been given extra confidence by the impact manager Jose Mourinho has had since "
              "taking over. \"The finishing touch at Chelsea is a fantastic manager like Mourinho,\" he said. \"He is "
              "the icing on the cake at the club.\"\n")
    assert {q.speaker for q in b.quotes if q.kind == "direct"} == {"William Gallas"}


def test_a_name_before_a_long_aside_speaks_when_the_parser_leaves_the_verb_without_a_subject(brief):
    b = brief("Rabbis plan protest\n\nDavid Stern, a Boca Raton, Fla., rabbi helping to organize the protest, said he "
              "and other rabbis were upset about the remarks made on the campaign trail.\n")
    assert [(q.speaker, q.text) for q in b.quotes] == \
        [("David Stern", "he and other rabbis were upset about the remarks made on the campaign trail")]


def test_the_writers_words_before_a_colon_or_a_spaced_dash_are_not_what_the_speaker_says(brief):
    b = brief("Funds pour in\n\nSenator Tom Hale has repeatedly attacked the bill on television because it is popular: "
              "He said he has raised about $50,000 in the two days since the vote.\n\nAnna Berg was a meticulous "
              "planner - a former aide said she demanded detailed notes before every meeting with donors.\n")
    assert [q.text for q in b.quotes] == ["he has raised about $50,000 in the two days since the vote",
                                          "she demanded detailed notes before every meeting with donors"]
    assert b.quotes[0].speaker == "Tom Hale"


def test_speculating_reiterating_reminding_and_clarifying_report_what_is_said(brief):
    b = brief("Budget talk\n\nLeading City economists speculated that the chancellor would cut fuel duty in March. "
              "Anna Berg, the union's general secretary, reiterated that members would strike over the pension plans. "
              "Health minister Jane Hunt reminded MPs that the deal had been signed in June. Later Tom Hale clarified "
              "that he had meant the next election, not this one.\n")
    assert [(q.speaker, q.text) for q in b.quotes] == [
        ("Leading City economists", "the chancellor would cut fuel duty in March"),
        ("Anna Berg", "members would strike over the pension plans"),
        ("Jane Hunt", "the deal had been signed in June"),
        ("Tom Hale", "he had meant the next election, not this one")]


def test_a_body_that_owns_a_main_clauses_subject_is_the_firm_that_speaks_next(brief):
    b = brief("Prices\n\nRival firm Acme Corporation cut its prices on Monday. Bolt Industries' response came quickly. "
              "The firm said it would match the cuts.\n")
    assert [q.speaker for q in b.quotes] == ["Bolt Industries"]


def test_a_documents_author_cut_off_from_it_by_the_parser_is_the_source(brief):
    # "from X" hung on "according" rather than on "report"; the named author, not the body of the next sentence
    b = brief("Shoppers gloomy\n\nHigher fuel prices have dented shoppers' spirits, according to a report earlier this "
              "week from the Federation of Small Businesses. Sales fell, according to a study by the Institute for Fiscal "
              "Studies.\n")
    assert [q.speaker for q in b.quotes] == ["Federation of Small Businesses", "Institute for Fiscal Studies"]


def test_a_claim_with_its_own_verb_of_speech_before_a_final_attribution_is_one_quote(brief):
    # the claim's verb ("is expected") reports nothing of its own: no second quote of the words "the firm said"
    b = brief("Launch\n\nOrbis Systems said its scanner would cut queues. The scanner is expected to be installed at "
              "airports from the middle of 2006, the firm said.\n")
    assert [q.text for q in b.quotes] == ["its scanner would cut queues",
                                          "The scanner is expected to be installed at airports from the middle of 2006"]
    # a bare "he said" set off inside a claim still reports the whole of it
    b = brief("Sales\n\nTom Hale runs the shop. Already, he said, regular customers had declared that they would "
              "buy the new model.\n")
    assert [(q.speaker, q.text) for q in b.quotes] == \
        [("Tom Hale", "regular customers had declared that they would buy the new model")]


def test_who_right_after_a_name_is_that_person_when_the_parser_misses_the_relative_clause(brief):
    b = brief("Spam case\n\nThe case was brought by Microsoft and New York attorney general Anna Berg who alleged that "
              "Mr Hale and his accomplices sent billions of junk messages through 514 hijacked net addresses in 35 "
              "countries.\n")
    assert [q.speaker for q in b.quotes] == ["Anna Berg"]


def test_a_company_spokesman_speaks_for_the_business_named_before(brief):
    b = brief("Hacker charged\n\nA man is facing charges of hacking into computers at mobile phone firm Vodacall. "
              "The man, Tom Hale, was arrested in October. Mr Hale tried twice to break into the network and took the "
              "names of 400 customers, said a company spokesman.\n")
    assert [q.speaker for q in b.quotes] == ["Vodacall"]


def test_a_newspapers_one_word_name_with_the_is_the_newspaper_and_a_think_tank_a_body(brief):
    b = brief("Libel case\n\nTom Hale is standing in the seat. The Telegraph was sued for libel by Mr Hale after the "
              "newspaper claimed he received money from a foreign government.\n\nFast web access is changing habits, "
              "according to a report by UK think-tank Demos.\n")
    types = {a.name: a.type for a in b.actors}
    assert types["Telegraph"] == "organization" and types["Demos"] == "organization"
    assert [q.speaker for q in b.quotes] == ["Telegraph", "Demos"]
    # a charity is a body ("housing charity Shelter"), but a person's name on one is still the person's
    b = brief("Appeal\n\nHousing charity Shelter Cymru warned that rents were rising. Anna Berg gave her savings to "
              "the Berg charity. Anna Berg said she would do it again.\n")
    types = {a.name: a.type for a in b.actors}
    assert types["Shelter Cymru"] == "organization" and types["Anna Berg"] == "person"


def test_one_of_several_bodies_named_in_apposition_or_next_in_the_lead_is_that_body(brief):
    b = brief("Mill sale\n\nThe mill was sold to a consortium for $800m. One of the jilted bidders, Dutch-based group "
              "Corus, said it welcomed the possibility that the mill might be back on the market.\n")
    assert [q.speaker for q in b.quotes] == ["Corus"]
    b = brief("Debt upgrade\n\nSoaring oil sales mean Russian debt is no longer a risky investment, one of the world's "
              "leading credit rating agencies says.\n\nStandard & Poor's has classed Russian bonds as investment "
              "grade.\n")
    assert [q.speaker for q in b.quotes] == ["Standard & Poor"]


def test_a_country_in_the_claim_or_under_an_office_is_not_the_speaker(brief):
    # the subject set off after the verb says it, not the country the parser also made a subject
    b = brief("Viewing habits\n\nA study by analysts Orbis Research suggested that broadband was changing viewing "
              "habits. The threat to TV was greatest in countries where broadband was on the up, in particular the "
              "UK, France and Spain, said the report.\n")
    assert [q.speaker for q in b.quotes] == ["Orbis Research", "Orbis Research"]
    # the minister for a country is a person: the one the lead's next sentence names
    b = brief("Waiting lists\n\nThe new health minister for Wales says there are lessons to learn from England in "
              "tackling waiting lists. Dr Brian Gibbons, on his first full day in the job, admitted big challenges.\n")
    assert [q.speaker for q in b.quotes] == ["Brian Gibbons"]
    # a business's branch in a country is the business; a book speaks for the author set off after its title
    b = brief("Robots\n\nMicrosoft said sales were strong. According to Microsoft UK there are now more than 150 "
              "robots for sale. Brown's Britain, by Robert Peston, says there is mutual animosity between the two "
              "men.\n")
    assert [q.speaker for q in b.quotes] == ["Microsoft", "Microsoft", "Robert Peston"]


def test_a_members_description_in_the_lead_is_the_member_named_next_and_the_party_stays_whole(brief):
    # the title "MEP" took the last word of the known party's name from the NER's entity
    b = brief("Remarks\n\nA UK Independence Party MEP has suggested France saw the EU as an empire.\n\nTom Hale, "
              "UKIP's deputy leader, made the comments at a meeting in Hartlepool.\n")
    assert [q.speaker for q in b.quotes if q.cue == "suggested"] == ["Tom Hale"]
    assert [a.name for a in b.actors if a.type == "organization" and "Independence" in a.name] == \
        ["UK Independence Party"]


def test_an_attribution_set_off_after_a_claim_is_no_claim_of_the_verb_before_it(brief):
    # "said" hangs under "point", and under "suggest": the claim is what comes before the speaker, said once
    b = brief("Outlook\n\nThe fund's draft outlook would point to a marked deterioration in the economy, the FT "
              "report said. Private sector surveys suggest growth will slow, Ms Lomax said. He did not believe "
              "anything he said, Mr Pound told the BBC.\n\nMr Richards said no other casting had been announced "
              "yet. Labour said the Tories agreed.\n")
    said = sorted((q.speaker or "", q.text) for q in b.quotes)
    assert said == [
        ("FT report", "The fund's draft outlook would point to a marked deterioration in the economy"),
        ("Labour", "the Tories agreed"),
        ("Lomax", "Private sector surveys suggest growth will slow"),
        ("Pound", "He did not believe anything he said"),
        ("Richards", "no other casting had been announced yet"),
    ]


def test_a_source_named_in_the_middle_of_a_claim_leaves_the_claim_whole(brief):
    """"X, according to Y, Z": the claim goes on after the source phrase. After a leading adverb or phrase it is
    what follows; with its subject (or its verb) before the phrase, the whole sentence; a claim that ends at the
    phrase is what comes before it."""
    b = brief("Cars\n\nMeanwhile, according to state press reports, Nanjing Auto is in talks with Rover to take a "
              "stake in the venture.\n\nThe problem, according to Mr Lane, is not the war in Iraq but Mr Blair "
              "himself.\n\nSales of small cars rose by a fifth last year, according to the Society of Motor "
              "Manufacturers.\n")
    got = {q.speaker: q.text for q in b.quotes}
    assert got["state press reports"].startswith("Nanjing Auto is in talks")
    assert got["Lane"].startswith("The problem, according to Mr Lane, is not the war") and got["Lane"].endswith(
        "himself")
    assert got["Society of Motor Manufacturers"] == "Sales of small cars rose by a fifth last year"
    # a verb of speech says the claim, citing the source: the speaker's claim, and none of the source's
    b = brief("Liberia\n\nThe IMF said that, according to data provided by the Liberians, the country's economy grew "
              "by 2% in 2004.\n\nAmong the biggest laggards, according to the European Commission, are Greece and "
              "Italy.\n")
    assert [q.speaker for q in b.quotes if "economy grew" in q.text] == ["IMF"]
    assert not any(q.text.startswith("The IMF said") for q in b.quotes)
    assert [q.text for q in b.quotes if q.speaker == "European Commission"] == [
        "Among the biggest laggards, according to the European Commission, are Greece and Italy"]


def test_he_after_a_described_subject_is_the_person_described_not_a_name_in_passing(brief):
    """"The 21-year-old missed ... after a challenge with Olivier Dacourt. And he added": "he" goes on with the
    subject, the person the description stands for, not the last name; a named subject in between still wins."""
    b = brief("Injury\n\nChelsea winger Arjen Robben has broken his foot. The 21-year-old missed three months last year "
              "after a challenge with Olivier Dacourt. And he added: \"It felt different then.\"\n\n"
              "Roger Federer beat Andy Roddick on Sunday. The Swiss star then met Pete Sampras. He said: \"It was "
              "great.\"\n\nTim Henman lost to David Nalbandian. The Briton was angry. Nalbandian then beat Ivan "
              "Ljubicic. He said: \"I played well.\"\n")
    got = {q.text: q.speaker for q in b.quotes}
    assert got["It felt different then."] == "Arjen Robben"
    assert got["It was great."] == "Roger Federer"
    assert got["I played well."] == "David Nalbandian"


def test_as_someone_put_it_introduces_their_words(brief):
    """"As Professor Foner put it: "..."" and '"...," as John Reid put it' are said; "put it on the table" is not."""
    b = brief("Migrants\n\nImmigrants feel discriminated against. As Professor Nancy Foner put it: \"The United "
              "States does a better job at accepting immigrants.\"\n\n\"We will not pay,\" as the minister John Reid "
              "put it.\n\nMary Smith put it on the table. \"It is a fine cake,\" the guests agreed.\n")
    got = {q.text: q.speaker for q in b.quotes}
    assert got["The United States does a better job at accepting immigrants."] == "Nancy Foner"
    assert got["We will not pay,"] == "John Reid"
    assert got.get("It is a fine cake,") != "Mary Smith"


def test_the_place_of_a_dateline_is_not_the_speaker(brief):
    """"CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told ...": the parser makes the dateline's
    place the subject; the one named after the dash speaks."""
    b = brief("Convention\n\nCLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told delegates at the "
              "Republican National Convention that Hillary Clinton's use of a private email server should disqualify "
              "her from becoming president.\n")
    assert [q.speaker for q in b.quotes if "private email server" in q.text] == ["Michael Mukasey"]


def test_a_name_before_an_aside_with_a_clause_of_its_own_speaks_for_both_verbs_of_speech(brief):
    # the parser makes "sacked" the root, hangs "admitted" and "insisted" on it and gives both people to "sacked"
    b = brief("Hospitals\n\nDr Anna Berg, on her first full day in the post after Tom Hale was sacked, admitted \"serious "
              "problems\" but insisted the \"basics\" were sound. But both the Greens and the Liberal Democrats said "
              "Dr Berg needed to change course.\n")
    assert _spoken(b, "direct") == {"serious problems": "Anna Berg", "basics": "Anna Berg"}
    assert _spoken(b, "indirect")['the "basics" were sound'] == "Anna Berg"


def test_a_clause_with_a_gerund_for_its_subject_is_what_is_said(brief):
    b = brief("Campaign\n\nTom Hale said having a six month campaign \"bored the voters\" and suggested people wanted "
              "the election over. Anna Berg claimed watching the debate caused her blood pressure to rise.\n\n"
              "Ministers thought merging the two services, which provide care at home, might have saved money.\n")
    said = _spoken(b, "indirect")
    assert said['having a six month campaign "bored the voters"'] == "Tom Hale"
    assert said["watching the debate caused her blood pressure to rise"] == "Anna Berg"
    assert not any(t.startswith("merging") for t in said)  # the clause's verb is not the gerund's: not cut there


def test_he_goes_back_over_a_sentence_whose_subject_is_a_thing_to_an_unnamed_spokesman(brief):
    b = brief("Hunts\n\nFarmer Tom Hale told reporters the ban was unfair.\n\nThe Association of Chief Constables has "
              "issued guidance to forces. A spokesman said: \"It will be based on intelligence.\" The decision will be "
              "left to local forces, with more officers sent where trouble is expected. He said officers would "
              "consider evidence on its merits.\n")
    said = _spoken(b, "indirect")
    assert said["officers would consider evidence on its merits"] == "Association of Chief Constables"
    assert said["the ban was unfair"] == "Tom Hale"  # the word for his trade that opens the sentence is no name


def test_a_quote_after_one_whose_verb_follows_it_goes_on_with_that_speaker_not_an_earlier_claimant(brief):
    b = brief("Homes\n\nThe Greens claimed the plans would cost every family £900. \"This is typical of the party,\" "
              "said Tory shadow local government secretary Anna Berg. \"They say they want to help buyers, but the "
              "small print of their policies tells another story.\" The Green plan is to give more tenants the right "
              "to buy.\n")
    said = _spoken(b, "direct")
    assert said["This is typical of the party,"] == "Anna Berg"
    assert said["They say they want to help buyers, but the small print of their policies tells another story."] \
        == "Anna Berg"


def test_they_is_the_plural_bodies_a_verb_before_it_acts_on_or_a_body_that_just_spoke(brief):
    b = brief("Council tax\n\nThe finance minister has urged councils to limit increases but they have warned that "
              "they will struggle to keep services. They say much of the new money is for new schemes.\n\n"
              "Cosla says that it is willing to find savings. They say the plans will see councils lose money.\n\n"
              "Shoppers can claim damages if they think they were misled by the firms.\n")
    said = _spoken(b, "indirect")
    assert said["they will struggle to keep services"] == "councils"
    assert said["much of the new money is for new schemes"] == "councils"
    assert said["the plans will see councils lose money"] == "Cosla"


def test_he_after_an_unnamed_person_who_spoke_is_that_person_not_one_named_before(brief):
    b = brief("Cars\n\nThe car will not be sold in the US, said GM Europe president Karl Vogt.\n\n"
              "\"We know the dollar will be stronger,\" the chief executive of a leading European car maker told BBC "
              "News. The trend towards US production was a mistake, he said.\n\n"
              "Tom Hale said the plan was sound. A new manager, he said, could set a new tone.\n")
    said = _spoken(b, "indirect")
    assert said["The trend towards US production was a mistake"] is None
    assert said["The car will not be sold in the US"] == "Karl Vogt"
    assert said["could set a new tone"] == "Tom Hale"  # "A new manager": what is said of one, not who speaks


def test_a_reported_claim_ends_before_a_joining_word_and_keeps_a_that_which_is_its_subject(brief):
    b = brief("Tax\n\nTom Hale has said he does not want higher tax rates but on Wednesday said other promises would "
              "wait. That would probably create a fall in numbers, he said. Anna Berg said that the plan was sound.\n")
    said = _spoken(b, "indirect")
    assert said["he does not want higher tax rates"] == "Tom Hale"
    assert said["That would probably create a fall in numbers"] == "Tom Hale"
    assert said["the plan was sound"] == "Anna Berg"  # the "that" that only introduces the claim is left out


def test_it_in_a_clause_of_a_bodys_sentence_and_researchers_of_a_lead_are_that_body(brief):
    b = brief("Pensions\n\nMale life expectancy is much higher than estimated, leading pension researchers have said.\n\n"
              "The Pensions Policy Institute said life expectancy has been understated. The government has ruled out "
              "raising the pension age, because it says it would penalise lower-skilled workers.\n")
    said = _spoken(b, "indirect")
    assert said["Male life expectancy is much higher than estimated"] == "Pensions Policy Institute"
    assert said["it would penalise lower-skilled workers"] == "government"


def test_a_number_of_people_speak_for_themselves_not_a_name_inside_the_phrase(brief):
    b = brief("Bid\n\nA number of large Acme shareholders expressed unhappiness at the decision, saying that the offer "
              "undervalued the company. By September the number of broadband connections overtook dial-up and in "
              "December Acme announced that it was making a new connection every 10 seconds.\n")
    said = _spoken(b, "indirect")
    assert said["the offer undervalued the company"] not in (None, "Acme")
    assert "shareholders" in said["the offer undervalued the company"]
    assert said["it was making a new connection every 10 seconds"] != "broadband connections"


def test_the_report_of_a_lead_is_the_body_the_text_names_after_it(brief):
    b = brief("Dome\n\nThe first attempt to sell the Dome failed due to a catalogue of errors, a report by the "
              "government's finance watchdog says.\n\nThe report said too many parties were involved in the sale. The "
              "National Audit Office said a deal had been struck. Minister Tom Hale said the deal was good.\n")
    said = _spoken(b, "indirect")
    assert said["too many parties were involved in the sale"] == "National Audit Office"
    assert said["The first attempt to sell the Dome failed due to a catalogue of errors"] == "National Audit Office"


def test_a_claim_said_by_the_one_who_opens_the_sentence_and_reported_by_a_paper_is_theirs(brief):
    b = brief("Quake\n\nMalaysia said as many as 1,000 fishermen will be affected by the waves, the Daily Post reported. "
              "The pension fund's losses are large, the Daily Post reported. Homeowners now expect house prices to "
              "rise by 1% over the next six months, Mr Tom Hale said.\n")
    said = _spoken(b, "indirect")
    assert said["as many as 1,000 fishermen will be affected by the waves"] == "Malaysia"
    assert not any("reported" in t for t in said)  # the paper's words are no part of the claim
    assert said["The pension fund's losses are large"] == "Daily Post"  # the paper's own report
    # a verb of speech other than "report" at the end speaks for itself, whoever opens the sentence
    assert said["Homeowners now expect house prices to rise by 1% over the next six months"] == "Tom Hale"


def test_what_the_one_told_was_told_when_the_parser_hangs_it_on_them(brief):
    b = brief("Courts\n\nLord Falconer told BBC Radio 4's Today programme he hoped voluntary mediation could help solve "
              "disputes before they reached court. She told the programme she wrote was a hit.\n")
    said = _spoken(b, "indirect")
    claim = "he hoped voluntary mediation could help solve disputes before they reached court"
    assert said[claim] == "Lord Falconer"
    assert not any("programme" in t for t in said)  # the one told is no part of what was told


def test_a_law_in_accordance_with_which_something_is_done_is_no_source(brief):
    b = brief("Oil\n\nThe foreign ownership issue will be dealt with according to Russia's competition law, the ministry "
              "confirmed. The plant was run according to British rules. The fine must be paid within five days, "
              "according to the agreement.\n")
    said = _spoken(b, "indirect")
    assert not any(s in ("Russia's competition law", "British rules") for s in said.values())
    assert "The fine must be paid within five days" in said  # a document set off by a comma is still a source


def test_what_another_named_speaker_says_after_while_is_their_own_claim(brief):
    b = brief("Russia\n\nAcme Gold said it regretted any limit on privatisation while Zentra, a big investor, declined to "
              "comment. Labour says a vote for the Lib Dems could let the Tories in, while the Tories say the Lib Dems "
              "would mean higher taxes.\n")
    said = _spoken(b, "indirect")
    assert said["it regretted any limit on privatisation"] == "Acme Gold"
    assert said["a vote for the Lib Dems could let the Tories in"] == "Labour"
    assert said["the Lib Dems would mean higher taxes"] == "Conservative Party"


def test_the_one_named_after_a_title_in_apposition_speaks_on_as_he(brief):
    b = brief("Tribute\n\nThe Lord Chief Justice, Lord Woolf, who is the most senior judge in England, said it was Lord "
              "Scarman's work which paved the way for the Human Rights Act. \"He was a lawyer who had a remarkable "
              "insight into human nature,\" he said.\n")
    assert _spoken(b, "direct") == {"He was a lawyer who had a remarkable insight into human nature,": "Lord Woolf"}


def test_a_person_named_with_a_role_after_a_bodys_name_speaks_not_the_body(brief):
    b = brief("Asylum\n\nCommission for Racial Equality chairman Trevor Phillips said asylum applications were down 40% "
              "and economic migration down about 10%.\n")
    assert _spoken(b, "indirect") == {
        "asylum applications were down 40% and economic migration down about 10%": "Trevor Phillips"}


def test_a_that_clause_hung_on_the_one_told_is_what_was_told(brief):
    b = brief("Attack\n\nTony Blair has attacked the Tories. The prime minister has told a Labour Party gathering that the "
              "Tory policies would cause economic failure. A close associate of Tom Hale has told a court that fraud "
              "charges levelled against him are \"false\".\n")
    said = _spoken(b, "indirect")
    assert said["the Tory policies would cause economic failure"] == "Tony Blair"
    assert not any(t.startswith("fraud charges") for t in said)  # the clause the parser hung on "court" is not it


def test_the_verbs_after_a_later_quote_are_that_quotes_not_the_one_before(brief):
    b = brief("Rally\n\nMr Tom Hale went on to list his government's achievements and to issue a rallying call to the "
              "party. \"So now we have a choice, we can defend this record and build on it. And I say we have to "
              "fight.\" In response, David Davis said the Tories would make cuts, such as removing regional "
              "assemblies. \"Everybody knows that they faced lots of stealth taxes,\" he said.\n")
    said = _spoken(b, "direct")
    assert said["So now we have a choice, we can defend this record and build on it. And I say we have to fight."] \
        == "Tom Hale"
    assert said["Everybody knows that they faced lots of stealth taxes,"] == "David Davis"


def test_a_knight_is_never_mr_and_a_verb_inside_what_is_reported_names_no_speaker(brief):
    b = brief("Terror\n\nSir Ian Blair said terror groups would remember the Madrid bomb. Tony Blair defended his plans. "
              "But Mr Blair insisted: \"There is no greater civil liberty than to live free from terrorist attack.\"\n\n"
              "Tom Hale criticised the government. The government had initially proposed to take this institution and "
              "\"smash it to pieces,\" Mr Hale said. Convention should be \"nurtured and celebrated,\" but the "
              "government disliked it.\n")
    said = _spoken(b, "direct")
    assert said["There is no greater civil liberty than to live free from terrorist attack."] == "Tony Blair"
    assert said["nurtured and celebrated,"] == "Tom Hale"  # not the government, whose proposal Mr Hale reported
    assert "Blair" not in {a.name for a in b.actors}


def test_a_book_set_off_with_its_title_and_author_speaks_for_the_author(brief):
    b = brief("Rift\n\nAccording to a new book, Brown's Britain by Sunday Telegraph journalist Robert Peston, Mr Blair went "
              "back on a pledge to make way for Mr Brown after Cabinet allies intervened in June 2004.\n")
    assert _spoken(b, "indirect") == {
        "Mr Blair went back on a pledge to make way for Mr Brown after Cabinet allies intervened in June 2004":
            "Robert Peston"}


def test_a_group_joined_to_the_noun_before_and_speaks_and_they_go_on_for_it(brief):
    b = brief("Dollar\n\nThe US dollar has tumbled to a new low against the euro.\n\nThe US is struggling with a ballooning "
              "trade deficit and analysts said one of the easiest ways to fund it was by allowing a depreciation of the "
              "dollar. They have predicted that the dollar is likely to fall even further.\n")
    said = _spoken(b, "indirect")
    assert said["one of the easiest ways to fund it was by allowing a depreciation of the dollar"] == "analysts"
    assert said["the dollar is likely to fall even further"] == "analysts"


def test_a_companys_statement_is_the_companys(brief):
    b = brief("Deal\n\nVodafone said the decision \"increases the risks\" attached to the project. Although the company's "
              "statement said it would continue to monitor developments, observers doubt it.\n")
    assert _spoken(b, "indirect")["it would continue to monitor developments"] == "Vodafone"


def test_a_participle_after_an_aside_set_off_by_dashes_speaks_for_the_clause_the_aside_interrupts(brief):
    b = brief("Jobs\n\nThe airline could move 7,000 jobs abroad. Unions criticised the possible move - which may affect "
              "cabin and maintenance staff - saying Qantas was profitable.\n")
    said = _spoken(b, "indirect")
    assert said["Qantas was profitable"] == "Unions"


def test_a_book_speaks_for_its_one_author_wherever_the_article_names_them(brief):
    b = brief("Rift\n\nAccording to a new book, Green's Britain, Mr Green broke a promise to his deputy after allies "
              "intervened. The book, by Sunday Telegraph journalist Ann Cole and serialised in the newspaper, said the "
              "pair had fallen out. It claims Tom Green felt he had lost the party's trust. He changed his mind in "
              "June, according to the book.\n")
    said = _spoken(b, "indirect")
    assert said["Mr Green broke a promise to his deputy after allies intervened"] == "Ann Cole"
    assert said["Tom Green felt he had lost the party's trust"] == "Ann Cole"
    assert said["He changed his mind in June"] == "Ann Cole"
    # the author given after the title the first time ("a new book, Title by Author,"), the book said bare later
    b = brief("Rift\n\nAccording to a new book, Green's Britain by Sunday Telegraph journalist Ann Cole, Mr Green broke a "
              "promise to his deputy. Mr Green denied it. He changed his mind in June, according to the book.\n")
    assert _spoken(b, "indirect")["He changed his mind in June"] == "Ann Cole"


def test_a_bare_office_is_the_one_main_subject_just_before_unless_the_claim_names_them(brief):
    b = brief("Rift\n\nTom Green has dismissed reports he told Alan Moss he would quit before the election.\n\n"
              "\"You don't do deals over jobs like this,\" the prime minister told BBC One. Mr Moss was sworn in on "
              "Thursday. The prime minister said the party was united.\n\n"
              "Jim Hale, of the civil servants' union, spoke of rivalry. But the chancellor said Mr Hale was never at "
              "their meetings.\n")
    names = by_name(b)
    assert names["Tom Green"].role == "prime minister"  # the subject of the sentence before, though Moss has no role
    said = _spoken(b, "indirect")
    assert said["the party was united"] == "Tom Green"  # the one given that office, after another was the subject
    assert said["Mr Hale was never at their meetings"] != "Jim Hale"  # one who speaks of himself says "I"


def test_a_former_office_of_a_body_is_the_person_just_named_whatever_their_office_now(brief):
    b = brief("Peerage\n\nOutgoing European Commissioner Neil Hart said he would join the House of Lords. The former "
              "Labour leader said he would probably take the title of Lord Hart of Ebbw.\n")
    said = _spoken(b, "indirect")
    assert said["he would probably take the title of Lord Hart of Ebbw"] == "Neil Hart"


def test_according_to_inside_a_relative_clause_makes_no_quote_of_the_sentence(brief):
    b = brief("Raid\n\nLast week police raided a file-sharing site in Oslo that, according to reports, let 10,000 users "
              "swap films. Sales fell, according to figures from the trade body.\n\n\"So what does that mean? \" "
              "Ms Hale asked, according to a transcript of the interview. Later, according to an aide, she was on the "
              "adviser's side.\n")
    texts = quote_texts(b)
    assert not any(t.startswith("Last week police raided") for t in texts)
    assert "Sales fell" in texts  # set off after the main clause, it names the source
    # who spoke, and nothing said outside the quote marks: no claim of the transcript's
    assert not any("asked" in t for t in texts) and "So what does that mean?" in texts


def test_he_after_an_office_that_is_not_the_one_the_last_person_holds_is_not_that_person(brief):
    b = brief("Tax clash\n\nConservative chairman Tom Wade accused Labour of lying.\n\nAt a Labour poster launch, the "
              "prime minister hailed his chancellor's performance. And he claimed the Tories would cut £35bn from "
              "public services.\n\nGeorge Marsh has made an appeal for unity. The chancellor would not comment on the "
              "reports. His only motivation was to ensure Labour was re-elected, he insisted.\n")
    said = _said(b)
    assert said["the Tories would cut"] != "Tom Wade"  # the prime minister's claim, not the Tory chairman's
    # the writer's other name for the one just named, who holds no office in the text: he speaks on
    assert said["His only motivation "] == "George Marsh"


def test_one_who_spoke_of_the_office_is_not_its_holder_when_the_office_speaks_next(brief):
    b = brief("Budget\n\nFor the Lib Dems, Vince Hale said the chancellor had failed to deal with council tax. Mr Hale "
              "said taxation would go up under all three parties. The chancellor meanwhile insisted his spending plans "
              "were affordable.\n")
    assert _said(b)["his spending plans w"] != "Vince Hale"
    assert by_name(b)["Vince Hale"].role != "chancellor"


def test_one_who_spoke_of_another_office_may_still_be_the_office_said_next(brief):
    # the office as written: who spoke of "the foreign minister" is not thereby kept from "the prime minister"
    b = brief("Budget\n\nVince Hale said the foreign minister had failed. Mr Hale said taxes would rise. The prime "
              "minister meanwhile insisted his plans were affordable.\n")
    assert _said(b)["his plans were affor"] == "Vince Hale"


def test_a_spokesman_of_a_kind_of_body_speaks_for_the_body_of_that_kind_named_before(brief):
    b = brief("Banks\n\nCommercial Bank chairman Ajit Gooneratne said banks would cope. More than one in ten of the "
              "state-owned People's Bank's customers were affected, a bank spokesman told Reuters. A union spokesman "
              "said nothing.\n")
    said = {q.text[:25]: q.speaker for q in b.quotes}
    assert said["More than one in ten of t"] == "People's Bank"


def test_a_name_beside_the_noun_of_an_according_to_source_is_the_source_not_the_claim(brief):
    b = brief("Kidman\n\nNicole Kidman has won an order against photographers. According to local newspaper the Daily "
              "Telegraph, the incident involved photographers driving through red lights.\n")
    q = next(q for q in b.quotes if "driving through red lights" in q.text)
    assert q.text.startswith("the incident involved") and q.speaker == "Daily Telegraph"


def test_the_paper_is_the_newspaper_named_with_that_word_before_it_when_it_is_no_actor(brief):
    b = brief("Gazprom\n\nGazprom faces a tax demand. Vedomosti newspaper reported that Russian authorities made the "
              "demand at the end of last year. The paper added that most of the taxes are linked to exports.\n")
    q = next(q for q in b.quotes if q.text.startswith("most of the taxes"))
    assert q.speaker == "Vedomosti"
    # a people's word said with "newspaper" is no name
    b = brief("Gazprom\n\nGazprom faces a tax demand, a Russian newspaper reported. The paper added that most of the "
              "taxes are linked to exports.\n")
    q = next(q for q in b.quotes if q.text.startswith("most of the taxes"))
    assert q.speaker != "Russian"


def test_a_name_after_a_quote_and_before_a_long_aside_speaks_for_the_verb_after_it(brief):
    b = brief("Convention\n\nNot everyone was claiming success.\n\n“We’ve had more successful conventions than this "
              "one,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said "
              "matter-of-factly as confetti fluttered down.\n")
    assert [(q.kind, q.speaker) for q in b.quotes if "conventions" in q.text] == [("direct", "Bill Eastland")]


def test_who_of_a_description_in_apposition_to_a_person_is_that_person(brief):
    b = brief("Protest\n\n''You are going to see a variety of tactics,'' said Elizabeth Arnold, 32, a former staff "
              "member for the Sanders campaign in Philadelphia who said she planned to demonstrate. ''I personally "
              "don't like being arrested. But it's essential that we speak our minds.''\n")
    said = _said(b)
    assert said["she planned to demon"] == "Elizabeth Arnold"
    assert said["I personally don't l"] == "Elizabeth Arnold"


def test_a_verb_of_speech_in_brackets_reports_the_clause_after_it_not_the_sentence_around(brief):
    b = brief("Budget\n\nGordon Brown is the longest serving chancellor. How much longer Mr Brown will continue in "
              "the job is not clear (he once said there are two types of chancellor: \"those who fail and those who "
              "get out in time.\")\n")
    reported = [q.text for q in b.quotes if q.kind == "indirect"]
    assert reported == ["there are two types of chancellor"]


# each: an article, the start of a quote in it, and the speaker a reader takes from the text
SPEAKERS_NAMED_ANOTHER_WAY = [
    pytest.param(
        "Oil\n\nJet fuel supplier China Aviation Oil (CAO) has offered to repay its creditors $220m.\n\n"
        "Of the immediate payment, the firm - China's biggest jet fuel supplier - said it would be paying $30m "
        "out of its own resources.\n",
        "it would be paying", "China Aviation Oil", id="body before an aside in dashes"),
    pytest.param(
        "Book\n\nTony Blair and Gordon Brown met on Monday. A new book, Brown's Britain by Sunday Telegraph "
        "journalist Robert Peston, says Mr Blair went back on a pledge to stand down.\n",
        "Mr Blair went back", "Robert Peston", id="work named beside its noun"),
    pytest.param(
        "Tokyo\n\nThe Japanese government has forecast that growth will slow to 1.6% next year.\n\n"
        "While it predicts this fall from the current 2.1% level, it said it was making progress on ending "
        "deflation.\n",
        "it was making progress", "Japan", id="it after a government named by its country"),
    pytest.param(
        "Museum\n\nWASHINGTON -- President Obama, dedicating the National Museum of African American History "
        "on Saturday, said it would tell an American story of hope.\n",
        "it would tell", "Obama", id="dateline set off by two hyphens"),
    pytest.param(
        "Grokster\n\nIn August 2004, the San Francisco-based US Court of Appeals ruled in favour of Grokster. The "
        "court said the networks themselves could not be deemed illegal.\n",
        "the networks themselves", "US Court of Appeals", id="the court named before"),
    pytest.param(
        "Brexit\n\nBritish Prime Minister Theresa May said this week that the country would formally declare "
        "its intention to leave by the end of March and suggested that it would withdraw from the single "
        "market.\n",
        "it would withdraw", "Theresa May", id="second verb of speech joined to the first claim"),
]


@pytest.mark.parametrize(("article", "start", "speaker"), SPEAKERS_NAMED_ANOTHER_WAY)
def test_speakers_named_another_way(brief, article, start, speaker):
    b = brief(article)
    assert [q.speaker for q in b.quotes if q.text.startswith(start)] == [speaker]


def test_an_aside_as_someone_said_reports_the_clause_it_stands_in(brief):
    b = brief("Trust\n\nAs The Atlantic recently noted, trust in government is collapsing around the world.\n\n"
              "Labour would raise taxes after the election, as Tory spokesman Oliver Letwin said on Monday.\n\n"
              "Of course, as Joel Pollak observed, the biggest victor was not on the stage.\n")
    said = {q.text: (q.speaker, q.cue) for q in b.quotes if q.kind == "indirect"}
    assert said == {"trust in government is collapsing around the world": ("Atlantic", "noted"),
                    "Labour would raise taxes after the election": ("Oliver Letwin", "said"),
                    "the biggest victor was not on the stage": ("Joel Pollak", "observed")}


@pytest.mark.parametrize("sentence", [
    "Beattie is not believed to be as seriously hurt as some reports have suggested.",  # a comparison
    "As he said this, the crowd outside the hall cheered loudly.",  # something said of its own
    "As I said last week, winning the major honours is the hardest task of all.",  # the writer's own voice
    "Some are worried it could be scuppered if, as Tony Blair has suggested, GCSEs and A-levels stay.",
    "It also does not answer whether Scott had a gun, as police have said.",  # said inside the denied clause
])
def test_an_as_that_is_no_aside_of_speech_reports_nothing(brief, sentence):
    b = brief("Aside\n\n" + sentence + "\n")
    assert [q.text for q in b.quotes if q.kind == "indirect"] == []


def test_a_pledge_or_threat_is_reported_speech_unless_it_pledges_money(brief):
    b = brief("Race\n\nSenator Bernie Sanders has vowed to stay in the race until the convention in July.\n\n"
              "Tony Blair pledged to put Africa at the top of his agenda.\n\n"
              "The row threatens to overshadow the summit in Scotland next week.\n\n"
              "The Liberal Democrats are promising to raise the stamp duty threshold if they win.\n")
    said = {q.text: q.speaker for q in b.quotes if q.kind == "indirect"}
    assert said == {"to stay in the race until the convention in July": "Bernie Sanders",
                    "to put Africa at the top of his agenda": "Tony Blair"}
    # the pledge about tax is the party's commitment, listed as such, not a quote as well
    assert [c.actor for c in b.commitments if "stamp duty" in c.evidence] == ["Liberal Democrats"]


def test_a_second_speaker_joined_by_and_or_while_is_not_part_of_the_first_claim(brief):
    b = brief("Poll\n\nIn the poll, most said they were very worried about the economy, and more than four in ten "
              "said Donald Trump would be best at handling it.\n\n"
              "One study says China has the most billionaires, while another says the United States has twice as "
              "many.\n")
    texts = {q.text for q in b.quotes if q.kind == "indirect"}
    assert {"they were very worried about the economy", "Donald Trump would be best at handling it",
            "China has the most billionaires", "the United States has twice as many"} <= texts


def test_speakers_the_parser_hides_behind_an_aside_or_a_misread_clause(brief):
    b = brief("Care\n\nHealth Minister Stephen Ladyman said the plans could deliver savings. He ruled out free "
              "personal care in England - which is on offer in Scotland and Wales, saying it was unaffordable.\n\n"
              '"He should resign in disgrace!" the presumptive nominee, Donald Trump, tweeted on Sunday.\n\n'
              "\"It is a real shame for all of us,\" Nick Daniloff, now 81 and retired in Cambridge, Mass., said by "
              "telephone this week.\n\n"
              'As Jeff Weiner put it in his memo to employees, "Imagine a world where we lead the market."\n')
    said = {q.text[:20]: q.speaker for q in b.quotes}
    # the participle after a relative clause the parser read as adverbial is the main clause's subject's
    assert said["it was unaffordable"] == "Stephen Ladyman"
    # a verb hung on the description at the root after a quote's "!": the name in apposition speaks
    assert said["He should resign in "] == "Donald Trump"
    # a name, then a description with a verb in it set off by commas, then the verb
    assert said["It is a real shame f"] == "Nick Daniloff"
    # "put it" in a memo, a letter, an interview: said of words
    assert said["Imagine a world wher"] == "Jeff Weiner"


def test_verbs_that_say_a_quote_only_beside_it(brief):
    b = brief("Visit\n\n\"He is a very beautiful man in every way,\" Sanders continued after the meeting.\n\n"
              "Mr. Band asked Ms. Abedin for help. \"It's a big problem for the department,\" Ms. Abedin answered.\n\n"
              "\"Is this really the best the party can do?\" Ted Cruz wondered.\n\n"
              "\"We won the vote in the end.\" The rally continued for an hour.\n")
    said = {q.text[:20]: (q.speaker, q.cue) for q in b.quotes}
    assert said["He is a very beautif"] == ("Sanders", "continued")
    assert said["It's a big problem f"] == ("Abedin", "answered")
    assert said["Is this really the b"] == ("Ted Cruz", "wondered")
    # not beside a quote that ends its sentence, and used of something else: not the quote's verb
    assert said["We won the vote in t"][1] != "continued"


def test_he_continued_is_the_one_who_spoke_before(brief):
    b = brief("Transfer\n\nBrian Hassell says no approach has been received. Juninho wants assurances. "
              "\"If I have no part in his plans, there is no point in remaining here,\" Juninho said. "
              "The midfielder claims he has not had the backing of the manager. "
              "\"I can't understand why I am in this situation,\" he continued.\n\n"
              "\"Powell told her to use her own email,\" Conason writes in his book.\n\n"
              "\"Powell thus confirmed a decision she had made months earlier,\" the passage continued.\n")
    said = {q.text[:20]: q.speaker for q in b.quotes}
    assert said["I can't understand w"] == "Juninho"
    assert said["Powell thus confirme"] == "Conason"


def test_a_name_before_a_colon_that_is_spoken_to_does_not_speak(brief):
    b = brief("Message\n\nSenate Majority Leader Mitch McConnell delivered a blunt message to Donald Trump: "
              "\"It's time to quit attacking various people and get on message.\"\n\n"
              "The timing of the surge doesn't surprise Republican pollster Daron Shaw: \"Lesser-known "
              "candidates have seen the biggest boost.\"\n\n"
              "Can you imagine the question posed by Brighton nurse Marion Brown: \"Would you do this job for £5?\"\n")
    said = {q.text[:20]: q.speaker for q in b.quotes}
    assert said["It's time to quit at"] == "Mitch McConnell"
    # the one a clause is about, or whose question it is, still speaks
    assert said["Lesser-known candida"] == "Daron Shaw"
    assert said["Would you do this jo"] == "Marion Brown"


def test_a_ruling_is_reported_speech_but_ruling_out_is_not(brief):
    b = brief("Ruling\n\nThe House of Lords ruled that the anti-terror measures broke human rights laws.\n\n"
              "MPs will be thrown out of the Commons if they use Blackberries, Speaker Michael Martin has ruled.\n\n"
              "Tony Blair has already ruled out taking part in a televised debate.\n\n"
              "The union stood behind the journalists and did not rule out a strike, Bob Smith said.\n")
    said = {q.text: q.speaker for q in b.quotes if q.kind == "indirect"}
    assert said["the anti-terror measures broke human rights laws"] == "House of Lords"
    assert said["MPs will be thrown out of the Commons if they use Blackberries"] == "Michael Martin"
    # "ruled out" reports nothing, nor cuts the claim it is part of
    assert "The union stood behind the journalists and did not rule out a strike" in said
    assert not any(t.startswith("taking part") for t in said)


def test_speech_in_a_condition_reports_nothing(brief):
    b = brief("Case\n\nBut if the judge rules that the two firms are merely providers of technology, they will "
              "survive.\n\n"
              "The key is if Gerrard comes out and says that he is happy at the club.\n\n"
              "Robinson praised him, even if the coach admitted Cardiff was an unforgiving place for the youngster.\n\n"
              "Asked if she believed the vote was fair, Clinton said she was not sure.\n")
    said = {q.text for q in b.quotes if q.kind == "indirect"}
    assert not any("providers of technology" in t or "he is happy" in t for t in said)
    # "even if" concedes what was said; "asked if" asks
    assert "Cardiff was an unforgiving place for the youngster" in said
    assert "the vote was fair" in said


def test_a_role_is_not_given_to_someone_named_in_what_its_holder_says(brief):
    b = brief("Case\n\nThe judge said that Grokster and Morpheus are merely providers of technology.\n")
    assert [q.speaker for q in b.quotes if q.kind == "indirect"] == [None]
    assert all(a.role != "judge" for a in b.actors)


def test_her_account_or_his_office_speaks_for_the_person(brief):
    b = brief("Convention\n\nMary Jones spoke at the convention on Monday.\n\n"
              "The next day, her Twitter account posted: \"Shop the look from my speech at the convention.\"\n\n"
              "Tom Smith was not there. His office said the firm would grow next year.\n")
    said = {q.text[:20]: q.speaker for q in b.quotes}
    assert said["Shop the look from m"] == "Mary Jones"
    assert said["the firm would grow "] == "Tom Smith"


def test_a_group_named_by_his_or_her_names_the_person(brief):
    said = {}
    for text in ("Director Peter Weitz has left the project. His agent said the film was nearly finished.",
                 "Hillary Clinton spoke in Ohio. Her advisers said she would spend the summer raising money.",
                 "Alex Morgan spoke in Ohio. Her advisers said the campaign would go on."):
        said.update({q.text[:20]: q.speaker for q in brief("Story\n\n" + text + "\n").quotes})
    assert said["the film was nearly "] == "Peter Weitz's agent"
    assert said["she would spend the "] == "Hillary Clinton's advisers"
    # a person whose sex the text does not give is not named for "her": the phrase stays as written
    assert said["the campaign would g"] == "Her advisers"


def test_verbs_of_speech_only_with_a_that_clause_of_their_own(brief):
    b = brief("Hearing\n\nCritics charged that the hearing had failed to provide any new information.\n\n"
              "After Jane Tanden informed the donors that she had worked for the senator, they left.\n\n"
              "The mayors swore that they would support the plan if it passed.\n\n"
              "I have been scammed. The operator will do nothing about this and I was charged VAT by the government.\n\n"
              "My telephone supplier did not inform me that my monthly bill had risen to £320.\n\n"
              "He informed the phone company about it, they then put a block on the numbers.\n")
    said = {q.text: q.speaker for q in b.quotes if q.kind == "indirect"}
    assert said == {"the hearing had failed to provide any new information": "Critics",
                    "she had worked for the senator": "Jane Tanden",
                    "they would support the plan if it passed": "mayors"}


def test_an_infinitive_of_speech_after_an_occasion_or_a_journey_is_the_subjects(brief):
    b = brief("Week\n\nJane Smith called a press conference on Friday to announce that she would resign.\n\n"
              "Tom Brown took to Twitter to say that the vote had been rigged.\n\n"
              "Ann Lee used her speech to warn that the economy was slowing.\n\n"
              "Investigators have no evidence to suggest that Lee took the money.\n\n"
              "Paul Gray refused to say that the vote had been fair.\n\n"
              "Protesters handed out leaflets calling for a day of reckoning with the regime.\n")
    said = {q.text: q.speaker for q in b.quotes if q.kind == "indirect"}
    # a day is no one called on ("on Friday"), but a call for a day is a call
    assert said == {"she would resign": "Jane Smith", "the vote had been rigged": "Tom Brown",
                    "the economy was slowing": "Ann Lee", "a day of reckoning with the regime": "Protesters"}


def test_the_bodys_spokesman_is_the_spokesman_it_named_and_he_after_it_too(brief):
    b = brief("Budget\n\nGreen Party spokesman Tom Hale said the figures did not add up.\n\n"
              "Mr Brown set aside £1bn for schools. But the Green Party spokesman questioned whether the money was new. "
              "He urged the government to scrap the tax completely.\n")
    said = _said(b, "indirect")
    assert said == {"the figures did not ": "Tom Hale", "whether the money wa": "Tom Hale",
                    "to scrap the tax com": "Tom Hale"}


def test_she_after_a_new_spokeswoman_is_not_the_woman_named_before(brief):
    b = brief("Drink\n\nNicola Hill said the first minister's remarks were a gaffe. \"He should withdraw these remarks,\" "
              "Ms Hill said.\n\n\"The first minister should apologise.\" But an executive spokeswoman insisted Mr Brown had "
              "meant adults. \"He was talking about adults,\" she said.\n\n"
              "A spokesman later said Mr Galloway had friends in common with Ms Hassan, who he described as a prominent "
              "anti-war activist, and that he was \"willing to do anything\".\n")
    said = {q.text: q.speaker for q in b.quotes}
    assert said["He should withdraw these remarks,"] == "Nicola Hill"
    assert said["He was talking about adults,"] is None
    # a man named after the spokesman is who "he" is
    assert said["willing to do anything"] == "Galloway"


def test_the_holder_named_beside_the_body_of_an_office_speaks_not_the_body(brief):
    b = brief("Housing\n\nChairman of the Environmental Audit Committee Peter Ainsworth MP, said: \"The housing policy "
              "is an alarming example of disjointed thinking.\"\n\n"
              "The chairman of the Transport Committee said the plan was flawed.\n")
    said = _said(b)
    assert said["The housing policy i"] == "Peter Ainsworth"
    assert said["the plan was flawed"] == "Transport Committee"


def test_the_body_told_is_not_part_of_what_it_was_told(brief):
    b = brief("ID cards\n\nSources within the party told the BBC Mr Howard had always been in favour of ID cards.\n\n"
              "Officials told the BBC he would stand down.\n")
    said = {q.text: q.speaker for q in b.quotes if q.kind == "indirect"}
    assert said == {"Mr Howard had always been in favour of ID cards": "Sources", "he would stand down": "Officials"}


def test_a_former_officer_of_a_body_does_not_speak_for_it(brief):
    b = brief("Supermarket row\n\nTesco has denied the claims. A former Tesco manager said the stores had been told "
              "to cut staff hours.\n")
    (q,) = [q for q in b.quotes if "staff hours" in q.text]
    assert q.speaker != "Tesco"


def test_a_quote_opening_a_paragraph_goes_on_from_a_claim_not_from_a_later_verb_with_quotes_of_its_own(brief):
    b = brief("New watchdog\n\nThe first schools ombudsman has been appointed. Dr Helen Marsh will start at once. She "
              "promised to make sure that parents' complaints \"count\".\n\n"
              "\"I will be drawing on my years as a head teacher to help every family.\" Schools Minister Tom Baird "
              "said Dr Marsh would \"bring real experience\". She is described as \"a tireless campaigner\".\n")
    (q,) = [q for q in b.quotes if q.text.startswith("I will be drawing")]
    assert q.speaker == "Helen Marsh"


def test_a_quote_opening_a_paragraph_is_of_the_one_the_paragraph_before_ended_on(brief):
    b = brief("Adviser\n\nThe party has hired an American strategist. On this subject, Mark Penn appears almost "
              "evangelical.\n\n\"I was on holiday in Spain and so was the party leader. We got talking.\" But what "
              "attracts him? Many might think it is just another job.\n")
    (q,) = [q for q in b.quotes if q.text.startswith("I was on holiday")]
    assert q.speaker == "Mark Penn"


def test_a_quote_that_names_the_person_before_it_is_not_theirs(brief):
    b = brief("Row\n\nThe senator was criticised on Monday. Senator Tom Riley is taking a cautious line.\n\n"
              "\"There are jellyfish with more backbone than Senator Tom Riley.\"\n")
    (q,) = [q for q in b.quotes if q.text.startswith("There are jellyfish")]
    assert q.speaker != "Tom Riley"


def test_the_paper_is_the_newspaper_the_article_reports_from_however_far_back(brief):
    b = brief("Bank cuts forecast\n\nThe World Bank is to cut its growth forecast for Italy, the Financial Times "
              "reported. Italy's economy has been weak for years. Unemployment rose again in March. Exports fell "
              "sharply. Rome has promised reforms.\n\nIn May, the World Bank had said that growth would be 1.5%. "
              "The World Bank has also revised its forecasts for Spain, the paper said.\n")
    (q,) = [q for q in b.quotes if q.text.startswith("The World Bank has also revised")]
    assert q.speaker == "Financial Times"


def test_he_goes_on_with_the_subject_not_a_person_named_as_what_something_was(brief):
    b = brief("Spy\n\nMr Petrov joined the army in 1980. One of his fellow cadets was Boris Yeltsin. At the ministry "
              "in Moscow, he was given a desk job.\n\nHe spied for Britain for two years. But he says he will stay "
              "on hunger strike.\n")
    (q,) = [q for q in b.quotes if "hunger strike" in q.text]
    assert q.speaker is not None and "Petrov" in q.speaker


def test_the_report_is_of_the_body_that_spoke_in_it(brief):
    b = brief("Aid\n\nMillions of children will die needlessly, Save the Children says in a report, Lost Futures. The "
              "call comes before a summit. \"Rich countries are giving less,\" its director said.\n\n\"This must stop. "
              "\"Leaders must act now,\" the director added. The report said: \"Aid is an obligation.\"\n")
    (q,) = [q for q in b.quotes if q.text.startswith("Aid is an obligation")]
    assert q.speaker == "Save the Children"


def test_the_second_of_two_names_given_with_dubbed_is_a_name_too(brief):
    b = brief("Phones\n\nDr Ann Holt said groups dubbed \"pioneers\" and \"materialists\" were most interested in new "
              "phones. The service, dubbed \"Otoku\" or \"bargain\", costs less, the firm said.\n")
    assert not [q for q in b.quotes if q.kind == "direct"]


def test_a_title_said_right_after_its_work_or_document_is_no_quote(brief):
    b = brief("Commons\n\nLabour's Ann Hale said she was often taken for a secretary. Some 83 MPs gave interviews for "
              "the study \"Whose Clerk are You, minister\" at Birkbeck. Mr Roe wrote in his new book \"Crippled "
              "Britain: How to Fix It,\" that taxes were too high. The director wanted to make the film \"official\", "
              "she said.\n")
    direct = [q.text for q in b.quotes if q.kind == "direct"]
    assert not any("Clerk" in t or "Crippled" in t for t in direct)
    assert "official" in direct  # a word said of a work, not its title


def test_who_after_descriptions_set_beside_a_name_is_that_person(brief):
    b = brief("Spy case\n\nBut Mr Ivanov's case has been backed by Anna Berg - a former Yale historian, and a leading "
              "expert on code-breaking, who has confirmed his information was valuable to the Western allies.\n")
    assert [(q.speaker, q.kind) for q in b.quotes] == [("Anna Berg", "indirect")]


def test_a_spokesman_after_a_body_made_the_subject_since_speaks_for_that_body(brief):
    # not for the body of a spokeswoman quoted paragraphs before
    b = brief("Mine plan\n\nA spokeswoman for the Provincial Ministry of Mines said: \"We are reading the report.\"\n\n"
              "Talks went on all week.\n\nShell declined to discuss the figures, but a spokesman said the firm "
              "\"stands by the project\".\n")
    said = _said(b)
    assert said["We are reading the r"] == "Provincial Ministry of Mines"
    assert said["stands by the projec"] == "Shell"
    # with no body made the subject since, "a spokesman" is still the earlier spokesman's body
    b = brief("Mine plan\n\nA spokeswoman for the Provincial Ministry of Mines said: \"We are reading the report.\"\n\n"
              "A spokesman said the talks would go on.\n")
    assert _said(b)["the talks would go o"] == "Provincial Ministry of Mines"


def test_the_union_is_no_body_whose_name_is_headed_by_a_word_of_another_kind(brief):
    b = brief("Pension cuts\n\nThe Provincial Ministry of Labour published the plan on Monday.\n\n"
              "The union said the cuts were unfair.\n")
    assert _said(b)["the cuts were unfair"] is None
    # a union's name may be headed by "Association"; "the ministry" may be a department
    b = brief("Pension cuts\n\nThe Association of Mine Workers met the Department of Labour on Monday.\n\n"
              "The union said the cuts were unfair.\n")
    assert _said(b)["the cuts were unfair"] == "Association of Mine Workers"
    b = brief("Pension cuts\n\nThe Department of Labour published the plan on Monday.\n\n"
              "The ministry said the plan was fair.\n")
    assert _said(b)["the plan was fair"] == "Department of Labour"


def test_a_wire_datelines_place_neither_speaks_nor_opens_the_quote(brief):
    b = brief("Nurses warn\n\nTORONTO — Nurses in Ontario say they are exhausted and that hospitals are short of "
              "staff.\n\nMANCHESTER, N.H. — Anna Berg, a nurse, said the shifts were too long.\n")
    assert [(q.text[:14], q.speaker) for q in b.quotes] == [("they are exhau", "Nurses"), ("the shifts wer", "Anna Berg")]


def test_a_participle_of_speech_after_a_comma_ends_the_claim_and_says_its_own(brief):
    b = brief("Book\n\nAnna Berg said the case reminds her of the book titled \"The Long Fall,\" explaining, \"because "
              "what could have been is gone.\"\n\nTom Hale said the firm had grown fast, adding that demand was high.\n")
    assert [(q.kind, q.text, q.speaker) for q in b.quotes] == [
        ("indirect", "the case reminds her of the book titled \"The Long Fall,\"", "Anna Berg"),
        ("direct", "because what could have been is gone.", "Anna Berg"),
        ("indirect", "the firm had grown fast", "Tom Hale"),
        ("indirect", "demand was high", "Tom Hale")]


def test_he_after_a_spokesman_of_a_body_that_is_no_actor_is_that_body_as_named(brief):
    b = brief("Papers lost\n\nThe papers were found in a street. The police spokesman said the newspaper handed them over "
              "on Monday. The force is investigating the loss, he said.\n")
    assert [q.speaker for q in b.quotes] == ["police", "police"]


def test_a_spokesperson_said_with_the_last_word_of_a_bodys_name_speaks_for_it_and_she_goes_on(brief):
    b = brief("Leave row\n\nThe Northern Assembly published its review on Monday. The assembly spokeswoman said the "
              "leave was agreed by doctors. She said: \"Ministers were told of it.\"\n\nThe Green Party met. A party "
              "spokesman said the vote was close.\n")
    assert [q.speaker for q in b.quotes] == ["Northern Assembly", "Northern Assembly", None]


def test_a_quote_ending_in_a_quoted_question_says_nothing_of_a_passive_after_it(brief):
    b = brief("Campaign\n\nBut party chairman Liam Hale said the plans showed the minister was \"afraid of scrutiny\".\n\n"
              "\"At a time when voters want openness, this government hides; it begs the question, 'What have they "
              "got to hide?'\" The election is widely expected next May and all the parties are stepping up their "
              "preparations.\n")
    (q,) = [q for q in b.quotes if q.text.startswith("At a time")]
    assert q.speaker == "Liam Hale"


def test_one_person_described_by_a_role_speaks_wherever_the_phrase_stands(brief):
    b = brief("Row\n\nThe meeting was tense. As one disgruntled backbencher said before the meeting: \"It is time they "
              "realised what is at stake.\"\n")
    assert [q.speaker for q in b.quotes] == ["one disgruntled backbencher"]


def test_a_spokesman_speaks_for_the_body_that_a_passive_verb_of_speech_is_said_by(brief):
    b = brief("Poll talk\n\nTom Hale met the minister on Monday. Reports that the minister plans a snap poll have been "
              "described as \"idle gossip\" by the Treasury. A spokesman said he had no idea where the reports had "
              "come from.\n")
    (q,) = [q for q in b.quotes if q.text.startswith("he had no idea")]
    assert q.speaker == "Treasury"


def test_the_company_opening_a_paragraph_is_the_one_the_story_is_about_not_one_named_in_passing(brief):
    b = brief("Tesco merges boards\n\nTesco is to merge its two boards. Tesco said profits fell. Shares in Tesco fell "
              "1%.\n\nTesco is not alone in changing its structure. Rival grocer Sainsbury's last year dismantled its "
              "own dual structure.\n\nThe company said the changes would speed decision making.\n")
    (q,) = [q for q in b.quotes if q.text.startswith("the changes")]
    assert q.speaker == "Tesco"


def test_the_newspaper_is_the_news_title_named_before(brief):
    b = brief("Jobs\n\nEarlier this week, the local Gulf News said the minister had been criticised. The newspaper said "
              "many women found his explanation weak.\n")
    assert _said(b)["many women found his"] == "Gulf News"


def test_a_body_that_spoke_goes_on_as_it_past_a_sentence_that_says_nothing_and_its_statement_speaks_for_it(brief):
    b = brief("Bid\n\nRival club Tottenham has asked fans not to protest.\n\nArsenal's response comes as no "
              "surprise. \"Any board has to consider an offer,\" the club said in its statement. Should it become a "
              "firm offer, it should be at a fair price. But it also stressed that it stayed opposed to the proposal. "
              "\"The board believes the plan is too risky,\" the statement said.\n")
    said = _said(b)
    assert said["it stayed opposed to"] == "Arsenal" and said["The board believes t"] == "Arsenal"
