"""Importing files into a project: atomic, idempotent, pseudonymised."""

from __future__ import annotations

import hashlib
import shutil
import unicodedata

import pytest

from qualkod import project as api
from qualkod.errors import ParameterError, QualkodError
from qualkod.importing import ImportFailed, import_files
from tests.conftest import INGEST


def test_import_stores_turns_and_pseudonyms(project):
    [result] = import_files(project, [INGEST / "teams-new.vtt"], interviewers=["Karin Lindqvist"])
    assert (result.turns, result.words, result.already) == (4, 39, False)
    assert result.speakers == ("Intervjuare 1", "IP 1")
    summary, turns = api.turns(project, str(result.transcript_id))
    assert summary.source_format == "teams-vtt"
    assert [t.speaker.pseudonym for t in turns] == ["Intervjuare 1", "IP 1"] * 2
    assert turns[1].text.endswith("[skratt].")
    assert (turns[0].start_ms, turns[0].end_ms) == (3840, 9400)


def test_same_file_twice_gives_one_transcript(project, tmp_path):
    copy = tmp_path / "kopia.vtt"
    shutil.copy(INGEST / "teams-new.vtt", copy)
    first = import_files(project, [INGEST / "teams-new.vtt"])
    again = import_files(project, [copy])
    assert again[0].already and again[0].transcript_id == first[0].transcript_id
    assert len(api.transcripts(project)) == 1
    assert len(api.speakers(project)) == 2


def test_the_same_interview_exported_again_is_not_a_second_transcript(project, tmp_path):
    text = (INGEST / "teams-new.vtt").read_text(encoding="utf-8")
    edited = tmp_path / "omexport.vtt"  # a timestamp corrected, CRLF line endings
    edited.write_bytes(text.replace("00:00:07.120 -->", "00:00:07.200 -->").encode())
    edited.write_bytes(edited.read_bytes().replace(b"\n", b"\r\n"))
    first = import_files(project, [INGEST / "teams-new.vtt"])
    again = import_files(project, [edited])
    assert again[0].already and again[0].same_words
    assert again[0].transcript_id == first[0].transcript_id
    assert len(api.transcripts(project)) == 1
    other = tmp_path / "annan.vtt"  # one word different: another transcript
    other.write_text(text.replace("Då börjar vi.", "Då kör vi."), encoding="utf-8")
    assert not import_files(project, [other])[0].already


def test_one_bad_file_imports_nothing_and_names_every_bad_file(project):
    with pytest.raises(ImportFailed) as caught:
        import_files(
            project,
            [INGEST / "teams-new.vtt", INGEST / "truncated.vtt", INGEST / "empty.vtt"],
        )
    lines = str(caught.value).splitlines()
    assert len(lines) == 2
    assert "truncated.vtt:6:" in lines[0] and "empty.vtt:" in lines[1]
    assert api.transcripts(project) == []
    assert api.speakers(project) == []


def test_an_interviewer_name_that_matches_nobody_is_refused(project):
    with pytest.raises(QualkodError, match="Karin Lindkvist"):
        import_files(project, [INGEST / "teams-new.vtt"], interviewers=["Karin Lindkvist"])
    assert api.transcripts(project) == []


def test_the_same_person_keeps_one_pseudonym_across_interviews(project):
    import_files(project, [INGEST / "teams-new.docx"], interviewers=["Karin Lindqvist"])
    import_files(project, [INGEST / "suffixes.vtt"], interviewers=["Karin Lindqvist"])
    rows = {row.speaker.pseudonym: row for row in api.speakers(project)}
    assert set(rows["Intervjuare 1"].names) == {"Karin Lindqvist", "Lindqvist, Karin"}
    assert rows["Intervjuare 1"].transcripts == 2
    assert set(rows["IP 1"].names) == {"Sara Holm (Gäst)"}
    assert rows["IP 1"].transcripts == 2
    assert "IP 2" in rows and "Okänd talare 1" in rows


def test_title_option(project):
    [result] = import_files(project, [INGEST / "teams-new.vtt"], title="Intervju med chef")
    assert result.title == "Intervju med chef"
    with pytest.raises(QualkodError, match="^title: give a title for one file at a time"):
        import_files(project, [INGEST / "zoom.vtt", INGEST / "subrip.srt"], title="Två")


