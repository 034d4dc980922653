"""The Word chapter, checked with python-docx: on a small project built here by hand
(expected values counted from the fixtures below) and on the sample study."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest

from qualkod.coding import add_coding, add_link, add_memo
from qualkod.errors import ParameterError, QualkodError
from qualkod.export.chapter import ChapterSettings, build_chapter
from qualkod.importing import import_files
from qualkod.project import init_project, use_codebook
from qualkod.store import open_project
from tests.coding.test_sample_codings import hand_agreement
from tests.conftest import DATA, REPO, raw_name_forms, raw_names_in

THEMES = [
    "Bristande ansvar",
    "Samverkan – förutsättningar och förhoppningar",
    "Situationsanpassning",
]
SESSION = DATA / "coding" / "session.vtt"  # Intervju 1: IP 1 (Lena Berg), turns 2, 4, 6
GROUP = DATA / "export" / "fokusgrupp.vtt"  # Fokusgrupp 1: IP 2 (turns 2, 6), IP 3 (3, 5)
LONG = (  # turn 2 of fokusgrupp.vtt: 55 words, a block quote
    "Då börjar det som vi kallar pingisen. Psykiatrin säger att personen ska vara "
    "drogfri i några veckor före varje bedömning, och beroendemottagningen säger att den psykiska "
    "ohälsan måste behandlas först. Under tiden går veckorna och ingen tar riktigt hand om "
    "personen, som blir stående mitt emellan oss och till slut slutar höra av sig."
)
MEMOS = {
    "A-mellanrum": "Lena Berg beskriver hur ärendet hamnar mellan huvudmännen.",
    "A-gränser": "Regionen drar gränsen vid sitt eget uppdrag.",
    "E-mellanrum": "Personen blir stående mellan psykiatrin och beroendemottagningen.",
    "H-arbete": "Kommunens personal bär arbetet som vården inte gör.",
    "C-integrering": "En gemensam plan fogar ihop insatserna.",
    "D-samordning": "Samordnade planer ger samordning i sidled.",
    "F-integrering": "En kontakt i stället för flera gör insatserna till en helhet.",
    "BA-mellanrum": "Glappet mellan huvudmännen är temats kärna.",
    "SV-integrering": "Planer och möten fogar ihop insatserna.",
    "SV-tjänst": "Ett memo om tjänsteperspektivet utan kopplade citat.",
}


def _make_project(path):
    """Two transcripts, kodare1's codings A-I with links and memos, and kodare2's
    coding of Intervju 1 (for the agreement)."""
    init_project(path)
    project = open_project(path)
    import_files(project, [SESSION, GROUP], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")

    def code(transcript, turn, code_id, quote=None, featured=False, coder="kodare1"):
        return add_coding(
            project, transcript, turn, code_id, coder, quote=quote, featured=featured
        ).id

    def link(coding, concept, memo=""):
        add_link(project, coding, concept, "kodare1", memo=MEMOS.get(memo, ""))

    code("1", 2, "ansvar_skjuts_undan", "Vi får ofta ringa flera gånger.")  # I
    a = code(
        "1",
        2,
        "ansvar_skjuts_undan",
        "Regionen backar undan och säger att det är vårt ärende.",
        featured=True,
    )
    b = code("1", 2, "ansvar_pa_papperet", "Ingen tar riktigt ansvar för helheten.")
    c = code("1", 4, "samarbete", "Vi har en gemensam plan nu.")
    d = code(
        "1",
        4,
        "samordning",
        "Samverkan har blivit bättre sedan vi började med samordnade individuella planer.",
    )
    e = code("2", 2, "ansvar_skjuts_undan", featured=True)
    f = code("2", 3, "sammanhallna_team", featured=True)
    g = code("2", 5, "fall_till_fall")
    h = code("2", 6, "annans_uppgift")
    link(a, "organisatoriska_mellanrum", "A-mellanrum")
    link(a, "ansvarsgranser_och_organisationstillhorighet", "A-gränser")
    link(e, "organisatoriska_mellanrum", "E-mellanrum")
    link(b, "vertikal_styrning")
    link(h, "arbetskraftsintensiva_tjanster", "H-arbete")
    link(c, "integrering", "C-integrering")
    link(d, "horisontell_samordning", "D-samordning")
    link(f, "integrering", "F-integrering")
    link(g, "generella_riktlinjer_och_specifika_situationer")
    for theme, concept, key in [
        ("bristande_ansvar", "organisatoriska_mellanrum", "BA-mellanrum"),
        ("samverkan", "integrering", "SV-integrering"),
        ("samverkan", "tjansteperspektiv", "SV-tjänst"),
    ]:
        add_memo(project, MEMOS[key], "kodare1", theme=theme, concept=concept)
    add_memo(project, "Ansvaret skjuts mellan huvudmännen.", "kodare1", theme="bristande_ansvar")
    # kodare2 codes Intervju 1 only: turn 2 as bristande ansvar, turn 4 as samverkan and
    # situationsanpassning (kodare1: samverkan only), turn 6 nothing.
    code(
        "1",
        2,
        "ansvar_skjuts_undan",
        "Regionen backar undan och säger att det är vårt ärende.",
        coder="kodare2",
    )
    code("1", 4, "samarbete", "Vi har en gemensam plan nu.", coder="kodare2")
    code(
        "1",
        4,
        "flexibla_arbetssatt",
        "Samverkan har blivit bättre sedan vi började med samordnade individuella planer.",
        coder="kodare2",
    )
    return project


def _fresh_project(tmp_path, transcripts):
    """A new project of these transcripts (Karin Lindqvist interviews), default codebook."""
    init_project(tmp_path / "p.db")
    project = open_project(tmp_path / "p.db")
    import_files(project, transcripts, interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    return project


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("chapter") / "small.db"
    _make_project(path).close()
    return path


@pytest.fixture(scope="module")
def small(small_db):
    project = open_project(small_db)
    data = build_chapter(project, ChapterSettings(coder="kodare1"))
    assert data == build_chapter(project, ChapterSettings(coder="kodare1"))  # same bytes
    project.close()
    return docx.Document(io.BytesIO(data))


@pytest.fixture(scope="module")
def small_en(small_db):
    project = open_project(small_db)
    data = build_chapter(project, ChapterSettings(coder="kodare1", lang="en"))
    project.close()
    return docx.Document(io.BytesIO(data))


def _styled(document, prefix: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith(prefix)]


def _section(document, heading: str, *, after: str | None = None) -> list[str]:
    """The paragraphs under the heading that ends with ``heading`` (the first one after
    the heading ending with ``after``), up to the next heading of the same or a higher level."""
    paragraphs = document.paragraphs
    start = 0
    if after is not None:
        start = next(
            n
            for n, p in enumerate(paragraphs)
            if p.style.name.startswith("Heading") and p.text.endswith(after)
        )
    first = next(
        n
        for n, p in enumerate(paragraphs)
        if n >= start and p.style.name.startswith("Heading") and p.text.endswith(heading)
    )
    level = paragraphs[first].style.name
    found = []
    for p in paragraphs[first + 1 :]:
        if p.style.name.startswith("Heading") and p.style.name <= level:
            break
        found.append(p.text)
    return found


def _citations(texts: list[str]) -> list[tuple[str, str]]:
    """(pseudonym, time) of every citation in parentheses: ``(IP 1, 00:00:06, 00:00:23;
    IP 2, 00:00:06)`` gives three."""
    found = []
    for text in texts:
        for group in re.findall(r"\((IP \d+[^()]*)\)", text):
            for part in group.split("; "):
                speaker, *times = part.split(", ")
                found += [(speaker, t) for t in times if re.fullmatch(r"\d\d:\d\d:\d\d", t)]
    return found


# ---- the small project: expected values counted by hand from the fixtures above ----


def test_headings_material_and_method_in_words(small):
    assert _styled(small, "Heading 1") == ["Intervjuanalys"]
    assert _styled(small, "Heading 2") == [
        "Material och metod",
        *THEMES,
        "Sammanfattande analys",
        "Diskussion",
        "Metodens begränsningar",
        "Referenser",
        "Bilaga: Citat per tema",
    ]
    method = " ".join(_section(small, "Material och metod"))
    assert "Materialet består av två intervjuer med sammanlagt tre intervjupersoner: " in method
    assert "en individuell intervju och en fokusgruppsintervju." in method
    assert "version 1.5) med tre teman: bristande ansvar" in method
    # nine links of eight quotes (A twice, B, C, D, E, F, G, H; I has none) to seven
    # concepts, of the nine quotes in the summary table (5 + 2 + 2)
    assert (
        "Därefter prövades citaten ett och ett mot teoretiska begrepp (Tyrstrup, 2014): åtta "
        "av de nio citaten kopplades till sju begrepp, med nio kopplingar sammanlagt." in method
    )
    assert "kodboken \u201dSamsjuklighet och huvudmannaskap" in method
    assert "Transkripten analyserades med tematisk analys" in method
    assert "Inga automatiska kodförslag användes: nio kodningar gjordes utan förslag." in method
    # a participant's own address is shown as the pseudonym (redaction), and the text says so
    assert "utom e-postadresser som bär en deltagares namn: de har ersatts med" in method


def test_agreement_counts_turns_pooled_over_the_themes_with_a_table_per_theme(small):
    method = " ".join(_section(small, "Material och metod"))
    # Intervju 1, coded by both: three interviewee turns; per theme and turn, kodare1 vs
    # kodare2: bristande ansvar 1,0,0 / 1,0,0; samverkan 0,1,0 / 0,1,0; situations-
    # anpassning 0,0,0 / 0,1,0. Pooled: 8 of 9 agree; kappa (8/9 - 48/81) / (1 - 48/81)
    # = 24/33 = 0.73; alpha, with 13 zeros and 5 ones paired: 1 - 17 * 2 / (2 * 13 * 5) = 0.74.
    assert "prövades på tre av intervjupersonernas repliker i en intervju" in method
    assert (
        "Sammanvägt över de tre temana var överensstämmelsen 88,9 procent, Cohens kappa 0,73 "
        "och Krippendorffs alfa 0,74." in method
    )
    assert _styled(small, "Caption")[0].startswith("Tabell 1. Samstämmighet mellan kodarna")
    table = small.tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["Tema", "Överensstämmelse", "Kappa", "Alfa", "Olika bedömningar"]
    assert [(r[0], r[1], r[4]) for r in rows[1:]] == [
        ("Bristande ansvar", "100,0\u00a0%", "0"),
        ("Samverkan – förutsättningar och förhoppningar", "100,0\u00a0%", "0"),
        ("Situationsanpassning", "66,7\u00a0%", "1"),
        ("Sammanvägt", "88,9\u00a0%", "1"),
    ]


def test_a_concept_paragraph_cites_exactly_the_quotes_linked_to_it(small):
    mellanrum = _section(small, "Organisatoriska mellanrum", after="Bristande ansvar")
    assert _citations(mellanrum) == [("IP 1", "00:00:06"), ("IP 2", "00:00:06")]
    text = " ".join(mellanrum)
    assert (
        "[IP 1] beskriver hur ärendet hamnar mellan huvudmännen (IP 1, Intervju 1, 00:00:06)."
        in text
    )
    assert f"{MEMOS['E-mellanrum'][:-1]} (IP 2, Fokusgrupp 1, 00:00:06)." in text
    assert "Lena" not in text  # the link memo is redacted
    assert "(Tyrstrup, 2014)" in mellanrum[0]  # defined where it is first discussed
    # a link without a memo is cited all the same
    styrning = _section(small, "Vertikal styrning", after="Bristande ansvar")
    assert styrning[-1] == (
        "Till begreppet kopplas ett citat från en intervjuperson (IP 1, Intervju 1, 00:00:06)."
    )


def test_two_concepts_with_different_links_cite_different_lists(small):
    mellanrum = _citations(_section(small, "Organisatoriska mellanrum", after="Bristande ansvar"))
    granser = _citations(
        _section(small, "Ansvarsgränser och organisationstillhörighet", after="Bristande ansvar")
    )
    assert granser == [("IP 1", "00:00:06")] and mellanrum != granser
    arbete = _section(small, "Arbetskraftsintensiva tjänster", after="Bristande ansvar")
    assert _citations(arbete) == [("IP 2", "00:01:03")]


def test_only_concepts_with_linked_quotes_are_discussed_in_a_theme(small):
    level4 = [p.text for p in small.paragraphs if p.style.name == "Heading 4"]
    assert level4 == [
        # Bristande ansvar: the codebook's order of the theme's concepts
        "Ansvarsgränser och organisationstillhörighet",
        "Arbetskraftsintensiva tjänster",
        "Organisatoriska mellanrum",
        "Vertikal styrning",
        # Samverkan: integrering and horisontell samordning; not tjänsteperspektiv
        "Integrering",
        "Horisontell samordning",
        # Situationsanpassning
        "Generella riktlinjer och specifika situationer",
        "Integrering",
    ]
    everything = " ".join(p.text for p in small.paragraphs)
    assert MEMOS["SV-tjänst"] not in everything  # its concept has no linked quote


def test_the_discussion_relates_each_concept_across_the_themes(small):
    discussion = _section(small, "Diskussion")
    assert discussion[0].startswith(
        "Avsnittet relaterar temana till de begrepp ur Tyrstrup (2014) som citaten har kopplats"
    )
    assert discussion[0].endswith(
        "Inga citat har kopplats till arbetsorganisatoriskt perspektiv, tjänsteperspektiv och "
        "nätverks- och projektmodellen – att foga samman, som kodboken knyter till temana."
    )
    level3 = [
        p.text
        for p in small.paragraphs[[p.text for p in small.paragraphs].index("Diskussion") :]
        if p.style.name == "Heading 3"
    ]
    assert level3[:7] == [  # the linked concepts in catalogue order
        "Organisatoriska mellanrum",
        "Vertikal styrning",
        "Horisontell samordning",
        "Arbetskraftsintensiva tjänster",
        "Ansvarsgränser och organisationstillhörighet",
        "Integrering",
        "Generella riktlinjer och specifika situationer",
    ]
    mellanrum = _section(small, "Organisatoriska mellanrum", after="Diskussion")
    assert mellanrum == [
        "Organisatoriska mellanrum belyses av två citat från två intervjupersoner i ett av de "
        "tre temana.",
        "Bristande ansvar. Glappet mellan huvudmännen är temats kärna "
        "(IP 1, Intervju 1, 00:00:06; IP 2, Fokusgrupp 1, 00:00:06).",
    ]
    integrering = _section(small, "Integrering", after="Diskussion")
    assert integrering == [
        "Till integrering har två citat från två intervjupersoner i två av de tre temana kopplats.",
        "Samverkan – förutsättningar och förhoppningar. Planer och möten fogar ihop insatserna "
        "(IP 1, Intervju 1, 00:00:23).",
        "Situationsanpassning. Till begreppet kopplas ett citat från en intervjuperson i temat "
        "(IP 3, Fokusgrupp 1, 00:00:41).",
    ]
    label = next(p for p in small.paragraphs if p.text.startswith("Bristande ansvar. Glappet"))
    assert label.runs[0].bold and label.runs[0].text == "Bristande ansvar."


def test_the_matrix_table_counts_the_links_by_hand(small):
    captions = _styled(small, "Caption")
    assert captions[:4] == [
        "Tabell 1. Samstämmighet mellan kodarna per tema och sammanvägt: överensstämmelse, "
        "Cohens kappa, Krippendorffs alfa och antal repliker där kodarna bedömde olika.",
        "Tabell 2. Teman med antal citat, intervjupersoner och citat kopplade till begrepp.",
        "Figur 1. Kodade citat per tema och intervju.",
        "Tabell 3. Citat kopplade till begreppen per tema: antal citat (antal intervjupersoner).",
    ]
    matrix = [[c.text for c in row.cells] for row in small.tables[2].rows]
    assert matrix == [
        ["Begrepp", *THEMES, "Totalt"],
        ["Organisatoriska mellanrum", "2 (2)", "0 (0)", "0 (0)", "2 (2)"],
        ["Vertikal styrning", "1 (1)", "0 (0)", "0 (0)", "1 (1)"],
        ["Horisontell samordning", "0 (0)", "1 (1)", "0 (0)", "1 (1)"],
        ["Arbetsorganisatoriskt perspektiv", "0 (0)", "0 (0)", "0 (0)", "0 (0)"],
        ["Arbetskraftsintensiva tjänster", "1 (1)", "0 (0)", "0 (0)", "1 (1)"],
        ["Tjänsteperspektiv", "0 (0)", "0 (0)", "0 (0)", "0 (0)"],
        ["Ansvarsgränser och organisationstillhörighet", "1 (1)", "0 (0)", "0 (0)", "1 (1)"],
        ["Integrering", "0 (0)", "1 (1)", "1 (1)", "2 (2)"],
        ["Nätverks- och projektmodellen – att foga samman", "0 (0)", "0 (0)", "0 (0)", "0 (0)"],
        ["Generella riktlinjer och specifika situationer", "0 (0)", "0 (0)", "1 (1)", "1 (1)"],
    ]
    summary = [[c.text for c in row.cells] for row in small.tables[1].rows]
    assert summary == [
        ["Tema", "Citat", "Intervjupersoner", "Kopplade citat"],
        ["Bristande ansvar", "5", "2", "4"],
        ["Samverkan – förutsättningar och förhoppningar", "2", "1", "2"],
        ["Situationsanpassning", "2", "1", "2"],
    ]


def test_quotes_grouped_by_code_short_ones_inline_long_ones_as_blocks(small):
    theme = _section(small, "Bristande ansvar")
    assert theme[:2] == [
        small.paragraphs[[p.text for p in small.paragraphs].index("Bristande ansvar") + 1].text,
        "Ansvaret skjuts mellan huvudmännen.",  # the theme memo
    ]
    assert theme[0].endswith("Temat omfattar fem citat från två intervjupersoner.")
    code = _section(small, "Ansvar som skjuts undan")
    assert code[0].startswith("En huvudman eller enhet hänvisar vidare")  # its definition
    assert code[0].endswith("Koden omfattar tre citat från två intervjupersoner.")
    # IP 1's two short quotes of the same turn: one lead-in, quotation marks, in the text
    assert code[1] == (
        "IP 1 säger: \u201dVi får ofta ringa flera gånger\u201d (IP 1, Intervju 1, 00:00:06). "
        "I samma replik: \u201dRegionen backar undan och säger att det är vårt ärende\u201d "
        "(IP 1, Intervju 1, 00:00:06)."
    )
    assert code[2] == "IP 2 beskriver det så här:"
    assert code[3] == f"{LONG} (IP 2, Fokusgrupp 1, 00:00:06)"
    block = next(p for p in small.paragraphs if p.text.startswith(LONG))
    assert block.style.name == "Intervjucitat"
    # --max-quotes 4: A and E (featured), then I (IP 1) and H (IP 2); B is left out
    assert _section(small, "Ansvar bara på papperet") == [
        "Ansvaret finns i lag, överenskommelse, handlingsplan eller beslut men genomförs inte, "
        "följs inte upp eller är så otydligt att ingen äger frågan. Under koden finns ett citat "
        "från en intervjuperson. Citatet finns i bilagan."
    ]
    assert "Oro för mottagarens kapacitet" not in _styled(small, "Heading 3")  # no codings


def test_every_listed_reference_is_cited_in_the_text(small, sample_study):
    for document in (
        small,
        docx.Document(io.BytesIO(build_chapter(sample_study, ChapterSettings(coder="kodare1")))),
    ):
        names = [p.text for p in document.paragraphs]
        listed = _section(document, "Referenser")
        body = " ".join(names[: names.index("Referenser")])
        assert [r.split(" (")[0] for r in listed if r] == [
            "Braun, V. & Clarke, V.",
            "Cohen, J.",
            "Krippendorff, K.",
            "Tyrstrup, M.",
        ]
        assert "tematisk analys (Braun & Clarke, 2006)" in body
        assert "(Tyrstrup, 2014)" in body
        assert "Kappa (Cohen, 1960) och alfa (Krippendorff, 2019) räknar bort" in body


def test_english_chapter_has_the_same_structure(small, small_en):
    def outline(document):
        return [
            (p.style.name, p.text.split(" ")[0].isdigit())
            for p in document.paragraphs
            if p.style.name.startswith(("Heading", "Caption", "Intervjucitat"))
        ]

    assert outline(small_en) == outline(small)
    assert _styled(small_en, "Heading 2") == [
        "Material and method",
        *THEMES,
        "Summary of the analysis",
        "Discussion",
        "Limitations of the method",
        "References",
        "Appendix: Quotes by theme",
    ]
    method = " ".join(_section(small_en, "Material and method"))
    assert "two interviews with three interviewees in all: one individual interview" in method
    assert "tested on three of the interviewees' turns in one interview" in method
    code = _section(small_en, "Ansvar som skjuts undan")
    assert code[1].startswith("IP 1 says: \u201cVi får ofta ringa flera gånger\u201d")
    assert 'w:val="en-GB"' in small_en.styles.element.xml


def test_suggestions_used_are_counted_in_the_method(tmp_path):
    from qualkod.coding import accept_suggestion, reject_suggestion
    from qualkod.suggest import service

    project = _fresh_project(tmp_path, [SESSION])
    service.suggest(project)
    first, second = service.suggestions(project)[:2]
    accept_suggestion(project, first.id, "kodare1")
    reject_suggestion(project, second.id, "kodare1")
    add_coding(project, "1", 6, "flexibla_arbetssatt", "kodare1", quote="Vi tog cykeln i morse.")
    document = docx.Document(io.BytesIO(build_chapter(project, ChapterSettings())))
    project.close()
    method = " ".join(_section(document, "Material och metod"))
    assert (
        "Kodningen stöddes av automatiska kodförslag: ett förslag godtogs, ett avvisades och "
        "en kodning gjordes utan förslag." in method
    )


def test_a_coders_chapter_counts_and_links_only_what_that_coder_decided(tmp_path):
    from qualkod.coding import accept_suggestion, reject_suggestion
    from qualkod.suggest import service

    project = _fresh_project(tmp_path, [SESSION])
    service.suggest(project)
    first, second, third = service.suggestions(project)[:3]
    mine = accept_suggestion(project, first.id, "kodare1")
    reject_suggestion(project, second.id, "eva")  # another coder's rejection ...
    reject_suggestion(project, third.id, "eva")
    # ... and her link on kodare1's quote (forced, as a link on another coder's coding is)
    add_link(project, mine.id, "organisatoriska_mellanrum", "eva", others=True)
    document = docx.Document(io.BytesIO(build_chapter(project, ChapterSettings(coder="kodare1"))))
    project.close()
    method = " ".join(_section(document, "Material och metod"))
    assert "Kodningen stöddes av automatiska kodförslag: ett förslag godtogs, inga " in method
    assert "Inga citat har kopplats till teoretiska begrepp" in method
    shown = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    shown += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert not [text for text in shown if "Organisatoriska mellanrum" in text]


def test_quotes_coded_with_the_theme_alone_are_counted_and_one_interview_is_one(tmp_path):
    project = _fresh_project(tmp_path, [SESSION])
    add_coding(project, "1", 2, "bristande_ansvar", "kodare1")  # the theme alone
    add_coding(project, "1", 4, "ansvar_skjuts_undan", "kodare1")
    add_coding(project, "1", 6, "ansvar_skjuts_undan", "kodare1")
    swedish, english = (
        docx.Document(io.BytesIO(build_chapter(project, ChapterSettings(lang=lang, max_quotes=1))))
        for lang in ("sv", "en")
    )
    project.close()
    theme = " ".join(_section(swedish, "Bristande ansvar"))
    assert "Temat omfattar tre citat från en intervjuperson." in theme
    assert "Ett av citaten är kodat med enbart temat" in theme
    english_text = " ".join(p.text for p in english.paragraphs)
    english_text += " ".join(c.text for t in english.tables for r in t.rows for c in r.cells)
    assert "One of the quotes is coded with the theme alone" in english_text
    # the title qualkod gave the interview, in the chapter's language
    assert "(IP 1, Interview 1, 00:" in english_text and "Intervju" not in english_text
    assert "(IP 1, Intervju 1, 00:" in " ".join(p.text for p in swedish.paragraphs)
    summary = " ".join(_section(swedish, "Sammanfattande analys"))
    assert "visar antalet citat per tema." in summary
    assert "fördelar sig på intervjuerna" not in summary


def _imported_project(tmp_path, codings):
    """A project whose ``codings`` (turn, code, quote) by kodare1 were read from a codings
    file another project of the same interview exported."""
    from qualkod.coding import export_codings, import_codings

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = _fresh_project(tmp_path / "a", [SESSION])
    for turn, code, quote in codings:
        add_coding(first, "1", turn, code, "kodare1", quote=quote)
    export_codings(first, tmp_path / "codings.csv")
    first.close()
    project = _fresh_project(tmp_path / "b", [SESSION])
    import_codings(project, tmp_path / "codings.csv")
    return project


def test_codings_read_from_a_file_are_not_said_to_be_made_without_suggestions(tmp_path):
    project = _imported_project(
        tmp_path,
        [
            (2, "ansvar_skjuts_undan", "Regionen backar undan"),
            (4, "samverkan", "Vi träffas varje månad."),
        ],
    )
    add_coding(project, "1", 6, "flexibla_arbetssatt", "kodare1", quote="Vi tog cykeln i morse.")
    document = docx.Document(io.BytesIO(build_chapter(project, ChapterSettings())))
    project.close()
    method = " ".join(_section(document, "Material och metod"))
    assert (
        "Utan automatiska kodförslag gjordes en kodning. Från en kodningsfil lästes två "
        "kodningar in; filen visar inte om de gjordes med stöd av kodförslag." in method
    )
    assert "Inga automatiska kodförslag" not in method


def test_one_coding_read_from_a_file_is_it_in_swedish_and_english(tmp_path):
    project = _imported_project(tmp_path, [(4, "samverkan", "Vi träffas varje månad.")])
    swedish = docx.Document(io.BytesIO(build_chapter(project, ChapterSettings())))
    english = docx.Document(io.BytesIO(build_chapter(project, ChapterSettings(lang="en"))))
    project.close()
    assert (
        "Från en kodningsfil lästes en kodning in; filen visar inte om den gjordes med stöd "
        "av kodförslag." in " ".join(_section(swedish, "Material och metod"))
    )
    method = " ".join(_section(english, "Material and method"))
    assert (
        "From a codings file, one coding was read in; the file does not show whether code "
        "suggestions supported it." in method
    )
    assert "without" not in method


def test_table_columns_are_wide_enough_for_their_longest_words(small):
    from qualkod.export._word import word_width

    # agreement and summary tables in 9 pt, the matrix in 8 pt; no word breaks inside
    # ("Intervjupersoner", "Överensstämmelse", "organisationstillhörighet" fit their columns)
    for table, size in zip(small.tables[:3], (9, 9, 8), strict=True):
        for n, column in enumerate(table.columns):
            header, *cells = [row.cells[n].text for row in table.rows]
            longest = max(
                [word_width(w, size, bold=True) for w in header.split()]
                + [word_width(w, size) for cell in cells for w in cell.split()]
            )
            assert column.width >= longest, (header, column.width, longest)


# ---- the sample study ----


@pytest.fixture(scope="module")
def chapter_bytes(sample_study_db):
    project = open_project(sample_study_db)
    data = build_chapter(project, ChapterSettings(number="4.2", coder="kodare1"))
    again = build_chapter(project, ChapterSettings(number="4.2", coder="kodare1"))
    project.close()
    assert data == again  # the same project gives the same bytes
    return data


@pytest.fixture
def document(chapter_bytes):
    return docx.Document(io.BytesIO(chapter_bytes))


def test_headings_are_real_numbered_heading_styles(document):
    assert _styled(document, "Heading 1") == ["4.2 Intervjuanalys"]
    level2 = _styled(document, "Heading 2")
    assert level2 == [
        "4.2.1 Material och metod",
        *(f"4.2.{n} {name}" for n, name in enumerate(THEMES, start=2)),
        "4.2.5 Sammanfattande analys",
        "4.2.6 Diskussion",
        "4.2.7 Slutsatser",  # the sample study's three conclusion memos
        "4.2.8 Metodens begränsningar",
        "Referenser",
        "Bilaga: Citat per tema",
    ]
    assert "4.2.2.1 Ansvar som skjuts undan" in _styled(document, "Heading 3")


def test_introduction_states_material_method_and_agreement(document):
    intro = " ".join(_section(document, "Material och metod"))
    assert "två intervjuer med sammanlagt fyra intervjupersoner" in intro
    assert "en individuell intervju och en fokusgruppsintervju" in intro
    assert "Microsoft Teams" in intro and "pseudonymiserats" in intro
    assert "Samsjuklighet" in intro and "version 1.5" in intro
    # The agreement of the sample study's two coders, computed by hand from their files.
    units, agree, kappa, alpha, _ = hand_agreement()["overall"]
    percent = f"{agree * 100:.1f}".replace(".", ",")
    assert f"prövades på {units // 3} av intervjupersonernas repliker i två intervjuer" in intro
    assert f"Sammanvägt över de tre temana var överensstämmelsen {percent} procent" in intro
    assert f"Cohens kappa {kappa:.2f}".replace(".", ",") in intro
    assert f"Krippendorffs alfa {alpha:.2f}".replace(".", ",") in intro


def _shown(document) -> list[str]:
    """The quotes shown in the theme sections: block quotes and quotes in the text."""
    names = [p.text for p in document.paragraphs]
    end = next(n for n, t in enumerate(names) if t.endswith("Sammanfattande analys"))
    found = []
    for p in document.paragraphs[:end]:
        if p.style.name == "Intervjucitat":
            found.append(re.sub(r" \([^()]*\)$", "", p.text).rstrip("."))
        else:
            found += re.findall("\u201d(.+?)\u201d \\(", p.text)
    return found


@pytest.mark.parametrize("limit", [4, 12])
def test_max_quotes_is_respected_with_the_featured_quotes_first(sample_study, limit):
    from qualkod import analysis

    data = build_chapter(sample_study, ChapterSettings(coder="kodare1", max_quotes=limit))
    document = docx.Document(io.BytesIO(data))
    shown = _shown(document)
    material = analysis.load_material(sample_study, coder="kodare1")
    frame = analysis.quotes(material)
    for theme in ("bristande_ansvar", "samverkan", "situationsanpassning"):
        rows = frame[frame["theme"] == theme]
        featured = [q.rstrip(".") for q in rows[rows["featured"]]["quote"]]
        in_theme = [q for q in shown if any(q in r for r in rows["quote"])]
        assert len(in_theme) == min(limit, len(rows))
        if limit < len(featured):
            assert all(any(q in f for f in featured) for q in in_theme)
        else:
            assert all(any(f in q or q in f for q in in_theme) for f in featured)


def test_no_lead_in_is_repeated_more_than_twice_in_a_row(sample_study):
    data = build_chapter(sample_study, ChapterSettings(coder="kodare1", max_quotes=40))
    document = docx.Document(io.BytesIO(data))
    paragraphs = document.paragraphs
    leads = []
    for n, p in enumerate(paragraphs[:-1]):
        if paragraphs[n + 1].style.name == "Intervjucitat" and p.style.name != "Intervjucitat":
            leads.append(p.text.strip())
        elif "\u201d" in p.text and p.style.name == "Normal":
            leads += [x.strip() for x in re.findall(r"(?:^|\)\. )([^\u201d]*?)\u201d", p.text)]
    assert len(leads) > 60
    assert not any(a == b for a, b in zip(leads, leads[1:], strict=False))  # not even twice
    assert not any(x.endswith("beskriver följande:") for x in leads)
    assert len(set(leads)) > 15


def test_theme_x_concept_memos_are_in_the_discussion_with_their_citations(sample_study, document):
    from qualkod.coding import memos

    linked = [m for m in memos(sample_study) if m.concept_id]
    assert linked
    paragraphs = [p.text for p in document.paragraphs]
    start = paragraphs.index("4.2.6 Diskussion")
    for memo in linked:
        found = [t for t in paragraphs[start:] if memo.text.rstrip(".") in t]
        assert len(found) == 1, memo.text
        cited = r"\(IP \d, (Intervju|Fokusgrupp) \d, \d\d:\d\d:\d\d"
        assert re.search(cited, found[0][len(memo.text) - 1 :]), found[0]


def test_figure_tables_captions_and_references(document):
    assert len(document.inline_shapes) == 1
    alt = document.inline_shapes[0]._inline.docPr.get("descr")
    assert alt == "Stapeldiagram: antal kodade citat per tema i varje intervju."
    assert len(document.tables) == 3 + 3  # agreement, summary, matrix; appendix per theme
    captions = _styled(document, "Caption")
    assert [c.split(".")[0] for c in captions] == [
        *("Tabell 1", "Tabell 2", "Figur 1", "Tabell 3"),
        *("Tabell 4", "Tabell 5", "Tabell 6"),  # the appendix, a table per theme
    ]
    assert captions[4:] == [
        f"Tabell {n}. Samtliga kodade citat under temat {theme[0].lower()}{theme[1:]}."
        for n, theme in zip((4, 5, 6), THEMES, strict=True)
    ]
    # The text refers to every table and the figure by its number.
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Tabell 1 visar" in text and "Tabell 3 visar" in text
    assert "Tabell 2 sammanfattar temana och figur 1 visar hur citaten fördelar sig" in text
    # The numbers are Word's SEQ fields, so Word lists the tables and follows a moved one.
    fields = [
        " ".join(p._p.xpath(".//w:instrText/text()"))
        for p in document.paragraphs
        if p.style.name == "Caption"
    ]
    assert fields == [
        " SEQ Tabell \\* ARABIC ",
        " SEQ Tabell \\* ARABIC ",
        " SEQ Figur \\* ARABIC ",
        *[" SEQ Tabell \\* ARABIC "] * 4,
    ]
    references = _section(document, "Referenser")
    tyrstrup = next(p for p in document.paragraphs if p.text.startswith("Tyrstrup, M."))
    assert tyrstrup.text in references
    assert [r.text for r in tyrstrup.runs if r.italic] == [
        "I välfärdsproduktionens gränsland – Organisatoriska mellanrum i vård, skola och omsorg"
    ]
    assert tyrstrup.text.endswith("omsorg. Studentlitteratur.")
    summary = document.tables[1]
    assert [c.text for c in summary.rows[0].cells] == [
        "Tema",
        "Citat",
        "Intervjupersoner",
        "Kopplade citat",
    ]
    assert len(summary.rows) == 4
    appendix = sum(len(t.rows) - 1 for t in document.tables[3:])
    assert appendix == 89  # the appendix: every kodare1 coding
    assert _styled(document, "Heading 3")[-3:] == THEMES
    assert document.sections[-1].page_width > document.sections[-1].page_height  # landscape


def _passages_per_theme(codings_file) -> dict[str, int]:
    """From the shipped codings file itself: each coded passage once per theme, however
    many of the theme's sub-codes it carries."""
    import csv

    with codings_file.open(encoding="utf-8") as handle:
        passages = {
            (r["theme"], r["transcript_sha256"], r["turn"], r["start"], r["end"])
            for r in csv.DictReader(handle)
        }
    found: dict[str, int] = {}
    for theme, *_ in passages:
        found[theme] = found.get(theme, 0) + 1
    return found


