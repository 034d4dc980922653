"""Files that are no transcript, or a transcript with nothing said: one line that says
what the file is and what to export instead."""

from __future__ import annotations

import io
import zipfile

import pytest


def _one_error_line(result) -> str:
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def _office_zip(part: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(part, "<root/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "part", "said"),
    [
        # newuser: a real citat.xlsx was said to be "an Excel workbook renamed .docx"
        (
            "citat.xlsx",
            "xl/workbook.xml",
            "an Excel workbook, not a transcript; export the transcript from Teams as .vtt "
            "or .docx",
        ),
        (
            "bilder.pptx",
            "ppt/presentation.xml",
            "a PowerPoint file, not a transcript; export the transcript from Teams as .vtt "
            "or .docx",
        ),
        (
            "intervju.docx",
            "xl/workbook.xml",
            "an Excel workbook renamed .docx; export the transcript from Word",
        ),
        (
            "INTERVJU.DOCX",
            "ppt/presentation.xml",
            "a PowerPoint file renamed .docx; export the transcript from Word",
        ),
    ],
)
def test_an_office_file_is_said_to_be_renamed_only_when_its_name_ends_in_docx(
    cli, tmp_path, name, part, said
):
    path = tmp_path / name
    path.write_bytes(_office_zip(part))
    line = _one_error_line(cli("import", path))
    assert line == f"Error: {path}: {said}"
    assert cli("transcripts", "--format", "csv").stdout.count("\n") == 1


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # newuser: one empty cue was said to be "no cue names a speaker (neither <v Name> …)"
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n\n",
            "every cue in the WebVTT file is empty (a timing, no text); export the "
            "transcript again",
        ),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n\n00:00:04.000 --> 00:00:06.500\n   \n",
            "every cue in the WebVTT file is empty (a timing, no text); export the "
            "transcript again",
        ),
        ("WEBVTT\n\n", "the WebVTT file has no cues; export the transcript again"),
    ],
)
def test_a_webvtt_file_whose_cues_are_all_empty_says_so(cli, tmp_path, text, said):
    path = tmp_path / "tyst.vtt"
    path.write_text(text, encoding="utf-8")
    line = _one_error_line(cli("import", path))
    assert line == f"Error: {path}: {said}"
    assert cli("transcripts", "--format", "csv").stdout.count("\n") == 1


@pytest.mark.parametrize("name", ["bilder.pptx", "citat.xlsx", "intervju.docx"])
def test_a_damaged_zip_is_named_by_its_own_kind(cli, tmp_path, name):
    """review32b: a damaged .pptx was said to be no zip 'which a .docx is'."""
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04trasig")
    line = _one_error_line(cli("import", path))
    kind = name.rsplit(".", 1)[1]
    assert line == (
        f"Error: {path}: the file is cut off or damaged (not a complete zip archive, which "
        f"a .{kind} is); copy or export it again"
    )
