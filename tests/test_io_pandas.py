"""Tests for timeline.io.pandas: DataFrames with timezone-aware bound columns."""

from __future__ import annotations

import sys

import pandas as pd
import pytest
from hypothesis import given

from timeline._strategies_events import timelines
from timeline.errors import ParseError
from timeline.events import Actor, ActorType, Event, Mention, Money
from timeline.io.pandas import COLUMNS, from_dataframe, to_dataframe
from timeline.timeline import Timeline
from timeline.when import When


def _texts(tl: Timeline) -> list[str | None]:
    return [None if ev.when is None else ev.when.text for ev in tl]


@given(timelines(max_constraints=4))
def test_round_trip_generated_timelines(tl: Timeline) -> None:
    """to_dataframe then from_dataframe gives back an equal timeline, texts and zones included."""
    df = to_dataframe(tl)
    assert list(df.columns) == list(COLUMNS)
    assert len(df) == len(tl)
    back = from_dataframe(df)
    assert back == tl
    assert _texts(back) == _texts(tl)
    assert [None if e.when is None else e.when.timezone for e in back] == [
        None if e.when is None else e.when.timezone for e in tl
    ]


def test_bounds_are_tz_aware_columns() -> None:
    """Bound columns are datetime64 with a zone: the shared zone, or UTC when zones differ."""
    shanghai = Timeline([Event(kind="call", when=When.day(2026, 2, 4, tz="Asia/Shanghai"))])
    df = to_dataframe(shanghai)
    for name in ("earliest_start", "latest_start", "earliest_end", "latest_end"):
        assert isinstance(df[name].dtype, pd.DatetimeTZDtype)
        assert str(df[name].dt.tz) == "Asia/Shanghai"
    assert df.loc[0, "earliest_start"] == pd.Timestamp("2026-02-04", tz="Asia/Shanghai")
    mixed = Timeline(
        [
            Event(kind="call", when=When.day(2026, 2, 4, tz="Asia/Shanghai")),
            Event(kind="meeting", when=When.day(2026, 2, 4, tz="Europe/Moscow")),
        ]
    )
    df = to_dataframe(mixed)
    assert str(df["earliest_start"].dt.tz) == "UTC"
    assert sorted(df["tz"]) == ["Asia/Shanghai", "Europe/Moscow"]
    assert from_dataframe(df) == mixed


def test_open_bounds_are_nat_and_duration_column() -> None:
    """An open bound is NaT; a pure duration goes in the duration column."""
    tl = Timeline(
        [
            Event(kind="period", when=When.parse("2025-11/..")),
            Event(kind="visit", when=When.parse("P3D")),
        ]
    )
    df = to_dataframe(tl).set_index("kind")
    assert pd.isna(df.loc["period", "latest_end"])
    assert df.loc["visit", "duration"] == "P3D"
    assert pd.isna(df.loc["visit", "earliest_start"])
    assert from_dataframe(df.reset_index()) == tl


def test_rich_fields_survive() -> None:
    """Actors with types, typed attributes, mentions and confidence come back unchanged."""
    ev = Event(
        kind="arms_sale",
        when=When.month(2025, 11),
        participants=(Actor("United States", type=ActorType.COUNTRY, aliases=frozenset({"U.S."})),),
        attributes={"amount": Money(11_100_000_000, "USD")},
        mentions=(Mention(start=3, end=12, text="arms sale", sentence="An arms sale."),),
        confidence=0.8,
    )
    df = to_dataframe(Timeline([ev]))
    assert df.loc[0, "participants"] == ("United States",)
    assert df.loc[0, "sentence"] == "An arms sale."
    (back,) = tuple(from_dataframe(df))
    assert back == ev
    assert back.participants[0].type is ActorType.COUNTRY


def test_hand_written_frame() -> None:
    """A user's own frame needs only kind; when strings and name lists are read."""
    df = pd.DataFrame(
        {
            "kind": ["meeting", "call", "statement"],
            "when": ["2026-02-04", "2026-02-04", None],
            "participants": [["Xi Jinping", "Vladimir Putin"], "Xi Jinping, Donald Trump", None],
            "location": ["Beijing", None, float("nan")],
        }
    )
    tl = from_dataframe(df)
    assert [str(ev.when) if ev.when else None for ev in tl] == ["2026-02-04", "2026-02-04", None]
    assert {ev.participant_names for ev in tl} == {
        ("Xi Jinping", "Vladimir Putin"),
        ("Xi Jinping", "Donald Trump"),
        (),
    }
    assert {ev.location for ev in tl} == {"Beijing", None}


def test_errors() -> None:
    """A frame without kind is a KeyError; a bad when string a ParseError."""
    with pytest.raises(KeyError, match="'kind' column"):
        from_dataframe(pd.DataFrame({"when": ["2026"]}))
    with pytest.raises(ParseError, match="Feb 31"):
        from_dataframe(pd.DataFrame({"kind": ["call"], "when": ["Feb 31"]}))


def test_explode_participants() -> None:
    """The participants column explodes into one row per (event, participant)."""
    tl = Timeline([Event(kind="call", when=When.day(2026, 2, 4), participants=("A", "B"))])
    assert to_dataframe(tl).explode("participants")["participants"].tolist() == ["A", "B"]


def test_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas, the error names the extra to install."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"news-timeline\[pandas\]"):
        to_dataframe(Timeline())