def test_a_passage_with_two_sub_codes_is_one_quote_in_text_tables_and_appendix(sample_study_db):
    # kodare2 gave several of the sample's passages two sub-codes of one theme.
    from tests.conftest import SAMPLES

    expected = _passages_per_theme(SAMPLES / "codings-coder2.csv")
    project = open_project(sample_study_db)
    try:
        data = build_chapter(project, ChapterSettings(coder="kodare2"))
    finally:
        project.close()
    document = docx.Document(io.BytesIO(data))
    order = ["bristande_ansvar", "samverkan", "situationsanpassning"]
    summary = document.tables[1]
    assert [int(row.cells[1].text) for row in summary.rows[1:]] == [expected[t] for t in order]
    appendix = document.tables[-3:]  # kodare2 linked no concepts: no matrix before it
    assert [len(t.rows) - 1 for t in appendix] == [expected[t] for t in order]
    two_codes = [
        row.cells[0].text for t in appendix for row in t.rows[1:] if "\n" in row.cells[0].text
    ]
    assert two_codes  # a merged row names both its sub-codes


def test_swedish_language_and_no_raw_names_anywhere(sample_study, chapter_bytes, document):
    styles = document.styles.element.xml
    assert 'w:val="sv-SE"' in styles
    package = zipfile.ZipFile(io.BytesIO(chapter_bytes))
    xml = "".join(
        package.read(name).decode("utf-8") for name in package.namelist() if name.endswith(".xml")
    )
    assert raw_name_forms(sample_study) and raw_names_in(xml, raw_name_forms(sample_study)) == []
    assert "[IP 3]" in xml
    assert document.core_properties.author == "qualkod"


