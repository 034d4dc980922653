"""The chapter's fixed sentences in Swedish and English, filled in from the project's data.

Each sentence is a template per language (:data:`TEXTS`, in
:mod:`qualkod.export.chapter_phrases`); the data (counts, names, versions, agreement
figures, citations) comes from the :class:`~qualkod.analysis.Material`. Nothing here
interprets: the interpretation in the chapter is the analyst's memos. The sentences
follow the academic conventions of the language: numbers under ten in words in running
text, singular and plural that agree, quotation marks ``”…”`` (``“…”`` in English),
and quotes cited by pseudonym and time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from qualkod.analysis import AgreementReport
from qualkod.analysis.material import Material
from qualkod.codebook_models import cited_authors
from qualkod.export.chapter_phrases import TEXTS
from qualkod.models import Reference, Role
from qualkod.redaction.coder_labels import LABEL, is_label

SHORT_QUOTE = 40
"""Quotes of fewer words run in the text with quotation marks; longer ones are blocks."""


@dataclass(frozen=True)
class Quote:
    """A coded quote as the chapter shows it: redacted, with its source and its links."""

    coding_id: int
    theme: str
    """Theme id."""
    code: str
    """Code id (the theme's own id when coded on the theme)."""
    speaker: str
    """Pseudonym."""
    transcript_id: int
    transcript: str
    """The transcript's redacted title."""
    turn: int
    start: str
    """The turn's start time, ``00:02:16``; empty when untimed."""
    text: str
    """The coded words, redacted."""
    featured: bool
    links: tuple[tuple[str, str], ...]
    """(concept id, redacted link memo) for each link, in catalogue order."""
    passage: tuple
    """``Material.passage`` of its coding: quotes with the same one are one quote (the
    chapter takes one coder per interview, so the same words count once)."""
    named: bool = False
    """Whether a citation must name the transcript (the speaker is in several)."""

    @property
    def short(self) -> bool:
        return len(self.text.split()) < SHORT_QUOTE

    def source(self) -> str:
        """Who said the words, where and when: ``IP 1, Intervju 1, 00:02:16`` (the form
        every citation in the chapter takes, :func:`cite`)."""
        return ", ".join(part for part in (self.speaker, self.transcript, self.start) if part)

    def memos(self, concept: str) -> list[str]:
        return [memo for concept_id, memo in self.links if concept_id == concept and memo]


def join(items: Sequence[str], lang: str) -> str:
    """``a, b och c`` (``a, b and c``)."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {TEXTS[lang]['and']} " + items[-1]


def number(value: float, lang: str, digits: int = 2) -> str:
    """A decimal number as the language writes it (Swedish: decimal comma)."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "sv" else text


def whole(value: int, lang: str) -> str:
    """A whole number in digits: Swedish groups the thousands from four digits with a
    no-break space, as Språkrådet recommends (``3 068``, ``12 400``); English with a
    comma (``3,068``)."""
    if lang != "sv":
        return f"{value:,}"
    return f"{value:,}".replace(",", "\u00a0")


def spelled(value: int, lang: str, *, neuter: bool = False) -> str:
    """A whole number in running text: in words up to twelve, else in digits."""
    texts = TEXTS[lang]
    if value == 1 and neuter:
        return texts["neuter_one"]
    return texts["numbers"][value] if 0 <= value < len(texts["numbers"]) else whole(value, lang)


def count(value: int, noun: str, lang: str) -> str:
    """``två intervjuer``, ``ett citat``, ``36 repliker``: number and noun that agree."""
    singular, plural, neuter = TEXTS[lang]["nouns"][noun]
    return f"{spelled(value, lang, neuter=neuter)} {singular if value == 1 else plural}"


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def coder_shown(material: Material, lang: str) -> Callable[[str], str]:
    """How the chapter names a coder: a speaker's pseudonym when the coder is one
    (``Intervjuare 1``), else the coder's label by the order the project's coders first
    coded in (``Kodare A``, ``Coder A`` in English; see
    :func:`~qualkod.redaction.coder_labels.coder_label`), never a login such as
    ``kodare1`` or ``eva``. A coder already named by a label (a study exported with
    neutral coder names, see :mod:`qualkod.export.coder_names`) keeps it."""
    word = TEXTS[lang]["coder_label"]
    labels = material.coder_labels()

    def shown(name: str) -> str:
        label = labels.get(name) or material.labelled(name)
        return word + label.removeprefix(LABEL) if is_label(label) else label

    return shown


def coders_shown(names: Sequence[str], shown: Callable[[str], str]) -> list[str]:
    """The coders as the chapter names them, each once, in label order (A before B)."""
    return sorted(dict.fromkeys(shown(n) for n in names), key=speaker_key)


def running(name: str, lang: str) -> str:
    """A theme's or concept's name inside a Swedish sentence, in lower case as Swedish
    writes it (``… samverkan och situationsanpassning``); a name opening with an acronym
    (``SIP-samordning``) keeps it. English keeps the name as written."""
    if lang != "sv" or name[1:2].isupper():
        return name
    return name[:1].lower() + name[1:]


def are(value: int, lang: str) -> str:
    """The English verb that agrees with a count (Swedish verbs do not inflect)."""
    return ("is" if value == 1 else "are") if lang == "en" else ""


def speaker_key(speaker: str) -> tuple:
    """IP 2 before IP 10."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", speaker))


def cite(quotes: Sequence[Quote]) -> str:
    """``IP 1, Intervju 1, 00:02:16, 00:03:10; IP 3, Fokusgrupp 1, 00:12:20``: the quotes
    by pseudonym, interview and time, as a quote's own source is (:meth:`Quote.source`)."""
    groups: dict[tuple[str, str], list[str]] = {}
    for quote in quotes:
        times = groups.setdefault((quote.speaker, quote.transcript), [])
        if quote.start and quote.start not in times:
            times.append(quote.start)
    return "; ".join(
        ", ".join(part for part in (speaker, place, *groups[(speaker, place)]) if part)
        for speaker, place in sorted(groups, key=lambda k: (speaker_key(k[0]), k[1]))
    )


def with_citation(text: str, citation: str) -> str:
    """A memo with the citation before its last full stop: ``… öppnar sig (IP 2, 00:05:10).``;
    a memo written without one gets one after the citation, so the next sentence does not
    run on (``… ger trygghet (IP 1, Intervju 1). Även …``)."""
    text = text.strip()
    if text.endswith(".") and not text.endswith(".."):
        return f"{text[:-1]} ({citation})."
    if not text.endswith((".", "!", "?", "…", ":", ";")):
        return f"{text} ({citation})."
    return f"{text} ({citation})"


def inline(quote: Quote, lang: str) -> str:
    """``”Vi får ofta ringa” (IP 1, Intervju 1, 00:00:06)``: a short quote in running text; the
    quote's own full stop moves after the source."""
    opening, closing = TEXTS[lang]["marks"]
    text = quote.text.strip()
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    source = quote.source()
    return f"{opening}{text}{closing}" + (f" ({source})" if source else "")


def citation_of(reference: Reference) -> str:
    """The in-text citation of a reference-list entry: ``Braun & Clarke, 2006``."""
    text = reference.plain
    found = re.match(r"(?P<authors>.+?)\s*\((?P<year>\d{4}[a-z]?)\)", text)
    if found is None:
        return text.split(".")[0]
    return f"{cited_authors(found['authors'])}, {found['year']}"


def narrative(citation: str) -> str:
    """``Tyrstrup (2014)`` from ``Tyrstrup, 2014``."""
    who, _, year = citation.rpartition(", ")
    return f"{who} ({year})" if who else citation


def all_themes(n: int, lang: str) -> str:
    """``de tre temana`` (``the three themes``)."""
    one, two, many = TEXTS[lang]["all_themes"]
    return one if n == 1 else two if n == 2 else many.format(n=spelled(n, lang))


def of_themes(k: int, n: int, lang: str) -> str:
    """``två av de tre temana``, ``alla tre temana``, ``temat``."""
    texts = TEXTS[lang]
    if n == 1:
        return texts["one_theme"]
    if k == n:
        return texts["both_themes"] if n == 2 else texts["of_themes"][2].format(n=spelled(n, lang))
    if k == 1:
        return texts["of_themes"][0].format(n=spelled(n, lang))
    return texts["of_themes"][1].format(k=spelled(k, lang), n=spelled(n, lang))


class LeadIns:
    """Varied lead-ins: each template in turn, never the same sentence twice running."""

    def __init__(self, lang: str) -> None:
        self.texts = TEXTS[lang]
        self.turns: dict[str, int] = {}
        self.said: list[str] = []

    def pick(self, kind: str, **values: str) -> str:
        options = self.texts[kind]
        start = self.turns.get(kind, 0)
        for step in range(len(options)):
            sentence = options[(start + step) % len(options)].format(**values)
            if not self.said or self.said[-1] != sentence.strip():
                break
        self.turns[kind] = start + step + 1
        self.said.append(sentence.strip())
        return sentence


def introduction(
    material: Material,
    lang: str,
    *,
    method: Sequence[str],
    theory: Sequence[str],
    linking: tuple[int, int, int, int] | None,
    suggestions: tuple[int, int, int],
) -> list[str]:
    """The material-and-method paragraphs (the agreement comes after them).

    Args:
        method: citations of the method's references (``Braun & Clarke, 2006``).
        theory: citations of the theory's references.
        linking: links, linked quotes, concepts linked to and quotes in all; None without
            a catalogue.
        suggestions: suggestions accepted into the material's codings, rejected, and the
            codings read from a codings file (how those were made is not known).
    """
    texts = TEXTS[lang]
    summaries = list(material.transcripts.values())
    speakers = _interviewees(material)
    groups = sum(len(found) > 1 for found in speakers.values())
    kinds = [
        count(n, kind, lang)
        for n, kind in ((len(summaries) - groups, "individual"), (groups, "group"))
        if n
    ]
    teams = all(s.source_format.startswith("teams") for s in summaries)
    everyone = sorted({p for found in speakers.values() for p in found}, key=speaker_key)
    participants = count(len(everyone), "interviewee", lang)
    if len(summaries) == 1:
        opening = texts["material_group" if groups else "material_one"]
    else:
        opening = texts["material"]
    first = (
        opening.format(
            interviews=count(len(summaries), "interview", lang),
            participants=participants,
            kinds=join(kinds, lang),
        )
        + texts["teams" if teams else "transcribed"][len(summaries) != 1]
        + _pseudonyms_sentence(texts, len(summaries), everyone, lang)
        + texts["redacted"]
    )
    codebook = material.codebook
    opening_mark, closing_mark = texts["marks"]
    second = texts["coding"][len(summaries) != 1].format(
        cite=f" ({'; '.join(method)})" if method else "",
        codebook=f"{opening_mark}{codebook.name}{closing_mark}",
        version=codebook.version,
        themes=count(len(codebook.themes), "theme", lang),
        names=join([running(t.name, lang) for t in codebook.themes], lang),
        coders=join(
            coders_shown(
                material.coders or sorted({c.coder for c in material.codings}),
                coder_shown(material, lang),
            ),
            lang,
        ),
    )
    if linking is not None and theory:
        links, linked, concepts, total = linking
        share = texts["linked_share"][0 if total == 1 else 1 if linked == total else 2]
        second += " " + (
            texts["linking"][total != 1].format(
                cite="; ".join(theory),
                linked=share.format(
                    total=spelled(total, lang, neuter=True),
                    linked=spelled(linked, lang, neuter=True),
                ),
                were="was" if linked == 1 else "were",
                concepts=count(concepts, "concept", lang),
                links=texts["links_in_all"].format(links=count(links, "link", lang))
                if links != linked
                else "",
            )
            if links
            else texts["no_links"].format(cite="; ".join(theory))
        )
    accepted, rejected, from_file = suggestions
    manual = len(material.codings) - accepted - from_file
    if accepted or rejected:
        second += " " + texts["suggested"].format(
            accepted=tally(accepted, "suggestion", lang),
            rejected=tally(rejected, "suggestion", lang, noun_shown=False),
            manual=tally(manual, "coding", lang),
        )
    elif manual and not from_file:
        second += " " + texts["unsuggested"].format(manual=tally(manual, "coding", lang))
    elif manual:  # "no suggestions were used" cannot be said of a codings file's
        second += " " + capital(texts["by_hand"].format(manual=tally(manual, "coding", lang)))
    if from_file:
        second += " " + capital(
            texts["imported"].format(
                imported=tally(from_file, "coding", lang),
                pronoun=texts["imported_pronoun"][from_file != 1],
            )
        )
    return [first, second]


def tally(value: int, noun: str, lang: str, *, noun_shown: bool = True) -> str:
    """A count as a clause's subject: ``12 förslag`` / ``12 suggestions were``,
    ``inga`` / ``none were`` (with ``noun_shown=False``)."""
    if noun_shown:
        text = count(value, noun, lang)
    elif value == 0:
        text = "inga" if lang == "sv" else "none"
    else:
        text = spelled(value, lang, neuter=TEXTS[lang]["nouns"][noun][2])
    if lang == "en":
        text += " was" if value == 1 else " were"
    return text


def _interviewees(material: Material) -> dict[int, set[str]]:
    """The interviewees' pseudonyms per transcript of the material."""
    speakers: dict[int, set[str]] = {}
    for (tid, _), turn in material.turns.items():
        if tid in material.transcripts and turn.speaker.role is Role.INTERVIEWEE:
            speakers.setdefault(tid, set()).add(turn.speaker.pseudonym)
    return speakers


def limitations(
    material: Material,
    agreement: AgreementReport | None,
    max_quotes: int,
    lang: str,
    *,
    all_shown: bool = False,
) -> str:
    """What the material, the coding and the choice of quotes allow one to claim."""
    texts = TEXTS[lang]
    interviewees = len(set().union(*_interviewees(material).values()))
    sentences = [
        texts["limits_material"].format(
            interviews=count(len(material.transcripts), "interview", lang),
            interviewees=count(interviewees, "interviewee", lang),
            whose=texts["limits_whose"][interviewees != 1],
        )
    ]
    # The links are named only where there are any: none were made, so none were tested.
    and_links = texts["limits_and_links"] if any(material.links.values()) else ""
    if agreement is None:
        were = "were" if and_links else "was"
        sentences.append(texts["limits_one_coder"].format(and_links=and_links, were=were))
    else:
        tested, total = len(agreement.transcripts), len(material.transcripts)
        kind = "some" if tested < total else {1: "one", 2: "both"}.get(total, "all")
        where = texts["limits_where"][kind].format(
            tested=spelled(tested, lang), interviews=count(total, "interview", lang)
        )
        sentences.append(texts["limits_agreement"].format(where=where, and_links=and_links))
    most = spelled(max_quotes, lang, neuter=True)  # "högst ett" (citat)
    if all_shown:  # no theme had more quotes than the chapter shows
        sentences.append(texts["limits_all_shown"])
    else:
        sentences.append(texts["limits_selection"].format(most=most))
    return " ".join(sentences)


def themes_summary(
    material: Material, quotes: dict[str, list[Quote]], lang: str, *, table: int, figure: int
) -> str:
    """``Analysen resulterade i tre teman: A (26 citat), B (45 citat) och C (18 citat).``,
    then which table and figure (numbers ``table`` and ``figure``) show them."""
    texts = TEXTS[lang]
    themes = material.codebook.themes
    counts = [
        texts["theme_quotes"].format(
            name=running(t.name, lang), quotes=count(len(quotes.get(t.id, [])), "quote", lang)
        )
        for t in themes
    ]
    one = len(material.transcripts) == 1
    return texts["themes_summary_one" if one else "themes_summary"].format(
        themes=count(len(themes), "theme", lang),
        counts=join(counts, lang),
        table=table,
        figure=figure,
    )


def references(material: Material, lang: str, measures: Sequence[str] = ()) -> list[Reference]:
    """The reference list: the codebook's and the catalogue's works, each once, sorted;
    a concept's source that none of them is gets an entry of its own (it is cited), and
    so does the work behind each agreement measure in ``measures`` (``kappa``, ``alpha``)
    that the codebook does not list."""
    found: dict[str, Reference] = {}
    works = list(material.codebook.references)
    works += list(material.catalogue.references) if material.catalogue else []
    for reference in works:
        found.setdefault(reference.id, reference)
    for measure in measures:
        work = Reference(measure, TEXTS[lang]["measure_works"][measure])
        author_year = work.plain.partition(")")[0]  # 'Cohen, J. (1960'
        if not any(r.plain.startswith(author_year) for r in found.values()):
            found.setdefault(work.id, work)
    listed = list(found.values())
    for concept in material.catalogue.concepts if material.catalogue else ():
        if not any(concept.source.listed_as(r) for r in listed):
            work = concept.source.reference()
            found.setdefault(work.id, work)
    return sorted(found.values(), key=lambda r: r.plain)


_NUMBERED = re.compile(r"IP \d+")
"""A pseudonym qualkod gives (``IP 7``); one set by hand is any other."""


def _pseudonyms_sentence(texts: dict, transcripts: int, everyone: list[str], lang: str) -> str:
    """How the interviewees are called: ``IP 1, IP 2 och så vidare`` when every pseudonym
    is qualkod's own, else the pseudonyms used, named (``Socionom W och IP 7``)."""
    form = _pseudonyms_form(transcripts, len(everyone))
    if form and not all(_NUMBERED.fullmatch(p) for p in everyone):
        return texts["pseudonyms_named"][form - 1].format(pseudonyms=join(everyone, lang))
    return texts["pseudonyms"][form].format(pseudonym="".join(everyone[:1]))


def _pseudonyms_form(transcripts: int, interviewees: int) -> int:
    """Which of the pseudonym sentences: one interviewee; several in several transcripts;
    several in one transcript (a focus group: ``Transkriptet``, ``intervjupersonerna``)."""
    if interviewees == 1:
        return 0
    return 2 if transcripts == 1 else 1
