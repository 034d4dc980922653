"""REFI-QDA export: the project as a ``.qdpx`` and the codebook as a ``.qdc``.

REFI-QDA (QDA-XML 1.0) is what NVivo, ATLAS.ti, MAXQDA and QualCoder exchange. The
project file holds:

- ``Users``: one per coder (of codings, links and memos), named ``Kodare A``,
  ``Kodare B``, ... as in the chapter (a coder who is a speaker by her pseudonym) unless
  ``coder_names`` keeps the logins (a login that reads as a speaker's name is named as
  in the chapter even then);
- ``CodeBook``: the themes with their sub-codes (colour, and the code's id, definition,
  criteria, examples and concepts in ``Description``), then the theory catalogue as its
  own branch: a non-codable code holding one codable code per concept (the text of
  those descriptions, which ``init --from`` reads back, is in :mod:`qualkod.refi_markers`);
- ``Variables`` and ``Cases``: one case per speaker (pseudonym), with its role, the
  sources it speaks in and a selection per turn it said;
- ``Sources``: one ``TextSource`` per transcript, its plain text one turn per line as
  ``IP 1 [00:01:02]: text``, redacted like every other output (line breaks inside a
  turn become spaces); interview date and format as ``VariableValue``s;
- every coding as a ``PlainTextSelection`` (code points from 0, end exclusive) with a
  ``Coding`` of its code, and a ``Coding`` of each concept it is linked to; the memos
  on the coding in its ``Description`` as well as in notes (QualCoder reads only that);
- ``Notes``: memos, with ``NoteRef``s on the code, concept, selection or concept coding
  they are about; a theme x concept memo is referred to from both codes;
- ``Sets``: a set ``Featured`` whose members are notes, one per featured quote, each
  referred to from the quote's selection (a REFI set cannot hold selections);
- a coder's mark that a turn is decided (``code done``): a note ``Avgjord`` by that
  coder on the turn's selection.

The same project gives the same bytes: GUIDs are uuid5 names of content (code and
concept ids, a source's text, a selection's place, code and coder, a note's target and
text), never of database ids, so a project imported from the file exports the same
file again; the zip has fixed times and order, and nothing depends on the clock.
Sources, cases and codings are written by :mod:`~qualkod.export.refi_qda_sources`,
notes and the featured set by :mod:`~qualkod.export.refi_qda_notes`.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from qualkod import __version__
from qualkod import project as project_api
from qualkod.codebook import with_words_as_shown
from qualkod.coding import codings as list_codings
from qualkod.coding import decided_marks
from qualkod.coding import links as list_links
from qualkod.coding import memos as list_memos
from qualkod.errors import ParameterError, QualkodError
from qualkod.export import refi_qda_sources as sources
from qualkod.export import refi_qda_xml as qx
from qualkod.export.coder_names import (
    LabelledCoders,
    coder_labels,
    kept_logins,
    labelled_logins,
    name_words,
)
from qualkod.export.refi_qda_notes import PROJECT, Notes
from qualkod.models import Codebook, TheoryCatalogue
from qualkod.output_files import write_atomic
from qualkod.record_reprs import coder_name, repr_without_text
from qualkod.redaction.project import ProjectRedactor, coder_meant, refuse_a_named_file
from qualkod.refi_markers import FEATURED
from qualkod.store import Project
from qualkod.store import speakers as speaker_store

__all__ = ["FEATURED", "QdpxResult", "build_qdc", "build_qdpx", "write_qdc", "write_qdpx"]

NS = qx.PROJECT_NS
ORIGIN = f"qualkod {__version__}"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class QdpxResult:
    """What a project export holds."""

    sources: int
    codings: int
    links: int
    notes: int
    coders: tuple[str, ...] = coder_name()  # logins with coder_names: a repr hides them
    """The coders as the export names them (a speaker's pseudonym unless raw)."""
    decided: int = 0
    """Of the notes, the coders' marks that a turn is decided."""
    logins_labelled: int = 0
    """With ``coder_names``: coders whose login reads as a speaker's name, so named by
    their label (``Kodare A``) or the speaker's pseudonym (``IP 1``) instead."""

    __repr__ = repr_without_text


class _Builder:
    """Collects the project's data and writes the XML tree (one export, used once)."""

    def __init__(
        self,
        project: Project,
        coders: Sequence[str] | None,
        raw: bool,
        out: Path | None = None,
        coder_names: bool = False,
    ) -> None:
        self.redactor = ProjectRedactor(project, raw=raw)
        if out is not None and not raw:
            refuse_a_named_file(self.redactor.redactor, out)
        self.codebook, self.catalogue = self._codebook(project)
        if self.codebook is not None and not raw:  # an example may quote an interview
            self.codebook = with_words_as_shown(self.codebook, self.redactor.text)
        all_codings = list_codings(project)
        known = sorted({c.coder for c in all_codings})
        if coders:
            coders = [coder_meant(self.redactor.redactor, c, known) for c in coders]
            missing = [c for c in coders if c not in known]
            if missing:
                raise ParameterError(
                    "coders",
                    missing[0],
                    f"no codings by this coder; coders: {', '.join(known) or 'none yet'}",
                    option="coder",
                )
        wanted = set(coders or known)
        # An order of content, not of database ids: an imported copy gives the same file.
        self.codings = sorted(
            (c for c in all_codings if c.coder in wanted),
            key=lambda c: (c.turn, c.start, c.end, c.code_id, c.coder, c.id),
        )
        coding_ids = {c.id for c in self.codings}
        concepts = {c.id for c in self.catalogue.concepts} if self.catalogue else set()
        self.links = [
            link
            for link in list_links(project)
            if link.coding_id in coding_ids and link.concept_id in concepts
        ]
        # with --coder, as the chapter: those coders' memos on themes and the study too
        self.memos = [
            m
            for m in list_memos(project)
            if (m.coding_id is None and (not coders or m.coder in wanted))
            or m.coding_id in coding_ids
        ]
        self.reviews = [r for r in decided_marks(project) if not coders or r.coder in wanted]
        order = self.redactor.redactor.coders
        self.logins_labelled = 0
        if coder_names:  # the logins, but none that reads as a speaker's (even raw)
            with project.read() as conn:
                people = speaker_store.people_names(conn)
            spoken = name_words(name for _, names in people for name in names)
            redactor = self.redactor.redactor  # even raw: how the chapter names coders
            labels = kept_logins(
                self.coders(), order, redactor.coder, spoken, redactor.speakers.pseudonyms
            )
            self.logins_labelled = labelled_logins(labels)
        else:  # every file names each coder by her label (Kodare A)
            pseudonyms = self.redactor.redactor.speakers.pseudonyms
            labels = coder_labels(self.coders(), order, self.redactor.coder, pseudonyms)
        self.redactor = LabelledCoders(self.redactor, labels)
        transcripts = [
            project_api.turns(project, str(t.id)) for t in project_api.transcripts(project)
        ]
        self.layout = sources.Layout(transcripts, self.codings, self.redactor, raw)
        self.notes = Notes(
            self.codebook,
            self.catalogue,
            self.codings,
            self.links,
            self.memos,
            self.layout,
            self.redactor,
            self.reviews,
        )
        self.name = self.codebook.name if self.codebook else "qualkod"

    @staticmethod
    def _codebook(project: Project) -> tuple[Codebook | None, TheoryCatalogue | None]:
        try:
            return project_api.current_codebook(project)
        except QualkodError:
            return None, None

    def user(self, coder: str) -> str:
        """A coder's GUID, made from the name as shown: the pseudonym of a speaker's."""
        return qx.guid("user", self.redactor.coder(coder))

    def build(self):
        from lxml import etree

        root = etree.Element(f"{{{NS}}}Project", nsmap={None: NS})
        root.set("name", qx.xml_text(self.redactor.title(self.name)))
        root.set("origin", ORIGIN)
        self._users(root)
        self._codebook_element(root)
        sources.variables(root, self.layout)
        sources.cases(root, self.layout)
        sources.sources(
            root,
            self.layout,
            self.links,
            self.notes.refs,
            self.user,
            self.redactor,
            self.notes.descriptions,
        )
        self.notes.write(root, self.user)
        self.notes.write_sets(root)
        for note in self.notes.refs.get(PROJECT, ()):
            etree.SubElement(root, f"{{{NS}}}NoteRef").set("targetGUID", note)
        return root

    def coders(self) -> list[str]:
        names = {c.coder for c in self.codings} | {link.coder for link in self.links}
        names |= {m.coder for m in self.memos} | {r.coder for r in self.reviews}
        return sorted(n for n in names if n)

    def _users(self, root) -> None:
        from lxml import etree

        coders = self.coders()
        if not coders:
            return
        users = etree.SubElement(root, f"{{{NS}}}Users")
        shown = {self.user(c): self.redactor.coder(c) for c in coders}
        for guid, name in sorted(shown.items(), key=lambda item: (item[1], item[0])):
            element = etree.SubElement(users, f"{{{NS}}}User")
            element.set("guid", guid)
            element.set("name", qx.xml_text(name))

    def _outside_codes(self) -> list[tuple[str, str]]:
        known = {c.id for c in self.codebook.codes()} if self.codebook else set()
        return [(c, c) for c in sorted({c.code_id for c in self.codings} - known)]

    def _codebook_element(self, root) -> None:
        from lxml import etree

        outside = self._outside_codes()
        if self.codebook is None and not outside:
            return
        codes = etree.SubElement(etree.SubElement(root, f"{{{NS}}}CodeBook"), f"{{{NS}}}Codes")
        codebook = self.codebook or Codebook(id="qualkod", name="qualkod", version="", themes=())
        qx.add_codes(codes, NS, codebook, self.catalogue, note_refs=self.notes.refs, extra=outside)


def _zip(members: Iterable[tuple[str, bytes]]) -> bytes:
    """A zip with fixed times, modes and order: the same members give the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            archive.writestr(info, data)
    return buffer.getvalue()


def project_qde(
    project: Project,
    coders: Sequence[str] | None = None,
    raw_names: bool = False,
    out: Path | None = None,
    coder_names: bool = False,
) -> tuple[bytes, dict[str, str], QdpxResult]:
    """The ``project.qde`` XML, the source texts by GUID and a summary (see build_qdpx);
    ``out``, the file to be written, is refused when its name names someone."""
    builder = _Builder(project, coders, raw_names, out, coder_names)
    root = builder.build()
    files = {s.guid: s.text for s in builder.layout.sources}
    result = QdpxResult(
        sources=len(builder.layout.sources),
        codings=len(builder.codings),
        links=len(builder.links),
        notes=len(builder.notes.notes),
        coders=tuple(sorted({builder.redactor.coder(c) for c in builder.coders()})),
        decided=sum(
            1 for r in builder.reviews if (r.transcript_id, r.turn) in builder.layout.turns
        ),
        logins_labelled=builder.logins_labelled,
    )
    return qx.serialise(root), files, result


def build_qdpx(
    project: Project,
    coders: Sequence[str] | None = None,
    raw_names: bool = False,
    coder_names: bool = False,
) -> bytes:
    """The project as a REFI-QDA project file (``.qdpx``).

    Args:
        project: an open project.
        coders: only these coders' codings (default: everyone's).
        raw_names: speakers' real names and unredacted text (never for sharing).
        coder_names: name coders (``User`` names, and the GUIDs made of them) by their
            logins, but a login that reads as a speaker's name as in the chapter (the
            speaker's pseudonym, or its label); by default each is ``Kodare A``,
            ``Kodare B``, ... as in the chapter (see :mod:`qualkod.export.coder_names`).

    Returns:
        The zip: ``project.qde`` then ``Sources/<guid>.txt`` (UTF-8, no BOM, LF).

    Raises:
        ParameterError: when a coder in ``coders`` has no codings.
    """
    return _qdpx(project, coders, raw_names, coder_names=coder_names)[0]


def _qdpx(project, coders, raw_names, out=None, coder_names=False) -> tuple[bytes, QdpxResult]:
    qde, files, result = project_qde(project, coders, raw_names, out, coder_names)
    members = [("project.qde", qde)]
    members += [(f"Sources/{guid}.txt", files[guid].encode("utf-8")) for guid in sorted(files)]
    return _zip(members), result


def write_qdpx(
    project: Project,
    path: str | Path,
    coders: Sequence[str] | None = None,
    raw_names: bool = False,
    coder_names: bool = False,
) -> QdpxResult:
    """Write :func:`build_qdpx` to ``path`` atomically and say what it holds."""
    data, result = _qdpx(project, coders, raw_names, Path(path), coder_names)
    write_atomic(path, data)
    return result


def build_qdc(codebook: Codebook, catalogue: TheoryCatalogue | None = None) -> bytes:
    """The codebook (and the catalogue's concepts as their own branch) as a ``.qdc``.

    The codes have the same GUIDs as in a ``.qdpx`` of a project using this codebook.
    """
    from lxml import etree

    ns = qx.CODEBOOK_NS
    root = etree.Element(f"{{{ns}}}CodeBook", nsmap={None: ns})
    root.set("origin", ORIGIN)
    codes = etree.SubElement(root, f"{{{ns}}}Codes")
    qx.add_codes(codes, ns, codebook, catalogue)
    if len(codes) == 0:
        raise QualkodError(f"codebook {codebook.id}: no codes to export")
    return qx.serialise(root)


def write_qdc(codebook: Codebook, catalogue: TheoryCatalogue | None, path: str | Path) -> None:
    """Write :func:`build_qdc` to ``path`` atomically."""
    write_atomic(path, build_qdc(codebook, catalogue))
