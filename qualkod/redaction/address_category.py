"""The category of an address finding, one name for the finders that yield it (a street
address, a farm's house number, a flat's number) and for the redactor's label.

A module of its own so that :mod:`~qualkod.redaction.flat_numbers`,
:mod:`~qualkod.redaction.farm_places` and :mod:`~qualkod.redaction.identifiers` import it
without importing one another.
"""

from __future__ import annotations

ADDRESS = "address"
