"""Tests for timeline.io.arrow: Arrow tables and Parquet files."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import HealthCheck, given, settings

from timeline._strategies_events import timelines
from timeline.errors import ParseError
from timeline.events import Actor, ActorType, Event, Mention, Money
from timeline.io.arrow import from_arrow, read_parquet, schema, to_arrow, write_parquet
from timeline.timeline import Timeline
from timeline.when import When


@given(timelines(max_constraints=4))
def test_round_trip_generated_timelines(tl: Timeline) -> None:
    """Any generated timeline survives to_arrow/from_arrow, time texts included."""
    table = to_arrow(tl)
    assert table.schema.equals(schema(), check_metadata=False)
    back = from_arrow(table)
    assert back == tl
    assert [None if e.when is None else e.when.text for e in back] == [
        None if e.when is None else e.when.text for e in tl
    ]


@given(timelines())
@settings(max_examples=10, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_parquet_round_trip(tmp_path: Path, tl: Timeline) -> None:
    """Parquet files read back equal."""
    path = tmp_path / "timeline.parquet"
    write_parquet(tl, path)
    assert read_parquet(path) == tl


def test_columns_are_typed_and_queryable() -> None:
    """Bounds are UTC timestamps usable with pyarrow.compute; rich fields are nested types."""
    tl = Timeline(
        [
            Event(
                kind="meeting",
                when=When.day(2026, 2, 4, tz="Asia/Shanghai"),
                participants=(Actor("Xi Jinping", type=ActorType.PERSON),),
            ),
            Event(
                kind="arms_sale",
                when=When.month(2025, 11),
                attributes={"amount": Money(11_100_000_000, "USD")},
                mentions=(Mention(start=1, end=5, text="sale", sentence_span=(0, 9)),),
            ),
        ]
    )
    table = to_arrow(tl)
    cutoff = pa.scalar(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), type=pa.timestamp("us", tz="UTC"))
    recent = table.filter(pc.greater_equal(table["earliest_start"], cutoff))
    assert recent["kind"].to_pylist() == ["meeting"]
    assert table["earliest_start"].to_pylist()[1] == dt.datetime(2026, 2, 3, 16, tzinfo=dt.UTC)
    assert table["tz"].to_pylist() == ["UTC", "Asia/Shanghai"]
    assert table["actors"].to_pylist()[1] == [
        {"name": "Xi Jinping", "type": "person", "aliases": []}
    ]
    assert from_arrow(table) == tl


def test_minimal_table() -> None:
    """A table with only kind and when strings is read."""
    back = from_arrow(pa.table({"kind": ["call", "statement"], "when": ["2026-02-04", None]}))
    assert [str(e.when) if e.when else None for e in back] == ["2026-02-04", None]


def test_newer_schema_version() -> None:
    """Tables from a newer library version are refused with a clear message."""
    table = to_arrow(Timeline()).replace_schema_metadata({b"timeline.schema_version": b"9"})
    with pytest.raises(ParseError, match="upgrade news-timeline"):
        from_arrow(table)


def test_without_pyarrow(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pyarrow, the error names the extra to install."""
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r"news-timeline\[arrow\]"):
        to_arrow(Timeline())
