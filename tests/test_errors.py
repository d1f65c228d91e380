"""Tests for timeline.errors: hierarchy, attributes, messages and pickling."""

from __future__ import annotations

import pickle

import pytest

from timeline import errors
from timeline.errors import (
    AmbiguousDateError,
    ConstraintError,
    InputError,
    InputTooLargeError,
    InvalidSpanError,
    ParseError,
    TimelineError,
    TimelineWarning,
    UnknownKindError,
    UnknownTimezoneError,
    UnsupportedLanguageError,
)


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        (ParseError, ValueError),
        (AmbiguousDateError, ValueError),
        (InvalidSpanError, ValueError),
        (UnknownTimezoneError, ValueError),
        (ConstraintError, ValueError),
        (UnknownKindError, KeyError),
        (InputError, TypeError),
        (UnsupportedLanguageError, ValueError),
        (InputTooLargeError, ValueError),
    ],
)
def test_every_error_is_a_timeline_error_and_its_builtin(cls: type, builtin: type) -> None:
    """Each error can be caught as TimelineError and as the builtin that fits it."""
    assert issubclass(cls, TimelineError)
    assert issubclass(cls, builtin)


def test_ambiguous_date_error_is_a_parse_error() -> None:
    """AmbiguousDateError is a kind of ParseError."""
    assert issubclass(AmbiguousDateError, ParseError)


def test_warning_is_a_user_warning() -> None:
    """TimelineWarning derives from UserWarning, so the usual filters apply."""
    assert issubclass(TimelineWarning, UserWarning)
    assert not issubclass(TimelineWarning, TimelineError)


def test_parse_error_keeps_text_and_span() -> None:
    """ParseError carries the failing text and its offsets."""
    err = ParseError.for_text("Feb. 30", expected="a real day", span=(3, 10))
    assert err.text == "Feb. 30"
    assert err.span == (3, 10)
    assert "'Feb. 30'" in str(err)
    assert "a real day" in str(err)


def test_ambiguous_date_error_lists_readings() -> None:
    """The message names each reading and suggests a fix."""
    err = AmbiguousDateError.for_readings("01/02/2026", ["2026-01-02", "2026-02-01"])
    assert "'2026-01-02' or '2026-02-01'" in str(err)
    assert "ISO 8601" in str(err)
    assert err.text == "01/02/2026"


def test_unknown_timezone_error_names_the_zone() -> None:
    """The zone is shown with repr and kept as an attribute."""
    err = UnknownTimezoneError.for_zone("Europe/Pariss")
    assert err.zone == "Europe/Pariss"
    assert "'Europe/Pariss'" in str(err)
    assert "Europe/Paris'" in str(err)


def test_constraint_error_keeps_the_chain() -> None:
    """ConstraintError lists the contradictory chain in order."""
    err = ConstraintError.for_cycle(["a before b", "b before a"])
    assert err.constraints == ("a before b", "b before a")
    assert "a before b, b before a" in str(err)


def test_unknown_kind_error_message_is_not_quoted() -> None:
    """Unlike a plain KeyError, the message is shown as text, with the known kinds."""
    err = UnknownKindError.for_kind("meetng", known=["meeting"])
    assert str(err).startswith("unknown event kind 'meetng'")
    assert "'meeting'" in str(err)
    assert str(UnknownKindError()) == ""


def test_input_error_truncates_long_values() -> None:
    """Huge inputs are not dumped whole into the message."""
    err = InputError.for_value(list(range(1000)))
    assert len(str(err)) < 120
    assert "list" in str(err)


@pytest.mark.parametrize(
    "err",
    [
        ParseError.for_text("x", expected="y", span=(1, 2)),
        AmbiguousDateError.for_readings("1/2", ["a", "b"]),
        UnknownTimezoneError.for_zone("Nowhere/City"),
        ConstraintError.for_cycle(["a before b"]),
        InvalidSpanError.for_naive("dt", "2026-02-04"),
        UnknownKindError.for_kind("x"),
        InputError.for_value(1),
        UnsupportedLanguageError.for_language("xx"),
        InputTooLargeError.for_size(3, limit=2),
    ],
)
def test_errors_pickle_round_trip(err: Exception) -> None:
    """Errors survive pickling (needed by extract_many's worker processes)."""
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is type(err)
    assert str(back) == str(err)
    for attr in ("text", "span", "zone", "constraints"):
        assert getattr(back, attr, None) == getattr(err, attr, None)


def test_all_is_complete_and_documented() -> None:
    """__all__ lists every public class and each one has a docstring with an example."""
    public = {
        name for name, value in vars(errors).items()
        if isinstance(value, type) and value.__module__ == errors.__name__
        and not name.startswith("_")
    }
    assert set(errors.__all__) == public
    for name in errors.__all__:
        doc = getattr(errors, name).__doc__
        assert doc
        assert ">>>" in doc
