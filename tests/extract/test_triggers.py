"""Tests for timeline.extraction.triggers: the trigger lexicon, inflection and modality."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from timeline.extraction.triggers import (
    _UNREALISED_AFTER,
    _UNREALISED_VERBS,
    LEXICON,
    Modality,
    TriggerSpec,
    _tokens,
    _words_after,
    _words_before,
    assess,
    find_triggers,
    noun_forms,
    verb_forms,
)


def kinds(text: str) -> list[tuple[str, str]]:
    """Kind and text of every trigger in *text*."""
    return [(t.kind, t.text) for t in find_triggers(text)]


def modalities(text: str) -> list[tuple[str, str]]:
    """Trigger text and modality value of every trigger in *text*."""
    return [(t.text, assess(text, t).value) for t in find_triggers(text)]


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [
        ("meet", ("meet", "meets", "met", "meeting")),
        ("sign", ("sign", "signs", "signed", "signing")),
        ("expire", ("expire", "expires", "expired", "expiring")),
        ("sanction", ("sanction", "sanctions", "sanctioned", "sanctioning")),
        (
            "speak by phone",
            (
                "speak by phone",
                "speaks by phone",
                "spoke by phone",
                "spoken by phone",
                "speaking by phone",
            ),
        ),
    ],
)
def test_verb_forms(lemma: str, expected: tuple[str, ...]) -> None:
    """Regular and irregular verbs, and phrasal verbs, inflect their first word."""
    assert verb_forms(lemma) == expected


def test_noun_forms_plural_and_pluralia_tantum() -> None:
    """Nouns get a plural; words that are always plural keep one form."""
    assert noun_forms("arms sale") == ("arms sale", "arms sales")
    assert noun_forms("negotiations") == ("negotiations",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xi met Putin.", [("meeting", "met")]),
        ("Xi spoke by phone with Trump.", [("call", "spoke by phone")]),
        ("They held talks in Geneva.", [("meeting", "talks")]),
        ("Biden spoke today with Putin.", [("call", "spoke")]),
        ("Ruto visited Washington.", [("visit", "visited")]),
        ("the approaching expiration of the New START treaty", [("treaty_expiry", "expiration")]),
        ("Russia withdrew from the CFE Treaty.", [("treaty_withdrawal", "withdrew from")]),
        ("the extension of the New START Treaty", [("treaty_extension", "extension")]),
        ("an $11.1 billion arms sale to Taiwan", [("arms_sale", "arms sale")]),
        ("the largest U.S. weapons package", [("arms_sale", "weapons package")]),
        ("the sale of 66 F-16 fighter jets", [("arms_sale", "sale")]),
        ("Moscow's Victory Day Parade", [("parade", "Parade")]),
        ("the 60th anniversary of relations", [("commemoration", "anniversary")]),
        ("The sudden Russian military build-up", [("military_action", "military build-up")]),
        ("China's 15th Five-Year Plan", [("period", "Five-Year Plan")]),
        ("the presidential election", [("election", "presidential election")]),
    ],
)
def test_triggers_by_kind(text: str, expected: list[tuple[str, str]]) -> None:
    """Each built-in kind is found through its common news wording."""
    assert kinds(text) == expected


def test_multiword_triggers_allow_hyphens_and_spaces() -> None:
    """ "build-up", "build up" and "buildup" all match."""
    assert kinds("a military build up")[0][0] == "military_action"
    assert kinds("a Russian buildup")[0][0] == "military_action"


@pytest.mark.parametrize(
    "text",
    [
        "They called on Russia to de-escalate.",
        "The so-called reform failed.",
        "The expiration date of the coupon passed.",
        "The plan failed.",
        "He served a second term.",
        "The phone rang.",
    ],
)
def test_no_trigger_in_non_event_uses(text: str) -> None:
    """Uses that name no event of our kinds are not triggers."""
    assert find_triggers(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("While a phone call cannot resolve all issues, it helps.", "generic"),
        ("China remains committed to dialogue.", "generic"),
        ("It urged Washington to handle arms sales to Taiwan prudently.", "generic"),
        ("They did not meet.", "negated"),
        ("No summit was held.", "negated"),
        ("If they meet, it will help.", "hypothetical"),
        ("Biden will host Ruto for a State Visit.", "planned"),
        ("Biden proposed a summit meeting in a third country.", "planned"),
        ("during upcoming visits by Secretary Yellen", "planned"),
        ("They agreed to continue consultations.", "planned"),
        ("Xi held a virtual meeting with Putin.", "asserted"),
        ("The phone call between Xi and Trump was the first.", "asserted"),
        ("Iran launched one of the largest missile and drone attacks on record.", "asserted"),
        ("Readout of Peace Talks in Geneva", "asserted"),
    ],
)
def test_modality(text: str, expected: str) -> None:
    """Generic, negated, hypothetical and planned mentions are told apart from asserted ones."""
    found = modalities(text)
    assert found, text
    assert found[0][1] == expected


def test_modality_is_event() -> None:
    """Only asserted and planned mentions become events."""
    assert [m for m in Modality if m.is_event] == [Modality.ASSERTED, Modality.PLANNED]


def test_custom_lexicon() -> None:
    """A user lexicon adds a kind without touching the library."""
    spec = TriggerSpec(kind="cyberattack", forms=noun_forms("cyberattack"), pos="noun")
    found = find_triggers("A cyberattack hit the ministry.", lexicon=(*LEXICON, spec))
    assert [(t.kind, t.text) for t in found] == [("cyberattack", "cyberattack")]


def test_offsets_within_window() -> None:
    """Triggers are searched only inside the given window, offsets into the whole text."""
    text = "They met. Then they met again."
    found = find_triggers(text, 10)
    assert [(t.start, t.end) for t in found] == [(20, 23)]
    assert text[20:23] == "met"


@given(st.text(max_size=300))
def test_find_triggers_any_text(text: str) -> None:
    """For any text, triggers are sorted, inside the text, non-overlapping, and assessable."""
    found = find_triggers(text)
    last_end = -1
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.start >= last_end
        last_end = t.end
        assert isinstance(assess(text, t), Modality)


def test_mass_noun_with_a_named_agent_is_specific() -> None:
    """ "Russian aggression" is an event; bare "aggression" stays generic."""
    assert ("aggression", "asserted") in modalities("They defended it against Russian aggression.")
    assert ("aggression", "generic") in modalities("They are committed to fighting aggression.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scholz flew to Tokyo on Monday to meet Kishida.", "asserted"),
        ("Scholz will fly to Tokyo next week to meet Kishida.", "planned"),
        ("Scholz did not fly to Tokyo to meet Kishida.", "hypothetical"),
        ("It is a crime to meet Kishida.", "hypothetical"),
    ],
)
def test_purpose_of_a_trip_has_the_trip_status(text: str, expected: str) -> None:
    """ "flew to Tokyo to meet X" happened; "will fly ... to meet X" is planned."""
    assert dict(modalities(text))["meet"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scholz laid a wreath at the memorial.", [("laid a wreath", "asserted")]),
        ("She attended a memorial service on Monday.", [("memorial service", "asserted")]),
        ("A remembrance ceremony was held.", [("remembrance ceremony", "asserted")]),
        ("Japan tightened sanctions on Russia.", [("sanctions", "asserted")]),
        ("Canada extended sanctions against Iran.", [("sanctions", "asserted")]),
        ("Economists say tightened sanctions rarely work.", [("sanctions", "generic")]),
        ("They agreed on Feb. 4, 2026 to extend the treaty.", [("extend", "planned")]),
        ("They agreed on 4 May 2026 to extend the treaty.", [("extend", "planned")]),
        ("It may be wise to extend the treaty.", [("extend", "hypothetical")]),
    ],
)
def test_ceremonies_sanction_changes_and_dated_intent(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Ceremony phrases are triggers; a change to sanctions on a named target is an event; a
    date between "agreed" and its infinitive keeps the plan (and "May" the month is no modal)."""
    assert [(t.text, assess(text, t).value) for t in find_triggers(text)] == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Italy agreed to sell armored vehicles to Japan.", True),
        ("India will buy artillery systems from France.", True),
        ("Seoul plans to purchase patrol boats.", True),
        ("The firm agreed to sell its radar systems business.", False),
        ("He agreed to sell his house.", False),
    ],
)
def test_arms_sales_named_by_their_goods(text: str, found: bool) -> None:
    """Selling or buying weapons (vehicles, systems, boats) is an arms sale; a business is not."""
    assert any(t.kind == "arms_sale" for t in find_triggers(text)) is found


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [
        (
            "sit down with",
            ("sit down with", "sits down with", "sat down with", "sitting down with"),
        ),
        ("leave", ("leave", "leaves", "left", "leaving")),
        ("run out", ("run out", "runs out", "ran out", "running out")),
        ("scrap", ("scrap", "scraps", "scrapped", "scrapping")),
        ("shoot down", ("shoot down", "shoots down", "shot down", "shooting down")),
    ],
)
def test_more_irregular_and_doubling_verbs(lemma: str, expected: tuple[str, ...]) -> None:
    """Irregular pasts (sat, left, ran, shot) and doubled consonants (scrapped, sitting)."""
    assert verb_forms(lemma) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # territory and armed clashes
        ("Moscow annexed four regions in 2022.", ("military_action", "annexed")),
        ("the annexation of the peninsula", ("military_action", "annexation")),
        ("Border troops clashed near the pass overnight.", ("military_action", "clashed")),
        ("Heavy clashes between rebels and the army erupted.", ("military_action", "clashes")),
        ("Indian and Chinese soldiers exchanged fire.", ("military_action", "exchanged fire")),
        ("Air defences shot down 12 drones.", ("military_action", "shot down")),
        ("Rebel fighters captured the town of Rutshuru.", ("military_action", "captured")),
        ("Warplanes bombarded the city of Idlib.", ("military_action", "bombarded")),
        ("Jordan struck drug-smuggling hideouts in Syria.", ("military_action", "struck")),
        ("a cross-border incursion by militants", ("military_action", "incursion")),
        # treaties and truces
        ("The rivals agreed to extend the truce by a week.", ("treaty_extension", "extend")),
        ("They extended the ceasefire until March.", ("treaty_extension", "extended")),
        ("Both sides renewed the fisheries accord.", ("treaty_extension", "renewed")),
        ("The two states inked a maritime pact.", ("treaty_signing", "inked")),
        ("The Senate ratified the convention.", ("treaty_signing", "ratified")),
        ("Ankara sealed a gas deal with Baku.", ("treaty_signing", "sealed")),
        ("Washington walked away from the arms accord.", ("treaty_withdrawal", "walked away from")),
        ("The junta scrapped the defence agreement.", ("treaty_withdrawal", "scrapped")),
        ("The grain deal ran out on Sunday.", ("treaty_expiry", "ran out")),
        ("The truce expired at dawn.", ("treaty_expiry", "expired")),
        # encounters
        ("The envoy sat down with rebel leaders.", ("meeting", "sat down with")),
        ("The premier toured the quake zone.", ("visit", "toured")),
        ("a week-long tour of Central Asia", ("visit", "tour")),
        ("Oman mediated talks between the two.", ("negotiation", "mediated")),
        # announcements and elections
        ("Tokyo pledged $2 billion in loans.", ("announcement", "pledged")),
        ("The ministry unveiled a new sanctions package.", ("announcement", "unveiled")),
        ("Voters cast ballots in the runoff.", ("election", "cast ballots")),
        ("a referendum on independence", ("election", "referendum")),
    ],
)
def test_conflict_and_diplomacy_wording(text: str, expected: tuple[str, str]) -> None:
    """The verbs and nouns news wires use for each kind are triggers of that kind."""
    assert expected in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "An earthquake struck the coast on Monday.",
        "The remark struck a nerve.",
        "The two ministers clashed over fishing quotas.",
        "Police clashed with protesters outside parliament.",
        "The president pledged to deepen cooperation.",
        "The company unveiled a new smartphone.",
        "The panel concluded that the agreement was fair.",
        "He left the meeting room without an agreement.",
        "Customs officers seized two tons of cocaine.",
        "He shot down the proposal.",
        "Shares trade on the Stock Exchange.",
        "The company's stock touched a record.",
    ],
)
def test_no_event_in_figurative_or_civil_uses(text: str) -> None:
    """Figurative strikes, verbal clashes, police work, products and pledges of intent give
    no trigger of the new families."""
    new_kinds = {"military_action", "treaty_signing", "treaty_extension", "treaty_withdrawal"}
    found = [(k, t) for k, t in kinds(text) if k in new_kinds or k in ("announcement", "visit")]
    found += [(k, t) for k, t in kinds(text) if k == "meeting" and t == "Exchange"]
    assert found == []