def test_a_title_tells_one_interview_apart(project):
    import_files(project, [INGEST / "teams-new.vtt"], title="Intervju med chef")
    with pytest.raises(
        QualkodError, match="^title='intervju MED chef': transcript 1 already has this title"
    ):
        import_files(project, [INGEST / "zoom.vtt"], title="intervju  MED chef")
    with pytest.raises(QualkodError, match="digits alone would be read as a transcript id"):
        import_files(project, [INGEST / "zoom.vtt"], title=" 2019")
    assert [t.title for t in api.transcripts(project)] == ["Intervju med chef"]  # nothing added
    # The same file again is reported as imported before, not refused for its title.
    [again] = import_files(project, [INGEST / "teams-new.vtt"], title="Intervju med chef")
    assert again.already and again.transcript_id == 1


@pytest.mark.parametrize("title", ["Intervju 5", "intervju 1", " FOKUSGRUPP  2 "])
def test_a_title_of_the_form_qualkod_numbers_itself_is_refused_as_transcripts_title_refuses_it(
    project, title
):
    # import took 'Intervju 5' while 'transcripts title' and study.yaml refused it; the
    # next generic title is numbered 'Intervju 1', so two transcripts would look alike
    with pytest.raises(ParameterError) as refused:
        import_files(project, [INGEST / "teams-new.vtt"], title=title)
    shown = " ".join(title.split())
    assert str(refused.value) == (
        f"title={shown!r}: qualkod numbers titles of this form itself (Intervju n, "
        "Fokusgrupp n); choose another, such as 'Samtal om boendet'"
    )
    assert api.transcripts(project) == []  # nothing imported
    import_files(project, [INGEST / "teams-new.vtt"], title="Intervju 5 med chefen")
    assert [t.title for t in api.transcripts(project)] == ["Intervju 5 med chefen"]


def test_control_characters_become_spaces_on_every_backend(project, tmp_path):
    # PostgreSQL cannot store NUL in text; no control character is speech anyway.
    source = tmp_path / "styrtecken.vtt"
    source.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Anna Berg>Hej\x00 och välkommen.</v>\n\n"
        "00:00:04.000 --> 00:00:06.000\n<v Erik Sund>Tack\x07så mycket.</v>\n",
        encoding="utf-8",
    )
    [result] = import_files(project, [source], interviewers=["Anna Berg"])
    _, turns = api.turns(project, str(result.transcript_id))
    assert [t.text for t in turns] == ["Hej och välkommen.", "Tack så mycket."]


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_decomposed_names_are_stored_composed_and_still_match(project, tmp_path):
    # macOS writes file names decomposed (NFD): 'Å' as 'A' and a combining ring.
    source = tmp_path / _nfd("Samtal med Åke Sjögren.vtt")
    source.write_text(
        _nfd(
            "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Märta Ågren>Välkommen hit, Åke.</v>\n\n"
            "00:00:03.000 --> 00:00:05.000\n<v Åke Sjögren>Tack, trevligt att ses.</v>\n"
        ),
        encoding="utf-8",
    )
    [result] = import_files(
        project, [source], interviewers=[_nfd("Märta Ågren")], title=_nfd("Möte på Öland")
    )
    assert result.speakers == ("Intervjuare 1", "IP 1")
    [summary] = api.transcripts(project)
    assert summary.title == "Möte på Öland"
    assert summary.source_name == "Samtal med Åke Sjögren.vtt"
    assert result.path == str(tmp_path / "Samtal med Åke Sjögren.vtt")
    # The interviewee's name in the file name is found, so it is never repeated.
    assert result.name_in_file_name is not None and "Sjögren" not in result.name_in_file_name
    rows = {row.speaker.pseudonym: set(row.names) for row in api.speakers(project)}
    assert rows == {"Intervjuare 1": {"Märta Ågren"}, "IP 1": {"Åke Sjögren"}}
    _, turns = api.turns(project, "1")
    assert turns[1].text == "Tack, trevligt att ses."
    assert all(unicodedata.is_normalized("NFC", t.text) for t in turns)


@pytest.mark.parametrize("given", ["", "   ", "\t \n"])
def test_a_blank_title_is_no_title(project, given):
    [result] = import_files(project, [INGEST / "teams-new.vtt"], title=given)
    assert result.title == "Intervju 1"
    assert api.transcripts(project)[0].title == "Intervju 1"


