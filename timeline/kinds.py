"""Event kinds and the kind registry.

A :class:`Kind` describes one type of event: its name, a short description, the base trigger
lexicon extraction looks for (lemmas; inflection and matching are the extractor's job), its
`CAMEO <https://parusanalytics.com/eventdata/data.dir/cameo.html>`_ code where one exists
(CAMEO 1.1b3 codebook, Schrodt 2012), the attribute keys it allows, and its default time shape
(``durative``: the event fills its time span, like a five-year plan, rather than happening
somewhere inside it, like a phone call "on Feb. 4").

A :class:`KindRegistry` maps names to kinds. :data:`KINDS` is the default registry with the
built-in kinds; :func:`register_kind` adds one in a single call (or as a class decorator),
and :meth:`KindRegistry.copy` gives a private registry so that the global one need not be
mutated.

Examples:
    >>> from timeline.kinds import KINDS, register_kind
    >>> KINDS.get("call").cameo
    '041'
    >>> mine = KINDS.copy()
    >>> cyber = register_kind("cyberattack", triggers=("hack", "cyberattack"),
    ...                       description="An attack on computer systems.", registry=mine)
    >>> "cyberattack" in mine, "cyberattack" in KINDS
    (True, False)
"""

from __future__ import annotations

import functools
import inspect
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final, final, overload

import attrs

from timeline.errors import UnknownKindError

__all__ = [
    "BUILTIN_KINDS",
    "COMMON_ATTRIBUTES",
    "KINDS",
    "Kind",
    "KindRegistry",
    "register_kind",
]

@functools.cache
def _pattern(source: str) -> re.Pattern[str]:
    """Compile on first use, not at import."""
    return re.compile(source)


_NAME = r"[a-z][a-z0-9_]*"
_CAMEO = r"\d{2,4}"

COMMON_ATTRIBUTES: Final[tuple[str, ...]] = ("note", "source", "status")
"""Attribute keys every kind allows: ``status`` (``"occurred"``, ``"planned"`` ...),
``note`` (free text) and ``source`` (who reported it)."""


def _check_name(_instance: object, _attribute: object, value: str) -> None:
    if not isinstance(value, str) or not _pattern(_NAME).fullmatch(value):
        raise ValueError(
            f"kind name must be lower snake case such as 'cyber_attack', got {value!r}"
        )


def _to_words(value: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = (value,)
    words: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise ValueError(f"triggers and attribute keys must be non-empty str, got {item!r}")
        word = " ".join(item.split())
        if word not in words:
            words.append(word)
    return tuple(words)


def _to_attribute_keys(value: Iterable[str] | str) -> tuple[str, ...]:
    keys = _to_words(value)
    for key in keys:
        if not _pattern(_NAME).fullmatch(key):
            raise ValueError(f"attribute keys must be lower snake case, got {key!r}")
    return tuple(sorted(set(keys) | set(COMMON_ATTRIBUTES)))


def _check_cameo(_instance: object, _attribute: object, value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not _pattern(_CAMEO).fullmatch(value)):
        raise ValueError(
            f"cameo must be a CAMEO code of 2 to 4 digits such as '041', or None, got {value!r}"
        )


@final
@attrs.frozen(kw_only=True)
class Kind:
    """A type of event.

    Args:
        name: Lower snake case name, e.g. ``"treaty_expiry"``.
        triggers: Base trigger lexicon (lemmas or short phrases, lower case); the extractor
            inflects and matches them.
        cameo: The CAMEO event code, or ``None`` when CAMEO has none.
        description: One sentence saying what counts as this kind.
        attributes: Allowed attribute keys; :data:`COMMON_ATTRIBUTES` are always added.
        durative: Default time shape: ``True`` if the event fills its time span (a plan, a
            term of office), ``False`` if it happens somewhere inside it.

    Raises:
        ValueError: A malformed name, CAMEO code, trigger or attribute key.

    .. versionadded:: 0.1.0

    Examples:
        >>> k = Kind(name="hearing", triggers=("hearing", "testify"), cameo=None,
        ...          description="A parliamentary hearing.", attributes=("committee",))
        >>> k.attributes
        ('committee', 'note', 'source', 'status')
        >>> k.allows("committee"), k.allows("amount")
        (True, False)
    """

    name: str = attrs.field(validator=_check_name)
    triggers: tuple[str, ...] = attrs.field(default=(), converter=_to_words)
    cameo: str | None = attrs.field(default=None, validator=_check_cameo)
    description: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    attributes: tuple[str, ...] = attrs.field(default=(), converter=_to_attribute_keys)
    durative: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))

    def allows(self, key: str) -> bool:
        """Whether ``key`` is an allowed attribute key of this kind.

        Args:
            key: An attribute key.

        Returns:
            ``True`` if allowed.

        Examples:
            >>> KINDS.get("arms_sale").allows("amount")
            True
        """
        return key in self.attributes

    def check_attributes(self, attributes: Mapping[str, object] | Iterable[str]) -> None:
        """Raise if ``attributes`` has a key this kind does not allow.

        Args:
            attributes: A mapping of attributes (or just the keys).

        Raises:
            ValueError: Naming the first unknown key and the allowed ones.

        Examples:
            >>> KINDS.get("call").check_attributes({"mode": "phone"})
            >>> KINDS.get("call").check_attributes({"amount": 1})
            Traceback (most recent call last):
            ...
            ValueError: kind 'call' does not allow attribute 'amount'; allowed: 'about', ...
        """
        for key in attributes:
            if key not in self.attributes:
                allowed = ", ".join(repr(k) for k in self.attributes)
                raise ValueError(
                    f"kind {self.name!r} does not allow attribute {key!r}; allowed: {allowed} "
                    "(register a kind with more attributes if you need them)"
                )


