"""Tests of :mod:`timeline.strategies`: value strategies, ``documents()``, type registration."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re

import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from timeline import strategies as tst
from timeline._documents import RandomChooser, render_document
from timeline.events import Actor, Event
from timeline.timeline import Timeline
from timeline.when import Granularity, When

PUBLISHED = dt.date(2026, 2, 5)

# In an installed environment hypothesis's entry point has done this already; from a bare
# source tree it has not.
tst.register_type_strategies()

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


# ---------------------------------------------------------------------------------------------
# the public surface


def test_public_names_have_docstrings():
    """Every name in ``__all__`` exists and is documented."""
    for name in tst.__all__:
        obj = getattr(tst, name)
        if name == "DOCUMENT_KINDS":
            assert isinstance(obj, tuple)
            continue
        assert (obj.__doc__ or "").strip(), name


def test_documents_kinds_are_registered_kinds():
    """Every kind ``documents()`` writes is a built-in kind of the registry."""
    from timeline.kinds import KINDS

    assert set(tst.DOCUMENT_KINDS) <= set(KINDS.names())


@given(tst.whens())
def test_whens_generates_when(w):
    """``whens()`` draws ``When`` values."""
    assert isinstance(w, When)


@given(tst.crisp_whens())
def test_crisp_whens_are_crisp(w):
    """``crisp_whens()`` draws crisp values."""
    assert w.is_crisp


@given(tst.actors(), tst.events(), tst.timelines(max_size=5))
def test_model_strategies_generate_their_types(actor, event, timeline):
    """``actors``, ``events`` and ``timelines`` draw the model's types."""
    assert isinstance(actor, Actor)
    assert isinstance(event, Event)
    assert isinstance(timeline, Timeline)


# ---------------------------------------------------------------------------------------------
# argument validation: eager, with InvalidArgument


@pytest.mark.parametrize(
    "kwargs",
    [
        {"min_events": 0},
        {"max_events": 9},
        {"min_events": 3, "max_events": 2},
        {"min_events": True},
        {"max_events": 2.5},
        {"kinds": "meeting"},
        {"kinds": []},
        {"kinds": ["meeting", "picnic"]},
        {"kinds": ["period"]},
        {"published": "2026-02-05"},
        {"published": dt.datetime(2026, 2, 5, tzinfo=dt.UTC)},
        {"published": dt.date(1800, 1, 1)},
        {"min_published": dt.date(2026, 1, 2), "max_published": dt.date(2026, 1, 1)},
        {"min_published": None},
    ],
)
def test_documents_rejects_bad_arguments_eagerly(kwargs):
    """Bad arguments raise InvalidArgument when the strategy is made, not when drawn."""
    with pytest.raises(InvalidArgument):
        tst.documents(**kwargs)


def test_documents_error_lists_supported_kinds():
    """An unknown kind's error names it and the supported kinds."""
    with pytest.raises(InvalidArgument, match=r"'picnic'.*supported kinds: meeting, call"):
        tst.documents(kinds=["picnic"])


@pytest.mark.parametrize(
    ("factory", "kwargs"),
    [
        (tst.whens, {"timezones": ["Mars/Olympus"]}),
        (tst.whens, {"min_value": dt.date(2026, 1, 2), "max_value": dt.date(2026, 1, 1)}),
        (tst.whens, {"granularities": []}),
        (tst.events, {"kinds": ["picnic"]}),
        (tst.timelines, {"min_size": 3, "max_size": 2}),
        (tst.actors, {"pool": []}),
    ],
)
def test_model_strategies_reject_bad_arguments(factory, kwargs):
    """The re-exported strategies validate eagerly too."""
    with pytest.raises(InvalidArgument):
        factory(**kwargs)


# ---------------------------------------------------------------------------------------------
# documents(): the gold is exact and unambiguous


def _timex_in(doc, event):
    """The gold timexes inside the sentence of ``event``'s mention."""
    lo, hi = event.mentions[0].sentence_span
    return [t for t in doc.timexes if lo <= t.start and t.end <= hi]


@given(tst.documents(max_events=6))
def test_document_offsets_are_exact(doc):
    """Every gold mention and time expression is the text at its offsets."""
    for event in doc.events:
        assert len(event.mentions) == 1
        m = event.mentions[0]
        assert doc.text[m.start : m.end] == m.text
        lo, hi = m.sentence_span
        assert doc.text[lo:hi] == m.sentence
        assert lo <= m.start < m.end <= hi
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text
    spans = sorted(t.span for t in doc.timexes)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


