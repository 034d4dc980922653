"""Export: documents and tables built from models (never from SQL)."""

from qualkod.export.codebook_appendix import codebook_markdown, write_codebook_docx

__all__ = ["codebook_markdown", "write_codebook_docx"]