class KindRegistry:
    """A mutable, thread-safe mapping from kind names to :class:`Kind` objects.

    Use :data:`KINDS` for the built-in kinds; :meth:`copy` it to add kinds of your own without
    touching the global registry.

    Args:
        kinds: Initial kinds.

    Raises:
        ValueError: Two initial kinds share a name.

    .. versionadded:: 0.1.0

    Examples:
        >>> reg = KindRegistry([Kind(name="strike", triggers=("strike",))])
        >>> reg.names()
        ('strike',)
        >>> reg.get("parade")
        Traceback (most recent call last):
        ...
        timeline.errors.UnknownKindError: unknown event kind 'parade'; known kinds: 'strike' \
(register new ones with register_kind)
    """

    __slots__ = ("_kinds", "_lock")

    def __init__(self, kinds: Iterable[Kind] = ()) -> None:
        self._kinds: dict[str, Kind] = {}
        self._lock = threading.Lock()
        for kind in kinds:
            self.register(kind)

    def register(self, kind: Kind, *, replace: bool = False) -> Kind:
        """Add ``kind``.

        Args:
            kind: The kind to add.
            replace: Allow replacing a registered kind of the same name.

        Returns:
            ``kind``.

        Raises:
            ValueError: A different kind of that name is registered and ``replace`` is false.
            TypeError: ``kind`` is not a :class:`Kind`.

        Examples:
            >>> reg = KINDS.copy()
            >>> reg.register(Kind(name="strike")).name
            'strike'
            >>> reg.register(Kind(name="call"))
            Traceback (most recent call last):
            ...
            ValueError: kind 'call' is already registered; pass replace=True to replace it
        """
        if not isinstance(kind, Kind):
            raise TypeError(f"register() needs a Kind, got {kind!r}")
        with self._lock:
            old = self._kinds.get(kind.name)
            if old is not None and old != kind and not replace:
                raise ValueError(
                    f"kind {kind.name!r} is already registered; pass replace=True to replace it"
                )
            self._kinds[kind.name] = kind
        return kind

    def unregister(self, name: str) -> Kind:
        """Remove the kind called ``name`` and return it.

        Args:
            name: A registered kind name.

        Returns:
            The removed kind.

        Raises:
            UnknownKindError: No such kind.

        Examples:
            >>> reg = KINDS.copy()
            >>> reg.unregister("parade").name, "parade" in reg
            ('parade', False)
        """
        with self._lock:
            if name not in self._kinds:
                raise UnknownKindError.for_kind(name, self._kinds)
            return self._kinds.pop(name)

    def get(self, name: str) -> Kind:
        """The kind called ``name``.

        Args:
            name: A kind name.

        Returns:
            The kind.

        Raises:
            UnknownKindError: ``name`` is not registered (a ``KeyError``).

        Examples:
            >>> KINDS.get("sanction").cameo
            '163'
        """
        try:
            return self._kinds[name]
        except (KeyError, TypeError):
            raise UnknownKindError.for_kind(name, self._kinds) from None

    __getitem__ = get

    def check(self, name: str) -> str:
        """Return ``name`` if it is registered, else raise.

        Args:
            name: A kind name.

        Returns:
            ``name``.

        Raises:
            UnknownKindError: ``name`` is not registered.

        Examples:
            >>> KINDS.check("meeting")
            'meeting'
        """
        self.get(name)
        return name

    def names(self) -> tuple[str, ...]:
        """The registered names, in registration order.

        Examples:
            >>> KINDS.names()[:3]
            ('meeting', 'call', 'visit')
        """
        return tuple(self._kinds)

    def by_trigger(self, word: str) -> tuple[Kind, ...]:
        """The kinds whose trigger lexicon contains ``word`` (case-insensitive).

        Args:
            word: A trigger lemma or phrase.

        Returns:
            The matching kinds, in registration order.

        Examples:
            >>> [k.name for k in KINDS.by_trigger("Summit")]
            ['summit']
        """
        folded = " ".join(word.casefold().split())
        return tuple(k for k in self._kinds.values() if folded in k.triggers)

    def copy(self) -> KindRegistry:
        """An independent registry with the same kinds.

        Examples:
            >>> reg = KINDS.copy()
            >>> reg is KINDS, reg.names() == KINDS.names()
            (False, True)
        """
        return KindRegistry(self._kinds.values())

    def __reduce__(self) -> str | tuple[Any, ...]:
        # the default registry unpickles as itself (a global); others as a copy
        if self is KINDS:
            return "KINDS"
        return (KindRegistry, (tuple(self._kinds.values()),))

    def __contains__(self, name: object) -> bool:
        return name in self._kinds

    def __iter__(self) -> Iterator[Kind]:
        return iter(tuple(self._kinds.values()))

    def __len__(self) -> int:
        return len(self._kinds)

    def __repr__(self) -> str:
        return f"KindRegistry({list(self._kinds)!r})"