@given(tst.documents(max_events=6))
def test_document_text_is_clean_news_english(doc):
    """Sentences are capitalised and end with a full stop; no stray spacing or empty slots."""
    assert doc.text == doc.text.strip()
    assert "  " not in doc.text
    assert "{" not in doc.text
    assert "[" not in doc.text
    assert " ," not in doc.text
    assert " ." not in doc.text
    for event in doc.events:
        sentence = event.mentions[0].sentence
        assert sentence[0].isupper(), sentence
        assert sentence.endswith("."), sentence


@given(tst.documents(max_events=6))
def test_every_event_is_dated_in_the_past_by_its_own_sentence(doc):
    """Each event's time is stated in its sentence, and is not after publication."""
    for event in doc.events:
        assert event.when is not None
        stated = {t.value for t in _timex_in(doc, event) if t.type == "DATE"}
        assert str(event.when) in stated
        assert event.when.earliest_start.date() <= doc.published


@given(tst.documents(max_events=8))
def test_events_are_distinct(doc):
    """No two gold events share kind and participants (a reader would merge them)."""
    keys = []
    for e in doc.events:
        if "treaty" in e.attributes:
            keys.append((e.kind, e.attributes["treaty"]))
        else:
            group = "encounter" if e.kind in ("meeting", "summit") else e.kind
            keys.append((group, frozenset(e.participant_names)))
    assert len(keys) == len(set(keys))
    assert 1 <= len(doc.events) <= 8


@given(tst.documents(max_events=6))
def test_relative_expressions_resolve_against_publication(doc):
    """Deictic forms mean what a reader takes them to mean, relative to ``published``."""
    p = doc.published
    for t in doc.timexes:
        word = t.text.lower()
        if word == "today":
            assert t.value == p.isoformat()
        elif word == "yesterday":
            assert t.value == (p - dt.timedelta(days=1)).isoformat()
        elif word in (w.lower() for w in _WEEKDAYS):
            day = dt.date.fromisoformat(t.value)
            assert _WEEKDAYS[day.weekday()].lower() == word
            assert 1 <= (p - day).days <= 6
        elif word == "last week":
            iso = (p - dt.timedelta(days=7)).isocalendar()
            assert t.value == f"{iso.year}-W{iso.week:02d}"
        elif word == "last month":
            first = p.replace(day=1) - dt.timedelta(days=1)
            assert t.value == f"{first.year}-{first.month:02d}"
        elif word == "last year":
            assert t.value == str(p.year - 1)
        elif t.text in _MONTHS:
            year, month = map(int, t.value.split("-"))
            back = (p.year - year) * 12 + p.month - month
            assert 1 <= back <= 9
            assert _MONTHS[month - 1] == t.text
        elif re.fullmatch(r"(Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|"
                          r"Dec\.|[A-Z][a-z]+) \d{1,2}|\d{1,2} [A-Z][a-z]+", t.text):
            # a day without a year is in the publication year (AP style)
            assert t.value.startswith(f"{p.year:04d}-")


@given(tst.documents(min_events=2, max_events=6))
def test_anaphoric_times_follow_the_previous_event(doc):
    """"the previous day", "hours later"... resolve against the event just before."""
    offsets = {"the previous day": -1, "the day before": -1, "the same day": 0,
               "hours later": 0, "later that day": 0, "the next day": 1,
               "the following day": 1, "a day later": 1, "two days later": 2,
               "three days later": 3, "four days later": 4, "five days later": 5}
    for i, event in enumerate(doc.events):
        for t in _timex_in(doc, event):
            delta = offsets.get(t.text.lower())
            if delta is None or i == 0:
                continue
            previous = doc.events[i - 1].when
            anchor = previous.earliest_start.date()
            assert previous.granularity is Granularity.DAY
            assert dt.date.fromisoformat(t.value) == anchor + dt.timedelta(days=delta)


@settings(max_examples=100)
@given(tst.documents(min_events=2, max_events=6))
def test_order_facts_agree_with_times(doc):
    """Stated order facts point at events in text order, on the same day."""
    for a, relation, b in doc.order:
        assert relation == "before"
        assert 0 <= a < b < len(doc.events)
        assert str(doc.events[a].when) == str(doc.events[b].when)


@given(tst.documents(kinds=["treaty_extension"], published=PUBLISHED, max_events=1))
def test_durations_are_gold_timexes(doc):
    """"by five years" is a DURATION timex with a P..Y value, recorded as the period."""
    (event,) = doc.events
    durations = [t for t in doc.timexes if t.type == "DURATION"]
    assert len(durations) == 1
    assert re.fullmatch(r"P\d+Y", durations[0].value)
    assert event.attributes["period"] == durations[0].value


