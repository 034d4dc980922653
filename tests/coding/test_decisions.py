"""Coding decisions, memos, the audit log and undo."""

from __future__ import annotations

import json

import pytest

from qualkod.coding import (
    add_coding,
    add_memo,
    codings,
    cut_words,
    feature_coding,
    history,
    memos,
    remove_coding,
    resolve_coder,
    undo,
)
from qualkod.coding.decisions import resolve_span
from qualkod.errors import NotFoundError, ParameterError, QualkodError

TURN_2 = "I fyra år, ungefär. Innan dess var jag på vuxenenheten. Och där trivdes jag [skratt]."


def test_whole_turn_or_exact_text(coded_project):
    whole = add_coding(coded_project, "1", 2, "samverkan", "anna")
    assert (whole.start, whole.end, whole.quote) == (0, len(TURN_2), TURN_2)
    part = add_coding(coded_project, "1", 4, "ansvar_skjuts_undan", "anna", quote="De backar undan")
    assert (part.start, part.end, part.quote) == (0, 15, "De backar undan")
    assert part.codebook_version == "1.5"
    assert [c.id for c in codings(coded_project)] == [whole.id, part.id]


def test_where_a_span_given_by_offsets_cuts_a_word(coded_project):
    # TURN_2 is "I fyra år, ungefär. …": "yra år" starts inside "fyra", "fyra å" ends in "år"
    def coded(start, end, code):
        return add_coding(coded_project, "1", 2, code, "anna", start=start, end=end)

    assert cut_words(coded_project, coded(3, 9, "samverkan")) == ["starts"]
    assert cut_words(coded_project, coded(2, 8, "bristande_ansvar")) == ["ends"]
    assert cut_words(coded_project, coded(3, 8, "ansvar_skjuts_undan")) == ["starts", "ends"]
    whole_words = add_coding(coded_project, "1", 2, "situationsanpassning", "anna", start=2, end=9)
    assert cut_words(coded_project, whole_words) == []


def test_offsets_are_code_points_into_nfc_text():
    assert resolve_span("Då är det så.", quote="är det") == (3, 9)
    assert resolve_span("Då är det så.", start=0, end=2) == (0, 2)
    # pasted decomposed (NFD: "a" + combining ring), as a Mac may copy it
    assert resolve_span("Vi går på möte.", quote="pa\u030a mo\u0308te") == (7, 14)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"quote": "finns inte"}, "is not in the turn"),
        ({"quote": "a"}, "occurs more than once"),
        ({"start": 5, "end": 2}, "need 0 <= start < end"),
        ({"quote": "De", "start": 0}, "either quote or start/end"),  # as Python gives them
        ({"start": 2, "end": 3}, r"start=2, end=3: the span holds only spaces"),  # "De| |b"
        ({"start": 24, "end": 25}, "the span holds only spaces"),  # after "tyvärr."
    ],
)
def test_bad_spans(options, message):
    with pytest.raises(QualkodError, match=message):
        resolve_span("De backar undan, tyvärr. Ja.", **options)


def test_a_quote_copied_with_names_hidden_points_to_raw_names():
    turn = "Maria Nyström ringde, men ingen svarade. [skratt]"
    with pytest.raises(
        QualkodError,
        match=r"^quote: '\[IP 1\] ringde, men ingen svarade\.' is not in the turn; names are "
        r"hidden in redacted text \(\[IP 2\], \[person\]\): copy the words from the turn's "
        r"text \(qualkod\.project\.turns\(p, transcript\)\), or give start/end$",
    ):
        resolve_span(turn, quote="[IP 1] ringde, men ingen svarade.")
    # brackets that are in the turn itself ([skratt]) are not taken for hidden names
    with pytest.raises(QualkodError, match=r"is not in the turn; copy it exactly$"):
        resolve_span(turn, quote="ingen ringde. [skratt]")


def test_unknown_code_turn_and_transcript(coded_project):
    with pytest.raises(QualkodError, match="not in codebook samsjuklighet 1.5"):
        add_coding(coded_project, "1", 2, "okand_kod", "anna")
    with pytest.raises(NotFoundError, match="has turns 1 to 4"):
        add_coding(coded_project, "1", 9, "samverkan", "anna")
    with pytest.raises(NotFoundError, match="transcript '7'"):
        add_coding(coded_project, "7", 1, "samverkan", "anna")