def test_a_truce_named_in_an_adjunct_is_no_object() -> None:
    """ "extended its offensive despite the truce": the offensive, not the truce, is extended."""
    assert kinds("Israel extended its offensive despite the truce.") == [
        ("military_action", "offensive")
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("A call is possible but has not been scheduled.", "call", "hypothetical"),
        ("A visit by the pope remains under consideration.", "visit", "hypothetical"),
        ("No date has been set for a meeting between the envoys.", "meeting", "negated"),
        ("There are no plans for talks with the rebels.", "talks", "negated"),
        ("The ministry ruled out a summit this year.", "summit", "negated"),
        ("Officials declined to say whether the two would meet.", "meet", "hypothetical"),
        ("It is unclear whether the premier will visit Delhi.", "visit", "hypothetical"),
        ("A summit has yet to be scheduled.", "summit", "negated"),
        ("A date for the summit has not been set.", "summit", "negated"),
        ("A trip to Rome is not on the agenda.", "trip", "negated"),
        (
            "The sides have not yet agreed on a date for the next round of talks.",
            "round of talks",
            "negated",
        ),
        (
            "The Kremlin denied a press report that the leaders had spoken by phone.",
            "spoken by phone",
            "negated",
        ),
        ("The opposition called for a meeting with the king.", "meeting", "hypothetical"),
        ("The pact will lapse unless both sides agree to extend it.", "extend", "hypothetical"),
        # not negated: the event is real, the negation is about something else
        ("Voters rejected the reform in a referendum on Sunday.", "referendum", "asserted"),
        ("The spokesman declined to comment on the talks with Iran.", "talks", "asserted"),
        (
            "The meeting, which was not scheduled in advance, took place in Doha.",
            "meeting",
            "asserted",
        ),
        (
            "Voters in Bolivia rejected the plan. Officials said the count was over.",
            "said",
            "asserted",
        ),
        ("Israeli airstrikes killed 30 people on Sunday.", "airstrikes", "asserted"),
        ("The leaders sat down for talks in Paris.", "talks", "asserted"),
        ("Talks help build trust.", "Talks", "generic"),
    ],
)
def test_unrealised_and_denied_events(text: str, trigger: str, expected: str) -> None:
    """Possible, unscheduled, ruled-out, denied or wished-for events are no events; a
    negation about something else leaves the event asserted."""
    assert dict(modalities(text))[trigger] == expected


