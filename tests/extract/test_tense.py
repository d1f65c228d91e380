"""Direction of relative time in news text: the governing verb's tense, the clause, the offsets.

Example sentences are our own, news-style, with fixed publication dates; the properties
render sentences from small templates over any publication date.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extraction.anchoring import Tense, tense_at
from timeline.extraction.grammar import MONTHS_FULL, WEEKDAYS
from timeline.extraction.timex import AnchorRelation, TimexType, find_timexes

THU = dt.date(2026, 2, 12)  # a Thursday
WED = dt.date(2025, 10, 15)  # a Wednesday


def value_of(text: str, span: str, published: dt.date) -> str | None:
    """The value of the time expression whose text is *span*."""
    found = {t.text: t.value for t in find_timexes(text, published=published)}
    assert span in found, (span, found)
    return found[span]


# ---------------------------------------------------------------------------- weekdays


@pytest.mark.parametrize(
    ("text", "span", "published", "value"),
    [
        # the simple past and the perfect look back
        ("The two foreign ministers met in Ankara on Tuesday.", "Tuesday", THU, "2026-02-10"),
        ("Police arrested three suspects on Friday.", "Friday", THU, "2026-02-06"),
        ("The company cut 500 jobs on Monday.", "Monday", THU, "2026-02-09"),
        ("Protesters clashed with police on Tuesday night.", "Tuesday night", THU, "2026-02-10TNI"),
        (
            "A court on Monday sentenced the former mayor to five years.",
            "Monday",
            THU,
            "2026-02-09",
        ),
        # modals, "is to", "plans to", "is expected to" and the futurate present look ahead
        ("The envoy will visit Kyiv on Tuesday.", "Tuesday", THU, "2026-02-17"),
        ("The envoy is to visit Kyiv on Tuesday.", "Tuesday", THU, "2026-02-17"),
        ("The minister plans to travel to Seoul on Tuesday.", "Tuesday", THU, "2026-02-17"),
        (
            "A court on Monday is expected to sentence the former mayor.",
            "Monday",
            THU,
            "2026-02-16",
        ),
        ("The trial begins on Monday.", "Monday", THU, "2026-02-16"),
        ("The foreign minister travels to Beijing on Monday.", "Monday", THU, "2026-02-16"),
        ("Voters go to the polls on Sunday.", "Sunday", THU, "2026-02-15"),
        ("Lawmakers vote on the bill on Tuesday.", "Tuesday", THU, "2026-02-17"),
        ("The president arrives in Tokyo on Monday.", "Monday", WED, "2025-10-20"),
        ("The president is due in Tokyo on Monday.", "Monday", WED, "2025-10-20"),
        ("The vote is on Sunday.", "Sunday", THU, "2026-02-15"),
        ("The deadline for bids is Friday.", "Friday", THU, "2026-02-13"),
        ("The two leaders are meeting on Monday.", "Monday", THU, "2026-02-16"),
        ("The UN is holding talks on Monday.", "Monday", THU, "2026-02-16"),
        ("Police are investigating an attack on Monday.", "Monday", THU, "2026-02-09"),
        ("The opposition has called a general strike for Monday.", "Monday", THU, "2026-02-16"),
        ("Monday's vote will decide the fate of the government.", "Monday", THU, "2026-02-16"),
        # ... but not the plural noun, the negated bare verb or an adjectival vote
        ("A parliamentary vote on Tuesday approved the budget.", "Tuesday", THU, "2026-02-10"),
        ("Voters didn't go to the polls on Sunday.", "Sunday", THU, "2026-02-08"),
        ("Tuesday's attack, which will be investigated, killed 12.", "Tuesday", THU, "2026-02-10"),
        # a reporting verb after the time closes its clause: the reported clause is another
        (
            "Speaking on Monday, the minister said prices will keep rising.",
            "Monday",
            THU,
            "2026-02-09",
        ),
        (
            "On Tuesday, the minister told parliament that taxes would rise.",
            "Tuesday",
            THU,
            "2026-02-10",
        ),
        (
            "The minister, speaking to reporters on Tuesday, said the army would stay.",
            "Tuesday",
            THU,
            "2026-02-10",
        ),
        (
            "The Kremlin on Monday said Putin would meet Trump in Alaska.",
            "Monday",
            THU,
            "2026-02-09",
        ),
        (
            "The premier will address the nation on Friday, his office said on Wednesday.",
            "Friday",
            THU,
            "2026-02-13",
        ),
        # a relative clause set off by commas has its own tense
        (
            "The company, which will report earnings next week, cut 500 jobs on Monday.",
            "Monday",
            THU,
            "2026-02-09",
        ),
        (
            "The delegation, which arrives on Monday, will stay for three days.",
            "Monday",
            THU,
            "2026-02-16",
        ),
        ("The bill, signed on Saturday, takes effect next month.", "Saturday", THU, "2026-02-07"),
        # a participle after a noun dates the noun, not the clause
        (
            "Xi hosted Lula in Beijing on Tuesday for talks expected to cover trade.",
            "Tuesday",
            THU,
            "2026-02-10",
        ),
        # the verb of a coordinated clause after the time is not its verb
        (
            "The company cut 500 jobs on Monday and will report earnings on Friday.",
            "Monday",
            THU,
            "2026-02-09",
        ),
    ],
)
def test_weekday_direction(text: str, span: str, published: dt.date, value: str) -> None:
    """A bare weekday goes back or ahead as the verb governing it says."""
    assert value_of(text, span, published) == value


# ---------------------------------------------------------------------------- months


@pytest.mark.parametrize(
    ("text", "span", "published", "value"),
    [
        ("The summit is scheduled for June.", "June", THU, "2026-06"),
        ("The president will travel to Brazil in March.", "March", THU, "2026-03"),
        ("The premier plans to visit Japan in October.", "October", THU, "2026-10"),
        ("The two sides met in November.", "November", THU, "2025-11"),
        ("Elections are due in October.", "October", THU, "2026-10"),
        ("Elections are expected in October.", "October", THU, "2026-10"),
        ("The election is in September.", "September", THU, "2026-09"),
        ("The new law takes effect in July.", "July", THU, "2026-07"),
        ("The new law took effect in July.", "July", THU, "2025-07"),
        ("The treaty expires in August.", "August", THU, "2026-08"),
        ("The festival returns in August.", "August", THU, "2026-08"),
        ("Lawmakers voted on the budget in December.", "December", WED, "2024-12"),
        ("Lawmakers will vote on the budget in December.", "December", WED, "2025-12"),
        ("Unemployment fell to 4.1% in January, the lowest since March.", "March", THU, "2025-03"),
        ("The bridge has been closed since January.", "January", WED, "2025-01"),
        ("The bridge will remain closed until January.", "January", WED, "2026-01"),
        ("The company said it would hire 500 workers in March.", "March", WED, "2026-03"),
        (
            "The company, which hired 500 workers in March, plans to hire more.",
            "March",
            WED,
            "2025-03",
        ),
        (
            "The minister, who visited Paris in October, is due back in May.",
            "October",
            THU,
            "2025-10",
        ),
        ("The minister, who visited Paris in October, is due back in May.", "May", THU, "2026-05"),
    ],
)
def test_month_direction(text: str, span: str, published: dt.date, value: str) -> None:
    """A month without a year lands before or after publication as its clause says."""
    assert value_of(text, span, published) == value


# ---------------------------------------------------------------------------- offsets


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The leaders met on Feb. 3. Two days earlier, rebels had seized the airport.",
            "Two days earlier",
            "2026-02-01",
        ),
        (
            "The leaders met on Feb. 3. A day before, rebels had seized the airport.",
            "A day before",
            "2026-02-02",
        ),
        (
            "The deal was signed on Jan. 6. The following week, the first troops left.",
            "The following week",
            "2026-W03",
        ),
        (
            "The deal was signed on Jan. 6. The previous month, talks had nearly collapsed.",
            "The previous month",
            "2025-12",
        ),
        (
            "Fighting erupted in March 2024. The year before, the two sides had held talks.",
            "The year before",
            "2023",
        ),
        (
            "The minister resigned on Jan. 15 and was arrested the following day.",
            "the following day",
            "2026-01-16",
        ),
        (
            "The minister resigned on Jan. 15; he had been questioned the week before.",
            "the week before",
            "2026-W02",
        ),
        (
            "The summit will be held on March 3. The day before, ministers will meet.",
            "The day before",
            "2026-03-02",
        ),
        (
            "The army will retreat on March 5; two days earlier, talks will open.",
            "two days earlier",
            "2026-03-03",
        ),
    ],
)
def test_offset_direction(text: str, span: str, value: str) -> None:
    """Anaphoric offsets move from the narrative time in the direction their word says."""
    assert value_of(text, span, THU) == value


def test_later_offset_keeps_the_distance_and_lands_after_its_anchor() -> None:
    """ "Three days later" is the distance P3D (as TimeBank marks it) with a target after it."""
    tx = find_timexes(
        "Rebels took the city on Jan. 5. Three days later, the army struck back. "
        "The next day, talks began.",
        published=THU,
    )
    later = tx[1]
    assert (later.text, later.value, later.type) == ("Three days", "P3D", TimexType.DURATION)
    assert later.anchor == 0
    assert later.relation is AnchorRelation.AFTER
    assert later.target is not None
    assert str(later.target) == "2026-01-08"
    assert later.to_json()["target"] == "2026-01-08"
    # the narrative moved on: "the next day" follows the day three days later
    assert (tx[2].text, tx[2].value) == ("The next day", "2026-01-09")


def test_target_only_for_offsets() -> None:
    """A plain date or duration has no target."""
    tx = find_timexes("Talks lasted three days and ended on Jan. 5.", published=THU)
    assert [t.target for t in tx] == [None, None]


# ---------------------------------------------------------------------------- tense_at


@pytest.mark.parametrize(
    ("sentence", "word", "tense"),
    [
        ("The trial begins on Monday.", "Monday", Tense.FUTURE),
        ("Talks resume in Cairo on Sunday.", "Sunday", Tense.FUTURE),
        ("The treaty expires in August.", "August", Tense.FUTURE),
        ("Elections are due in October.", "October", Tense.FUTURE),
        ("A court on Monday is expected to rule.", "Monday", Tense.FUTURE),
        ("The vote is on Sunday.", "Sunday", Tense.FUTURE),
        ("His visits in March were brief.", "March", Tense.PAST),
        ("Tax returns in April rose.", "April", Tense.PAST),
        ("They cut rates in March.", "March", Tense.PAST),
        ("They plan to cut rates in March.", "March", Tense.FUTURE),
        ("The Fed is expected to deliver a rate cut in March.", "March", Tense.FUTURE),
        ("Speaking on Monday, he said it will rain.", "Monday", Tense.PAST),
        ("The bank, which will meet next week, cut rates on Monday.", "Monday", Tense.PAST),
        ("The bank, which cut rates on Monday, will meet next week.", "Monday", Tense.PAST),
        ("The talks (on Monday) will be hard.", "Monday", Tense.FUTURE),
        ("Monday's vote will decide.", "Monday", Tense.FUTURE),
        ("They will appeal Monday's ruling.", "Monday", Tense.PAST),
        ("A rally planned in the park for Saturday was canceled.", "Saturday", Tense.PAST),
        ("The union has called a strike for Friday.", "Friday", Tense.FUTURE),
        ("The case is heard in May.", "May", Tense.PRESENT),
    ],
)
def test_tense_cues(sentence: str, word: str, tense: Tense) -> None:
    """The governing cue of the span's own clause decides its tense."""
    i = sentence.index(word)
    assert tense_at(sentence, i, i + len(word)) is tense


