"""Text to events: the extraction stages of the pipeline (DESIGN section 5).

Each stage is a small module with pure functions:

* :mod:`timeline.extraction.sentences` -- sentence segmentation (:func:`split_sentences`);
* :mod:`timeline.extraction.timex` -- the :class:`Timex` value type and :func:`find_timexes`;
* :mod:`timeline.extraction.grammar` -- the compiled span grammar for time expressions;
* :mod:`timeline.extraction.normalise` -- TIMEX3 values for found spans;
* :mod:`timeline.extraction.anchoring` -- relative and anaphoric resolution;
* :mod:`timeline.extraction.holidays` -- the extensible table of named days.

``dateparser`` is imported lazily, only when a span needs it.

Examples:
    >>> from timeline.extraction.sentences import split_sentences
    >>> [s.text for s in split_sentences("Talks began on Feb. 4. They ended.")]
    ['Talks began on Feb. 4.', 'They ended.']
"""

from __future__ import annotations
