"""``qualkod export study``: a project built by hand becomes a study ``reproduce`` rebuilds.

The oracle is the project itself: the chapter and the quote table exported from it
directly must equal what ``reproduce`` makes of the exported study folder.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import yaml

from qualkod.ingest import read_transcript
from qualkod.reproduce import reproduce
from qualkod.study_file import load_study
from qualkod.study_paths import check_inputs
from tests.conftest import REPO, SAMPLES

CHAPTER = ["--coder", "kodare1", "--number", "4.2", "--max-quotes", "10"]


def _paragraphs(path: Path) -> list[str]:
    import docx

    return [p.text for p in docx.Document(str(path)).paragraphs]


def _turns(path: Path) -> list[tuple]:
    return [
        (t.speaker, t.text, t.start_ms, t.end_ms, tuple(t.cue_starts))
        for t in read_transcript(path).turns
    ]


def _sample_project(cli) -> None:
    """The sample study built as the README's user builds it (the project is initialised)."""
    ran = [
        cli(
            "import",
            SAMPLES / "intervju-ifo-chef.vtt",
            SAMPLES / "fokusgrupp.docx",
            "--interviewer",
            "Karin Lindqvist",
            "--interviewer",
            "Johan Ek",
        ),
        cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml"),
        cli("codings", "import", SAMPLES / "codings.csv"),
        cli("codings", "import", SAMPLES / "codings-coder2.csv"),
        cli("memo", "import", SAMPLES / "memos.yaml"),
    ]
    for result in ran:
        assert result.exit_code == 0, result.stderr


def test_the_sample_project_exported_as_a_study_reproduces_its_chapter_and_table(cli, tmp_path):
    _sample_project(cli)
    direct = tmp_path / "direkt.docx"
    assert cli("export", "chapter", "--out", direct, *CHAPTER).exit_code == 0
    table = cli("table", "--coder", "kodare1", "--format", "csv")
    assert table.exit_code == 0
    folder = tmp_path / "studie"
    result = cli("export", "study", "--out", folder, *CHAPTER)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"Wrote {folder}/: 2 transcripts, codings of 2 coders")
    warnings = result.stderr.strip().splitlines()
    assert warnings == [
        "Warning: the folder holds the transcripts verbatim with real names: it is for the "
        "research team and the archive, not for publication"
    ]

    manifest = folder / "study.yaml"
    spec = load_study(manifest)
    assert len(check_inputs(spec, folder, manifest)) == 7  # every sha256 right
    assert spec.interviewers == ["Johan Ek", "Karin Lindqvist"]
    # the coders by neutral labels, kodare1 first to code (codings.csv is imported first)
    assert [c.path for c in spec.codings] == ["codings/kodare-a.csv", "codings/kodare-b.csv"]
    assert (spec.chapter.coder, spec.chapter.number, spec.chapter.max_quotes) == (
        "Kodare A",
        "4.2",
        10,
    )
    # the codebook and catalogue are the files the project chose, byte for byte
    assert (
        spec.codebook.sha256
        == hashlib.sha256((REPO / "codebooks" / "samsjuklighet.yaml").read_bytes()).hexdigest()
    )
    assert (
        spec.theory.sha256
        == hashlib.sha256((REPO / "codebooks" / "tyrstrup-2014.yaml").read_bytes()).hexdigest()
    )
    # the transcripts, written as WebVTT, read back into the turns the originals give
    originals = [SAMPLES / "intervju-ifo-chef.vtt", SAMPLES / "fokusgrupp.docx"]
    for original, written in zip(originals, spec.transcripts, strict=True):
        assert _turns(folder / written.path) == _turns(original)

    reproduce(manifest)
    outputs = folder / "outputs"
    assert _paragraphs(outputs / "kapitel.docx") == _paragraphs(direct)
    assert (outputs / "citat.csv").read_text(encoding="utf-8") == table.stdout