def test_the_same_decision_twice_is_refused(coded_project):
    add_coding(coded_project, "1", 2, "samverkan", "anna")
    with pytest.raises(QualkodError, match="already coded"):
        add_coding(coded_project, "1", 2, "samverkan", "anna")
    add_coding(coded_project, "1", 2, "samverkan", "bo")  # another coder may


def test_every_change_is_an_event_and_undo_walks_back(coded_project):
    coding = add_coding(coded_project, "1", 2, "samverkan", "anna")
    feature_coding(coded_project, coding.id, "anna")
    remove_coding(coded_project, coding.id, "anna")
    assert codings(coded_project) == []
    actions = [e.action for e in history(coded_project, coding.id)]
    assert actions == ["create", "feature", "delete"]
    deleted = json.loads(history(coded_project)[-1].after)
    assert deleted["deleted"] is True

    undo(coded_project, "anna")  # the delete
    [restored] = codings(coded_project)
    assert restored.featured
    undo(coded_project, "anna")  # the feature
    assert not codings(coded_project)[0].featured
    undo(coded_project, "anna")  # the create
    assert codings(coded_project) == []
    with pytest.raises(QualkodError, match="no decision left to undo"):
        undo(coded_project, "anna")
    assert [e.action for e in history(coded_project)].count("undo") == 3


def test_undo_only_touches_the_current_coders_decisions(coded_project):
    mine = add_coding(coded_project, "1", 2, "samverkan", "anna")
    add_coding(coded_project, "1", 4, "bristande_ansvar", "bo")
    undo(coded_project, "anna")
    assert [c.coder for c in codings(coded_project)] == ["bo"]
    assert history(coded_project, mine.id)[-1].action == "undo"


def test_memos_on_theme_link_and_coding(coded_project):
    coding = add_coding(coded_project, "1", 2, "samverkan", "anna")
    add_memo(coded_project, "Relationer bär samverkan.", "anna", theme="samverkan")
    add_memo(
        coded_project,
        "Mötet fogar samman.",
        "anna",
        theme="samverkan",
        concept="integrering",
    )
    add_memo(coded_project, "Bra citat.", "anna", coding_id=coding.id)
    found = {(m.code_id, m.concept_id, m.coding_id): m.text for m in memos(coded_project)}
    assert found == {
        ("samverkan", None, None): "Relationer bär samverkan.",
        ("samverkan", "integrering", None): "Mötet fogar samman.",
        (None, None, coding.id): "Bra citat.",
    }
    with pytest.raises(QualkodError, match="samverkan is not linked to it"):
        add_memo(coded_project, "x", "anna", theme="samverkan", concept="organisatoriska_mellanrum")
    with pytest.raises(QualkodError, match="no theme of the codebook is linked"):
        add_memo(coded_project, "x", "anna", theme="samverkan", concept="industrilogik")
    with pytest.raises(QualkodError) as caught:  # named as a Python caller gives them
        add_memo(coded_project, "x", "anna", concept="integrering")
    assert str(caught.value) == "concept needs theme: a memo on a link is about theme x concept"
    assert caught.value.for_option() == (
        "--concept needs --theme: a memo on a link is about theme x concept"
    )


def test_coder_identity(monkeypatch):
    monkeypatch.setenv("QUALKOD_CODER", "Miljö  Kodare")
    assert resolve_coder(None) == "Miljö Kodare"
    assert resolve_coder("anna") == "anna"
    monkeypatch.delenv("QUALKOD_CODER")
    assert resolve_coder(None)
    monkeypatch.setenv("QUALKOD_CODER", "  ")  # set by mistake: refused, not the user name
    with pytest.raises(QualkodError, match=r"\$QUALKOD_CODER is set but empty"):
        resolve_coder(None)


