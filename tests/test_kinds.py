"""Tests for timeline.kinds: Kind, KindRegistry, register_kind and the built-in kinds."""

from __future__ import annotations

import threading
from functools import partial

import attrs
import pytest

from timeline.errors import UnknownKindError
from timeline.kinds import (
    BUILTIN_KINDS,
    COMMON_ATTRIBUTES,
    KINDS,
    Kind,
    KindRegistry,
    register_kind,
)

BUILTIN_NAMES = (
    "meeting", "call", "visit", "summit", "negotiation", "treaty_signing", "treaty_expiry",
    "treaty_extension", "treaty_withdrawal", "arms_sale", "announcement", "statement", "parade",
    "commemoration", "sanction", "election", "military_action", "period",
)  # fmt: skip

# CAMEO 1.1b3 codebook (Schrodt 2012)
EXPECTED_CAMEO = {
    "call": "041",  # discuss by telephone
    "visit": "042",  # make a visit
    "negotiation": "046",  # engage in negotiation
    "treaty_signing": "057",  # sign formal agreement
    "sanction": "163",  # impose embargo, boycott, or sanctions
    "statement": "010",  # make statement, not specified below
    "commemoration": "017",  # engage in symbolic act
    "military_action": "190",  # use conventional military force
    "meeting": "040",  # consult
    "period": None,
    "election": None,
    "treaty_expiry": None,
}


def test_all_builtin_kinds_are_registered_in_design_order() -> None:
    """The default registry has exactly the built-in kinds of DESIGN section 3, in order."""
    assert KINDS.names() == BUILTIN_NAMES
    assert tuple(k.name for k in BUILTIN_KINDS) == BUILTIN_NAMES
    assert len(KINDS) == len(BUILTIN_NAMES)
    assert [k.name for k in KINDS] == list(BUILTIN_NAMES)


@pytest.mark.parametrize(("name", "cameo"), sorted(EXPECTED_CAMEO.items()))
def test_builtin_cameo_codes(name: str, cameo: str | None) -> None:
    """CAMEO codes follow the codebook; kinds CAMEO does not code have None."""
    assert KINDS.get(name).cameo == cameo


@pytest.mark.parametrize("kind", BUILTIN_KINDS, ids=lambda k: k.name)
def test_builtin_kinds_are_complete(kind: Kind) -> None:
    """Every built-in kind has a description, triggers, common attributes and lower-case lemmas."""
    assert kind.description.endswith(".")
    assert kind.triggers
    assert all(t == t.lower() for t in kind.triggers)
    assert set(COMMON_ATTRIBUTES) <= set(kind.attributes)
    assert kind.durative is (kind.name == "period")


def test_builtin_attribute_keys_cover_the_gold_corpora() -> None:
    """The attribute keys used by the hand-made gold are allowed for their kinds."""
    expected = {
        "meeting": {"mode", "note", "status"},
        "call": {"mode", "status"},
        "treaty_expiry": {"treaty"},
        "arms_sale": {"amount", "seller", "buyer", "item", "quantity"},
        "statement": {"about", "medium"},
        "period": {"name"},
        "commemoration": {"name", "occasion"},
        "parade": {"name"},
        "visit": {"type", "mode"},
        "treaty_withdrawal": {"treaty", "action"},
        "negotiation": {"topic", "mode"},
        "sanction": {"target"},
        "summit": {"name", "mode"},
        "announcement": {"amount"},
    }
    for name, keys in expected.items():
        KINDS.get(name).check_attributes(keys)


def test_kind_validation() -> None:
    """Names are lower snake case; CAMEO codes are 2-4 digits; triggers non-empty strings."""
    with pytest.raises(ValueError, match="snake case"):
        Kind(name="Cyber Attack")
    with pytest.raises(ValueError, match="CAMEO"):
        Kind(name="x", cameo="41a")
    with pytest.raises(ValueError, match="CAMEO"):
        Kind(name="x", cameo=41)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="non-empty"):
        Kind(name="x", triggers=("ok", " "))
    with pytest.raises(ValueError, match="snake case"):
        Kind(name="x", attributes=("Bad Key",))
    with pytest.raises(TypeError):
        Kind(name="x", durative="yes")  # type: ignore[arg-type]


def test_kind_normalises_triggers_and_attributes() -> None:
    """Triggers are whitespace-normalised and deduplicated; a single string is one trigger."""
    k = Kind(name="hearing", triggers="testify", attributes="committee")
    assert k.triggers == ("testify",)
    k = Kind(name="hearing", triggers=("hold  hearing", "hold hearing", "testify"))
    assert k.triggers == ("hold hearing", "testify")
    assert k.attributes == tuple(sorted(COMMON_ATTRIBUTES))


