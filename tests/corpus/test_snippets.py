"""Table-driven tests: every held-out news snippet of ``snippets.py`` through ``extract``.

Each case is its own test id. A case passes when the extraction agrees with the gold in the
shared scorer's lenient way (see :func:`corpus.snippets.check`). Cases the extractor does not
handle yet are listed in :data:`KNOWN_GAPS` with what is wrong; they are strict xfails, so a
fix that makes one pass turns it into a failure until its entry is removed here (run
``tests/corpus/report.py`` to see which). Never weaken a gold expectation to make a case pass.
"""

from __future__ import annotations

import importlib.util
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extraction.pipeline import extract
from timeline.when import When

from .snippets import CASES, KINDS, Case, Tally, check, find_spans, names_match, trigger_spans

try:  # tests/ is a rootdir on sys.path (no tests/__init__.py), as in tests/extract
    from conftest import REPO, SHARED
except ImportError:  # pragma: no cover - tests/ imported as a package
    from tests.conftest import REPO, SHARED  # type: ignore[import-untyped,no-redef]

SCORER = SHARED / "eval" / "score.py"

# case id -> what the extractor currently gets wrong (keep it precise: it is the bug report)
KNOWN_GAPS: dict[str, str] = {
    # ---- meetings
    "meeting-headline-bare-surnames": (
        "headline 'Modi, Xi hold first formal talks ... on sidelines of BRICS summit': the "
        "'talks' are merged into the BRICS summit (which then gets Modi and Xi as extra "
        "participants) instead of a separate Modi-Xi meeting"
    ),
    "meeting-readout-official-visit": (
        "'hosted Prime Minister Fumio Kishida ... at the White House today' does not join the "
        "headline 'Meeting', so the meeting has no date and no location 'White House'"
    ),
    "meeting-runoff-winner-friday": (
        "relative clause 'who narrowly won Poland's presidential runoff earlier this month' "
        "gives no election ('runoff' + 'won')"
    ),
    # ---- calls
    "call-sunday-and-following-day": (
        "elliptical second call 'and with Volodymyr Zelenskyy the following day' not detected"
    ),
    # ---- visits
    "visit-pronoun-her-eighth": (
        "'her eighth visit since the Russian invasion': the invasion lacks its target 'Ukraine'"
    ),
    # ---- summits
    "summit-g7-weekday-range": (
        "'Leaders of the Group of Seven ... will gather in Puglia, in southern Italy, ... for "
        "their annual summit': no participant 'G7' and no location 'Puglia'"
    ),
    "summit-eu-brussels-accession-talks": (
        "planned 'accession talks with Ukraine and Moldova' agreed by 'European Union leaders' "
        "lack the participant 'European Union'"
    ),
    "summit-headline-california": (
        "headline '... at California summit': adjectival place 'California' not the location"
    ),
    "summit-sco-tianjin-cross-month-range": (
        "'Aug. 31-Sept. 1' split into two timexes instead of the range 2025-08-31/2025-09-01; "
        "'leaders of the Shanghai Cooperation Organisation' resolved to the gazetteer's "
        "'Shanghai Cooperation Organization', which does not match the gold spelling"
    ),
    # ---- treaties
    "treaty-expiry-february-2026": (
        "'The New START treaty, the last remaining pact ..., is due to expire in February 2026': "
        "no expiry (subject separated from 'expire' by an apposition)"
    ),
    "treaty-expiry-inf-withdrew": (
        "'after Washington formally withdrew' (no object) not detected as a treaty withdrawal"
    ),
    "treaty-extension-eu-trade": (
        "'extended its duty-free trade arrangement with Ukraine' not detected; 'another year' "
        "(P1Y) not found as a time expression"
    ),
    "treaty-withdrawal-paris-executive-order": (
        "'withdrawing the United States from the Paris climate agreement': the object 'United "
        "States' is not a participant (only Trump)"
    ),
    # ---- arms sales
    "arms-sale-poland-apache": (
        "'signed a deal ... to buy 96 Apache attack helicopters from the United States' typed "
        "treaty_signing instead of arms_sale; 'attack helicopters' gives a spurious "
        "military_action"
    ),
    "arms-sale-two-sales-october": (
        "buyer 'Taiwan' ('sale of spare parts ... to Taiwan') missing; the second sale ('a $2 "
        "billion air defence package cleared in October') not detected"
    ),
    # ---- announcements and statements
    "announcement-germany-tanks-yesterday": (
        "bare plural duration 'weeks' ('ending weeks of hesitation', PXW) not found"
    ),
    "visit-last-month-said-tuesday": (
        "'Albanese, who visited Beijing last month, said on Tuesday that ...': no statement for "
        "the main-clause 'said' once the relative clause holds a visit"
    ),
    # ---- parades and commemorations
    "parade-beijing-guests": (
        "guests 'with Russia's Vladimir Putin and North Korea's Kim Jong Un watching alongside "
        "President Xi Jinping' not participants; 'the end of World War Two' (history) gives a "
        "spurious military_action dated 2025-09-03"
    ),
    "commemoration-auschwitz-generic-leaders": (
        "'World leaders gathered ... to mark 80 years since its liberation' not detected as a "
        "commemoration"
    ),
    # ---- sanctions
    "sanction-headline-ministers": (
        "headline 'Britain sanctions Israeli ministers Ben-Gvir and Smotrich': the bare-surname "
        "targets are not participants, 'Israel' (from the adjective) is"
    ),
    "sanction-and-visit-ap-body": (
        "'He announced' (He = Biden, in Kyiv) lacks location 'Kyiv'; planned sanctions lack "
        "'United States'; \"Russia's invasion\" lacks 'Ukraine'"
    ),
    # ---- elections
    # ---- military actions
    "military-strikes-a-day-after": (
        "target missing: 'struck Houthi-controlled ports' lacks 'Houthis'"
    ),
    "military-invasion-historic-date": (
        "'after months of denying it planned to attack' gives a spurious FUTURE_REF "
        "military_action; bare 'months' (PXM) not found"
    ),
    "military-drone-strike-saturday-morning": (
        "target 'Benjamin Netanyahu' ('struck a house belonging to ... Netanyahu') missing"
    ),
    "treaty-signing-same-day-attack": (
        "'launched a wave of drones at the city of Kharkiv' lacks the target 'Ukraine'"
    ),
    # ---- periods
    "period-term-2019-2023": (
        "\"Alberto Fernandez's 2019-2023 term as Argentina's president\" not detected as a period"
    ),
    "period-five-year-plan-range": (
        "'covering 2021 to 2025' split into the timexes '2021' and '2025' instead of one range "
        "2021/2025 (the plan itself gets 2021/2025)"
    ),
    "period-served-three-years": (
        "'served as Japan's prime minister for three years' not detected as a period"
    ),
    "period-presidency-from-to": (
        "'held the rotating presidency ... from January to June' not a period; the month range "
        "split into 2025-01 and 2025-06 instead of 2025-01/2025-06"
    ),
    # ---- negatives
}