def test_the_python_api_refuses_a_coder_name_longer_than_a_project_keeps(coded_project):
    """Notebooks call the API without the CLI's --coder check: every decision checks the
    name before writing, on SQLite (which would keep it) as on PostgreSQL (which would not)."""
    from qualkod.coding import accept_suggestion, add_link, mark_decided, reject_suggestion

    long_name = "k" * 201
    kept = add_coding(coded_project, "1", 2, "samverkan", "k" * 200)  # the longest kept
    assert kept.coder == "k" * 200
    refused = [
        lambda: add_coding(coded_project, "1", 4, "samverkan", long_name),
        lambda: remove_coding(coded_project, kept.id, long_name),
        lambda: feature_coding(coded_project, kept.id, long_name),
        lambda: add_memo(coded_project, "En tanke.", long_name, theme="samverkan"),
        lambda: mark_decided(coded_project, "1", 6, long_name),
        lambda: add_link(coded_project, kept.id, "organisatoriska_mellanrum", long_name),
        lambda: accept_suggestion(coded_project, 1, long_name),
        lambda: reject_suggestion(coded_project, 1, long_name),
    ]
    for decide in refused:
        with pytest.raises(QualkodError, match="coder: the coder name is 201 characters long"):
            decide()
    assert [c.id for c in codings(coded_project)] == [kept.id]
    assert not codings(coded_project)[0].featured
    assert memos(coded_project) == []
    assert len(history(coded_project)) == 1  # only the coding that was kept


def test_an_interviewers_turn_is_not_coded(coded_project):
    # teams-new.vtt: turns 1 and 3 are Karin Lindqvist's questions (Intervjuare 1).
    with pytest.raises(QualkodError, match=r"^turn=1: it is the interviewer's \(Intervjuare 1\)"):
        add_coding(coded_project, "1", 1, "samverkan", "anna")
    assert codings(coded_project) == []


def test_overlapping_words_under_the_same_code_are_refused(coded_project):
    first = add_coding(coded_project, "1", 2, "samverkan", "anna", quote="I fyra år, ungefär.")
    for quote in ("I fyra år, ungefär", "fyra år", "ungefär. Innan dess var jag på vuxenenheten."):
        with pytest.raises(QualkodError, match=f"already \\(coding {first.id}\\)"):
            add_coding(coded_project, "1", 2, "samverkan", "anna", quote=quote)
    add_coding(coded_project, "1", 2, "samverkan", "anna", quote="Innan dess")  # no overlap
    add_coding(coded_project, "1", 2, "bristande_ansvar", "anna", quote="fyra år")  # other code
    add_coding(coded_project, "1", 2, "samverkan", "bo", quote="fyra år")  # other coder
    assert len(codings(coded_project)) == 4


def test_another_coders_coding_is_changed_only_when_asked_for(coded_project):
    hers = add_coding(coded_project, "1", 2, "samverkan", "maria")
    # from Python as from the command line: refused unless asked for (others=True, --force)
    for change in (
        lambda **force: remove_coding(coded_project, hers.id, "anna", **force),
        lambda **force: feature_coding(coded_project, hers.id, "anna", **force),
        lambda **force: add_memo(coded_project, "Min läsning.", "anna", coding_id=hers.id, **force),
    ):
        for refused in ({}, {"others": False}):
            # "maria" names the interviewee Maria Nyström: shown as outputs show her, IP 1
            with pytest.raises(QualkodError, match=f"coding {hers.id} is IP 1's, not anna's"):
                change(**refused)
    assert [(c.id, c.featured, c.memo) for c in codings(coded_project)] == [(hers.id, False, "")]
    feature_coding(coded_project, hers.id, "anna", others=True)
    assert codings(coded_project)[0].featured
    remove_coding(coded_project, hers.id, "maria")  # her own
    assert codings(coded_project) == []