def test_english_sample_chapter(sample_study):
    data = build_chapter(sample_study, ChapterSettings(lang="en", coder="kodare1"))
    document = docx.Document(io.BytesIO(data))
    assert _styled(document, "Heading 1") == ["Interview analysis"]
    assert "Discussion" in _styled(document, "Heading 2")
    assert 'w:val="en-GB"' in document.styles.element.xml


def test_template_with_swedish_style_names(sample_study, tmp_path):
    template = docx.Document()
    for style in template.styles:
        if style.name in ("Heading 1", "Heading 2", "Heading 3", "Caption"):
            swedish = {"Caption": "Beskrivning"}.get(
                style.name, style.name.replace("Heading", "Rubrik")
            )
            style.name = swedish
            style.element.set(docx.oxml.ns.qn("w:styleId"), swedish.replace(" ", ""))
    template.add_paragraph("Mallens exempeltext som inte ska följa med.")
    path = tmp_path / "mall.docx"
    template.save(path)
    data = build_chapter(sample_study, ChapterSettings(template=path, number="3", coder="kodare1"))
    document = docx.Document(io.BytesIO(data))
    assert _styled(document, "Rubrik 1") == ["3 Intervjuanalys"]
    assert len(_styled(document, "Rubrik 2")) == 10  # Slutsatser among them
    assert _styled(document, "Beskrivning")[0].startswith("Tabell 1.")
    assert "Mallens exempeltext" not in " ".join(p.text for p in document.paragraphs)


