"""The chapter's fixed sentences in Swedish and English, filled in from the project's data.

Each sentence is a template per language; the data (counts, names, versions, agreement
figures) comes from the :class:`~qualkod.analysis.Material`. Nothing here interprets:
the interpretation in the chapter is the analyst's memos.
"""

from __future__ import annotations

from collections.abc import Sequence

from qualkod.analysis import AgreementReport
from qualkod.analysis.tables import Material
from qualkod.models import Role

TEXTS = {
    "sv": {
        "title": "Intervjuanalys",
        "intro_title": "Material och metod",
        "summary_title": "Sammanfattande analys",
        "appendix_title": "Bilaga: Citat per tema",
        "references_title": "Referenser",
        "describes": "{speaker} beskriver följande:",
        "and": "och",
        "kinds": ("individuell intervju", "individuella intervjuer"),
        "group_kinds": ("fokusgruppsintervju", "fokusgruppsintervjuer"),
        "material": "Materialet består av {interviews} intervjuer med sammanlagt "
        "{participants} intervjupersoner: {kinds}.",
        "teams": " Intervjuerna genomfördes via Microsoft Teams och transkriberades.",
        "transcribed": " Intervjuerna transkriberades.",
        "pseudonyms": " Transkripten har pseudonymiserats: intervjupersonerna benämns IP 1, "
        "IP 2 och så vidare. I citaten har intervjudeltagarnas namn ersatts med deras pseudonym "
        "inom hakparentes, andra personers namn med [person] och personnummer, "
        "telefonnummer, e-post- och gatuadresser med motsvarande markering.",
        "coding": "Transkripten kodades tematiskt mot kodboken {codebook} (version {version}) "
        "med {count} teman: {themes}. Kodningen gjordes av {coders}.",
        "agreement": "Samstämmigheten mellan kodarna ({coders}) prövades på {units} repliker "
        "av intervjupersoner i {transcripts} intervju{plural}: överensstämmelse {percent} "
        "procent{kappa}{alpha}.",
        "plural": "er",
        "kappa": ", Cohens kappa {value}",
        "alpha": ", Krippendorffs alfa {value}",
        "illustrated": "Begreppet belyses av {count} kodade citat från {speakers}",
        "illustrated_above": "; i texten ovan av citaten från {places}",
        "themes_summary": "Analysen resulterade i {count} teman: {themes}.",
        "theme_count": "{name} ({count} citat)",
        "shared": "Temana förenas genom begrepp som de delar: {links}.",
        "figure": "Figur {n}. Kodade citat per tema och intervju.",
        "table": "Tabell {n}. Teman, kopplade begrepp, antal citat och antal intervjupersoner.",
        "chart": "Kodade citat per tema och intervju",
        "summary_header": ["Tema", "Begrepp", "Citat", "Intervjupersoner"],
        "appendix_header": ["Tema", "Kod", "Talare", "Intervju", "Tid", "Citat"],
    },
    "en": {
        "title": "Interview analysis",
        "intro_title": "Material and method",
        "summary_title": "Summary of the analysis",
        "appendix_title": "Appendix: Quotes by theme",
        "references_title": "References",
        "describes": "{speaker} describes the following:",
        "and": "and",
        "kinds": ("individual interview", "individual interviews"),
        "group_kinds": ("focus group interview", "focus group interviews"),
        "material": "The material consists of {interviews} interviews with {participants} "
        "interviewees in all: {kinds}.",
        "teams": " The interviews were held over Microsoft Teams and transcribed.",
        "transcribed": " The interviews were transcribed.",
        "pseudonyms": " The transcripts are pseudonymised: interviewees are called IP 1, IP 2 "
        "and so on. In the quotes, participants' names are replaced by their pseudonym in "
        "brackets, other people's names by [person], and personal identity numbers, phone "
        "numbers, e-mail and street addresses by a corresponding marker.",
        "coding": "The transcripts were coded thematically against the codebook {codebook} "
        "(version {version}) with {count} themes: {themes}. The coding was done by {coders}.",
        "agreement": "Agreement between the coders ({coders}) was tested on {units} "
        "interviewee turns in {transcripts} interview{plural}: {percent} per cent agreement"
        "{kappa}{alpha}.",
        "plural": "s",
        "kappa": ", Cohen's kappa {value}",
        "alpha": ", Krippendorff's alpha {value}",
        "illustrated": "The concept is illustrated by {count} coded quotes from {speakers}",
        "illustrated_above": "; above by the quotes from {places}",
        "themes_summary": "The analysis resulted in {count} themes: {themes}.",
        "theme_count": "{name} ({count} quotes)",
        "shared": "The themes are joined by the concepts they share: {links}.",
        "figure": "Figure {n}. Coded quotes per theme and interview.",
        "table": "Table {n}. Themes, linked concepts, number of quotes and of interviewees.",
        "chart": "Coded quotes per theme and interview",
        "summary_header": ["Theme", "Concepts", "Quotes", "Interviewees"],
        "appendix_header": ["Theme", "Code", "Speaker", "Interview", "Time", "Quote"],
    },
}


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