def _params() -> list[Any]:
    return [
        pytest.param(
            case,
            id=case.id,
            marks=(
                [pytest.mark.xfail(reason=KNOWN_GAPS[case.id], strict=True)]
                if case.id in KNOWN_GAPS
                else []
            ),
        )
        for case in CASES
    ]


@pytest.mark.parametrize("case", _params())
def test_snippet(case: Case) -> None:
    """The extraction of one snippet agrees with its hand-written gold."""
    payload = extract(case.text, published=case.published).to_json_dict()
    result = check(case, payload)
    assert result.passed, "\n".join((*result.problems, "got:", *result.got))


# --------------------------------------------------------------------------- the table itself
_VALUE = re.compile(r"^(PRESENT_REF|PAST_REF|FUTURE_REF|P(T?)(\d+|X)[YMWDHS])$")


def _value_ok(value: str) -> bool:
    if _VALUE.match(value):
        return True
    try:
        When.parse(value)
    except ValueError:
        return False
    return True


def test_corpus_size_and_unique_ids() -> None:
    """The table has 80-120 cases with unique ids, and some negatives."""
    ids = [c.id for c in CASES]
    assert 80 <= len(ids) <= 120
    assert len(set(ids)) == len(ids)
    assert sum(1 for c in CASES if not c.events) >= 10


def test_every_kind_is_covered() -> None:
    """Every built-in kind has at least two required gold events in the corpus."""
    counts = dict.fromkeys(KINDS, 0)
    for case in CASES:
        for gold in case.events:
            assert gold.kind in counts, (case.id, gold.kind)
            counts[gold.kind] += not gold.optional
    assert all(n >= 2 for n in counts.values()), counts


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_gold_is_well_formed(case: Case) -> None:
    """Triggers and time expressions occur in the text; values and dates are valid."""
    When.parse(case.published)
    assert case.text == case.text.strip()
    assert len(case.text) < 400
    for gold in case.events:
        assert gold.triggers
        assert all(trigger_spans(case.text, t) for t in gold.triggers), (gold.kind, gold.triggers)
        for value in (gold.when, *gold.alt_when):
            assert value is None or _value_ok(value), value
        assert len(set(gold.participants)) == len(gold.participants)
    for gold_t in case.timexes:
        spans = find_spans(case.text, gold_t.text)
        assert len(spans) > gold_t.nth, gold_t
        assert gold_t.value is None or _value_ok(gold_t.value), gold_t.value


