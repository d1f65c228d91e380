"""Tests for timeline.extraction.pipeline: extract(), extract_many() and the evaluation JSON."""

from __future__ import annotations

import datetime as dt
import json

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import (
    InputError,
    InputTooLargeError,
    ParseError,
    TimelineError,
    UnknownTimezoneError,
    UnsupportedLanguageError,
)
from timeline.extraction.pipeline import (
    EventRelation,
    Extraction,
    ExtractOptions,
    extract,
    extract_many,
)

TEXT = (
    "Chinese President Xi Jinping held a virtual meeting with Russian President Vladimir Putin "
    "on Feb. 4 and, hours later, spoke by phone with U.S. President Donald Trump. "
    "Following the announcement in November of an $11.1 billion arms sale to Taiwan, Xi made "
    "a timely call to Trump."
)


def test_extract_events_times_and_relations() -> None:
    """The example paragraph gives a meeting, a call and an arms sale, ordered."""
    ex = extract(TEXT, published="2026-02-05")
    got = [(e.kind, str(e.when), e.participant_names) for e in ex.events]
    assert got == [
        ("meeting", "2026-02-04", ("Xi Jinping", "Vladimir Putin")),
        ("call", "2026-02-04", ("Xi Jinping", "Donald Trump")),
        ("arms_sale", "2025-11", ("Taiwan",)),
    ]
    pairs = {(r.a, r.relation, r.b) for r in ex.relations}
    assert (0, "before", 1) in pairs
    assert (2, "before", 1) in pairs
    assert len(ex.timeline) == 3
    assert [e.kind for e in ex.timeline] == ["arms_sale", "meeting", "call"]


def test_json_contract() -> None:
    """to_json_dict gives exactly the evaluation keys, JSON-serialisable."""
    doc = extract(TEXT, published="2026-02-05").to_json_dict()
    assert set(doc) == {"timexes", "events", "relations"}
    json.dumps(doc)
    for t in doc["timexes"]:
        assert {"start", "end", "text", "value"} <= set(t)
        assert TEXT[t["start"] : t["end"]] == t["text"]
    for e in doc["events"]:
        assert {"kind", "when", "participants", "location", "mentions", "attributes"} <= set(e)
        for m in e["mentions"]:
            assert TEXT[m["start"] : m["end"]] == m["text"]
    sale = next(e for e in doc["events"] if e["kind"] == "arms_sale")
    assert sale["attributes"]["amount"] == "11.1e9 USD"
    for r in doc["relations"]:
        assert set(r) == {"a", "b", "relation"}
        assert r["relation"] in {"before", "after", "same_day", "during", "contains", "overlaps"}


def test_planned_event_without_date_is_future_ref() -> None:
    """A planned event with no date is written as FUTURE_REF."""
    ex = extract(
        "President Joe Biden spoke today with President Vladimir Putin and proposed a summit "
        "meeting in a third country.",
        published="2021-04-13",
    )
    events = ex.to_json_dict()["events"]
    assert [(e["kind"], e["when"]) for e in events] == [
        ("call", "2021-04-13"),
        ("summit", "FUTURE_REF"),
    ]


@pytest.mark.parametrize(
    "published",
    [
        "2026-02-05",
        "1998-01-08T18:30:00",
        dt.date(2026, 2, 5),
        dt.datetime(2026, 2, 5, 12, 0),
        pendulum.datetime(2026, 2, 5, tz="Asia/Shanghai"),
        None,
    ],
)
def test_published_forms(published: object) -> None:
    """Dates, datetimes (naive or aware) and ISO strings are accepted."""
    assert isinstance(extract("President Xi Jinping met Putin.", published=published), Extraction)


@pytest.mark.parametrize("published", ["Feb. 5", "2026-13-45", "yesterday", 20260205])
def test_invalid_published(published: object) -> None:
    """An invalid publication date raises ParseError naming it."""
    with pytest.raises(ParseError) as err:
        extract("text", published=published)
    assert str(published) in str(err.value)