# ---------------------------------------------------------------------------- properties

_SUBJECTS = ("The minister", "Xi", "The two leaders", "Police", "The central bank", "Officials")
_PAST_VERBS = (
    "met the delegation",
    "said the talks had failed",
    "held talks",
    "signed the accord",
    "arrived in Kyiv",
    "cut interest rates",
    "announced new sanctions",
    "spoke by phone",
    "have agreed to a truce",
)
_FUTURE_VERBS = (
    "will meet the delegation",
    "is to sign the accord",
    "are expected to hold talks",
    "plan to visit Kyiv",
    "will travel to Paris",
    "are scheduled to arrive",
    "are set to announce new sanctions",
    "are due to speak",
)
_TAILS = ("", ", officials said", " and will return next month", ", the ministry said on Friday")
_DATES = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))


def _weekday_sentence(draw: st.DrawFn, verbs: tuple[str, ...]) -> tuple[str, str]:
    subject = draw(st.sampled_from(_SUBJECTS))
    verb = draw(st.sampled_from(verbs))
    day = draw(st.sampled_from(WEEKDAYS))
    part = draw(st.sampled_from(("", " night", " morning")))
    front = draw(st.booleans())
    tail = draw(st.sampled_from(_TAILS))
    if front:
        inner = subject if subject == "Xi" else subject[0].lower() + subject[1:]
        return f"On {day}{part}, {inner} {verb}.", day
    return f"{subject} {verb} on {day}{part}{tail}.", day