def test_python_errors_name_the_parameter_and_the_command_line_its_option(coded_project):
    from qualkod.coding.decisions import CodingError

    tried = [
        (
            {"code_id": "nope"},
            "code_id='nope': not in codebook samsjuklighet 1.5; codes: ",
            "--code nope: not in codebook samsjuklighet 1.5; codes: ",
        ),
        (
            {"start": 5, "end": 3},
            "start=5, end=3: the turn has 85 characters",
            "--start 5 --end 3: the turn has 85 characters",
        ),
        (
            {"quote": "finns inte"},
            "quote: 'finns inte' is not in the turn; copy it exactly",
            "--text: 'finns inte' is not in the turn; copy it exactly",
        ),
        (
            {"quote": "a"},
            "quote: 'a' occurs more than once in the turn; give a longer quote or start/end",
            "--text: 'a' occurs more than once in the turn; give a longer quote or --start/--end",
        ),
        ({"turn": 99}, "turn=99: transcript 1 has turns 1 to 4", "--turn 99: transcript 1 has"),
        ({"turn": "2"}, "turn='2': give the turn's number", "--turn '2': give the turn's number"),
    ]
    for given, python, option in tried:
        options = {"transcript": "1", "turn": 2, "code_id": "samverkan", **given}
        with pytest.raises(QualkodError) as caught:
            add_coding(coded_project, coder="anna", **options)
        assert isinstance(caught.value, ParameterError)
        assert str(caught.value).startswith(python)
        assert caught.value.for_option().startswith(option)
        assert "\n" not in str(caught.value)
    with pytest.raises(CodingError) as memo:  # a coding decision's error still
        add_memo(coded_project, "x", "anna", theme="samverkan", concept="organisatoriska_mellanrum")
    assert str(memo.value).startswith(
        "concept='organisatoriska_mellanrum': samverkan is not linked"
    )
    assert memo.value.for_option().startswith("--concept organisatoriska_mellanrum: samverkan is")
    with pytest.raises(CodingError) as none:
        add_memo(coded_project, "x", "anna")
    assert str(none.value) == (
        "give one of theme (optionally with concept), coding_id or conclusion=True"
    )


def test_a_memo_on_a_concept_that_does_not_exist_says_so(coded_project):
    with pytest.raises(QualkodError, match="^concept='integrring': no theme of the codebook"):
        add_memo(coded_project, "x", "anna", theme="samverkan", concept="integrring")


def test_a_coder_name_with_an_invisible_character_is_refused(coded_project):
    with pytest.raises(QualkodError) as caught:
        add_coding(coded_project, "1", 2, "samverkan", "anna\u200b")
    assert str(caught.value) == (
        "coder: the coder name holds an invisible character (U+200B), pasted with it "
        "perhaps; type the name again"
    )


def test_python_callers_name_transcripts_and_turns_by_number(coded_project):
    coding = add_coding(coded_project, 1, 2, "samverkan", "anna")  # the id as an int
    assert (coding.transcript_id, coding.turn) == (1, 2)
    for turn in ("2", True, 2.0):
        with pytest.raises(QualkodError, match="give the turn's number as a whole number"):
            add_coding(coded_project, "1", turn, "bristande_ansvar", "anna")
    with pytest.raises(QualkodError, match="transcript 1.5: give its id, a sha256 prefix"):
        add_coding(coded_project, 1.5, 2, "bristande_ansvar", "anna")
    assert len(codings(coded_project)) == 1


def test_messages_about_another_coders_work_name_them_as_outputs_do(coded_project):
    from qualkod.coding import add_coding, add_memo, feature_coding, remove_coding
    from qualkod.coding.decisions import CodingError

    # the interviewer codes under her own name: outputs show her as Intervjuare 1
    made = add_coding(coded_project, 1, 2, "samverkan", "Karin Lindqvist")
    with pytest.raises(CodingError) as raised:
        remove_coding(coded_project, made.id, "anna")
    assert str(raised.value).startswith(
        f"coding {made.id} is Intervjuare 1's, not anna's: changing it changes Intervjuare 1's "
    )
    with pytest.raises(CodingError) as raised:
        add_memo(coded_project, "Min tanke.", "anna", coding_id=made.id)
    assert f"coding {made.id} is Intervjuare 1's, not anna's: its memo" in str(raised.value)
    remove_coding(coded_project, made.id, "Karin Lindqvist")
    with pytest.raises(CodingError) as raised:
        feature_coding(coded_project, made.id, "anna")
    assert f"coding {made.id}: already removed by Intervjuare 1 at " in str(raised.value)
    assert "Karin" not in str(raised.value)
