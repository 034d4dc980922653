"""Links from coded quotes to concepts of the theory: decisions, one transaction each.

A link says that one coding's quote illustrates one concept of the project's theory
catalogue, with a memo saying why. The codebook's code -> concept links say which
concepts a code is *about*; a link says which quote *shows* which concept, so that the
chapter can discuss each concept with its own quotes.

Proposed links (:func:`link_suggestions`) come from the concepts' ``cues`` in the
catalogue found in a quote (matched on lemmas with spaCy's ``PhraseMatcher``), weighted
up when the codebook links the coding's code to the concept; they are never stored as
links until the coder adds them, and a rejected proposal is not proposed again.
"""

from __future__ import annotations

from dataclasses import dataclass

from qualkod import project as project_api
from qualkod.coding.coder import OTHERS, check_coder, shown_coder
from qualkod.coding.decisions import CodingError, CodingParameterError, live_coding
from qualkod.coding.memo_text import one_paragraph
from qualkod.errors import NotFoundError
from qualkod.models import Codebook, Link, TheoryCatalogue
from qualkod.store import Project
from qualkod.store import codings as coding_store
from qualkod.store import links as store


def _catalogue(project: Project) -> tuple[Codebook, TheoryCatalogue]:
    codebook, catalogue = project_api.current_codebook(project)
    if catalogue is None:
        raise CodingError(
            f"codebook {codebook.id} has no theory catalogue; name one under "
            "codebook.theory or use 'qualkod codebook use FILE --theory CATALOGUE'"
        )
    return codebook, catalogue


def check_concept(catalogue: TheoryCatalogue, concept_id: str) -> None:
    """Raise a one-line error listing the catalogue's concepts when ``concept_id`` is not
    one: ``concept='x': ...`` to a Python caller, ``concept 'x': ...`` on the command line
    (an argument of ``link add``)."""
    if catalogue.concept(concept_id) is None:
        known = ", ".join(c.id for c in catalogue.concepts)
        raise CodingParameterError(
            "concept",
            concept_id,
            f"not in the theory catalogue {catalogue.id}; concepts: {known}",
            quoted=True,
            argument=True,
        )


def _live_link(conn, link_id: int) -> Link:
    """A link as ``links`` lists it: linked, on a coding not removed."""
    link = store.get_link(conn, link_id)
    if link is None or link.status != "linked":
        raise NotFoundError(f"link {link_id}: no such link; list them with 'qualkod links'")
    coding = coding_store.get_coding(conn, link.coding_id)
    if coding is None or coding.deleted:
        raise CodingError(
            f"link {link_id}: its coding {link.coding_id} was removed, so the link is out of "
            "use; 'qualkod undo' brings the coding back with its links"
        )
    return link


def add_link(
    project: Project,
    coding_id: int,
    concept_id: str,
    coder: str,
    *,
    memo: str = "",
    others: bool = False,
) -> Link:
    """Link a coding's quote to a concept (replacing a rejection of the same proposal).

    A link is part of the coding's analysis: on another coder's coding only with
    ``others`` (``--force``), as for a memo on it; exports by coder take a coding's links
    with it.

    Raises:
        NotFoundError: when the coding does not exist.
        ParameterError: (a ``CodingError``) when the concept is not in the catalogue.
        CodingError: when the link exists, or the coding is another coder's and
            ``others`` is not set.
    """
    check_coder(coder, "coder")
    _, catalogue = _catalogue(project)
    check_concept(catalogue, concept_id)
    memo = one_paragraph(memo)
    with project.write() as conn:
        coding = live_coding(conn, coding_id)  # said as 'memo add --coding' says it
        _refuse_anothers_coding(conn, coding, coder, others, "linking it")
        existing = store.find_link(conn, coding_id, concept_id)
        if existing is not None and existing.status == "linked":
            raise CodingError(
                f"coding {coding_id} is already linked to {concept_id} (link {existing.id})"
            )
        return store.link_coding(conn, coding_id, concept_id, coder, memo=memo)


def reject_link(
    project: Project, coding_id: int, concept_id: str, coder: str, *, others: bool = False
) -> Link:
    """Turn down a proposed link, so that it is not proposed again (on another coder's
    coding only with ``others``, as :func:`add_link`).

    Raises:
        NotFoundError: when the coding does not exist.
        ParameterError: (a ``CodingError``) when the concept is not in the catalogue.
        CodingError: when the quote is linked to the concept or the proposal rejected
            already, or the coding is another coder's.
    """
    check_coder(coder, "coder")
    _, catalogue = _catalogue(project)
    check_concept(catalogue, concept_id)
    with project.write() as conn:
        coding = live_coding(conn, coding_id)  # said as 'memo add --coding' says it
        _refuse_anothers_coding(conn, coding, coder, others, "rejecting a link of it")
        existing = store.find_link(conn, coding_id, concept_id)
        if existing is not None:
            what = "linked to it" if existing.status == "linked" else "rejected already"
            raise CodingError(
                f"coding {coding_id} and {concept_id}: {what} (link {existing.id}); "
                "'qualkod link remove' removes a link"
            )
        link_id = store.insert_link(
            conn,
            {
                "coding_id": coding_id,
                "concept_id": concept_id,
                "memo": "",
                "coder": coder,
                "created_at": coding_store.now(),
                "status": "rejected",
                "deleted": False,
            },
        )
        link = store.get_link(conn, link_id)
        coding_store.add_event(conn, coder, "reject-link", after=store.link_state(link))
    return link