def test_bytes_input() -> None:
    """UTF-8 bytes are decoded; bad bytes raise InputError naming the offset."""
    assert extract(b"President Xi Jinping met Putin.").events
    with pytest.raises(InputError, match="offset 3"):
        extract(b"abc\xff\xfe")


@pytest.mark.parametrize("value", [None, 42, ["text"], object()])
def test_non_text_input(value: object) -> None:
    """Values that are not text raise InputError (also a TypeError)."""
    with pytest.raises(InputError):
        extract(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        extract(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n"])
def test_blank_text_is_empty(text: str) -> None:
    """Empty or blank text gives an empty Extraction, not an error."""
    ex = extract(text, published="2026-02-05")
    assert ex.events == ex.timexes == ex.relations == ()
    assert ex.to_json_dict() == {"timexes": [], "events": [], "relations": []}


def test_language_and_timezone_and_size() -> None:
    """Unknown languages and zones and oversize texts raise typed errors."""
    assert extract("text", language="en-GB").events == ()
    with pytest.raises(UnsupportedLanguageError):
        extract("text", language="de")
    with pytest.raises(UnknownTimezoneError):
        extract("text", tz="Mars/Olympus")
    with pytest.raises(InputTooLargeError):
        extract("x" * 11, options=ExtractOptions(max_chars=10))


def test_options() -> None:
    """Options select kinds and switch off the narrative time."""
    text = "President Xi Jinping met President Putin on Feb. 4. The talks were followed by a call."
    only = extract(text, published="2026-02-05", options=ExtractOptions(kinds=["call"]))
    assert {e.kind for e in only.events} <= {"call"}
    ex = extract(
        "On Feb. 4, China and Russia signed a deal. President Xi Jinping later met the press.",
        published="2026-02-05",
        options=ExtractOptions(narrative_time=False, document="doc-1"),
    )
    assert all(m.document == "doc-1" for e in ex.events for m in e.mentions)


def test_extract_many() -> None:
    """extract_many maps extract over documents, with one date or one per document."""
    docs = ["President Joe Biden spoke today with President Vladimir Putin.", ""]
    one = extract_many(docs, published="2021-04-13")
    per = extract_many(docs, published=["2021-04-13", None])
    assert [len(x.events) for x in one] == [len(x.events) for x in per] == [1, 0]
    assert str(one[0].events[0].when) == "2021-04-13"
    with pytest.raises(InputError):
        extract_many(docs, published=["2021-04-13"])


def test_extract_many_processes() -> None:
    """Worker processes give the same results as the serial run."""
    docs = [TEXT, "President Joe Biden spoke today with President Vladimir Putin."]
    serial = extract_many(docs, published="2026-02-05")
    parallel = extract_many(docs, published="2026-02-05", processes=2)
    assert [x.to_json_dict() for x in serial] == [x.to_json_dict() for x in parallel]


def test_event_relation_json() -> None:
    """EventRelation writes the evaluation form."""
    assert EventRelation(a=1, b=0, relation="after").to_json() == {
        "a": 1,
        "b": 0,
        "relation": "after",
    }


def test_linear_time() -> None:
    """Ten times the text costs about ten times the work (no quadratic blow-up)."""
    import time

    small = TEXT + "\n"
    extract(small, published="2026-02-05")

    def cost(n: int) -> float:
        t0 = time.perf_counter()
        extract(small * n, published="2026-02-05")
        return time.perf_counter() - t0

    c10, c40 = cost(10), cost(40)
    assert c40 < 4 * c10 * 2.5


@settings(max_examples=60, deadline=None)
@given(
    st.one_of(
        st.text(max_size=400),
        st.text(alphabet="ABC xyz.,;:'-()\n\u2019$0123456789", max_size=400),
        st.lists(
            st.sampled_from(
                [
                    "President Xi Jinping",
                    "met",
                    "Putin",
                    "on Feb. 4",
                    "and",
                    "hours later",
                    ",",
                    ".",
                    "spoke by phone with",
                    "the call",
                    "Following",
                    "the expiration of",
                    "New START",
                    "one day before",
                    "sanctions",
                    "will",
                    "not",
                    "an $11 billion",
                    "arms sale to Taiwan",
                    "in Busan",
                    "\n",
                    "Statement from",
                    "the summit",
                ]
            ),
            max_size=40,
        ).map(" ".join),
    ),
    st.sampled_from([None, "2026-02-05", "1998-01-08T18:30:00"]),
)
def test_any_text_gives_an_extraction(text: str, published: str | None) -> None:
    """Any text yields an Extraction whose JSON is valid, or one of our documented errors."""
    try:
        ex = extract(text, published=published)
    except TimelineError:
        return
    doc = ex.to_json_dict()
    json.dumps(doc)
    n = len(doc["events"])
    for e in doc["events"]:
        for m in e["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(text)
    for r in doc["relations"]:
        assert 0 <= r["a"] < n
        assert 0 <= r["b"] < n
        assert r["a"] != r["b"]


ARTICLE = """Xi holds video talks with Putin, then phones Trump on the eve of New START's expiry

BEIJING -- Chinese President Xi Jinping held a virtual meeting with Russian President Vladimir \
Putin on Wednesday, Feb. 4, and a few hours later spoke by phone with U.S. President Donald \
Trump.

The treaty expires on Feb. 5. Xi spoke with Putin by video link from the Great Hall of the \
People in Beijing. Kremlin aide Yury Ushakov later told reporters that the talks had been \
productive.

The two presidents met in Busan, South Korea, the previous year. Putin was the guest of honour \
at Beijing's Sept. 3 commemorations marking the end of the Second World War.

The talks also fell in the first year of China's 15th Five-Year Plan, which runs from 2026 to \
2030.
"""


def test_article_reading() -> None:
    """A news article in another wording than the dev corpora reads as the same story."""
    ex = extract(ARTICLE, published="2026-02-05")
    got = {
        (e.kind, str(e.when) if e.when else None, e.participant_names, e.location)
        for e in ex.events
    }
    assert ("meeting", "2026-02-04", ("Xi Jinping", "Vladimir Putin"), "Beijing") in got
    assert ("call", "2026-02-04", ("Xi Jinping", "Donald Trump"), None) in got
    # "the treaty" is the New START named before; its date is stated
    expiry = next(e for e in ex.events if e.kind == "treaty_expiry")
    assert (str(expiry.when), expiry.attributes["treaty"]) == ("2026-02-05", "New START")
    busan = next(e for e in ex.events if e.location == "Busan, South Korea")
    assert (busan.kind, str(busan.when)) == ("meeting", "2025")
    assert ("commemoration", "2025-09-03", ("Vladimir Putin",), "Beijing") in got
    assert ("period", "2026/2030", ("China",), None) in got
    assert any(
        e.kind == "statement" and e.participant_names == ("Yury Ushakov",) for e in ex.events
    )
    # "the Second World War" is a name, not a reported event
    assert not any(e.kind == "military_action" for e in ex.events)


def _only(text: str, kind: str, published: str = "2024-09-02") -> tuple[object, ...]:
    """(participants as a set, location, when) of the one event of *kind* in *text*."""
    found = [
        e for e in extract(text, published=published).to_json_dict()["events"] if e["kind"] == kind
    ]
    assert len(found) == 1, found
    e = found[0]
    return (set(e["participants"]), e["location"], e["when"])


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a headline above the first paragraph: the name does not run over the blank line
        (
            "Readout of the Prime Minister's Call with Chancellor Olaf Scholz of Germany\n\n"
            "Prime Minister Keir Starmer spoke today with Chancellor Olaf Scholz of Germany.",
            "call",
            ({"Keir Starmer", "Olaf Scholz"}, None, "2024-09-02"),
        ),
        # the defender of an attack is its target, and where it takes place
        (
            "The leaders reaffirmed support for Moldova in its struggle against Russian "
            "aggression.",
            "military_action",
            ({"Russia", "Moldova"}, "Moldova", None),
        ),
        # the agent of a relative clause right after a noun trigger, and its target
        (
            "Canada announced new measures, which build upon the sanctions programme that "
            "Canada has put in place against the Iranian regime since 2019.",
            "sanction",
            ({"Canada", "Iran"}, None, "2019"),
        ),
        # "X's participation in the summit"
        (
            "Readout of Chancellor Scholz's Participation in the EU-Japan Summit\n\n"
            "Chancellor Olaf Scholz today joined leaders for the EU-Japan Summit.",
            "summit",
            ({"European Union", "Japan", "Olaf Scholz"}, None, "2024-09-02"),
        ),
        # "their countries' intent to sign": the countries of the two leaders
        (
            "French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni "
            "announced their countries' intent to sign a defence pact.",
            "treaty_signing",
            ({"France", "Italy"}, None, "FUTURE_REF"),
        ),
        # a purpose after a trip: planned with the trip, where the trip goes; the source of
        # the report is no participant
        (
            "Macron will fly to India next month to meet Prime Minister Narendra Modi, the "
            "Elysee said on Monday.",
            "meeting",
            ({"Emmanuel Macron", "Narendra Modi"}, "India", "2024-10"),
        ),
        (
            "Scholz flew to Tokyo on Monday to meet Prime Minister Fumio Kishida.",
            "meeting",
            ({"Olaf Scholz", "Fumio Kishida"}, "Tokyo", "2024-09-02"),
        ),
        # an announcement made during a trip takes the trip's place
        (
            "Foreign Minister Annalena Baerbock announced new humanitarian aid on Friday during "
            "a surprise visit to Beirut.",
            "announcement",
            ({"Annalena Baerbock"}, "Beirut", "2024-08-30"),
        ),
        # "gathered in <Place> ... for a summit"
        (
            "EU leaders gathered in Granada on Thursday for an informal summit.",
            "summit",
            ({"European Union"}, "Granada", "2024-08-29"),
        ),
        # "attacks on <Country>'s ...": the place is the country
        (
            "Russia fired dozens of drones at Ukraine's power plants overnight.",
            "military_action",
            ({"Russia"}, "Ukraine", None),
        ),
        # a summit proposed during a call is with the other party of the call
        (
            "Scholz spoke with President Joe Biden on Monday and proposed a summit meeting in "
            "Berlin.",
            "summit",
            ({"Olaf Scholz", "Joe Biden"}, "Berlin", "FUTURE_REF"),
        ),
        # a trip is the traveller's own: it borrows nobody from the meeting before it
        (
            "Lula met Modi in Brasilia on Monday. Two days later, Lula travelled to Chile.",
            "visit",
            ({"Luiz Inacio Lula da Silva"}, "Chile", None),
        ),
        # a leader and his country are one side: the two mentions are one war
        (
            "It is clear that President Putin's war against Ukraine has failed, as has Russian "
            "aggression elsewhere.",
            "military_action",
            ({"Vladimir Putin", "Ukraine", "Russia"}, "Ukraine", None),
        ),
        # a well-known public figure named by surname alone
        (
            "Xi met Putin in Moscow on May 9, 2025.",
            "meeting",
            ({"Xi Jinping", "Vladimir Putin"}, "Moscow", "2025-05-09"),
        ),
    ],
)
def test_news_participant_and_place_rules(text: str, kind: str, expected: tuple) -> None:
    """General rules of news English attach participants, places and times (own sentences)."""
    got = _only(text, kind)
    if expected[2] is None:
        got = (*got[:2], None)
    assert got == expected


def test_first_person_of_a_statement_is_its_writer() -> None:
    """In "Statement from President X", "I" is X and a government's "we" is X's country."""
    text = (
        "Statement from President Emmanuel Macron on Belarus\n\n"
        "As I discussed with my fellow G7 leaders yesterday, we are imposing new sanctions on "
        "Belarus."
    )
    ex = extract(text, published="2024-09-02")
    meeting = next(e for e in ex.events if e.kind in ("meeting", "summit"))
    sanction = next(e for e in ex.events if e.kind == "sanction")
    assert "Emmanuel Macron" in meeting.participant_names
    assert {"France", "Belarus"} <= set(sanction.participant_names)


def test_congratulated_on_celebrating() -> None:
    """ "congratulated X on celebrating ...": X celebrates, not the one who congratulates."""
    text = "Macron congratulated Finland on celebrating 75 years in NATO."
    ex = extract(text, published="2024-09-02")
    (e,) = [e for e in ex.events if e.kind == "commemoration"]
    assert e.participant_names == ("Finland",)


def test_defence_joins_the_sides_of_the_attack() -> None:
    """A defence has the sides and place of the attack it answers, on the same day."""
    text = (
        "On Sunday, Russia launched a missile attack against Poland. Hours later, Germany "
        "defended Poland. Poland thanked Germany."
    )
    ex = extract(text, published="2024-09-02")
    _attack, defence = (e for e in ex.events if e.kind == "military_action")
    assert set(defence.participant_names) == {"Germany", "Poland", "Russia"}
    assert defence.location == "Poland"
    # with no cue of its own, a defence is dated with the attack
    text = "Russia launched a missile attack against Poland on Sunday. Germany defended Poland."
    ex = extract(text, published="2024-09-02")
    assert [r.relation for r in ex.relations] == ["same_day"]


def test_topic_of_a_call_happened_before_it() -> None:
    """ "The two condemned the recent attacks": the attacks came before the call."""
    text = (
        "Starmer spoke with Macron on Monday. The two condemned the recent attacks against "
        "Lithuania."
    )
    ex = extract(text, published="2024-09-02")
    kinds = [e.kind for e in ex.events]
    call, attack = kinds.index("call"), kinds.index("military_action")
    rel = {(r.a, r.b): r.relation for r in ex.relations}
    assert rel.get((attack, call)) == "before" or rel.get((call, attack)) == "after"


def test_announcement_during_a_visit_is_during_it() -> None:
    """ "announced ... during a visit to Beirut": during the visit, not after it."""
    text = (
        "Foreign Minister Annalena Baerbock announced new humanitarian aid on Friday during a "
        "surprise visit to Beirut."
    )
    ex = extract(text, published="2024-09-02")
    kinds = [e.kind for e in ex.events]
    a, v = kinds.index("announcement"), kinds.index("visit")
    rel = {(r.a, r.b): r.relation for r in ex.relations}
    assert rel.get((a, v)) == "during" or rel.get((v, a)) == "contains"


def test_anniversary_without_a_date_is_celebrated_through_the_year() -> None:
    """ "celebrating 75 years in NATO" with no date of its own: the narrative year; with a date
    in its sentence, that day."""
    text = (
        "Scholz welcomed Prime Minister Petteri Orpo to Berlin on Monday. Scholz congratulated "
        "Finland on celebrating 75 years of independence."
    )
    (e,) = [e for e in extract(text, published="2024-09-03").events if e.kind == "commemoration"]
    assert str(e.when) == "2024"
    text = "Finland held a parade in Helsinki on Monday to mark the 75th anniversary of the army."
    (e,) = [e for e in extract(text, published="2024-09-03").events if e.kind == "commemoration"]
    assert str(e.when) == "2024-09-02"


def test_announcement_at_an_encounter_takes_its_place() -> None:
    """What the two leaders announce on the day they meet in person, they announce there; not
    after a phone call."""
    text = (
        "Chancellor Olaf Scholz welcomed Prime Minister Petteri Orpo to the Chancellery today. "
        "Scholz and Orpo also announced a joint energy plan."
    )
    (e,) = [e for e in extract(text, published="2024-09-02").events if e.kind == "announcement"]
    assert e.location == "Chancellery"
    text = (
        "Chancellor Olaf Scholz spoke by phone with Prime Minister Petteri Orpo today. "
        "Scholz and Orpo also announced a joint energy plan."
    )
    (e,) = [e for e in extract(text, published="2024-09-02").events if e.kind == "announcement"]
    assert e.location is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran and the United States held talks in Muscat on May 3. Three days later the two "
            "sides signed a prisoner swap agreement.",
            [("meeting", "2025-05-03"), ("treaty_signing", "2025-05-06")],
        ),
        (
            "The ministers met in Oslo on June 2, two weeks prior to the summit.",
            [("meeting", "2025-06-02"), ("summit", "2025-06-16")],
        ),
    ],
)
def test_offsets_date_the_event_they_introduce(text: str, expected: list[tuple[str, str]]) -> None:
    """ "Three days later" dates its event three days after the anchor, and "two weeks prior to
    the summit" puts the summit two weeks after the dated meeting (two events, not one)."""
    got = [(e.kind, str(e.when)) for e in extract(text, published="2025-06-12").events]
    assert got == expected


