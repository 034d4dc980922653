"""Redaction: what identifies a person in transcript text, found offline and reviewed.

The stored transcript stays verbatim; :class:`Redactor` sits at the boundary where
text leaves the project, and every output goes through it. The project-level review
(list, confirm, ignore, add, check) is in :mod:`qualkod.redaction.review`.
"""

from qualkod.redaction.redactor import CATEGORIES, Finding, Redactor, Term, item_key

__all__ = ["CATEGORIES", "Finding", "Redactor", "Term", "item_key"]