def test_dotx_template_and_a_broken_template(sample_study, tmp_path):
    import re

    path = tmp_path / "mall.docx"
    docx.Document().save(path)
    source = zipfile.ZipFile(path)
    dotx = tmp_path / "mall.dotx"
    with zipfile.ZipFile(dotx, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "[Content_Types].xml":
                data = re.sub(rb"document\.main\+xml", b"template.main+xml", data)
            target.writestr(name, data)
    document = docx.Document(
        io.BytesIO(build_chapter(sample_study, ChapterSettings(template=dotx, coder="kodare1")))
    )
    assert _styled(document, "Heading 1") == ["Intervjuanalys"]
    broken = tmp_path / "trasig.docx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(QualkodError, match="trasig.docx': not a Word document"):
        build_chapter(sample_study, ChapterSettings(template=broken, coder="kodare1"))


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (ChapterSettings(lang="de"), "lang='de': use sv or en"),  # named by the setting
        (ChapterSettings(max_quotes=0), "max_quotes=0: use 1 or more"),
        (ChapterSettings(number="sju"), "number='sju'"),
        (ChapterSettings(number="0"), "number='0': use whole numbers from 1"),
        (ChapterSettings(template="saknas.docx"), "template='saknas.docx': no such file"),
        (ChapterSettings(template="tests"), "template='tests': is a folder; give a Word"),
        (ChapterSettings(coder="nobody"), "coder='nobody': has no codings"),
    ],
)
def test_bad_settings_are_clear_errors(sample_study, settings, message):
    with pytest.raises(QualkodError, match=f"^{message}"):
        build_chapter(sample_study, settings)