def test_first_since_names_an_earlier_date() -> None:
    """ "their first encounter since 2019" dates an earlier encounter, not this one: the mention
    joins the meeting told before it."""
    text = ("President Donald Trump and Chinese leader Xi Jinping met on Thursday in Busan. The "
            "meeting, their first face-to-face encounter since 2019, lasted about 100 minutes.")
    got = [(e.kind, str(e.when)) for e in extract(text, published="2025-10-31").events]
    assert got == [("meeting", "2025-10-30")]


def test_a_summit_someone_attended_does_not_borrow_an_earlier_meetings_parties() -> None:
    """ "Trump attended a summit" after a Trump-Xi meeting: Xi was not at the summit."""
    text = ("President Donald Trump and Chinese leader Xi Jinping met on Thursday in Busan. "
            "Earlier in the week, Trump attended a summit of Southeast Asian leaders in Kuala "
            "Lumpur.")
    got = {e.kind: e.participant_names for e in extract(text, published="2025-10-31").events}
    assert got["summit"] == ("Donald Trump",)


def test_a_response_hours_later_is_its_own_event() -> None:
    """ "Israel struck Iran. Iran responded hours later by firing drones toward Israel, the
    Israeli military said.": two attacks (the second dated from the first), and a statement
    by the Israeli military."""
    text = ("Israel launched a wave of strikes on Iran early on Friday, hitting nuclear "
            "facilities. Iran responded hours later by firing more than 100 drones toward Israel, "
            "the Israeli military said.")
    got = [(e.kind, e.participant_names) for e in extract(text, published="2025-06-14").events]
    assert got == [
        ("military_action", ("Israel", "Iran")),
        ("military_action", ("Iran", "Israel")),
        ("statement", ("Israel",)),
    ]


