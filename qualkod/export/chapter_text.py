"""The chapter's fixed sentences in Swedish and English, filled in from the project's data.

Each sentence is a template per language; the data (counts, names, versions, agreement
figures, citations) comes from the :class:`~qualkod.analysis.Material`. Nothing here
interprets: the interpretation in the chapter is the analyst's memos. The sentences
follow the academic conventions of the language: numbers under ten in words in running
text, singular and plural that agree, quotation marks ``”…”`` (``“…”`` in English),
and quotes cited by pseudonym and time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qualkod.analysis import AgreementReport
from qualkod.analysis.tables import Material
from qualkod.models import Reference, Role

TEXTS = {
    "sv": {
        "title": "Intervjuanalys",
        "intro_title": "Material och metod",
        "concepts_title": "Citaten och begreppen",
        "summary_title": "Sammanfattande analys",
        "discussion_title": "Diskussion",
        "appendix_title": "Bilaga: Citat per tema",
        "references_title": "Referenser",
        "and": "och",
        "marks": ("\u201d", "\u201d"),
        "material": "Materialet består av {interviews} med sammanlagt {participants}: {kinds}.",
        "teams": " Intervjuerna genomfördes via Microsoft Teams och transkriberades.",
        "transcribed": " Intervjuerna transkriberades.",
        "pseudonyms": " Transkripten har pseudonymiserats: intervjupersonerna benämns IP 1, "
        "IP 2 och så vidare. I citaten har intervjudeltagarnas namn ersatts med deras pseudonym "
        "inom hakparentes, andra personers namn med [person] och personnummer, "
        "telefonnummer, e-post- och gatuadresser med motsvarande markering.",
        "coding": "Transkripten analyserades med tematisk analys{cite} mot kodboken {codebook} "
        "(version {version}) med {themes}: {names}. Kodningen gjordes av {coders}.",
        "linking": "Därefter kopplades citaten ett och ett till teoretiska begrepp ({cite}): "
        "{links} av {quotes} till {concepts}.",
        "no_links": "Inga citat har kopplats till teoretiska begrepp ({cite}).",
        "suggested": "Kodningen stöddes av automatiska kodförslag: {accepted} godtogs, "
        "{rejected} avvisades och {manual} gjordes utan förslag.",
        "unsuggested": "Inga automatiska kodförslag användes: {manual} gjordes utan förslag.",
        "agreement": "Samstämmigheten mellan kodarna ({coders}) prövades på {turns} av "
        "intervjupersoner i {interviews}: för varje replik och tema jämfördes om kodarna "
        "hade använt temat. Sammanvägt över {all_themes} var {figures}. Tabell {table} visar "
        "värdena per tema och antalet repliker där kodarna bedömde olika.",
        "all_themes": ("temat", "båda temana", "de {n} temana"),
        "percent": "överensstämmelsen {value} procent",
        "kappa": "Cohens kappa {value}",
        "alpha": "Krippendorffs alfa {value}",
        "agreement_caption": "Tabell {n}. Samstämmighet mellan kodarna per tema och "
        "sammanvägt: överensstämmelse, Cohens kappa, Krippendorffs alfa och antal repliker "
        "där kodarna bedömde olika.",
        "agreement_header": ["Tema", "Överensstämmelse", "Kappa", "Alfa", "Olika"],
        "pooled": "Sammanvägt",
        "theme_count": "Temat omfattar {quotes} från {interviewees}.",
        "code_count": (
            "Koden omfattar {quotes} från {interviewees}.",
            "Under koden finns {quotes} från {interviewees}.",
            "Koden har använts för {quotes} från {interviewees}.",
        ),
        "some_shown": "Av dem återges {shown} nedan.",
        "none_shown": ("Citatet finns i bilagan.", "Citaten finns i bilagan."),
        "lead_block": (
            "{speaker} beskriver det så här:",
            "{speaker} berättar:",
            "Så här säger {speaker}:",
            "{speaker} uttrycker det så här:",
            "{speaker} säger:",
        ),
        "lead_inline": (
            "{speaker} säger: ",
            "Som {speaker} uttrycker det: ",
            "{speaker} berättar: ",
            "{speaker} beskriver det så här: ",
        ),
        "lead_later": ("Senare i intervjun:", "Längre fram:", "Och senare:"),
        "lead_same_turn": ("I samma replik:", "Och vidare i samma replik:"),
        "concepts_intro": "Citaten i temat har kopplats till {concepts}: {names}.",
        "linked": "Till begreppet kopplas {quotes} från {interviewees}.",
        "linked_cited": "Till begreppet kopplas {quotes} från {interviewees} ({cite}).",
        "also_linked": "Även {quotes} ({cite}) kopplas till begreppet.",
        "discussion_intro": "Avsnittet relaterar temana till de begrepp ur {cite} som citaten "
        "har kopplats till, ett begrepp i taget. Tabell {table} visar hur många citat i "
        "varje tema som har kopplats till varje begrepp.",
        "discussion_none": "Inga citat har kopplats till begreppen ur {cite}.",
        "unlinked": " Inga citat har kopplats till {names}, som kodboken knyter till temana.",
        "concept_overview": "{name} belyses av {quotes} från {interviewees} i {themes}.",
        "of_themes": ("ett av de {n} temana", "{k} av de {n} temana", "alla {n} temana"),
        "one_theme": "temat",
        "both_themes": "båda temana",
        "theme_linked": "Till begreppet kopplas {quotes} från {interviewees} i temat ({cite}).",
        "matrix_caption": "Tabell {n}. Citat kopplade till begreppen per tema: antal citat "
        "(antal intervjupersoner).",
        "matrix_first": "Begrepp",
        "total": "Totalt",
        "themes_summary": "Analysen resulterade i {themes}: {counts}.",
        "theme_quotes": "{name} ({quotes})",
        "summary_caption": "Tabell {n}. Teman med antal citat, intervjupersoner och citat "
        "kopplade till begrepp.",
        "summary_header": ["Tema", "Citat", "Intervjupersoner", "Kopplade citat"],
        "figure": "Figur {n}. Kodade citat per tema och intervju.",
        "chart": "Kodade citat per tema och intervju",
        "appendix_header": ["Kod", "Talare", "Intervju", "Tid", "Citat", "Begrepp"],
        "numbers": ("inga", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"),
        "neuter_one": "ett",
        "nouns": {
            "interview": ("intervju", "intervjuer", False),
            "interviewee": ("intervjuperson", "intervjupersoner", False),
            "individual": ("individuell intervju", "individuella intervjuer", False),
            "group": ("fokusgruppsintervju", "fokusgruppsintervjuer", False),
            "theme": ("tema", "teman", True),
            "quote": ("citat", "citat", True),
            "turn": ("replik", "repliker", False),
            "coding": ("kodning", "kodningar", False),
            "suggestion": ("förslag", "förslag", True),
            "link": ("koppling", "kopplingar", False),
            "concept": ("begrepp", "begrepp", True),
        },
        "the_quote": ("citatet", "citaten"),
    },
    "en": {
        "title": "Interview analysis",
        "intro_title": "Material and method",
        "concepts_title": "The quotes and the concepts",
        "summary_title": "Summary of the analysis",
        "discussion_title": "Discussion",
        "appendix_title": "Appendix: Quotes by theme",
        "references_title": "References",
        "and": "and",
        "marks": ("\u201c", "\u201d"),
        "material": "The material consists of {interviews} with {participants} in all: {kinds}.",
        "teams": " The interviews were held over Microsoft Teams and transcribed.",
        "transcribed": " The interviews were transcribed.",
        "pseudonyms": " The transcripts are pseudonymised: interviewees are called IP 1, IP 2 "
        "and so on. In the quotes, participants' names are replaced by their pseudonym in "
        "brackets, other people's names by [person], and personal identity numbers, phone "
        "numbers, e-mail and street addresses by a corresponding marker.",
        "coding": "The transcripts were analysed by thematic analysis{cite} against the "
        "codebook {codebook} (version {version}) with {themes}: {names}. The coding was done "
        "by {coders}.",
        "linking": "The quotes were then linked, one by one, to theoretical concepts ({cite}): "
        "{links} for {quotes} to {concepts}.",
        "no_links": "No quote is linked to a theoretical concept ({cite}).",
        "suggested": "Automatic code suggestions supported the coding: {accepted} accepted, "
        "{rejected} rejected, and {manual} made without a suggestion.",
        "unsuggested": "No automatic code suggestions were used: {manual} made without a "
        "suggestion.",
        "agreement": "Agreement between the coders ({coders}) was tested on {turns} by "
        "interviewees in {interviews}: for each turn and theme, the coders' decisions on "
        "whether the theme applied were compared. Pooled over {all_themes}, {figures}. "
        "Table {table} gives the figures per theme and the number of turns on which the "
        "coders decided differently.",
        "all_themes": ("the theme", "both themes", "the {n} themes"),
        "percent": "agreement was {value} per cent",
        "kappa": "Cohen's kappa {value}",
        "alpha": "Krippendorff's alpha {value}",
        "agreement_caption": "Table {n}. Agreement between the coders per theme and pooled: "
        "per cent agreement, Cohen's kappa, Krippendorff's alpha and the number of turns on "
        "which the coders decided differently.",
        "agreement_header": ["Theme", "Agreement", "Kappa", "Alpha", "Differing"],
        "pooled": "Pooled",
        "theme_count": "The theme covers {quotes} from {interviewees}.",
        "code_count": (
            "The code covers {quotes} from {interviewees}.",
            "Under this code there are {quotes} from {interviewees}.",
            "The code was applied to {quotes} from {interviewees}.",
        ),
        "some_shown": "Of these, {shown} {are} quoted below.",
        "none_shown": ("The quote is in the appendix.", "The quotes are in the appendix."),
        "lead_block": (
            "{speaker} puts it like this:",
            "{speaker} says:",
            "In the words of {speaker}:",
            "{speaker} describes it as follows:",
            "{speaker} explains:",
        ),
        "lead_inline": (
            "{speaker} says: ",
            "As {speaker} puts it: ",
            "In the words of {speaker}: ",
            "{speaker} explains: ",
        ),
        "lead_later": ("Later in the interview:", "Further on:", "And later:"),
        "lead_same_turn": ("In the same turn:", "Further in the same turn:"),
        "concepts_intro": "The theme's quotes are linked to {concepts}: {names}.",
        "linked": "The concept has {quotes} from {interviewees} linked to it.",
        "linked_cited": "The concept has {quotes} from {interviewees} linked to it ({cite}).",
        "also_linked": "The concept is also linked to {quotes} ({cite}).",
        "discussion_intro": "This section relates the themes to the concepts from {cite} that "
        "the quotes are linked to, one concept at a time. Table {table} shows how many quotes "
        "of each theme are linked to each concept.",
        "discussion_none": "No quote is linked to the concepts from {cite}.",
        "unlinked": " No quote is linked to {names}, which the codebook ties to the themes.",
        "concept_overview": "{name} is illustrated by {quotes} from {interviewees} in {themes}.",
        "of_themes": ("one of the {n} themes", "{k} of the {n} themes", "all {n} themes"),
        "one_theme": "the theme",
        "both_themes": "both themes",
        "theme_linked": "In the theme, {quotes} from {interviewees} {are} linked to the concept "
        "({cite}).",
        "matrix_caption": "Table {n}. Quotes linked to the concepts per theme: number of quotes "
        "(number of interviewees).",
        "matrix_first": "Concept",
        "total": "Total",
        "themes_summary": "The analysis resulted in {themes}: {counts}.",
        "theme_quotes": "{name} ({quotes})",
        "summary_caption": "Table {n}. Themes with the number of quotes, of interviewees and "
        "of quotes linked to concepts.",
        "summary_header": ["Theme", "Quotes", "Interviewees", "Linked quotes"],
        "figure": "Figure {n}. Coded quotes per theme and interview.",
        "chart": "Coded quotes per theme and interview",
        "appendix_header": ["Code", "Speaker", "Interview", "Time", "Quote", "Concepts"],
        "numbers": ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
        "neuter_one": "one",
        "nouns": {
            "interview": ("interview", "interviews", False),
            "interviewee": ("interviewee", "interviewees", False),
            "individual": ("individual interview", "individual interviews", False),
            "group": ("focus group interview", "focus group interviews", False),
            "theme": ("theme", "themes", False),
            "quote": ("quote", "quotes", False),
            "turn": ("turn", "turns", False),
            "coding": ("coding", "codings", False),
            "suggestion": ("suggestion", "suggestions", False),
            "link": ("link", "links", False),
            "concept": ("concept", "concepts", False),
        },
        "the_quote": ("the quote", "the quotes"),
    },
}

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
    named: bool = False
    """Whether a citation must name the transcript (the speaker is in several)."""

    @property
    def key(self) -> tuple[int, int, str]:
        """The same words of the same turn count once, whoever coded them."""
        return (self.transcript_id, self.turn, self.text)

    @property
    def short(self) -> bool:
        return len(self.text.split()) < SHORT_QUOTE

    def source(self) -> str:
        """Where the words were said: ``Intervju 1, 00:02:16``."""
        return ", ".join(part for part in (self.transcript, self.start) if part)

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


def spelled(value: int, lang: str, *, neuter: bool = False) -> str:
    """A whole number in running text: in words under ten, else in digits."""
    texts = TEXTS[lang]
    if value == 1 and neuter:
        return texts["neuter_one"]
    return texts["numbers"][value] if 0 <= value < 10 else str(value)


def count(value: int, noun: str, lang: str) -> str:
    """``två intervjuer``, ``ett citat``, ``36 repliker``: number and noun that agree."""
    singular, plural, neuter = TEXTS[lang]["nouns"][noun]
    return f"{spelled(value, lang, neuter=neuter)} {singular if value == 1 else plural}"


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def are(value: int, lang: str) -> str:
    """The English verb that agrees with a count (Swedish verbs do not inflect)."""
    return ("is" if value == 1 else "are") if lang == "en" else ""


def speaker_key(speaker: str) -> tuple:
    """IP 2 before IP 10."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", speaker))