@given(tst.documents(kinds=["arms_sale"], max_events=1))
def test_arms_sales_carry_money_and_parties(doc):
    """An arms sale has an amount, a seller and a buyer, which are its participants."""
    (event,) = doc.events
    assert event.attributes["amount"].amount > 0
    assert list(event.participant_names) == [event.attributes["seller"],
                                             event.attributes["buyer"]]


@given(tst.documents(kinds=["call", "visit"], published=PUBLISHED))
def test_kinds_and_published_are_respected(doc):
    """``kinds=`` and ``published=`` constrain what is drawn."""
    assert doc.published == PUBLISHED
    assert {e.kind for e in doc.events} <= {"call", "visit"}


@given(tst.documents(min_published=dt.date(2020, 3, 1), max_published=dt.date(2020, 3, 31)))
def test_publication_date_bounds(doc):
    """The publication day lies within the bounds."""
    assert dt.date(2020, 3, 1) <= doc.published <= dt.date(2020, 3, 31)


@settings(max_examples=50)
@given(tst.documents())
def test_gold_json_matches_the_scorer_format(doc):
    """``to_gold_json`` is JSON with the shared corpus fields and consistent offsets."""
    gold = json.loads(json.dumps(doc.to_gold_json()))
    assert gold["published"] == doc.published.isoformat()
    assert len(gold["events"]) == len(doc.events)
    for g, e in zip(gold["events"], doc.events, strict=True):
        assert g["kind"] == e.kind
        assert g["when"] == str(e.when)
        m = g["mentions"][0]
        assert doc.text[m["start"] : m["end"]] == e.mentions[0].text
    for t in gold["timexes"]:
        assert doc.text[t["start"] : t["end"]] == t["text"]


@settings(max_examples=50)
@given(tst.documents())
def test_scoring_the_gold_against_itself_is_perfect(doc):
    """``score_document`` gives 1.0 everywhere for the gold itself, 0 recall for nothing."""
    score = tst.score_document(doc, doc.events, doc.timexes)
    assert (score.f1, score.when_accuracy, score.participants_f1) == (1.0, 1.0, 1.0)
    assert (score.timex_f1, score.timex_value_accuracy) == (1.0, 1.0)
    assert not score.problems
    empty = tst.score_document(doc, ())
    assert empty.recall == 0.0
    assert all(p.startswith("miss") for p in empty.problems)
    total = score + empty
    assert total.documents == 2
    assert total.gold_events == 2 * len(doc.events)


def test_scores_add_only_scores():
    """Adding something that is not a score is a TypeError."""
    with pytest.raises(TypeError):
        tst.DocumentScore() + 1  # type: ignore[operator]


def test_documents_shrink_to_short_documents():
    """A failing property reports a short document."""
    doc = find(tst.documents(max_events=6), lambda d: True,
               settings=settings(database=None, derandomize=True))
    assert len(doc.events) <= 2
    assert len(doc.text) < 300


def test_render_document_is_reproducible_with_a_seed():
    """The same seed renders the same document (for scripts and benchmarks)."""
    import random

    a = render_document(RandomChooser(random.Random(42)))
    b = render_document(RandomChooser(random.Random(42)))
    assert a == b


def test_single_kind_documents_stop_when_no_distinct_event_is_left():
    """With only strikes (four attacker/target pairs), documents stay free of duplicates."""
    import random

    for seed in range(20):
        doc = render_document(RandomChooser(random.Random(seed)), kinds=["military_action"],
                              min_events=8, max_events=8)
        assert 1 <= len(doc.events) <= 4


# ---------------------------------------------------------------------------------------------
# type registration


@settings(max_examples=10, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_register_type_strategies_makes_from_type_work(data):
    """After registration ``st.from_type`` draws every timeline type."""
    tst.register_type_strategies()  # again: idempotent
    for cls in (When, Actor, Event, Timeline, tst.Document):
        assert isinstance(data.draw(st.from_type(cls)), cls)


def test_entry_hook_registers_without_building_strategies():
    """The hook registers resolver functions; nothing is drawn or built at hook time."""
    from hypothesis.strategies._internal import types

    from timeline._hypothesis_entry import _hypothesis_setup_hook

    _hypothesis_setup_hook()
    for cls in (When, Actor, Event, Timeline):
        assert callable(types._global_type_lookup[cls])


@settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow])
@given(st.builds(lambda e: e, st.from_type(Event)))
def test_from_type_inside_builds(event):
    """Registered types work inside ``st.builds``."""
    assert isinstance(event, Event)