def test_a_person_written_two_ways_is_listed_once(project, tmp_path):
    source = tmp_path / "tva-stavningar.vtt"
    source.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Märta Ågren>Hör ni mig?</v>\n\n"
        "00:00:03.000 --> 00:00:05.000\n<v Sjögren, Åke (Gäst)>Ja, nu hörs du.</v>\n\n"
        "00:00:05.000 --> 00:00:07.000\n<v Lisa Wik>Jag hör också.</v>\n\n"
        "00:00:07.000 --> 00:00:09.000\n<v Åke Sjögren>Då kör vi.</v>\n",
        encoding="utf-8",
    )
    [result] = import_files(project, [source], interviewers=["Märta Ågren"])
    assert result.speakers == ("Intervjuare 1", "IP 1", "IP 2")


def test_a_person_stored_with_a_bracketed_organisation_by_an_older_version_is_still_one(
    project, tmp_path
):
    from sqlalchemy import text

    first = tmp_path / "forsta.vtt"
    first.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Märta Ågren>Hur började det?</v>\n\n"
        "00:00:03.000 --> 00:00:05.000\n<v Nordin, Per (Region Norrbotten)>Med ett samtal."
        "</v>\n",
        encoding="utf-8",
    )
    second = tmp_path / "andra.vtt"
    second.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Märta Ågren>Och sedan?</v>\n\n"
        "00:00:03.000 --> 00:00:05.000\n<v Per Nordin>Sedan kom nästa.</v>\n",
        encoding="utf-8",
    )
    import_files(project, [first], interviewers=["Märta Ågren"])
    with project.write() as conn:  # the key a version that kept brackets stored
        conn.execute(
            text("UPDATE speakers SET match_key = :old WHERE match_key = 'per nordin'"),
            {"old": "per nordin (region norrbotten)"},
        )
    [result] = import_files(project, [second])
    assert result.speakers == ("Intervjuare 1", "IP 1")
    assert [s.speaker.pseudonym for s in api.speakers(project)] == ["Intervjuare 1", "IP 1"]


def test_codings_naming_a_re_exported_copy_are_read_onto_the_transcript(project, tmp_path):
    from qualkod.coding import codings, gold_codings, import_codings
    from qualkod.project import use_codebook
    from tests.conftest import REPO

    text = (INGEST / "teams-new.vtt").read_text(encoding="utf-8")
    edited = tmp_path / "omexport.vtt"  # the colleague's copy: one timestamp corrected
    edited.write_text(text.replace("00:00:07.120 -->", "00:00:07.200 -->"), encoding="utf-8")
    [first] = import_files(project, [INGEST / "teams-new.vtt"], interviewers=["Karin Lindqvist"])
    import_files(project, [edited])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    copy_sha = hashlib.sha256(edited.read_bytes()).hexdigest()
    # Written by hand: turn 2 of the interview begins "I fyra år, ungefär."
    codings_file = tmp_path / "kollega.csv"
    codings_file.write_text(
        "transcript_sha256,turn,start,end,code,coder,quote\n"
        f"{copy_sha},2,0,9,situationsanpassning,kollega,I fyra år\n",
        encoding="utf-8",
    )
    assert import_codings(project, codings_file).added == 1
    [coding] = codings(project, coder="kollega")
    assert (coding.transcript_id, coding.turn, coding.quote) == (
        first.transcript_id,
        2,
        "I fyra år",
    )
    assert [c.transcript_id for c in gold_codings(project, codings_file)] == [first.transcript_id]
    assert api.get_transcript(project, copy_sha[:10]).id == first.transcript_id
    # Imported once more, the copy is still one transcript.
    assert import_files(project, [edited])[0].already
    assert len(api.transcripts(project)) == 1


def test_importing_the_same_file_again_fills_in_cue_times_an_older_version_did_not_keep(
    project, cli
):
    from sqlalchemy import text

    import_files(project, [INGEST / "teams-new.vtt"], interviewers=["Karin Lindqvist"])
    with project.write() as conn:  # as a version before schema 0013 stored it
        conn.execute(text("UPDATE turns SET cue_starts = NULL"))
    # By hand from teams-new.vtt: turns 1 and 2 are two cues each; turn 2's second cue
    # ("Och där trivdes jag") starts at 00:00:15.500, 56 characters into the turn.
    assert api.turns(project, "1")[1][1].time_at(60) == 10000

    result = cli("import", INGEST / "teams-new.vtt")
    assert result.exit_code == 0
    assert "cues of 2 turns start" in result.stdout and "nothing changed" not in result.stdout
    [second] = [t for t in api.turns(project, "1")[1] if t.index == 2]
    assert second.time_at(60) == 15500 and second.time_at(10) == 10000

    again = cli("import", INGEST / "teams-new.vtt")
    assert "(same sha256); nothing changed" in again.stdout