def test_bad_settings_are_named_by_their_options_on_the_command_line(sample_study):
    with pytest.raises(ParameterError) as caught:
        build_chapter(sample_study, ChapterSettings(max_quotes=0))
    assert caught.value.for_option() == "--max-quotes 0: use 1 or more"
    with pytest.raises(ParameterError) as caught:
        build_chapter(sample_study, ChapterSettings(template="saknas.docx"))
    assert caught.value.for_option() == "--template saknas.docx: no such file; check the path"


def test_a_zip_bomb_template_is_refused_before_it_is_unpacked(sample_study, tmp_path):
    from tests.bombs import docx_bomb

    docx.Document().save(tmp_path / "tom.docx")
    bomb = docx_bomb(tmp_path / "mall.docx", source=tmp_path / "tom.docx")
    with pytest.raises(QualkodError) as caught:
        build_chapter(sample_study, ChapterSettings(template=bomb, coder="kodare1"))
    assert str(caught.value).startswith(
        f"template={str(bomb)!r}: word/document.xml would unpack to 300 MB, more than the 50 MB"
    )


def _personal_template(path):
    """A template that says who made it in every place Word keeps such things."""
    import re

    source = tmp = path.with_suffix(".tmp.docx")
    document = docx.Document()
    properties = document.core_properties
    properties.author = properties.last_modified_by = "Sara Holm"
    properties.title, properties.subject = "Sara Holms mall", "Holm Konsult"
    properties.keywords, properties.comments = "Sara Holm", "Gjord av Sara Holm"
    properties.category, properties.identifier = "Holm Konsult", "Sara Holm"
    properties.version, properties.content_status = "Sara Holm", "Holm Konsult"
    document.save(tmp)
    custom = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
        b'"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt='
        b'"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property '
        b'fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Ansvarig">'
        b"<vt:lpwstr>Sara Holm</vt:lpwstr></property></Properties>"
    )
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as target:
        for name in original.namelist():
            data = original.read(name)
            if name == "docProps/app.xml":
                data = data.replace(b"<Company/>", b"<Company>Holm Konsult AB</Company>")
                data = data.replace(b"<Manager/>", b"<Manager>Sara Holm</Manager>")
                data = data.replace(b"Normal.dotm", b"Sara Holms mall.dotm")
            elif name == "_rels/.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/custom-properties" '
                    b'Target="docProps/custom.xml"/></Relationships>',
                )
            elif name == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/docProps/custom.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
                )
            elif name == "word/settings.xml":
                data = re.sub(
                    rb"(<w:settings[^>]*>)",
                    rb'\1<w:attachedTemplate r:id="rId99"/>',
                    data,
                    count=1,
                )
            target.writestr(name, data)
        target.writestr("docProps/custom.xml", custom)
        target.writestr(
            "word/_rels/settings.xml.rels",
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
            b'"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
            b'Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/attachedTemplate" Target="file:///C:/Users/SaraHolm/Mallar/'
            b'Holm.dotm" TargetMode="External"/></Relationships>',
        )
    tmp.unlink()
    return path