def cite(quotes: Sequence[Quote]) -> str:
    """``IP 1, 00:02:16, 00:03:10; IP 3, 00:12:20``: the quotes by pseudonym and time."""
    groups: dict[tuple[str, str], list[str]] = {}
    for quote in quotes:
        place = quote.transcript if quote.named or not quote.start else ""
        times = groups.setdefault((quote.speaker, place), [])
        if quote.start and quote.start not in times:
            times.append(quote.start)
    return "; ".join(
        ", ".join(part for part in (speaker, place, *groups[(speaker, place)]) if part)
        for speaker, place in sorted(groups, key=lambda k: (speaker_key(k[0]), k[1]))
    )


def with_citation(text: str, citation: str) -> str:
    """A memo with the citation before its last full stop: ``… öppnar sig (IP 2, 00:05:10).``"""
    text = text.strip()
    if text.endswith(".") and not text.endswith(".."):
        return f"{text[:-1]} ({citation})."
    return f"{text} ({citation})"


def inline(quote: Quote, lang: str) -> str:
    """``”Vi får ofta ringa” (Intervju 1, 00:00:06)``: a short quote in running text; the
    quote's own full stop moves after the source."""
    opening, closing = TEXTS[lang]["marks"]
    text = quote.text.strip()
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    source = quote.source()
    return f"{opening}{text}{closing}" + (f" ({source})" if source else "")