_SHINGLE = 10  # formulaic 8-9 word phrases ("spoke by phone with U.S. President ...") are fine


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}


@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared")
def test_snippets_are_not_copied_from_dev_texts() -> None:
    """No run of ten words of a snippet occurs in a shared corpus or the bundled example."""
    seen: set[tuple[str, ...]] = set()
    sources = [*SHARED.rglob("*.txt"), REPO / "timeline" / "data" / "example_article.txt"]
    for path in sources:
        if path.exists():
            seen |= _shingles(path.read_text(encoding="utf-8", errors="replace"))
    copied = {c.id: sorted(_shingles(c.text) & seen)[:1] for c in CASES}
    assert not {k: v for k, v in copied.items() if v}


def test_known_gaps_name_existing_cases() -> None:
    """Every documented gap refers to a case of the table and says what is wrong."""
    ids = {c.id for c in CASES}
    assert set(KNOWN_GAPS) <= ids, set(KNOWN_GAPS) - ids
    assert all(len(reason) > 20 for reason in KNOWN_GAPS.values())


def test_negatives_without_events_pass_check() -> None:
    """An empty extraction passes a negative case without time expressions."""
    case = next(c for c in CASES if c.id == "neg-modal-summit")
    assert check(case, {"events": [], "timexes": []}).passed


def test_extra_event_fails_check() -> None:
    """An event on a negative case is reported as an extra event."""
    case = next(c for c in CASES if c.id == "neg-modal-summit")
    payload = {
        "events": [
            {
                "kind": "summit",
                "when": None,
                "participants": [],
                "mentions": [{"start": 4, "end": 10}],
            }
        ],
        "timexes": [],
    }
    result = check(case, payload)
    assert not result.passed
    assert result.problems[0].startswith("extra event summit")
    assert result.tally.ev_sys == 1


def test_gold_payload_passes_check() -> None:
    """A payload built from the gold itself passes every case (the comparison is sound)."""
    for case in CASES:
        events = []
        for gold in case.events:
            if gold.optional:
                continue
            start, end = next(s for t in gold.triggers for s in trigger_spans(case.text, t))
            events.append(
                {
                    "kind": gold.kind,
                    "when": gold.when,
                    "participants": list(gold.participants),
                    "location": gold.location,
                    "mentions": [{"start": start, "end": end}],
                }
            )
        timexes = []
        for gold_t in case.timexes:
            if gold_t.optional:
                continue
            start, end = find_spans(case.text, gold_t.text)[gold_t.nth]
            timexes.append({"start": start, "end": end, "text": gold_t.text, "value": gold_t.value})
        result = check(case, {"events": events, "timexes": timexes})
        assert result.passed, (case.id, result.problems)
        summary = result.tally.summary()
        assert summary["event_f1"] == (1.0 if result.tally.ev_gold else 0.0)


def test_tally_summary_over_corpus_gold() -> None:
    """Summing tallies over cases gives micro-averaged figures in [0, 1]."""
    total = Tally()
    for case in CASES[:5]:
        total.add(check(case, {"events": [], "timexes": []}).tally)
    figures = total.summary()
    assert figures["event_f1"] == 0.0
    assert figures["event_recall"] == 0.0


# --------------------------------------------------------------------------- name matching
_NAMES = sorted({p for c in CASES for g in c.events for p in g.participants})


@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/eval/score.py")
def test_names_match_agrees_with_shared_scorer() -> None:
    """Our copy of the participant rule agrees with the shared scorer on the corpus names."""
    spec = importlib.util.spec_from_file_location("timeline_corpus_shared_score", SCORER)
    assert spec is not None
    assert spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    variants = [
        *_NAMES,
        "the Kremlin",
        "Washington",
        "U.S.",
        "Britain",
        "President Xi",
        "Putin",
        "U.N. Security Council",
        "Luiz Inacio Lula da",
    ]
    for a in variants:
        for b in variants:
            assert names_match(a, b) == scorer.names_match(a, b), (a, b)


_name_text = st.text(alphabet=st.characters(categories=["L", "Zs", "Pd"]), max_size=30)


@given(_name_text, _name_text)
def test_names_match_is_symmetric(a: str, b: str) -> None:
    """Name matching does not depend on the order of its arguments."""
    assert names_match(a, b) == names_match(b, a)


@given(st.sampled_from(_NAMES), st.sampled_from(["President", "Prime Minister", "Mr", ""]))
def test_names_match_ignores_titles(name: str, title: str) -> None:
    """A canonical name matches itself with a title in front."""
    assert names_match(f"{title} {name}".strip(), name)