def _refuse_anothers_coding(conn, coding, coder: str, others: bool, doing: str) -> None:
    if others or coding.coder == coder:
        return
    theirs = shown_coder(conn, coding.coder)
    raise CodingError(
        f"coding {coding.id} is {theirs}'s, not {coder}'s: {doing} changes {theirs}'s "
        "analysis; add --force to do it anyway",
        in_python=OTHERS,
    )


def remove_link(project: Project, link_id: int, coder: str, *, others: bool = False) -> Link:
    """Remove a link (it stays in the audit trail; ``qualkod undo`` brings it back).

    Raises:
        NotFoundError: when there is no such link.
        CodingError: when the link is another coder's and ``others`` is not set.
    """
    check_coder(coder, "coder")
    with project.write() as conn:
        link = _live_link(conn, link_id)
        _refuse_anothers(conn, link, coder, others, "removing")
        store.update_link(conn, link_id, deleted=True)
        coding_store.add_event(conn, coder, "unlink", before=store.link_state(link))
    return link


def set_link_memo(
    project: Project, link_id: int, memo: str, coder: str, *, others: bool = False
) -> Link:
    """Write (or replace) a link's memo.

    Raises:
        NotFoundError: when there is no such link.
        CodingError: when the link is another coder's and ``others`` is not set.
    """
    check_coder(coder, "coder")
    memo = one_paragraph(memo)
    with project.write() as conn:
        link = _live_link(conn, link_id)
        _refuse_anothers(conn, link, coder, others, "changing its memo")
        return store.write_memo(conn, link, memo, coder)


def _refuse_anothers(conn, link: Link, coder: str, others: bool, doing: str) -> None:
    if not others and link.coder != coder:
        theirs = shown_coder(conn, link.coder)
        raise CodingError(
            f"link {link.id} is {theirs}'s, not {coder}'s: {doing} changes {theirs}'s "
            "chapter; add --force to do it anyway",
            in_python=OTHERS,
        )


def links(
    project: Project,
    *,
    concept: str | None = None,
    coding_id: int | None = None,
    status: str | None = "linked",
) -> list[Link]:
    """Live links (of one concept or coding), in the order they were made.

    Raises:
        ParameterError: (a ``CodingError``) when ``concept`` is not in the catalogue.
    """
    if concept is not None:
        check_concept(_catalogue(project)[1], concept)
    with project.read() as conn:
        found = store.list_links(conn, status=status, coding_id=coding_id)
    return [link for link in found if concept is None or link.concept_id == concept]


@dataclass(frozen=True)
class LinkSuggestion:
    """A proposed link with its evidence."""

    coding_id: int
    concept_id: str
    score: float
    """0.5 per cue found (at most 1.0), plus 0.5 when the codebook links the code to the
    concept; at most 1.5."""
    cues: tuple[str, ...]
    """The cues found in the quote."""
    in_codebook: bool
    """Whether the codebook links the coding's code (or its theme) to the concept."""


def link_suggestions(project: Project, *, coder: str | None = None) -> list[LinkSuggestion]:
    """Proposed links for live codings (of one coder): a concept whose cues are in the
    quote, strongest first; never one already linked or rejected."""
    codebook, catalogue = _catalogue(project)
    with project.read() as conn:
        coded = coding_store.list_codings(conn, coder=coder)
        decided = {(k.coding_id, k.concept_id) for k in store.list_links(conn, status=None)}
    found = _cue_matches(catalogue, [c.quote for c in coded])
    proposals = []
    for coding, matches in zip(coded, found, strict=True):
        code, theme = codebook.code(coding.code_id), codebook.theme_of(coding.code_id)
        linked = set(code.concepts if code else ()) | set(theme.concepts if theme else ())
        for concept_id, cues in matches.items():
            if (coding.id, concept_id) in decided:
                continue
            in_codebook = concept_id in linked
            score = min(1.0, 0.5 * len(cues)) + 0.5 * in_codebook
            proposals.append(LinkSuggestion(coding.id, concept_id, score, cues, in_codebook))
    proposals.sort(key=lambda p: (-p.score, p.coding_id, p.concept_id))
    return proposals


def _cue_matches(catalogue: TheoryCatalogue, texts: list[str]) -> list[dict[str, tuple]]:
    """Per text: concept id -> the cues found, matched on lemmas."""
    from spacy.matcher import PhraseMatcher

    from qualkod.nlp import get_nlp

    nlp = get_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
    names: dict[str, tuple[str, str]] = {}
    for concept in catalogue.concepts:
        for number, cue in enumerate(concept.cues):
            key = f"{concept.id}#{number}"
            names[key] = (concept.id, cue)
            matcher.add(key, [nlp(cue)])
    found: list[dict[str, tuple]] = []
    for doc in nlp.pipe(texts, batch_size=64):
        matches: dict[str, list[str]] = {}
        for match_id, _, _ in matcher(doc):
            concept_id, cue = names[nlp.vocab.strings[match_id]]
            if cue not in matches.setdefault(concept_id, []):
                matches[concept_id].append(cue)
        found.append({concept: tuple(cues) for concept, cues in matches.items()})
    return found