def test_a_meeting_on_a_summits_sidelines_leaves_the_summit_its_own_parties() -> None:
    """The leaders who met on a summit's sidelines are the meeting's parties, not the summit's,
    and the meeting is dated within the summit's day (across "U.S." in between)."""
    text = ("NATO leaders ended a three-day summit in Washington on Thursday. Ukrainian President "
            "Volodymyr Zelensky met U.S. President Joe Biden on the sidelines of the summit on "
            "Thursday.")
    got = [(e.kind, str(e.when), e.participant_names)
           for e in extract(text, published="2024-07-12").events]
    assert got == [
        ("summit", "2024-07-11", ("NATO",)),
        ("meeting", "2024-07-11", ("Volodymyr Zelensky", "Joe Biden")),
    ]


def test_the_two_leaders_and_the_guests() -> None:
    """ "alongside Putin" makes Putin a party of the parade; "The two leaders" are then the
    pair just told; guests of a parade are not given to talks told in between."""
    text = ("Chinese President Xi Jinping watched the Victory Day parade on Red Square on Friday "
            "alongside Vladimir Putin. The two leaders held talks at the Kremlin on Thursday. "
            "Brazilian President Luiz Inacio Lula da Silva was also among the guests.")
    got = [(e.kind, e.participant_names) for e in extract(text, published="2025-05-10").events]
    assert got == [
        ("parade", ("Xi Jinping", "Vladimir Putin")),
        ("meeting", ("Xi Jinping", "Vladimir Putin")),
    ]