@st.composite
def _past_weekday(draw: st.DrawFn) -> tuple[str, str]:
    return _weekday_sentence(draw, _PAST_VERBS)


@st.composite
def _future_weekday(draw: st.DrawFn) -> tuple[str, str]:
    return _weekday_sentence(draw, _FUTURE_VERBS)


def _day_of(text: str, weekday: str, published: dt.date) -> dt.date:
    tx = [t for t in find_timexes(text, published=published) if t.text.startswith(weekday)]
    assert tx, text
    value = tx[0].value
    assert value is not None, text
    return dt.date.fromisoformat(value[:10])


@given(_past_weekday(), _DATES)
def test_past_weekday_never_after_publication(case: tuple[str, str], published: dt.date) -> None:
    """In a past-tense sentence a bare weekday is never after the publication date."""
    text, weekday = case
    d = _day_of(text, weekday, published)
    assert published - dt.timedelta(days=6) <= d <= published, text
    assert d.strftime("%A") == weekday


@given(_future_weekday(), _DATES)
def test_future_weekday_never_before_publication(case: tuple[str, str], published: dt.date) -> None:
    """In a will/is-to/plans-to sentence a bare weekday is never before the publication date."""
    text, weekday = case
    d = _day_of(text, weekday, published)
    assert published <= d <= published + dt.timedelta(days=6), text
    assert d.strftime("%A") == weekday