_CUES = (
    "There are no plans for",
    "The ministry ruled out",
    "Officials have not yet agreed on a date for",
    "No firm date has been fixed for",
    "The government declined to confirm whether there would be",
    "Diplomats said they had called for",
)
_EVENTS = ("a meeting", "talks", "a summit", "a phone call", "a state visit")
_TAILS = ("", " with the rebels", " between the two premiers", " in Nairobi")


@given(st.sampled_from(_CUES), st.sampled_from(_EVENTS), st.sampled_from(_TAILS))
def test_cues_never_yield_an_event(cue: str, event: str, tail: str) -> None:
    """Whatever the event and its complements, a denying or unscheduling cue before it keeps
    it from being an event."""
    text = f"{cue} {event}{tail}."
    found = [t for t in find_triggers(text) if t.kind != "statement"]
    assert found, text
    assert not any(assess(text, t).is_event for t in found), text


@given(st.sampled_from(_EVENTS), st.sampled_from(_TAILS))
def test_unrealised_predicates_never_yield_an_event(event: str, tail: str) -> None:
    """ "<event> is possible / has not been scheduled / is not on the agenda" is no event."""
    for predicate in (
        "is possible",
        "has not been scheduled",
        "is not on the agenda",
        "has yet to be confirmed",
    ):
        text = f"{event[0].upper()}{event[1:]}{tail} {predicate}."
        found = find_triggers(text)
        assert found, text
        assert not any(assess(text, t).is_event for t in found), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The premier dialled Erdogan on Friday.", ("call", "dialled")),
        ("The two presidents talked by phone.", ("call", "talked by phone")),
        ("Ottawa blacklisted 14 entities on Monday.", ("sanction", "blacklisted")),
        ("London froze the assets of three banks.", ("sanction", "froze the assets")),
        ("The UN imposed an arms embargo on the junta.", ("sanction", "embargo")),
        (
            "The army launched a ground operation in the north.",
            ("military_action", "ground operation"),
        ),
        ("Pyongyang test-fired a cruise missile.", ("military_action", "test-fired")),
        ("Special forces raided a militant hideout.", ("military_action", "raided")),
        ("The rivals agreed to an immediate ceasefire.", ("treaty_signing", "agreed to")),
        ("Both sides reached a prisoner swap agreement.", ("treaty_signing", "reached")),
    ],
)
def test_more_wire_wording(text: str, expected: tuple[str, str]) -> None:
    """Calls by dialling, sanctions by blacklisting or freezing assets, operations, raids,
    missile tests and agreements reached are triggers."""
    assert expected in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The firm reached no agreement with its lenders.",
        "He reached the agreement's limits.",
        "The leaders agreed on the need for a ceasefire.",
        "Israel and Hamas agreed on Monday to extend the truce.",
        "The EU blacklisted a website.",
    ],
)
def test_no_signing_or_sanction_without_its_object(text: str) -> None:
    """ "reached no agreement", "agreed on the need for", "agreed ... to extend" (the
    extension is the event) and a blacklisted website are no signing or sanction."""
    assert not [k for k, _ in kinds(text) if k in ("treaty_signing", "sanction")]