def test_check_attributes_names_the_bad_key() -> None:
    """check_attributes lists the allowed keys when one is not allowed."""
    with pytest.raises(ValueError, match="'treaty'") as info:
        KINDS.get("call").check_attributes(["mode", "treaty"])
    assert "allowed" in str(info.value)


def test_unknown_kind_is_a_key_error_listing_the_known_ones() -> None:
    """get() raises UnknownKindError (a KeyError) naming the input and the known kinds."""
    with pytest.raises(UnknownKindError) as info:
        KINDS.get("meetng")
    assert isinstance(info.value, KeyError)
    assert "'meetng'" in str(info.value)
    assert "'meeting'" in str(info.value)
    with pytest.raises(UnknownKindError):
        KINDS["nope"]
    with pytest.raises(UnknownKindError):
        KINDS.get(["unhashable"])  # type: ignore[arg-type]
    assert KINDS.check("call") == "call"
    assert "nope" not in KINDS


def test_register_kind_in_one_call_on_a_copy() -> None:
    """register_kind adds a kind to the given registry only; the global one is untouched."""
    reg = KINDS.copy()
    kind = register_kind("cyberattack", triggers=("hack",), cameo=None, registry=reg,
                         description="An attack on computer systems.", attributes=("target",))
    assert reg.get("cyberattack") is kind
    assert "cyberattack" not in KINDS
    assert kind.allows("target")
    assert reg.by_trigger("HACK") == (kind,)
    assert reg.names()[-1] == "cyberattack"


def test_register_kind_as_class_decorator() -> None:
    """A spec class registers through the decorator, its docstring as description."""
    reg = KindRegistry()

    @partial(register_kind, registry=reg)
    class HostageRelease:
        """A release of hostages or detainees.

        Second paragraph.
        """

        triggers = ("release", "free")
        cameo = "0841"
        durative = False

    assert isinstance(HostageRelease, Kind)
    assert HostageRelease.name == "hostage_release"
    assert HostageRelease.description.startswith("A release of hostages")
    assert reg.get("hostage_release").cameo == "0841"

    class Spec:
        name = "custom_name"

    assert register_kind(Spec, registry=reg).name == "custom_name"


def test_register_kind_in_the_global_registry() -> None:
    """Without registry=, the kind goes into KINDS (cleaned up afterwards)."""
    try:
        register_kind("test_only_kind", triggers=("zork",))
        assert "test_only_kind" in KINDS
    finally:
        KINDS.unregister("test_only_kind")
    assert "test_only_kind" not in KINDS


def test_duplicate_registration() -> None:
    """Re-registering an equal kind is a no-op; a different one needs replace=True."""
    reg = KINDS.copy()
    same = reg.get("call")
    assert reg.register(same) is same
    changed = attrs.evolve(same, cameo="040")
    with pytest.raises(ValueError, match="replace=True"):
        reg.register(changed)
    assert reg.register(changed, replace=True) is changed
    assert KINDS.get("call").cameo == "041"
    with pytest.raises(TypeError):
        reg.register("call")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="already registered"):
        KindRegistry([Kind(name="a"), Kind(name="a", cameo="01")])


def test_unregister_unknown() -> None:
    """unregister() of an unknown name raises UnknownKindError."""
    with pytest.raises(UnknownKindError):
        KindRegistry().unregister("x")


def test_registry_repr_and_copy_independence() -> None:
    """A copy shares the kinds but not the mapping."""
    reg = KindRegistry([Kind(name="a")])
    other = reg.copy()
    other.register(Kind(name="b"))
    assert reg.names() == ("a",)
    assert repr(other) == "KindRegistry(['a', 'b'])"


def test_registry_is_thread_safe() -> None:
    """Concurrent registrations all land."""
    reg = KindRegistry()

    def work(i: int) -> None:
        for j in range(50):
            reg.register(Kind(name=f"k{i}_{j}"))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(reg) == 400


def test_registries_pickle() -> None:
    """The default registry unpickles as itself; another registry as an equal copy."""
    import pickle

    assert pickle.loads(pickle.dumps(KINDS)) is KINDS
    reg = KindRegistry([Kind(name="a", triggers=("x",))])
    copy = pickle.loads(pickle.dumps(reg))
    assert copy is not reg
    assert list(copy) == list(reg)