def citation_of(reference: Reference) -> str:
    """The in-text citation of a reference-list entry: ``Braun & Clarke, 2006``."""
    text = " ".join(reference.text.split())
    found = re.match(r"(?P<authors>.+?)\s*\((?P<year>\d{4}[a-z]?)\)", text)
    if found is None:
        return text.split(".")[0]
    authors = found["authors"].strip(" ,")
    pieces = [p for p in re.split(r"\s*&\s*|(?<=\.),\s+", authors) if p.strip(" ,.")]
    surnames = [p.split(",")[0].strip(" .") for p in pieces]
    who = f"{surnames[0]} et al." if len(surnames) > 2 else " & ".join(surnames)
    return f"{who}, {found['year']}"


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
    linking: tuple[int, int, int] | None,
    suggestions: tuple[int, int],
) -> list[str]:
    """The material-and-method paragraphs (the agreement comes after them).

    Args:
        method: citations of the method's references (``Braun & Clarke, 2006``).
        theory: citations of the theory's references.
        linking: links, linked quotes and concepts linked to; None without a catalogue.
        suggestions: suggestions accepted into the material's codings, and rejected.
    """
    texts = TEXTS[lang]
    summaries = list(material.transcripts.values())
    speakers: dict[int, set[str]] = {}
    for (tid, _), turn in material.turns.items():
        if tid in material.transcripts and turn.speaker.role is Role.INTERVIEWEE:
            speakers.setdefault(tid, set()).add(turn.speaker.pseudonym)
    groups = sum(len(found) > 1 for found in speakers.values())
    kinds = [
        count(n, kind, lang)
        for n, kind in ((len(summaries) - groups, "individual"), (groups, "group"))
        if n
    ]
    teams = all(s.source_format.startswith("teams") for s in summaries)
    first = (
        texts["material"].format(
            interviews=count(len(summaries), "interview", lang),
            participants=count(
                len({p for found in speakers.values() for p in found}), "interviewee", lang
            ),
            kinds=join(kinds, lang),
        )
        + texts["teams" if teams else "transcribed"]
        + texts["pseudonyms"]
    )
    codebook = material.codebook
    second = texts["coding"].format(
        cite=f" ({'; '.join(method)})" if method else "",
        codebook=codebook.name,
        version=codebook.version,
        themes=count(len(codebook.themes), "theme", lang),
        names=join([t.name for t in codebook.themes], lang),
        coders=join(list(material.scope.coders), lang),
    )
    if linking is not None and theory:
        links, linked, concepts = linking
        second += " " + (
            texts["linking"].format(
                cite="; ".join(theory),
                links=count(links, "link", lang),
                quotes=count(linked, "quote", lang),
                concepts=count(concepts, "concept", lang),
            )
            if links
            else texts["no_links"].format(cite="; ".join(theory))
        )
    accepted, rejected = suggestions
    manual = len(material.codings) - accepted
    if accepted or rejected:
        second += " " + texts["suggested"].format(
            accepted=tally(accepted, "suggestion", lang),
            rejected=tally(rejected, "suggestion", lang, noun_shown=False),
            manual=tally(manual, "coding", lang),
        )
    else:
        second += " " + texts["unsuggested"].format(manual=tally(manual, "coding", lang))
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