def test_talks_held_by_negotiators_are_a_negotiation() -> None:
    """ "climate negotiators ended a week of talks": talks held by negotiators are a
    negotiation; talks in the next sentence are not affected."""
    text = "Climate negotiators ended a week of talks in Oslo. Later talks were held in Rome."
    assert [(t.kind, t.text, assess(text, t).value) for t in find_triggers(text)] == [
        ("negotiation", "talks", "asserted"),
        ("meeting", "talks", "asserted"),
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The visit was cancelled at the last minute.", "visit", "negated"),
        ("The president called off a planned trip to Lagos.", "trip", "negated"),
        ("The two ministers regularly talked by phone.", "talked by phone", "generic"),
        ("Envoys gathered for a third day of talks.", "talks", "asserted"),
        ("At least nine people were killed in airstrikes on the town.", "airstrikes", "asserted"),
        ("The government slapped sanctions on four generals.", "sanctions", "asserted"),
        ("Activists demanded talks with the government.", "talks", "hypothetical"),
    ],
)
def test_cancelled_habitual_and_specific_plurals(text: str, trigger: str, expected: str) -> None:
    """Cancelled events are negated, habits generic; a stretch ("a third day of talks"), a
    toll ("killed in airstrikes") or an episodic verb makes a bare plural specific."""
    assert dict(modalities(text))[trigger] == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Israel struck Iran on Friday.", True),
        ("The U.S. struck three militia sites in Syria.", True),
        ("Hezbollah shelled Israel overnight.", True),
        ("Ukraine also struck Moscow with drones.", True),
        ("A storm struck Japan on Monday.", False),
        ("The news struck Japan hard.", False),
        ("Tariffs hit Canada.", False),
    ],
)
def test_strikes_by_a_state_on_a_state_or_a_target(text: str, found: bool) -> None:
    """A state or armed group striking a country, capital or military target is an attack
    even without "jets" or "troops"; storms, news and tariffs are not."""
    assert any(k == "military_action" for k, _ in kinds(text)) is found