@given(
    st.sampled_from((*_FUTURE_VERBS, "are due", "is scheduled for", "begins", "expires")),
    st.sampled_from(MONTHS_FULL),
    _DATES,
)
def test_future_month_never_before_publication_month(
    verb: str, month: str, published: dt.date
) -> None:
    """A month named in a future or scheduled clause has not ended a week before publication.

    (A week of grace: "will report inflation in January" published on Feb. 3 is about January.)
    """
    prep = "" if verb.endswith(" for") else " in"
    text = f"The summit {verb}{prep} {month}."
    value = value_of(text, month, published)
    assert value is not None
    start = dt.date.fromisoformat(value + "-01")
    end = (start + dt.timedelta(days=32)).replace(day=1)
    assert end > published - dt.timedelta(days=7)
    assert start < published + dt.timedelta(days=366)


@given(st.sampled_from(MONTHS_FULL), _DATES)
def test_month_since_never_after_publication(month: str, published: dt.date) -> None:
    """ "Since <month>" has already begun at publication, whatever the verb."""
    text = f"Prices have risen every week since {month}, the lowest since {month}."
    value = value_of(text, month, published)
    assert value is not None
    start = dt.date.fromisoformat(value + "-01")
    assert start <= published
    assert published - start < dt.timedelta(days=366)


@given(
    st.integers(1, 9),
    st.sampled_from(("day", "week")),
    st.sampled_from(("earlier", "before", "later")),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
)
def test_offset_moves_the_right_way(n: int, unit: str, word: str, anchor: dt.date) -> None:
    """ "N days earlier/before" lands N units before the narrative date, "later" after it."""
    published = anchor + dt.timedelta(days=40)
    words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    phrase = f"{words[n - 1].title()} {unit}{'s' if n > 1 else ''} {word}"
    date = f"{MONTHS_FULL[anchor.month - 1]} {anchor.day}, {anchor.year}"
    text = f"Rebels took the city on {date}. {phrase}, the army struck back."
    tx = find_timexes(text, published=published)
    assert tx[0].value == anchor.isoformat()
    offset = tx[1]
    days = n * (7 if unit == "week" else 1)
    if word == "later":
        assert offset.relation is AnchorRelation.AFTER
        point = offset.target if offset.type is TimexType.DURATION else offset.when
    else:
        assert offset.relation is AnchorRelation.BEFORE
        point = offset.when
    assert point is not None
    assert point.earliest_start is not None
    landed = point.earliest_start.date()
    if unit == "day":
        expected = anchor + dt.timedelta(days=days if word == "later" else -days)
        assert landed == expected, text
    else:  # a week: the week that contains that day
        expected = anchor + dt.timedelta(days=days if word == "later" else -days)
        assert landed <= expected < landed + dt.timedelta(days=7), text


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The leaders agreed to meet again in October.", "October", "2024-10"),
        ("He vowed to return on Friday.", "Friday", "2024-03-15"),
        ("The two sides agreed on Monday to resume talks.", "Monday", "2024-03-04"),
        ("On May 13, the United States agreed to sell artillery to Japan.", "May 13",
         "2023-05-13"),
    ],
)
def test_what_was_intended_comes_after_the_intent(text: str, span: str, value: str) -> None:
    """A time after "agreed/vowed/decided to <verb>" dates what was intended, which comes
    later; a time before the intent verb or between it and "to" dates the intent."""
    assert value_of(text, span, dt.date(2024, 3, 10)) == value


def test_the_month_may_is_no_modal() -> None:
    """ "visited Beijing in May and met Xi": the month, not "may"; the modal still looks ahead."""
    pub = dt.date(2025, 6, 12)
    assert value_of("Lula visited Beijing in May and met Xi.", "May", pub) == "2025-05"
    assert value_of("The talks may resume in June.", "June", pub) == "2025-06"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kim told Putin on Wednesday that his country would support Moscow.", "2023-09-13"),
        ("The minister announced on Wednesday that taxes will rise.", "2023-09-13"),
    ],
)
def test_the_reported_clause_does_not_date_the_report(text: str, value: str) -> None:
    """A time before "that" belongs to the reporting verb, not to the reported clause's
    "would"/"will"."""
    assert value_of(text, "Wednesday", dt.date(2023, 9, 14)) == value