FIXTURE = """WEBVTT

1
00:00:01.000 --> 00:00:04.500
<v Eva Strand>Hur kom det sig att ni öppnade ett boende i Kvarnliden?</v>

2
00:00:05.000 --> 00:00:11.250
<v Nils Berglund>Det fanns ingenstans att ta vägen för dem som skrevs ut, regionen</v>

3
00:00:11.250 --> 00:00:15.000
<v Nils Berglund>och vi fick lösa det själva med två tjänster.</v>

4
00:00:15.800 --> 00:00:18.000
<v Eva Strand>Och hur fungerar mötena med psykiatrin i dag?</v>

5
00:00:18.400 --> 00:00:26.900
<v Nils Berglund>Vi har ett gemensamt möte varje tisdag, men ingen från Kvarnlidens vårdcentral kommer.</v>
"""


def test_a_term_added_in_the_project_goes_into_the_study_and_stays_out_of_its_outputs(
    cli, tmp_path
):
    vtt = tmp_path / "samtal.vtt"
    vtt.write_text(FIXTURE, encoding="utf-8")
    steps = [
        ("import", vtt, "--interviewer", "Eva Strand"),
        ("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml"),
        ("redact", "add", "Kvarnliden", "--as", "[ort]"),
        ("code", "add", "--transcript", "1", "--turn", "2", "--code", "annans_uppgift"),
        ("code", "add", "--transcript", "1", "--turn", "4", "--code", "samarbete", "--featured"),
        ("link", "add", "2", "horisontell_samordning", "--memo", "Mötet i Kvarnliden."),
        ("memo", "add", "--theme", "samverkan", "Mötena bär samverkan i Kvarnliden."),
    ]
    for step in steps:
        result = (
            cli(*step, "--coder", "anna") if step[0] in ("code", "link", "memo") else cli(*step)
        )
        assert result.exit_code == 0, (step, result.stderr)
    table = cli("table", "--coder", "anna", "--format", "csv").stdout
    folder = tmp_path / "export"
    result = cli("export", "study", "--out", folder, "--coder", "anna")
    assert result.exit_code == 0, result.stderr
    assert "2 codings were made in this project" in result.stderr  # the chapter says so

    study = yaml.safe_load((folder / "study.yaml").read_text(encoding="utf-8"))
    assert study["redaction"] == {"terms": [{"text": "Kvarnliden", "as": "[ort]"}]}
    assert study["interviewers"] == ["Eva Strand"]
    written = folder / study["transcripts"][0]["path"]
    assert _turns(written) == _turns(vtt)  # the second cue of turn 2 keeps its own time
    assert "Kvarnliden" in written.read_text(encoding="utf-8")  # the team's raw transcript

    reproduce(folder / "study.yaml")
    outputs = folder / "outputs"
    text = "\n".join(_paragraphs(outputs / "kapitel.docx"))
    for name in ("kapitel.docx", "citat.csv", "citat.html", "citat.xlsx"):
        data = (outputs / name).read_bytes()
        assert b"Kvarnlid" not in data, name
    for shown in (text, (outputs / "citat.html").read_text(encoding="utf-8")):
        assert "Kvarnlid" not in shown and "Nils" not in shown and "Berglund" not in shown
    csv_text = (outputs / "citat.csv").read_text(encoding="utf-8")
    assert "från [ort]:s vårdcentral" in csv_text
    assert csv_text == table  # the same quotes, memos and concepts as in the project


def test_a_folder_that_is_not_empty_is_refused_without_force(cli, tmp_path):
    _sample_project(cli)
    folder = tmp_path / "studie"
    folder.mkdir()
    (folder / "gammal.txt").write_text("kvar", encoding="utf-8")
    result = cli("export", "study", "--out", folder, "--coder", "kodare1")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {folder}: the folder is not empty; give a new or empty folder, or add "
        "--force to replace what is in it\n"
    )
    assert [p.name for p in folder.iterdir()] == ["gammal.txt"]
    result = cli("export", "study", "--out", folder, "--coder", "kodare1", "--force")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == [
        "codebooks",
        "codings",
        "memos.yaml",
        "study.yaml",
        "transcripts",
    ]
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".qualkod")]
    assert leftovers == []  # the folders it was built and swapped in are gone