def test_hosting_a_known_figure_by_surname() -> None:
    """ "hosted Scholz": a public figure named without a title is a person object."""
    assert kinds("Ramaphosa hosted Scholz in Pretoria.") == [("meeting", "hosted")]
    assert kinds("Macron hosted Christmas dinner.") == []


# ---- the month "May" is no modal


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Lula visited Beijing in May and met Xi at the Great Hall of the People.", "met"),
        ("The ministers met in May to prepare the summit.", "met"),
        ("The envoys met in May and held talks in Doha on Friday.", "talks"),
        ("The envoys, who first met on May 9, met again in Riyadh.", "met"),
        ("Scholz, who travelled to Delhi in May, visited Tokyo in March.", "visited"),
        ("A meeting May 5 in Paris drew 20 leaders.", "meeting"),
    ],
)
def test_capitalised_may_is_a_month(text: str, trigger: str) -> None:
    """A capitalised "May" (after a preposition, before a day, anywhere inside a sentence) is
    the month and never makes a nearby trigger hypothetical."""
    got = dict(modalities(text))
    assert got[trigger] in ("asserted", "planned")


@pytest.mark.parametrize(
    "text",
    ["The two leaders may meet in Rome next month.", "Officials said Xi may visit Paris."],
)
def test_lower_case_may_is_still_a_modal(text: str) -> None:
    """The modal "may" keeps its trigger hypothetical."""
    assert [m for _, m in modalities(text) if m != "asserted"][-1] == "hypothetical"


@given(st.sampled_from(["in", "since", "until", "by", "early", "late"]), st.integers(1, 28))
def test_may_as_month_in_any_position(prep: str, day: int) -> None:
    """Whatever the preposition or day number, "May" the month leaves "met" asserted."""
    for text in (
        f"The two presidents met {prep} May and signed a pact.",
        f"On May {day} the two presidents met in Hanoi.",
    ):
        assert dict(modalities(text))["met"] == "asserted"


# ---- reported future: "said that X would visit"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("China's foreign ministry said on Monday that Wang Yi would visit Pakistan.", "visit"),
        ("The Kremlin said Putin would meet Modi in Kazan next month.", "meet"),
        ("The palace announced the king would also travel to Kenya in May.", "travel to"),
        ("Officials confirmed that the ministers would hold talks in Doha.", "talks"),
        ("Tokyo announced that Kishida would pay a state visit to Washington.", "state visit"),
        ("The ministry said Xi would attend the summit in Kazan.", "summit"),
        ("The EU said on Tuesday it would impose new sanctions on Iran.", "impose"),
        ("Xi would visit Moscow next week, the Kremlin said on Monday.", "visit"),
        ("Wang would travel to Pakistan in June, according to the ministry.", "travel to"),
    ],
)
def test_would_under_a_past_reporting_verb_is_planned(text: str, trigger: str) -> None:
    """ "said/announced/confirmed ... would <event>" is the future in the past: a plan."""
    assert dict(modalities(text))[trigger] == "planned"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Officials said Xi would meet Biden if the talks went well.", "meet"),
        ("Peskov said Putin would be ready to meet Trump.", "meet"),
        ("He said he would have met Xi had there been time.", "met"),
        ("Analysts said the two leaders could meet in Rome.", "meet"),
        ("Trump has often said he would meet Kim anywhere.", "meet"),
        ("Would they meet again?", "meet"),
        ("Xi would visit Moscow if invited, officials said.", "visit"),
        ("The leaders would meet, he added, only if a ceasefire held.", "meet"),
    ],
)
def test_would_stays_hypothetical_under_conditions(text: str, trigger: str) -> None:
    """A condition, a counterfactual, another modal or no reporting verb keeps "would"
    hypothetical."""
    assert dict(modalities(text))[trigger] == "hypothetical"


# ---- "called <someone>": a phone call