@overload
def register_kind(
    name: str,
    *,
    triggers: Iterable[str] = ...,
    cameo: str | None = ...,
    description: str = ...,
    attributes: Iterable[str] = ...,
    durative: bool = ...,
    registry: KindRegistry | None = ...,
    replace: bool = ...,
) -> Kind: ...


@overload
def register_kind(
    name: type,
    *,
    registry: KindRegistry | None = ...,
    replace: bool = ...,
) -> Kind: ...


def register_kind(
    name: str | type,
    *,
    triggers: Iterable[str] = (),
    cameo: str | None = None,
    description: str = "",
    attributes: Iterable[str] = (),
    durative: bool = False,
    registry: KindRegistry | None = None,
    replace: bool = False,
) -> Kind:
    """Create a :class:`Kind` and register it: one call, or a class decorator.

    Called with a name, the keyword arguments give the kind's fields. Applied to a class (as
    a decorator, or called with the class), the class is a declarative spec: its ``name``
    attribute (default: the class name in snake case), ``triggers``, ``cameo``,
    ``attributes`` and ``durative`` attributes, and its docstring as the description; the
    decorated name is then bound to the new :class:`Kind`.

    Args:
        name: The kind name, or a spec class.
        triggers: Base trigger lexicon (lemmas).
        cameo: CAMEO code, or ``None``.
        description: What counts as this kind.
        attributes: Allowed attribute keys (:data:`COMMON_ATTRIBUTES` are added).
        durative: Default time shape.
        registry: Where to register; default :data:`KINDS` (the global registry).
        replace: Allow replacing a registered kind of the same name.

    Returns:
        The registered kind.

    Raises:
        ValueError: A malformed field, or the name is taken and ``replace`` is false.

    .. versionadded:: 0.1.0

    Examples:
        >>> reg = KINDS.copy()
        >>> register_kind("cyberattack", triggers=("hack",), cameo=None, registry=reg)
        Kind(name='cyberattack', triggers=('hack',), cameo=None, description='', ...)

        As a decorator (into the global registry, the default, unless ``registry`` is given):

        >>> from functools import partial
        >>> @partial(register_kind, registry=reg)
        ... class PrisonerExchange:
        ...     '''An exchange of prisoners between two parties.'''
        ...     triggers = ("prisoner swap", "exchange of prisoners")
        ...     cameo = "0841"   # CAMEO 0841: return, release person(s)
        ...     attributes = ("count",)
        >>> PrisonerExchange.name, PrisonerExchange.description
        ('prisoner_exchange', 'An exchange of prisoners between two parties.')
        >>> reg.get("prisoner_exchange") is PrisonerExchange
        True
    """
    target = KINDS if registry is None else registry
    if isinstance(name, type):
        spec: Any = name
        snake = _pattern(r"(?<=[a-z0-9])(?=[A-Z])").sub("_", spec.__name__).lower()
        kind_name = spec.__dict__.get("name") or snake
        kind = Kind(
            name=kind_name,
            triggers=getattr(spec, "triggers", ()),
            cameo=getattr(spec, "cameo", None),
            description=inspect.cleandoc(spec.__doc__ or ""),
            attributes=getattr(spec, "attributes", ()),
            durative=getattr(spec, "durative", False),
        )
    else:
        kind = Kind(
            name=name,
            triggers=triggers,
            cameo=cameo,
            description=description,
            attributes=attributes,
            durative=durative,
        )
    return target.register(kind, replace=replace)