def test_relative_clause_subject_and_a_war_without_a_date() -> None:
    """ "Trump's envoy Steve Witkoff, who met Putin": Witkoff met Putin. "the war in Ukraine",
    a long state, is not dated by the day of the story, nor by "their first meeting since
    2019"."""
    text = ("Trump and Putin met in Anchorage on Friday, their first face-to-face meeting since "
            "2019, but left without an agreement to end the war in Ukraine. The summit followed "
            "weeks of shuttle diplomacy by Trump's envoy Steve Witkoff, who met Putin in Moscow "
            "on Aug. 6.")
    got = [(e.kind, str(e.when) if e.when else None, e.participant_names)
           for e in extract(text, published="2025-08-16").events]
    assert ("military_action", None, ()) in got
    assert ("meeting", "2025-08-06", ("Steve Witkoff", "Vladimir Putin")) in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kim Jong Un told Vladimir Putin on Wednesday that his country would support Moscow, "
            "as the two leaders met at a space launch center.",
            [("meeting", "2023-09-13", ("Kim Jong Un", "Vladimir Putin"))],
        ),
        (
            "It was the first call between Xi and Trump this year. The two presidents met in "
            "Busan the previous year.",
            [("call", "2023", ("Xi Jinping", "Donald Trump")),
             ("meeting", "2022", ("Xi Jinping", "Donald Trump"))],
        ),
    ],
)
def test_the_two_leaders_are_the_pair_just_named(
    text: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    """ "the two leaders/presidents": the pair of the event just told, else the last two people
    named; a time before "that" belongs to the reporting verb."""
    got = [(e.kind, str(e.when), e.participant_names)
           for e in extract(text, published="2023-09-14").events]
    assert got == expected


def test_a_headline_event_joins_the_story_that_dates_it_by_an_offset() -> None:
    """ "..., then phones Trump" in the headline and "a few hours later spoke by phone with
    Trump" after a meeting in the story are one call (the offset counts from the meeting)."""
    text = ("Xi holds video talks with Putin, then phones Trump\n\nXi held a virtual meeting with "
            "Putin on Wednesday, Feb. 4, and a few hours later spoke by phone with Trump.")
    calls = [e for e in extract(text, published="2026-02-05").events if e.kind == "call"]
    assert [(str(e.when), len(e.mentions)) for e in calls] == [("2026-02-04", 2)]


def test_a_deal_agreed_on_a_day_and_the_talks_before_it() -> None:
    """ "agreed on Wednesday to a ceasefire ..., after weeks of negotiations": the ceasefire is
    signed on Wednesday; the talks, between the same parties, came before it (undated)."""
    text = ("Israel and Hamas agreed on Wednesday to a ceasefire that would pause the fighting in "
            "Gaza, Qatar's prime minister announced, after weeks of negotiations mediated by "
            "Qatar, Egypt and the United States.")
    got = {e.kind: (str(e.when) if e.when else None, e.participant_names)
           for e in extract(text, published="2025-01-16").events}
    assert got["treaty_signing"] == ("2025-01-15", ("Israel", "Hamas"))
    assert got["negotiation"] == (None, ("Israel", "Hamas"))