@pytest.mark.parametrize(
    "text",
    [
        "Australia's Prime Minister Anthony Albanese called Chinese Premier Li Qiang on Wednesday.",
        "Macron called Putin on Friday to discuss the war.",
        "Scholz also called his Chinese counterpart last week.",
        "Erdogan called Zelensky and Putin on Sunday.",
        "Japan's leader will call Kim Jong Un soon.",
        "The president called Germany's Chancellor Olaf Scholz late on Monday.",
        "President Biden called President Xi Jinping of China on Thursday.",
        "Biden calls Xi as tensions rise over Taiwan",
    ],
)
def test_called_someone_is_a_call(text: str) -> None:
    """ "called" with a person (title and name, a known figure, a counterpart) is a call."""
    assert any(k == "call" and t.casefold().startswith("call") for k, t in kinds(text))
    assert all(m in ("asserted", "planned") for _, m in modalities(text))


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky called on Germany to send more air defence systems.",
        "Biden called Putin a war criminal.",
        "She called the decision reckless.",
        "What Moscow called a special military operation began in 2022.",
        "The so-called Putin doctrine was debated in parliament.",
        "Trump called Russia's move a mistake.",
        "Officials called for restraint on both sides.",
        "A village called Bucha was retaken in April.",
        "Ukrainians called Putin 'a terrorist'.",
        "The senator called it a disgrace.",
    ],
)
def test_called_as_naming_or_appeal_is_no_call(text: str) -> None:
    """ "called on X to", "called for", "called X a Y", "what he called", "so-called" and
    naming uses are no phone call."""
    assert not any(k == "call" for k, _ in kinds(text))


def test_war_as_a_modifier_is_no_war() -> None:
    """ "war criminal", "war crimes", "a war chest", "the National War Memorial" report no war."""
    for text in (
        "Biden called Putin a war criminal.",
        "Prosecutors charged him with war crimes in 2023.",
        "The campaign built a war chest of $50 million.",
        "Modi laid a wreath at the National War Memorial.",
    ):
        assert ("military_action", "war") not in [(k, t.casefold()) for k, t in kinds(text)]


# ---- "hosted" envoys of named parties


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Egypt hosted Hamas and Israeli negotiators in Cairo last week.", "negotiation"),
        ("Qatar hosted a delegation from the Taliban on Monday.", "meeting"),
        ("Saudi Arabia hosted Ukrainian and U.S. officials in Jeddah in March.", "meeting"),
        ("Turkey hosted Russian and Ukrainian delegations in Istanbul on Friday.", "meeting"),
        ("Xi hosted leaders of Central Asian countries in Xi'an.", "meeting"),
        ("The emir received a delegation from Hamas on Sunday.", "meeting"),
    ],
)
def test_hosting_envoys_of_named_parties(text: str, kind: str) -> None:
    """Hosting or receiving delegations, officials or leaders of named parties is a meeting; of
    negotiators, a negotiation."""
    assert [k for k, t in kinds(text) if t.startswith(("host", "rece"))] == [kind]
    assert all(m in ("asserted", "planned") for _, m in modalities(text))


@pytest.mark.parametrize(
    "text",
    [
        "Brazil hosted the World Cup in 2014.",
        "The city hosted officials at a dinner.",
        "The embassy received letters from the ministers.",
        "The network hosted a debate between the leaders.",
    ],
)
def test_hosting_things_or_unnamed_groups_is_no_meeting(text: str) -> None:
    """Hosting an event, a thing or a group of no named party is no meeting."""
    assert kinds(text) == [] or all(k != "meeting" for k, _ in kinds(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Israel bombed the Lebanese capital on Friday.", True),
        ("Russia pounded the city of Sumy overnight.", True),
        ("Ukraine struck the outskirts of Belgorod.", True),
        ("The storm hit the city of Miami.", False),
        ("Inflation hit the capital hard.", False),
        ("Tariffs struck the port city of Long Beach.", False),
    ],
)
def test_a_state_striking_a_city(text: str, found: bool) -> None:
    """A state that bombs, pounds or strikes a city, capital or town attacks it; a storm,
    prices or tariffs do not."""
    assert any(k == "military_action" for k, _ in kinds(text)) is found


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Talks held in May ended without a deal.", "Talks", "asserted"),
        ("Negotiations mediated by Egypt resumed on Monday.", "Negotiations", "asserted"),
        ("Talks hosted by Qatar last week produced a truce.", "Talks", "asserted"),
        ("Elections held every four years are a pillar of democracy.", "Elections", "generic"),
        ("Sanctions have failed.", "Sanctions", "generic"),
    ],
)
def test_bare_plurals_with_a_reduced_relative(text: str, trigger: str, expected: str) -> None:
    """A bare plural with a participle phrase and a past predicate ("talks held in May ended")
    is one episode; with a habitual phrase or a verdict it stays generic."""
    assert dict(modalities(text))[trigger] == expected


_CALLERS = ["Macron", "The prime minister", "Japan's leader", "Erdogan"]
_CALLEES = ["Putin", "Chinese Premier Li Qiang", "his Indian counterpart", "President Lula"]


@given(
    st.sampled_from(_CALLERS),
    st.sampled_from(_CALLEES),
    st.sampled_from(["on Friday.", "late on Monday.", "to discuss trade.", "and urged calm."]),
)
def test_called_a_person_then_an_adjunct_is_a_call(caller: str, callee: str, tail: str) -> None:
    """Any caller, any person object and any adjunct after it: a phone call."""
    text = f"{caller} called {callee} {tail}"
    assert ("call", "called") in kinds(text)


