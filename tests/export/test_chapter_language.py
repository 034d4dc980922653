"""The chapter's Swedish: genitives after a pseudonym, theme names in running text,
coder labels, citations, large numbers and wording. The expected sentences are written
by hand from the small interview ``tests/data/export/sprak.vtt``: IP 1 (Anna Berg) says
turn 2, IP 2 (Olle Strand) turn 3, where he names Anna in the genitive."""

from __future__ import annotations

import io

import docx
import pytest

from qualkod.coding import add_coding, add_link
from qualkod.export.chapter import ChapterSettings, build_chapter
from qualkod.importing import import_files
from qualkod.project import init_project, use_codebook
from qualkod.store import open_project
from tests.conftest import DATA, REPO

INTERVIEW = DATA / "export" / "sprak.vtt"


@pytest.fixture(scope="module")
def chapter(tmp_path_factory) -> list[str]:
    """The chapter's paragraphs: kodare1 coded first, eva second (for the agreement)."""
    path = tmp_path_factory.mktemp("language") / "p.db"
    init_project(path)
    project = open_project(path)
    import_files(project, [INTERVIEW], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    meetings = add_coding(
        project, "1", 2, "samarbete", "kodare1", quote="Vi träffar psykiatrin varje vecka."
    )
    add_coding(
        project,
        "1",
        2,
        "ansvar_skjuts_undan",
        "kodare1",
        quote="Regionen backar ändå undan när missbruket finns med.",
    )
    add_coding(
        project, "1", 3, "samarbete", "kodare1", quote="Mötena var Annas förslag från början."
    )
    teams = add_coding(
        project,
        "1",
        3,
        "sammanhallna_team",
        "kodare1",
        quote="Vi slog också ihop teamen så att personen bara har en kontakt.",
    )
    add_link(project, meetings.id, "integrering", "kodare1")
    add_link(project, teams.id, "integrering", "kodare1")
    add_coding(project, "1", 2, "samarbete", "eva")
    add_coding(project, "1", 3, "sammanhallna_team", "eva")
    data = build_chapter(project, ChapterSettings(coder="kodare1"))
    project.close()
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def _with(paragraphs: list[str], words: str) -> str:
    found = [p for p in paragraphs if words in p]
    assert found, f"no paragraph with {words!r}"
    return found[0]


def test_a_name_in_the_genitive_keeps_its_genitive_after_the_pseudonym(chapter):
    quote = _with(chapter, "Mötena var")
    assert "”Mötena var [IP 1]:s förslag från början”" in quote


def test_theme_and_concept_names_are_in_lower_case_in_running_text(chapter):
    method = _with(chapter, "Transkriptet analyserades")
    assert (
        "med tre teman: bristande ansvar, samverkan – förutsättningar och förhoppningar och "
        "situationsanpassning." in method
    )
    assert _with(chapter, "Analysen resulterade").startswith(
        "Analysen resulterade i tre teman: bristande ansvar (ett citat), samverkan – "
        "förutsättningar och förhoppningar (två citat) och situationsanpassning (ett citat)."
    )
    assert "Citaten i temat har kopplats till ett begrepp: integrering." in chapter
    assert "Tabell 4. Samtliga kodade citat under temat bristande ansvar." in chapter
    # a heading and a sentence's first word keep the capital
    assert "Bristande ansvar" in chapter
    assert "Integrering" in chapter


def test_coders_are_named_by_their_labels_not_their_logins(chapter):
    # kodare1 coded first, so is Kodare A; eva is Kodare B
    assert "Kodningen gjordes av Kodare A." in _with(chapter, "Transkriptet analyserades")
    assert _with(chapter, "Samstämmigheten").startswith(
        "Samstämmigheten mellan kodarna (Kodare A och Kodare B) prövades"
    )
    every = " ".join(chapter)
    assert "kodare1" not in every
    assert "eva" not in every.split()


def test_every_citation_names_speaker_interview_and_time(chapter):
    assert (
        "Som IP 1 uttrycker det: ”Vi träffar psykiatrin varje vecka” "
        "(IP 1, Fokusgrupp 1, 00:00:05)." in chapter
    )
    assert (
        "Till begreppet kopplas ett citat från en intervjuperson "
        "(IP 2, Fokusgrupp 1, 00:00:13)." in chapter
    )
    every = " ".join(chapter)
    assert "(Fokusgrupp 1, " not in every
    assert "(IP 1, 00:" not in every
    assert "(IP 2, 00:" not in every


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (12, "tolv citat"),
        (13, "13 citat"),
        (999, "999 citat"),
        (1000, "1\u00a0000 citat"),
        (3068, "3\u00a0068 citat"),
        (12400, "12\u00a0400 citat"),
        (1234567, "1\u00a0234\u00a0567 citat"),
    ],
)
def test_large_numbers_have_a_no_break_space_between_the_thousands(value, expected):
    from qualkod.export.chapter_text import count

    assert count(value, "quote", "sv") == expected


