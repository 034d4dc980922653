"""REFI-QDA import: ``.qdc`` codebooks and ``.qdpx`` projects from NVivo, ATLAS.ti,
MAXQDA and QualCoder into qualkod.

Lenient on what real programs write (a BOM, the codebook namespace misspelt
``urn:QDA-XML:codebook:1:0`` or ATLAS.ti's ``urn:QDA-XML:codebook:0:4``, CRLF sources,
``sources/`` in lower case, unknown elements, which are ignored with a warning, NVivo's
positions in UTF-16 code units, QualCoder's one selection per coding); strict on what is broken: an invalid or
truncated file is refused with one line naming the element or line, and nothing is
written. The XML is parsed without network access, DTDs or entity expansion.
"""

from qualkod.refi_import.codes import CodebookImport, import_codebook, read_codebook
from qualkod.refi_import.project import ProjectImport, init_from_qdpx
from qualkod.refi_import.xml_safety import RefiError

__all__ = [
    "CodebookImport",
    "ProjectImport",
    "RefiError",
    "import_codebook",
    "init_from_qdpx",
    "read_codebook",
]