def test_cue_times_are_not_filled_in_from_a_file_read_into_other_turns(project, tmp_path):
    from sqlalchemy import text

    import_files(project, [INGEST / "teams-new.vtt"])
    with project.write() as conn:  # the stored words differ from the file's (by hand)
        conn.execute(
            text("UPDATE turns SET cue_starts = NULL, text = 'Ett annat svar.' WHERE idx = 2")
        )
    [again] = import_files(project, [INGEST / "teams-new.vtt"])
    assert again.already and again.cue_times_filled == 0
    assert all(not t.cue_starts for t in api.turns(project, "1")[1] if t.index == 2)


def _two_interviews(tmp_path):
    alone = tmp_path / "hälsning.txt"
    alone.write_text(
        "Birgitta Östman: Välkommen. Hur länge har du arbetat här?\n", encoding="utf-8"
    )
    talk = tmp_path / "samtal.txt"
    talk.write_text(
        "Birgitta Östman: Hur fungerar samverkan?\nSune Åberg: Ingen tar ansvar.\n"
        "Birgitta Östman: Ge ett exempel.\nSune Åberg: När någon skrivs ut.\n",
        encoding="utf-8",
    )
    return alone, talk


def test_interviewer_given_later_wins_over_an_earlier_guess(project, tmp_path):
    alone, talk = _two_interviews(tmp_path)
    import_files(project, [alone])  # alone, she is taken for an interviewee
    (result,) = import_files(project, [talk], interviewers=["Birgitta Östman"])
    people = [row.speaker for row in api.speakers(project)]
    roles = {s.pseudonym: (s.role.value, s.role_source) for s in people}
    assert roles == {"Intervjuare 1": ("interviewer", "given"), "IP 1": ("interviewee", "given")}
    assert result.made_interviewers == ("Intervjuare 1",) and result.kept_roles == ()


def test_interviewer_given_later_keeps_a_role_set_by_hand_and_says_so(project, tmp_path):
    alone, talk = _two_interviews(tmp_path)
    import_files(project, [alone])
    api.set_speaker(project, "Birgitta Östman", role=api.Role.INTERVIEWEE)
    (result,) = import_files(project, [talk], interviewers=["Birgitta Östman"])
    assert result.kept_roles == ("IP 1",) and result.made_interviewers == ()


def test_an_import_interrupted_half_way_leaves_none_of_its_files(project, tmp_path, monkeypatch):
    import qualkod.importing as importing

    alone, talk = _two_interviews(tmp_path)
    stored = importing._store_in

    def interrupted_at_the_second(conn, path, *args, **kwargs):
        if path.endswith("samtal.txt"):
            raise KeyboardInterrupt  # Ctrl-C while the second file is stored
        return stored(conn, path, *args, **kwargs)

    monkeypatch.setattr(importing, "_store_in", interrupted_at_the_second)
    with pytest.raises(KeyboardInterrupt):
        import_files(project, [alone, talk])
    assert api.transcripts(project) == [] and api.speakers(project) == []


def test_a_role_change_gives_a_focus_group_title_back_to_a_one_to_one_interview(project, tmp_path):
    group = tmp_path / "grupp.txt"
    group.write_text(
        "Birgitta Östman: Hur gick det?\nSune Åberg: Ingen ringde.\nRagnar Lövgren: Nej.\n"
        "Birgitta Östman: Varför?\nSune Åberg: Vet inte.\nRagnar Lövgren: Ingen vet.\n",
        encoding="utf-8",
    )
    (result,) = import_files(project, [group])  # two interviewees, one asking
    assert result.title == "Fokusgrupp 1"
    _, changes = api.set_speaker(project, "Ragnar Lövgren", role=api.Role.INTERVIEWER)
    assert ("Fokusgrupp 1", "Intervju 1") in changes
    assert [t.title for t in api.transcripts(project)] == ["Intervju 1"]