@pytest.mark.parametrize(
    ("setup", "args", "said"),
    [
        ("file", [], r"is a file, not a folder; give a new or empty folder"),
        (
            "none",
            ["--coder", "eva"],
            r"^--coder eva: has no codings in the project; coders: kodare1, kodare2$",
        ),
        (
            "none",
            ["--lang", "de"],
            r"^Invalid value for '--lang': 'de' is not one of 'sv', 'en'; "
            r"see 'qualkod export study --help'$",
        ),
    ],
)
def test_bad_input_is_one_line_without_a_traceback(cli, tmp_path, setup, args, said):
    _sample_project(cli)
    out = tmp_path / "studie"
    if setup == "file":
        out.write_text("x", encoding="utf-8")
    result = cli("export", "study", "--out", out, *args)
    assert result.exit_code in (1, 2)
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and "Traceback" not in message
    assert re.search(said, message.removeprefix("Error: ")), message
    assert not (out.is_dir())


def test_a_transcript_from_another_program_than_teams_is_refused(cli, tmp_path):
    from tests.conftest import INGEST

    assert cli("import", INGEST / "subrip.srt").exit_code == 0
    assert cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml").exit_code == 0
    result = cli("export", "study", "--out", tmp_path / "studie")
    assert result.exit_code == 1
    assert re.fullmatch(
        r"Error: transcript 1: imported from a srt file, which the project does not "
        r"keep; .* only transcripts from Teams can be exported as a study for now\n",
        result.stderr,
    )
    assert not (tmp_path / "studie").exists()


def test_from_python_the_refusal_names_the_parameter(sample_study, tmp_path):
    from qualkod.errors import QualkodError
    from qualkod.export.study import ChapterOptions, export_study

    (tmp_path / "studie").mkdir()
    (tmp_path / "studie" / "x.txt").write_text("x", encoding="utf-8")
    with pytest.raises(QualkodError, match=r"or add force=True to replace what is in it$"):
        export_study(sample_study, tmp_path / "studie")
    made = export_study(
        sample_study, tmp_path / "ny", study="prov", chapter=ChapterOptions(coder="kodare2")
    )
    assert made.files[-1] == "study.yaml" and made.coders == ("Kodare A", "Kodare B")
    assert made.notes == ()  # everything the sample project holds goes into the study
    spec = load_study(tmp_path / "ny" / "study.yaml")
    assert (spec.study, spec.chapter.coder, spec.tables.coder) == ("prov", "Kodare B", "Kodare B")


def test_from_python_a_coder_without_codings_is_a_parameter_error_naming_the_argument(
    sample_study, tmp_path
):
    from qualkod.errors import ParameterError
    from qualkod.export.study import ChapterOptions, StudyExportError, export_study

    with pytest.raises(ParameterError) as refused:
        export_study(sample_study, tmp_path / "ny", chapter=ChapterOptions(coder="eva"))
    # the sample study's coders are kodare1 and kodare2 (transcripts/codings*.csv)
    said = "has no codings in the project; coders: kodare1, kodare2"
    assert str(refused.value) == f"chapter.coder='eva': {said}"
    assert refused.value.parameter == "chapter.coder" and refused.value.value == "eva"
    assert refused.value.for_option() == f"--coder eva: {said}"  # the command line's
    assert isinstance(refused.value, StudyExportError)  # still the stage's error too
    assert not (tmp_path / "ny").exists()  # nothing written


SECOND = FIXTURE.replace("Nils Berglund", "Lars Viklund").replace("tisdag", "torsdag")