def agreement_sentence(report: AgreementReport, lang: str, table: int) -> str:
    """Inter-coder agreement: turns counted as turns, the figures pooled over the themes."""
    texts = TEXTS[lang]
    overall = report.overall
    turns = report.themes[0].units if report.themes else overall.units
    figures = [texts["percent"].format(value=number(overall.percent * 100, lang, 1))]
    if overall.kappa is not None:
        figures.append(texts["kappa"].format(value=number(overall.kappa, lang)))
    if overall.alpha is not None:
        figures.append(texts["alpha"].format(value=number(overall.alpha, lang)))
    return texts["agreement"].format(
        coders=join(list(report.coders), lang),
        turns=count(turns, "turn", lang),
        interviews=count(len(report.transcripts), "interview", lang),
        all_themes=all_themes(len(report.themes), lang),
        figures=join(figures, lang),
        table=table,
    )


def agreement_rows(report: AgreementReport, names: dict[str, str], lang: str) -> list[list[str]]:
    """Per theme and pooled: agreement, kappa, alpha and turns decided differently."""
    texts = TEXTS[lang]
    differing: dict[str, int] = {}
    for disagreement in report.disagreements:
        differing[disagreement.theme] = differing.get(disagreement.theme, 0) + 1

    def row(name: str, figures, differ: int) -> list[str]:
        return [
            name,
            number(figures.percent * 100, lang, 1) + ("\u00a0%" if lang == "sv" else "%"),
            number(figures.kappa, lang) if figures.kappa is not None else "–",
            number(figures.alpha, lang) if figures.alpha is not None else "–",
            str(differ),
        ]

    rows = [row(names.get(t.theme, t.theme), t, differing.get(t.theme, 0)) for t in report.themes]
    return rows + [row(texts["pooled"], report.overall, len(report.disagreements))]


def themes_summary(material: Material, quotes: dict[str, list[Quote]], lang: str) -> str:
    """``Analysen resulterade i tre teman: A (26 citat), B (45 citat) och C (18 citat).``"""
    texts = TEXTS[lang]
    themes = material.codebook.themes
    counts = [
        texts["theme_quotes"].format(
            name=t.name, quotes=count(len(quotes.get(t.id, [])), "quote", lang)
        )
        for t in themes
    ]
    return texts["themes_summary"].format(
        themes=count(len(themes), "theme", lang), counts=join(counts, lang)
    )


def references(material: Material) -> list[Reference]:
    """The reference list: the codebook's and the catalogue's works, each once, sorted."""
    found: dict[str, Reference] = {}
    works = list(material.codebook.references)
    works += list(material.catalogue.references) if material.catalogue else []
    for reference in works:
        found.setdefault(reference.id, reference)
    return sorted(found.values(), key=lambda r: " ".join(r.text.split()))