@given(
    st.sampled_from(_CALLERS),
    st.sampled_from(["Putin", "Xi", "Russia", "Iran"]),
    st.sampled_from(["a liar.", "'a threat'.", "reckless.", "the aggressor."]),
)
def test_called_a_person_something_is_no_call(caller: str, callee: str, tail: str) -> None:
    """ "called X a Y", "called X 'Y'", "called X reckless": naming, never a call."""
    text = f"{caller} called {callee} {tail}"
    assert not any(k == "call" for k, _ in kinds(text))


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("A summit will be held in Rome next month.", "summit", Modality.PLANNED),
        ("A summit will require careful preparation.", "summit", Modality.GENERIC),
        ("Sanctions were imposed on Tuesday.", "Sanctions", Modality.ASSERTED),
        ("Sanctions are a blunt tool.", "Sanctions", Modality.GENERIC),
        ("They agreed after weeks of indirect talks in Cairo.", "indirect talks",
         Modality.ASSERTED),
    ],
)
def test_episodes_named_without_an_article(text: str, trigger: str, modality: Modality) -> None:
    """An indefinite or bare noun is a real event when its predicate places it ("will be held",
    "were imposed") or a stretch of time measures it ("weeks of talks"); otherwise generic."""
    found = {t.text: assess(text, t) for t in find_triggers(text)}
    assert found[trigger] is modality


@pytest.mark.parametrize(
    ("text", "wars"),
    [
        ("The two leaders agreed to a truce in their trade war.", 0),
        ("The price war between airlines intensified.", 0),
        ("Russia's war in Ukraine entered its fourth year.", 1),
    ],
)
def test_figurative_wars_are_no_fighting(text: str, wars: int) -> None:
    """ "a trade war", "a price war": no military action; "Russia's war in Ukraine" is one."""
    assert sum(1 for k, _ in kinds(text) if k == "military_action") == wars


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Zelenskiy hosted foreign leaders in Kyiv on Saturday to mark two years since the "
         "invasion.", Modality.ASSERTED),
        ("Officials laid wreaths in Hiroshima to commemorate the victims.", Modality.ASSERTED),
        ("Leaders will gather in Kyiv on Saturday to mark two years since the invasion.",
         Modality.PLANNED),
    ],
)
def test_what_an_occasion_was_held_to_mark(text: str, modality: Modality) -> None:
    """ "... to mark/commemorate X" after a past verb was marked; after "will", it will be."""
    found = {t.text: assess(text, t) for t in find_triggers(text)}
    marking = [m for w, m in found.items() if w in ("mark", "commemorate")]
    assert marking == [modality]


def test_hosting_the_leaders_of_named_countries_is_a_meeting() -> None:
    """ "hosted the prime ministers of Italy, Canada and Belgium": a meeting."""
    text = "Zelenskiy hosted the prime ministers of Italy, Canada and Belgium in Kyiv."
    assert ("meeting", "hosted") in [(k, w) for k, w in kinds(text)]


@pytest.mark.parametrize(
    ("text", "pos"),
    [
        ("Macron's three-day China visit ended on Friday.", "noun"),
        ("The Pope's visit drew large crowds.", "noun"),
        ("Biden visits Kenya.", "verb"),
        ("Leaders visit Kyiv on Friday.", "verb"),
    ],
)
def test_a_bare_form_after_a_name_with_no_object_is_the_noun(text: str, pos: str) -> None:
    """ "China visit", "the Pope's visit": a noun; "Biden visits Kenya": a verb."""
    assert [t.spec.pos for t in find_triggers(text) if t.kind == "visit"] == [pos]


# The words around a trigger come from an index of the document's tokens; they must be those a
# search of the window itself finds, even where the window cuts a word.
_WINDOW_TOKEN = regex.compile(r"[\w\u2019'.-]+|[^\w\s]")
_WINDOW_TEXT = st.text(
    alphabet=st.sampled_from("ab9 .,;:-'\u2019()!?\n\u2014\u00e9\u0301"), max_size=80
)


@given(_WINDOW_TEXT, st.data(), st.integers(1, 14))
def test_word_windows_equal_a_search_of_the_window(text: str, data: st.DataObject, n: int) -> None:
    pos = data.draw(st.integers(0, len(text)))
    lo = max(0, pos - 12 * n - 20)
    if (line := text.rfind("\n", lo, pos)) >= 0:
        lo = line + 1
    hi = min(len(text), pos + 12 * n + 20)
    if (line := text.find("\n", pos, hi)) >= 0:
        hi = line
    before = _WINDOW_TOKEN.findall(text, lo, pos)
    after = _WINDOW_TOKEN.findall(text, pos, hi)
    stops = set(";:\u2014\u2013()")
    expected_before: list[str] = []
    for tok in reversed(before):
        if tok in stops or tok in ".!?" or len(expected_before) >= n:
            break
        expected_before.insert(0, tok)
    expected_after: list[str] = []
    for tok in after:
        if tok in stops or tok in "!?" or tok == "." or len(expected_after) >= n:
            break
        expected_after.append(tok)
    assert _words_before(text, pos, n) == expected_before
    assert _words_after(text, pos, n) == expected_after
    # with stop_at_comma, the words after the nearest comma
    commas = [i for i, tok in enumerate(expected_before) if tok == ","]
    after_comma = expected_before[commas[-1] + 1 :] if commas else expected_before
    assert _words_before(text, pos, n, stop_at_comma=True) == after_comma