def introduction(material: Material, lang: str, agreement: AgreementReport | None) -> list[str]:
    """The material-and-method paragraphs."""
    texts = TEXTS[lang]
    summaries = list(material.transcripts.values())
    speakers: dict[int, set[str]] = {}
    for (tid, _), turn in material.turns.items():
        if tid in material.transcripts and turn.speaker.role is Role.INTERVIEWEE:
            speakers.setdefault(tid, set()).add(turn.speaker.pseudonym)
    groups = sum(len(found) > 1 for found in speakers.values())
    individuals = len(summaries) - groups
    kinds = [
        f"{count} {names[count != 1]}"
        for count, names in ((individuals, texts["kinds"]), (groups, texts["group_kinds"]))
        if count
    ]
    teams = all(s.source_format.startswith("teams") for s in summaries)
    codebook = material.codebook
    first = (
        texts["material"].format(
            interviews=len(summaries),
            participants=len({p for found in speakers.values() for p in found}),
            kinds=join(kinds, lang),
        )
        + texts["teams" if teams else "transcribed"]
        + texts["pseudonyms"]
    )
    second = texts["coding"].format(
        codebook=codebook.name,
        version=codebook.version,
        count=len(codebook.themes),
        themes=join([t.name for t in codebook.themes], lang),
        coders=join(list(material.scope.coders), lang),
    )
    return [first, second] + ([agreement_sentence(agreement, lang)] if agreement else [])


def agreement_sentence(report: AgreementReport, lang: str) -> str:
    """Inter-coder agreement over all themes."""
    texts = TEXTS[lang]
    overall = report.overall
    kappa = overall.kappa
    alpha = overall.alpha
    return texts["agreement"].format(
        coders=join(list(report.coders), lang),
        units=overall.units,
        transcripts=len(report.transcripts),
        plural=texts["plural"] if len(report.transcripts) != 1 else "",
        percent=number(overall.percent * 100, lang, 1),
        kappa=texts["kappa"].format(value=number(kappa, lang)) if kappa is not None else "",
        alpha=texts["alpha"].format(value=number(alpha, lang)) if alpha is not None else "",
    )


def illustrated_by(rows, shown, lang: str) -> str:
    """Which quotes illustrate a concept: how many, from whom, and which are quoted above."""
    texts = TEXTS[lang]
    speakers = sorted(set(rows["speaker"]), key=lambda s: (len(s), s))
    places = list(
        dict.fromkeys(
            f"{r.speaker} ({r.start})" if r.start else r.speaker for r in shown.itertuples()
        )
    )
    text = texts["illustrated"].format(count=len(rows), speakers=join(speakers, lang))
    if places:
        text += texts["illustrated_above"].format(places=join(places, lang))
    return text + "."


def summary(material: Material, quotes, lang: str) -> list[str]:
    """The themes with their number of quotes, and the concepts several themes share."""
    texts = TEXTS[lang]
    themes = material.codebook.themes
    counts = [
        texts["theme_count"].format(name=t.name, count=int((quotes["theme"] == t.id).sum()))
        for t in themes
    ]
    paragraphs = [texts["themes_summary"].format(count=len(themes), themes=join(counts, lang))]
    sharing: dict[str, list[str]] = {}
    for theme in themes:
        for concept_id in theme.linked_concepts():
            sharing.setdefault(concept_id, []).append(theme.name)
    links = [
        f"{material.concept(cid).name} ({join(names, lang)})"
        for cid, names in sharing.items()
        if len(names) > 1 and material.concept(cid) is not None
    ]
    if links:
        paragraphs.append(texts["shared"].format(links=join(links, lang)))
    return paragraphs


def references(material: Material) -> list[str]:
    """The reference list: the codebook's and the catalogue's works, each once, sorted."""
    found: dict[str, str] = {}
    works = list(material.codebook.references)
    works += list(material.catalogue.references) if material.catalogue else []
    for reference in works:
        found.setdefault(reference.id, " ".join(reference.text.split()))
    return sorted(found.values())