BUILTIN_KINDS: Final[tuple[Kind, ...]] = (
    Kind(
        name="meeting",
        cameo="040",  # CAMEO 040: consult, not specified below (042-044 refine who travels)
        description="Leaders or officials meet or hold talks, in person or by video link.",
        triggers=(
            "meet", "meeting", "talk", "talks", "hold talks", "video conference",
            "videoconference", "video call", "virtual meeting", "consultation", "consult",
            "dialogue", "exchange", "confer", "sit down", "bilateral",
        ),
        attributes=("about", "agenda", "mode", "topic"),
    ),
    Kind(
        name="call",
        cameo="041",  # CAMEO 041: discuss by telephone
        description="Two or more parties speak by telephone.",
        triggers=(
            "call", "phone call", "telephone call", "phone", "telephone", "speak by phone",
            "talk by phone", "phone conversation", "telephone conversation", "ring",
        ),
        attributes=("about", "initiator", "mode", "topic"),
    ),
    Kind(
        name="visit",
        cameo="042",  # CAMEO 042: make a visit (043: host a visit)
        description="An official travels to another country or place, or hosts such a trip.",
        triggers=(
            "visit", "state visit", "official visit", "trip", "travel", "tour", "host",
            "arrive", "welcome",
        ),
        attributes=("host", "mode", "purpose", "type"),
    ),
    Kind(
        name="summit",
        cameo="040",  # CAMEO has no summit code; a summit is a consultation (04) at the top
        description="A meeting of heads of state or government, often multilateral.",
        triggers=("summit", "leaders' meeting", "leaders' summit", "g7", "g20"),
        attributes=("host", "mode", "name", "topic"),
    ),
    Kind(
        name="negotiation",
        cameo="046",  # CAMEO 046: engage in negotiation
        description="Parties negotiate over an agreement or settlement.",
        triggers=(
            "negotiate", "negotiation", "negotiations", "peace talks", "round of talks",
            "bargain", "mediate", "mediation",
        ),
        attributes=("mode", "topic"),
    ),
    Kind(
        name="treaty_signing",
        cameo="057",  # CAMEO 057: sign formal agreement
        description="A treaty, agreement or memorandum is signed or concluded.",
        triggers=("sign", "signing", "conclude", "ink", "ratify", "ratification", "agreement"),
        attributes=("parties", "treaty"),
    ),
    Kind(
        name="treaty_expiry",
        cameo=None,  # CAMEO codes actions; a treaty lapsing is not one
        description="A treaty or agreement expires or lapses.",
        triggers=("expire", "expiry", "expiration", "lapse", "run out", "end"),
        attributes=("treaty",),
    ),
    Kind(
        name="treaty_extension",
        cameo="057",  # an extension is agreed formally: CAMEO 057, sign formal agreement
        description="A treaty or agreement is extended or renewed.",
        triggers=("extend", "extension", "renew", "renewal", "prolong", "prolongation"),
        attributes=("period", "treaty"),
    ),
    Kind(
        name="treaty_withdrawal",
        cameo="160",  # CAMEO 160: reduce relations, not specified below
        description="A party withdraws from, suspends or leaves a treaty or agreement.",
        triggers=(
            "withdraw", "withdrawal", "pull out", "exit", "leave", "suspend", "suspension",
            "abrogate", "denounce",
        ),
        attributes=("action", "treaty"),
    ),
    Kind(
        name="arms_sale",
        cameo="062",  # CAMEO 062: cooperate militarily (arms transfers)
        description="Weapons or military equipment are sold or approved for sale.",
        triggers=(
            "arms sale", "weapons sale", "arms package", "weapons package", "arms deal",
            "sell", "sale", "approve sale", "foreign military sale",
        ),
        attributes=("amount", "buyer", "item", "quantity", "seller"),
    ),
    Kind(
        name="announcement",
        cameo="010",  # CAMEO 010: make statement, not specified below
        description="A government or organisation announces a decision, programme or funding.",
        triggers=("announce", "announcement", "unveil", "launch", "declare", "pledge"),
        attributes=("about", "amount", "topic"),
    ),
    Kind(
        name="statement",
        cameo="010",  # CAMEO 010: make statement, not specified below
        description="Someone says, writes or posts something on the record.",
        triggers=(
            "say", "state", "statement", "tell", "describe", "note", "stress", "emphasize",
            "post", "readout", "comment", "reiterate", "remark", "write",
        ),
        attributes=("about", "medium", "quote"),
    ),
    Kind(
        name="parade",
        cameo=None,  # a military parade may be coded 150 (demonstrate military power)
        description="A parade, such as a military parade on a national day.",
        triggers=("parade", "march past", "military parade", "procession"),
        attributes=("name", "occasion"),
    ),
    Kind(
        name="commemoration",
        cameo="017",  # CAMEO 017: engage in symbolic act
        description="An anniversary, memorial or commemoration is marked.",
        triggers=(
            "commemorate", "commemoration", "anniversary", "memorial", "mark", "celebrate",
            "celebration", "honor", "honour",
        ),
        attributes=("name", "occasion"),
    ),
    Kind(
        name="sanction",
        cameo="163",  # CAMEO 163: impose embargo, boycott, or sanctions
        description="Sanctions, an embargo or export controls are imposed or announced.",
        triggers=(
            "sanction", "sanctions", "impose sanctions", "embargo", "blacklist", "designate",
            "export control", "asset freeze", "restriction",
        ),
        attributes=("amount", "issuer", "target"),
    ),
    Kind(
        name="election",
        cameo=None,  # CAMEO has no election code
        description="An election, referendum or vote for an office.",
        triggers=("election", "elect", "re-elect", "vote", "referendum", "ballot", "poll"),
        attributes=("office", "result", "winner"),
    ),
    Kind(
        name="military_action",
        cameo="190",  # CAMEO 190: use conventional military force, not specified below
        description="An attack, strike, invasion or other use of armed force.",
        triggers=(
            "attack", "strike", "airstrike", "invade", "invasion", "bomb", "bombing",
            "shell", "shelling", "missile", "drone", "offensive", "assault", "war",
            "aggression", "fire",
        ),
        attributes=("casualties", "target", "weapon"),
    ),
    Kind(
        name="period",
        cameo=None,  # a named span of time, not an action
        description="A named span of time: a five-year plan, a term of office, an era.",
        triggers=("plan", "five-year plan", "term", "period", "era", "presidency", "tenure"),
        attributes=("name",),
        durative=True,
    ),
)
"""The built-in kinds (DESIGN section 3), in registration order."""

KINDS: Final[KindRegistry] = KindRegistry(BUILTIN_KINDS)
"""The default (global) kind registry, holding :data:`BUILTIN_KINDS`."""