_SENTENCE_TEXT = st.text(alphabet=st.sampled_from("aB9 .!?\"')\u201c\u201d\n"), max_size=80)
_BREAK = regex.compile(r"(?<=[a-z0-9\u201d\"')][.!?])\s+(?=[A-Z\u201c\"])")
_MARK = regex.compile(r"[.!?](?=\s|$)|$")


@given(_SENTENCE_TEXT, st.data())
def test_sentence_ends_equal_a_search_of_the_window(text: str, data: st.DataObject) -> None:
    """The sentence breaks and end marks near a trigger come from an index of the whole text;
    they must be those a search of the window itself finds, where a window's edge cuts a
    break or ends right after a mark."""
    pos = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, pos))
    reach = data.draw(st.integers(1, 40))
    breaks = list(_BREAK.finditer(text, lo, pos))
    assert _tokens(text).last_break(lo, pos) == (breaks[-1].end() if breaks else None)
    mark = _MARK.search(text[pos : pos + reach])
    expected = mark.group() if mark is not None and mark.group() else None
    assert _tokens(text).sentence_mark(pos, reach) == expected


@pytest.mark.parametrize(
    ("lo", "pos", "end"),
    [(0, 8, None), (0, 9, 8), (7, 9, 8), (8, 9, None), (0, 20, 8)],
)
def test_a_break_counts_only_when_the_window_holds_its_next_letter(
    lo: int, pos: int, end: int | None
) -> None:
    """ "Xi met. Then ...": the break after "met." ends at "T"; a window that stops before "T"
    (or starts after the space) holds no break, as a search of the window finds none."""
    assert _tokens("Xi met. Then they spoke.").last_break(lo, pos) == end


@pytest.mark.parametrize(
    ("pos", "reach", "mark"),
    [(0, 26, "?"), (0, 25, None), (0, 7, "."), (0, 6, None), (0, 8, None), (12, 50, "?")],
)
def test_the_end_mark_is_read_as_a_search_of_the_slice(
    pos: int, reach: int, mark: str | None
) -> None:
    """ "Xi met.Then did they talk?": "met." is no sentence end inside the text, but a slice that
    ends right after it reads it as one."""
    assert _tokens("Xi met.Then did they talk?").sentence_mark(pos, reach) == mark


_PREDICATE_WORDS = st.sampled_from(
    ("between", "the", "two", "ministers", "in", "Moscow", ",", "is", "was", "were", "has", "had",
     "been", "not", "yet", "to", "be", "scheduled", "possible", "still", "cancelled", "called",
     "off", "would", "could", "under", "consideration", "on", "agenda", "remains", "remained",
     "postponed", "indefinitely", "being", "discussed", "planned", "met", "\n")
)


@given(st.lists(_PREDICATE_WORDS, max_size=14).map(" ".join))
def test_an_unrealised_predicate_opens_with_a_listed_verb(tail: str) -> None:
    """assess spares a window the _UNREALISED_AFTER pattern when none of _UNREALISED_VERBS
    stands in it as a word: every match has one ("a call is possible", "talks were called off")."""
    window = " " + tail
    if _UNREALISED_AFTER.match(window):
        assert not _UNREALISED_VERBS.isdisjoint(window.split())


@pytest.mark.parametrize(
    "text",
    [
        "Spokesperson Mao Ning told a regular news briefing on Thursday that China opposes it.",
        "Lavrov told a joint news conference that Moscow was ready for talks.",
        "Peskov told reporters on Monday that no date had been set.",
    ],
)
def test_telling_the_press_is_a_statement(text: str) -> None:
    """ "told reporters", "told a (regular) news briefing": a statement to the press."""
    assert ("statement", "told") in kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They discussed a possible meeting between Zelensky and Putin.",
         [("meeting", "hypothetical")]),
        ("A potential summit could take place in Istanbul.", [("summit", "hypothetical")]),
        ("The State Department approved the possible sale of 66 F-16 jets to Taiwan.",
         [("sale", "planned")]),
    ],
)
def test_an_event_that_may_happen(text: str, expected: list[tuple[str, str]]) -> None:
    """ "a possible meeting" may never happen; a U.S. notice's approved "possible sale" is a
    sale on its way (planned), not a maybe."""
    assert modalities(text) == expected


def test_prisoners_of_war_are_no_war() -> None:
    """ "exchanged hundreds of prisoners of war": no war is reported."""
    assert kinds("Russia and Ukraine exchanged hundreds of prisoners of war on Saturday.") == []