def test_a_title_pseudonym_and_role_set_by_hand_go_into_the_study_and_its_outputs(cli, tmp_path):
    first, second = tmp_path / "samtal.vtt", tmp_path / "samtal-2.vtt"
    first.write_text(FIXTURE, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    for step in (
        ("import", first, "--interviewer", "Eva Strand", "--title", "Samtal om boendet"),
        ("import", second, "--interviewer", "Eva Strand"),  # Intervju 1
        ("speakers", "set", "Nils Berglund", "--pseudonym", "Socionom A"),
        ("speakers", "set", "Lars Viklund", "--role", "unknown"),  # Okänd talare 1
        ("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml"),
        ("code", "add", "--transcript", "1", "--turn", "4", "--code", "samarbete"),
        ("code", "add", "--transcript", "2", "--turn", "4", "--code", "samarbete"),
    ):
        result = cli(*step, "--coder", "a") if step[0] == "code" else cli(*step)
        assert result.exit_code == 0, (step, result.stderr)
    table = cli("table", "--format", "csv").stdout
    direct = tmp_path / "direkt.docx"
    assert cli("export", "chapter", "--out", direct).exit_code == 0
    folder = tmp_path / "studie"
    result = cli("export", "study", "--out", folder)
    assert result.exit_code == 0, result.stderr
    assert "not kept" not in result.stderr and "reproduction would" not in result.stderr

    study = yaml.safe_load((folder / "study.yaml").read_text(encoding="utf-8"))
    assert study["transcripts"][0]["title"] == "Samtal om boendet"
    assert "title" not in study["transcripts"][1]  # import titles it Intervju 1 itself
    assert study["speakers"] == [
        {"name": "Nils Berglund", "pseudonym": "Socionom A"},
        {"name": "Lars Viklund", "role": "unknown"},
    ]
    assert study["interviewers"] == ["Eva Strand"]

    reproduce(folder / "study.yaml")
    outputs = folder / "outputs"
    quotes = (outputs / "citat.csv").read_text(encoding="utf-8").splitlines()
    assert quotes[1].startswith("samverkan,samarbete,Socionom A,Samtal om boendet,00:00:18,")
    assert quotes[2].startswith("samverkan,samarbete,Okänd talare 1,Intervju 1,00:00:18,")
    assert "\n".join(quotes) + "\n" == table  # as the project's own table
    chapter = _paragraphs(outputs / "kapitel.docx")
    assert any(p.endswith("(Socionom A, Samtal om boendet, 00:00:18).") for p in chapter)
    # as the project's own chapter, but for its sentence on how the codings were made
    # (made in the project, read from a codings file: the warning says so)
    method = [n for n, p in enumerate(chapter) if p.startswith("Transkripten analyserades")]
    assert len(method) == 1
    assert [p for n, p in enumerate(chapter) if n not in method] == [
        p for n, p in enumerate(_paragraphs(direct)) if n not in method
    ]
    assert "IP 1" not in "\n".join(chapter)


def test_a_title_given_back_its_generic_form_is_left_to_reproduce_to_number(cli, tmp_path):
    first, second = tmp_path / "samtal.vtt", tmp_path / "samtal-2.vtt"
    first.write_text(FIXTURE, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    for step in (
        ("import", first, "--interviewer", "Eva Strand", "--title", "Samtal om flytten"),
        ("import", second, "--interviewer", "Eva Strand"),  # Intervju 1
        ("transcripts", "title", "Samtal om flytten", "--generic"),  # Intervju 1 again
        ("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml"),
        ("code", "add", "--transcript", "1", "--turn", "4", "--code", "samarbete", "--coder", "a"),
        ("code", "add", "--transcript", "2", "--turn", "4", "--code", "samarbete", "--coder", "a"),
    ):
        assert cli(*step).exit_code == 0, step
    result = cli("export", "study", "--out", tmp_path / "studie")
    assert result.exit_code == 0, result.stderr
    assert "title" not in result.stderr  # no title the study cannot carry
    study = yaml.safe_load((tmp_path / "studie" / "study.yaml").read_text(encoding="utf-8"))
    assert [t.keys() for t in study["transcripts"]] == [{"path", "sha256"}] * 2
    reproduce(tmp_path / "studie" / "study.yaml")
    quotes = (tmp_path / "studie" / "outputs" / "citat.csv").read_text(encoding="utf-8")
    cited = [row.split(",")[3] for row in quotes.splitlines()[1:]]
    assert cited == ["Intervju 1", "Intervju 2"]  # in import order, as in the project


def test_a_pseudonym_an_automatic_speaker_would_hold_in_a_reproduction_is_carried(cli, tmp_path):
    first, second = tmp_path / "samtal.vtt", tmp_path / "samtal-2.vtt"
    first.write_text(FIXTURE, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    for step in (
        ("import", first, "--interviewer", "Eva Strand"),
        ("speakers", "set", "Nils Berglund", "--pseudonym", "IP 2"),  # free while alone
        ("import", second, "--interviewer", "Eva Strand"),  # Lars Viklund is IP 1
        ("transcripts", "title", "1", "Samtal med Nils Berglund"),  # a title with a name
        ("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml"),
        ("code", "add", "--transcript", "1", "--turn", "4", "--code", "samarbete", "--coder", "a"),
        ("code", "add", "--transcript", "2", "--turn", "4", "--code", "samarbete", "--coder", "a"),
    ):
        assert cli(*step).exit_code == 0, step
    table = cli("table", "--format", "csv").stdout
    folder = tmp_path / "studie"
    result = cli("export", "study", "--out", folder)
    assert result.exit_code == 0, result.stderr
    # imported together, Lars Viklund is IP 2 until Nils Berglund's IP 2 is set: then he
    # is numbered again, IP 1, as in the project
    assert "not kept" not in result.stderr and "reproduction" not in result.stderr
    assert "Berglund" not in result.stderr and "Nils" not in result.stderr
    study = yaml.safe_load((folder / "study.yaml").read_text(encoding="utf-8"))
    assert study["speakers"] == [{"name": "Nils Berglund", "pseudonym": "IP 2"}]
    reproduce(folder / "study.yaml")
    quotes = (folder / "outputs" / "citat.csv").read_text(encoding="utf-8").splitlines()
    assert [row.split(",")[2] for row in quotes[1:]] == ["IP 2", "IP 1"]
    assert "\n".join(quotes) + "\n" == table  # as the project's own table


def test_ignored_and_confirmed_items_go_into_the_study_as_decided(cli, tmp_path):
    vtt = tmp_path / "samtal.vtt"
    said = "Jovana ringer ibland från Kvarnliden, och Holm i styrelsen tycker att det räcker."
    vtt.write_text(FIXTURE.replace("kommer.</v>", f"kommer. {said}</v>"), encoding="utf-8")
    for step in (
        ("import", vtt, "--interviewer", "Eva Strand"),
        ("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml"),
        ("redact", "ignore", "Holm"),  # a word here, left in
        ("redact", "confirm", "Kvarnliden"),  # a possible name, redacted once confirmed
        ("code", "add", "--transcript", "1", "--turn", "4", "--code", "samarbete", "--coder", "a"),
    ):
        assert cli(*step).exit_code == 0, step
    table = cli("table", "--format", "csv").stdout
    folder = tmp_path / "studie"
    assert cli("export", "study", "--out", folder).exit_code == 0
    study = yaml.safe_load((folder / "study.yaml").read_text(encoding="utf-8"))
    assert study["redaction"] == {"ignore": ["Holm"], "confirm": ["Kvarnliden"]}
    reproduce(folder / "study.yaml")
    quotes = (folder / "outputs" / "citat.csv").read_text(encoding="utf-8")
    assert quotes == table
    # Kvarnliden is redacted also unconfirmed now, as a hamlet after "från" (farm_places)
    assert "Holm i styrelsen" in quotes and "[person] ringer ibland från [ort]," in quotes
    assert "Jovana" not in quotes and "Kvarnliden" not in quotes


def test_a_catalogue_given_with_theory_and_not_named_by_the_codebook_comes_along(cli, tmp_path):
    codebook = tmp_path / "kodbok.yaml"
    text = (REPO / "codebooks" / "samsjuklighet.yaml").read_text(encoding="utf-8")
    codebook.write_text(re.sub(r"\n  theory: .*\n", "\n", text, count=1), encoding="utf-8")
    catalogue = tmp_path / "begrepp" / "katalog.yaml"
    catalogue.parent.mkdir()
    catalogue.write_bytes((REPO / "codebooks" / "tyrstrup-2014.yaml").read_bytes())
    _sample_project(cli)
    use = cli("codebook", "use", codebook, "--theory", catalogue)
    assert use.exit_code == 0, use.stderr
    direct = tmp_path / "direkt.docx"
    assert cli("export", "chapter", "--out", direct, *CHAPTER).exit_code == 0
    folder = tmp_path / "studie"
    assert cli("export", "study", "--out", folder, *CHAPTER).exit_code == 0
    spec = load_study(folder / "study.yaml")
    assert spec.theory.path == "codebooks/tyrstrup-2014-teori.yaml"
    assert (folder / spec.theory.path).read_bytes() == catalogue.read_bytes()
    reproduce(folder / "study.yaml")
    reproduced = _paragraphs(folder / "outputs" / "kapitel.docx")
    assert reproduced == _paragraphs(direct)
    assert any("organisatoriska mellanrum" in p.casefold() for p in reproduced)