def test_an_english_chapter_groups_thousands_with_a_comma():
    from qualkod.export.chapter_text import count

    assert count(3068, "quote", "en") == "3,068 quotes"


def test_the_limitations_name_the_featured_quotes_one_way():
    from qualkod.export.chapter_phrases import TEXTS

    sentence = TEXTS["sv"]["limits_selection"].format(most="tio")
    assert sentence == (
        "Kapitlet återger högst tio citat per tema: först de utvalda citaten, sedan citat "
        "från intervjupersonerna i tur och ordning; alla kodade citat finns i bilagan."
    )
    assert "urval" not in sentence  # "utvalda" is the featured quotes, as in the tables


def test_the_discussion_varies_its_sentences_from_theme_to_theme(chapter):
    discussion = chapter[chapter.index("Diskussion") :]
    assert discussion[discussion.index("Integrering") + 1 :][:3] == [
        "Integrering belyses av två citat från två intervjupersoner i två av de tre temana.",
        "Samverkan – förutsättningar och förhoppningar. Till begreppet kopplas ett citat från "
        "en intervjuperson i temat (IP 1, Fokusgrupp 1, 00:00:05).",
        "Situationsanpassning. Här knyts ett citat från en intervjuperson till begreppet "
        "(IP 2, Fokusgrupp 1, 00:00:13).",
    ]


def test_one_transcript_of_two_interviewees_is_one_transcript(chapter):
    method = next(p for p in chapter if p.startswith("Materialet består av"))
    assert (
        "Transkriptet har pseudonymiserats: intervjupersonerna benämns IP 1, IP 2 och så vidare."
        in method
    )


def _method_with_pseudonym(tmp_path, pseudonym: str, lang: str) -> str:
    from qualkod.project import set_speaker

    path = tmp_path / f"{lang}.db"
    init_project(path)
    project = open_project(path)
    import_files(project, [INTERVIEW], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    add_coding(project, "1", 2, "samarbete", "kodare1", quote="Vi träffar psykiatrin varje vecka.")
    set_speaker(project, "Anna Berg", pseudonym=pseudonym)
    data = build_chapter(project, ChapterSettings(coder="kodare1", lang=lang))
    project.close()
    paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    opening = "Materialet består av" if lang == "sv" else "The material consists of"
    return next(p for p in paragraphs if p.startswith(opening))


@pytest.mark.parametrize(
    ("pseudonym", "lang", "said"),
    [
        # newuser: pseudonyms set by hand were still said to be "IP 1, IP 2 och så vidare";
        # Anna Berg is Socionom W, Olle Strand is numbered again as IP 1
        (
            "Socionom W",
            "sv",
            "Transkriptet har pseudonymiserats: intervjupersonerna benämns IP 1 och Socionom W.",
        ),
        (
            "Socionom W",
            "en",
            "The transcript is pseudonymised: interviewees are called IP 1 and Socionom W.",
        ),
        (  # a pseudonym of qualkod's own form keeps the general sentence
            "IP 7",
            "sv",
            "Transkriptet har pseudonymiserats: intervjupersonerna benämns IP 1, IP 2 och så "
            "vidare.",
        ),
    ],
)
def test_pseudonyms_set_by_hand_are_named_in_the_method(tmp_path, pseudonym, lang, said):
    method = _method_with_pseudonym(tmp_path, pseudonym, lang)
    assert said in method
    assert "Anna" not in method and "Olle" not in method