def test_a_templates_own_properties_do_not_carry_over(sample_study, tmp_path):
    template = _personal_template(tmp_path / "mall.docx")
    raw = zipfile.ZipFile(template)
    assert b"Sara Holm" in raw.read("docProps/custom.xml")
    assert b"SaraHolm" in raw.read("word/_rels/settings.xml.rels")
    assert docx.Document(template).core_properties.author == "Sara Holm"
    data = build_chapter(sample_study, ChapterSettings(template=template, coder="kodare1"))
    written = zipfile.ZipFile(io.BytesIO(data))
    names = written.namelist()
    assert "docProps/custom.xml" not in names and "docProps/thumbnail.jpeg" not in names
    for name in names:
        content = written.read(name)
        for trace in (b"Sara", b"Holm", b"custom-properties", b"attachedTemplate"):
            assert trace not in content, (name, trace)
    properties = docx.Document(io.BytesIO(data)).core_properties
    assert (properties.author, properties.last_modified_by) == ("qualkod", "qualkod")
    assert data == build_chapter(sample_study, ChapterSettings(template=template, coder="kodare1"))


def _page_field(paragraph) -> None:
    """A PAGE field as Word writes it: begin, instruction, separate, result, end."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1")):
        run = OxmlElement("w:r")
        element = OxmlElement("w:fldChar" if kind else ("w:instrText" if "PAGE" in text else "w:t"))
        if kind:
            element.set(qn("w:fldCharType"), kind)
        else:
            element.text = text
        run.append(element)
        paragraph._p.append(run)
    end = OxmlElement("w:r")
    end.append(OxmlElement("w:fldChar"))
    end[0].set(qn("w:fldCharType"), "end")
    paragraph._p.append(end)


def test_a_templates_header_and_footer_are_redacted(sample_study, tmp_path):
    template = docx.Document()
    section = template.sections[0]
    header = section.header.paragraphs[0]
    header.add_run("Karin Lindqvist")
    header.add_run().add_tab()
    header.add_run("Institutionen för socialt arbete")
    section.footer.paragraphs[0].text = "Kontakt: maria.nystrom@kommun.se"
    pages = section.footer.add_paragraph("Karin Lindqvist, sida ")
    _page_field(pages)
    section.different_first_page_header_footer = True
    first = section.first_page_header.paragraphs[0]
    first.add_run("Utkast av Maria ")
    first.add_run("Nyström")  # a name split over two runs
    path = tmp_path / "mall.docx"
    template.save(path)
    data = build_chapter(sample_study, ChapterSettings(template=path, coder="kodare1"))
    written = docx.Document(io.BytesIO(data)).sections[0]
    # the tab stays between the name and the department; the page number stays a field
    assert written.header.paragraphs[0].text == "[Intervjuare 1]\tInstitutionen för socialt arbete"
    assert "Kontakt: [" in written.footer.paragraphs[0].text
    footer = written.footer.paragraphs[1]
    assert footer.text == "[Intervjuare 1], sida 1"
    assert " PAGE " in footer._p.xml and footer._p.xml.count("w:fldChar ") == 3
    assert written.first_page_header.paragraphs[0].text.startswith("Utkast av [")
    package = zipfile.ZipFile(io.BytesIO(data))
    for name in package.namelist():
        content = package.read(name).decode("utf-8", "replace")
        for trace in ("Lindqvist", "Nyström", "nystrom", "Maria"):
            assert trace not in content, (name, trace)


def _with_a_footnote(path, text: str) -> None:
    """Add a footnotes part holding ``text`` (as Word writes one: two separators, then
    the note) to the .docx at ``path``, referenced from the document part."""
    footnotes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        f'<w:footnote w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
    content = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    with zipfile.ZipFile(path) as original:
        files = {name: original.read(name) for name in original.namelist()}
    files["word/footnotes.xml"] = footnotes.encode()
    files["word/_rels/document.xml.rels"] = files["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        f'<Relationship Id="rIdNotes" Type="{kind}" Target="footnotes.xml"/>'
        "</Relationships>".encode(),
    )
    files["[Content_Types].xml"] = files["[Content_Types].xml"].replace(
        b"</Types>",
        f'<Override PartName="/word/footnotes.xml" ContentType="{content}"/></Types>'.encode(),
    )
    with zipfile.ZipFile(path, "w") as rewritten:
        for name, data in files.items():
            rewritten.writestr(name, data)


def test_a_templates_comments_and_footnotes_do_not_carry_over(sample_study, tmp_path):
    template = docx.Document()
    paragraph = template.add_paragraph("Skriv kapitlet här.")
    template.add_comment(
        paragraph.runs, text="Fråga Karin om tabellen", author="Karin Lindqvist", initials="KL"
    )
    header = template.sections[0].header.paragraphs[0]
    header.add_run("Institutionen")
    template.add_comment(header.runs, text="Logga?", author="Johan Ek", initials="JE")
    path = tmp_path / "mall.docx"
    template.save(path)
    _with_a_footnote(path, "Enligt samtal med Johan Ek i maj.")
    raw = zipfile.ZipFile(path)
    assert b"Karin Lindqvist" in raw.read("word/comments.xml")
    assert b"Johan Ek" in raw.read("word/footnotes.xml")
    data = build_chapter(sample_study, ChapterSettings(template=path, coder="kodare1"))
    package = zipfile.ZipFile(io.BytesIO(data))
    assert "word/comments.xml" not in package.namelist()
    assert b'w:type="separator"' in package.read("word/footnotes.xml")
    for name in package.namelist():
        content = package.read(name).decode("utf-8", "replace")
        for trace in ("Karin", "Lindqvist", "Johan", 'initials="', "commentReference", "Logga"):
            assert trace not in content, (name, trace)
    written = docx.Document(io.BytesIO(data))  # still a document Word (and python-docx) opens
    assert written.sections[0].header.paragraphs[0].text == "Institutionen"


def test_the_page_is_a4_with_2_5_cm_margins(small):
    section = small.sections[0]  # Word keeps twentieths of a point: millimetres rounded
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # ISO 216
    assert round(section.left_margin.mm) == round(section.right_margin.mm) == 25


def test_coders_of_the_same_interview_are_not_merged(small_db):
    project = open_project(small_db)
    try:
        with pytest.raises(QualkodError, match="kodare1 and kodare2 both coded transcript 1"):
            build_chapter(project, ChapterSettings())
    finally:
        project.close()


def test_coders_who_shared_the_interviews_make_one_chapter(tmp_path):
    project = _fresh_project(tmp_path, [SESSION, GROUP])
    add_coding(project, "1", 4, "samarbete", "anna", quote="Vi har en gemensam plan nu.")
    add_coding(project, "2", 2, "ansvar_skjuts_undan", "bertil")
    document = docx.Document(io.BytesIO(build_chapter(project, ChapterSettings())))
    project.close()
    assert "Kodningen gjordes av Kodare A och Kodare B." in " ".join(
        _section(document, "Material och metod")
    )


def test_a_coders_chapter_has_only_that_coders_theme_memos(small_db):
    memo = "Ansvaret skjuts mellan huvudmännen."  # kodare1's theme memo
    project = open_project(small_db)
    try:
        theirs = docx.Document(io.BytesIO(build_chapter(project, ChapterSettings(coder="kodare2"))))
    finally:
        project.close()
    assert memo not in "\n".join(p.text for p in theirs.paragraphs)


def test_numbers_up_to_twelve_are_written_in_words():
    from qualkod.export.chapter_text import count

    assert count(11, "quote", "sv") == "elva citat"
    assert count(12, "turn", "sv") == "tolv repliker"
    assert count(13, "quote", "sv") == "13 citat"
    assert count(10, "concept", "en") == "ten concepts"


def test_a_quote_under_two_codes_is_counted_once_in_its_theme_and_said_so(tmp_path):
    project = _fresh_project(tmp_path, [SESSION])
    words = "Regionen backar undan och säger att det är vårt ärende."
    add_coding(project, "1", 2, "ansvar_skjuts_undan", "anna", quote=words)
    add_coding(project, "1", 2, "ansvar_pa_papperet", "anna", quote=words)
    document = docx.Document(io.BytesIO(build_chapter(project, ChapterSettings())))
    project.close()
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Temat omfattar ett citat från en intervjuperson." in text
    assert "Ett citat kan höra till flera koder" in text


def test_the_discussion_ends_with_the_limitations_of_the_method(small, small_en):
    assert _section(small, "Metodens begränsningar") == [
        "Analysen bygger på två intervjuer med tre intervjupersoner. Resultaten beskriver "
        "intervjupersonernas erfarenheter och kan inte utan vidare överföras till andra "
        "verksamheter. "
        "Samstämmigheten mellan kodarna prövades på temanivå i en av två intervjuer; "
        "underkoderna och kopplingarna till begreppen prövades inte. Kapitlet återger "
        "högst fyra citat per tema: först de utvalda citaten, sedan citat från "
        "intervjupersonerna i tur och ordning; alla kodade citat finns i bilagan."
    ]
    english = " ".join(_section(small_en, "Limitations of the method"))
    assert "rests on two interviews with three interviewees." in english
    assert "tested at theme level in one of two interviews;" in english


def test_one_coder_is_named_as_a_limitation(tmp_path):
    project = _fresh_project(tmp_path, [SESSION])
    add_coding(project, "1", 4, "samarbete", "anna", quote="Vi har en gemensam plan nu.")
    document = docx.Document(io.BytesIO(build_chapter(project, ChapterSettings(max_quotes=1))))
    project.close()
    method = " ".join(_section(document, "Material och metod"))
    assert "Intervjun " in method and "Intervjuerna" not in method  # one interview
    assert method.startswith("Materialet består av en individuell intervju. ")
    assert "Transkriptet har pseudonymiserats: intervjupersonen benämns IP 1. " in method
    assert "Transkriptet analyserades med tematisk analys" in method
    limits = " ".join(_section(document, "Metodens begränsningar"))
    assert limits.startswith(
        "Analysen bygger på en intervju med en intervjuperson. Resultaten beskriver "
        "intervjupersonens erfarenheter"
    )
    # No quote is linked to a concept: no links to speak of as untested.
    assert "Kodningen prövades inte mot en andra, oberoende kodares bedömningar." in limits
    # its one quote is shown: no selection to speak of
    assert limits.endswith("Kapitlet återger alla kodade citat; de finns också i bilagan.")


def test_agreement_on_every_interview_is_said_so(document):
    limits = " ".join(_section(document, "Metodens begränsningar"))
    # The sample's second coder coded both interviews (transcripts/codings-coder2.csv).
    assert "Analysen bygger på två intervjuer med fyra intervjupersoner." in limits
    assert "prövades på temanivå i båda intervjuerna;" in limits


def test_an_interviewers_coded_turn_is_neither_quoted_nor_counted(tmp_path):
    from qualkod.models import Role
    from qualkod.project import set_speaker

    project = _fresh_project(tmp_path, [GROUP])
    add_coding(project, "1", 2, "ansvar_skjuts_undan", "anna", quote="Då börjar det")
    add_coding(project, "1", 3, "ansvar_skjuts_undan", "anna")  # Ida Lund's turn
    set_speaker(project, "Ida Lund", role=Role.INTERVIEWER)  # she was a co-interviewer
    document = docx.Document(io.BytesIO(build_chapter(project, ChapterSettings())))
    project.close()
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Temat omfattar ett citat från en intervjuperson." in text
    assert "Intervjuare 2" not in text


def test_agreement_with_a_second_coder_per_interview(tmp_path):
    # anna codes both interviews; bo double-codes the interview, cecilia the focus group,
    # so no interview was coded by all three.
    project = _fresh_project(tmp_path, [SESSION, GROUP])
    add_coding(project, "1", 2, "samverkan", "anna")
    add_coding(project, "2", 3, "bristande_ansvar", "anna")
    add_coding(project, "1", 2, "samverkan", "bo")
    add_coding(project, "1", 4, "situationsanpassning", "bo")
    add_coding(project, "2", 3, "bristande_ansvar", "cecilia")
    add_coding(project, "2", 5, "samverkan", "cecilia")
    document = docx.Document(io.BytesIO(build_chapter(project, ChapterSettings(coder="anna"))))
    project.close()
    method = " ".join(_section(document, "Material och metod"))
    # By hand: seven interviewee turns (1: 2, 4, 6; 2: 2, 3, 5, 6) x three themes = 21
    # decisions, two differ (1:4 situationsanpassning, 2:5 samverkan): 19/21 = 90.5 %.
    # anna says yes twice, the second coders four times: p_e = (2*4 + 19*17) / 21^2 =
    # 331/441, kappa = (399 - 331) / (441 - 331) = 68/110 = 0.62.
    assert (
        "Samstämmigheten prövades mellan Kodare A och en andra kodare per intervju (Kodare B "
        "i Intervju 1 och Kodare C i Fokusgrupp 1) på sju av intervjupersonernas repliker" in method
    )
    assert (
        "Sammanvägt över de tre temana och kodarparen var överensstämmelsen 90,5 procent, "
        "Cohens kappa 0,62" in method
    )
    limits = " ".join(_section(document, "Metodens begränsningar"))
    assert "prövades på temanivå i båda intervjuerna;" in limits


def test_a_caption_without_a_word_to_number_by_keeps_its_number_as_text():
    from qualkod.export.chapter_writer import ChapterWriter

    document = docx.Document()
    writer = ChapterWriter(document, "sv")
    writer.caption("Tab. {n}: antal citat", 3)
    writer.caption("Bild {n}. Diagram", 2)
    first, second = document.paragraphs[-2:]
    assert first.text == "Tab. 3: antal citat" and not first._p.xpath(".//w:instrText")
    assert second.text == "Bild 2. Diagram"
    assert second._p.xpath(".//w:instrText/text()") == [" SEQ Bild \\* ARABIC "]


def test_a_concept_source_missing_from_the_references_is_cited_and_listed():
    from types import SimpleNamespace

    from qualkod.export.chapter_text import references
    from qualkod.models import Concept, Reference, SourceRef, TheoryCatalogue

    listed = Reference("tyr", "Tyrstrup, M. (2014). *I gränslandet*. Studentlitteratur.")
    concepts = (
        Concept(
            "a",
            "Gränsobjekt",
            "Det som delas.",
            SourceRef("Star, S. L. & Strauss, A.", 1999, "Tystnadens lager", publisher="Kluwer"),
        ),
        Concept(
            "b",
            "Mellanrum",
            "Det mellan.",
            SourceRef("Tyrstrup, M.", 2014, "I gränslandet", pages="12"),
        ),
        Concept("c", "Nätverk", "Band.", SourceRef("Ek, A., Berg, B. & Holm, C.", 2020, "Band")),
    )
    assert concepts[0].source.citation() == "Star & Strauss, 1999"
    assert concepts[1].source.citation() == "Tyrstrup, 2014, s. 12"
    assert concepts[2].source.citation() == "Ek et al., 2020"
    catalogue = TheoryCatalogue("t", "Teori", "1", concepts, references=(listed,))
    material = SimpleNamespace(codebook=SimpleNamespace(references=()), catalogue=catalogue)
    assert [r.plain for r in references(material, "sv")] == [
        "Ek, A., Berg, B. & Holm, C. (2020). Band.",
        "Star, S. L. & Strauss, A. (1999). Tystnadens lager. Kluwer.",
        "Tyrstrup, M. (2014). I gränslandet. Studentlitteratur.",
    ]


def test_a_concept_source_is_matched_to_its_reference_by_title_never_dropped():
    from types import SimpleNamespace

    from qualkod.export.chapter_text import references
    from qualkod.models import Concept, Reference, SourceRef, TheoryCatalogue

    listed = Reference("tyr", "Tyrstrup, M. (2014a). *I  Gränslandet*. Studentlitteratur.")
    works = ["I gränslandet: om mellanrum", "Ett annat verk", "Ett tredje verk"]
    concepts = tuple(
        Concept(f"c{n}", f"Begrepp {n}", "Text.", SourceRef("Tyrstrup, M.", 2014, title))
        for n, title in enumerate(works)
    )
    catalogue = TheoryCatalogue("t", "Teori", "1", concepts, references=(listed,))
    material = SimpleNamespace(codebook=SimpleNamespace(references=()), catalogue=catalogue)
    assert [r.plain for r in references(material, "sv")] == [
        "Tyrstrup, M. (2014). Ett annat verk.",
        "Tyrstrup, M. (2014). Ett tredje verk.",
        "Tyrstrup, M. (2014a). I Gränslandet. Studentlitteratur.",
    ]


def test_a_codebook_without_its_catalogue_keeps_the_links_and_still_writes(tmp_path, cli):
    # The project's links name Tyrstrup's concepts; the codebook is used again without
    # its theory catalogue (its "theory:" line taken out).
    project = _make_project(tmp_path / "utan-teori.db")
    text = (REPO / "codebooks" / "samsjuklighet.yaml").read_text(encoding="utf-8")
    bare = tmp_path / "utan-teori.yaml"
    bare.write_text(
        "\n".join(line for line in text.splitlines() if not line.strip().startswith("theory:")),
        encoding="utf-8",
    )
    use = use_codebook(project, bare)
    # By hand from _make_project: 9 links to 8 concepts (organisatoriska_mellanrum twice)
    assert sum(n for _, n in use.unknown_concepts) == 9
    assert dict(use.unknown_concepts)["organisatoriska_mellanrum"] == 2
    data = build_chapter(project, ChapterSettings(coder="kodare1"))
    project.close()
    shown = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    assert "Bristande ansvar" in shown  # written, the links left out (it raised before)
    again = cli("codebook", "use", bare, "--project", tmp_path / "utan-teori.db", project=False)
    assert again.exit_code == 0
    assert "Warning: 9 links to concepts without a theory catalogue" in again.stderr


def test_the_studys_conclusions_close_the_discussion_in_the_order_written(tmp_path):
    project = _fresh_project(tmp_path, [SESSION])
    add_coding(project, "1", 2, "ansvar_skjuts_undan", "kodare1")
    first = "Glappet uppstår vid gränsen mellan uppdragen, som Lena Berg beskriver det."
    second = "Relationer bär samverkan där strukturerna inte gör det."
    add_memo(project, first, "kodare1", conclusion=True)
    add_memo(project, "En annan kodares slutsats.", "kodare2", conclusion=True)
    add_memo(project, second, "kodare1", conclusion=True)
    swedish = build_chapter(project, ChapterSettings(coder="kodare1"))
    english = build_chapter(project, ChapterSettings(coder="kodare1", lang="en"))
    project.close()
    document = docx.Document(io.BytesIO(swedish))
    titles = _styled(document, "Heading 2")
    at = titles.index("Slutsatser")
    assert titles[at - 1] == "Diskussion" and titles[at + 1] == "Metodens begränsningar"
    assert _section(document, "Slutsatser") == [
        "Glappet uppstår vid gränsen mellan uppdragen, som [IP 1] beskriver det.",
        second,
    ]
    assert "Conclusions" in _styled(docx.Document(io.BytesIO(english)), "Heading 2")


@pytest.mark.parametrize(
    ("memo", "expected"),
    [
        ("Samma personal ger trygghet.", "Samma personal ger trygghet (IP 1, Intervju 1)."),
        ("Samma personal ger trygghet", "Samma personal ger trygghet (IP 1, Intervju 1)."),
        ("Vem bär ansvaret?", "Vem bär ansvaret? (IP 1, Intervju 1)"),
    ],
)
def test_a_link_memo_ends_its_sentence_after_the_citation(memo, expected):
    from qualkod.export.chapter_text import with_citation

    assert with_citation(memo, "IP 1, Intervju 1") == expected


def test_the_english_sentences_on_a_codes_quotes_agree_in_number():
    from qualkod.export.chapter_phrases import TEXTS

    for sentence in TEXTS["en"]["code_count"]:
        assert "there are {quotes}" not in sentence and "{quotes}" in sentence


def test_a_featured_quote_does_not_put_its_speaker_before_one_not_yet_heard():
    from qualkod.export.chapter_quotes import chosen
    from qualkod.export.chapter_text import Quote

    def quote(n, speaker, featured=False):
        return Quote(n, "t", "t", speaker, 1, "Intervju 1", n, "", f"ord {n}", featured, (), (n,))

    # IP 1 twice (the second featured), IP 2, IP 3, IP 4 once each; four places
    quotes = [quote(1, "IP 1"), quote(2, "IP 2"), quote(3, "IP 3"), quote(4, "IP 4")]
    quotes.append(quote(5, "IP 1", featured=True))
    picked = chosen(quotes, 4)
    assert sorted(q.speaker for q in picked) == ["IP 1", "IP 2", "IP 3", "IP 4"]
    assert [q.coding_id for q in picked] == [2, 3, 4, 5]  # the featured one, in text order


def test_a_codebook_without_theory_references_or_quotes_for_a_theme_reads_as_prose(tmp_path):
    codebook = tmp_path / "enkel.yaml"
    codebook.write_text(
        "codebook:\n  id: enkel\n  name: Enkel kodbok\n  version: '0.1'\n"
        "themes:\n"
        "  - id: samarbete\n    name: Samarbete\n    definition: Arbete över gränser.\n"
        "  - id: tid\n    name: Tid\n    definition: Brist på tid i arbetet.\n",
        encoding="utf-8",
    )
    init_project(tmp_path / "p.db")
    project = open_project(tmp_path / "p.db")
    import_files(project, [SESSION], interviewers=["Karin Lindqvist"])
    use_codebook(project, codebook)
    add_coding(project, "1", 4, "samarbete", "anna", quote="Vi har en gemensam plan nu.")
    document = docx.Document(io.BytesIO(build_chapter(project, ChapterSettings())))
    project.close()
    names = [p.text for p in document.paragraphs]
    assert "Referenser" not in names  # nothing to list
    assert _section(document, "Diskussion") == [
        "Citaten har inte kopplats till teoretiska begrepp."
    ]
    assert (
        _section(document, "Tid")[0] == "Brist på tid i arbetet. Inga citat har kodats med temat."
    )
    assert not any(" ur ." in n or "inga intervjupersoner" in n for n in names)
