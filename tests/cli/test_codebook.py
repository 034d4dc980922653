"""``qualkod codebook`` commands."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import DATA, REPO

DEFAULT = REPO / "codebooks" / "samsjuklighet.yaml"
CODEBOOKS = DATA / "codebook"


def test_validate_the_default(cli):
    result = cli("codebook", "validate", DEFAULT, project=False)
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 1
    assert "samsjuklighet 1.5: 3 themes, 12 sub-codes" in result.stdout
    assert "checked against tyrstrup_2014" in result.stdout


def test_validate_lists_every_error_and_fails(cli):
    result = cli("codebook", "validate", CODEBOOKS / "many-errors.yaml", project=False)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 6
    assert all(line.startswith(f"Error: {CODEBOOKS / 'many-errors.yaml'}:") for line in lines)


def test_validate_with_an_explicit_catalogue(cli):
    result = cli(
        "codebook",
        "validate",
        CODEBOOKS / "bad-concept.yaml",
        "--theory",
        REPO / "codebooks" / "tyrstrup-2014.yaml",
        project=False,
    )
    assert result.exit_code == 1
    assert "concept 'melanrum' is not in the theory catalogue tyrstrup_2014" in result.stderr


def test_show_prints_the_tree(cli):
    result = cli("codebook", "show", DEFAULT, project=False)
    assert result.exit_code == 0
    for text in ("Bristande ansvar (bristande_ansvar)", "Samordning (samordning)", "Concepts:"):
        assert text in result.stdout


def test_export_md_and_docx(cli, tmp_path):
    for fmt in ("md", "docx"):
        out = tmp_path / f"kodbok.{fmt}"
        result = cli("codebook", "export", DEFAULT, "--format", fmt, "--out", out, project=False)
        assert result.exit_code == 0, result.stderr
        assert out.stat().st_size > 1000
    result = cli(
        "codebook",
        "export",
        DEFAULT,
        "--format",
        "md",
        "--out",
        tmp_path / "nej" / "x.md",
        project=False,
    )
    assert result.exit_code == 1 and "does not exist" in result.stderr


def test_use_records_the_codebook_and_warns_about_lost_codes(cli):
    first = cli("codebook", "use", DEFAULT)
    assert first.exit_code == 0 and "now codes with samsjuklighet 1.5" in first.stdout
    assert "Already" in cli("codebook", "use", DEFAULT).stdout
    changed = cli("codebook", "use", CODEBOOKS / "valid.yaml")
    assert changed.exit_code == 0
    assert "Warning: codes of the previous codebook (samsjuklighet 1.5) missing" in changed.stderr
    assert "bristande_ansvar" in changed.stderr
    current = cli("codebook", "current")
    assert current.stdout.startswith("liten 0.1")


def test_a_changed_codebook_under_the_same_version_is_used_with_a_warning(cli, tmp_path):
    assert cli("codebook", "use", CODEBOOKS / "valid.yaml").exit_code == 0
    edited = tmp_path / "valid.yaml"
    text = (CODEBOOKS / "valid.yaml").read_text(encoding="utf-8")
    edited.write_text(
        text.replace("Någon tar inte sitt ansvar.", "Ingen tar ansvaret.", 1), encoding="utf-8"
    )
    theory = ("--theory", CODEBOOKS / "theory.yaml")
    same = cli("codebook", "use", edited, *theory)
    assert same.exit_code == 0 and "now codes with liten 0.1" in same.stdout
    assert "differs from the liten 0.1 used before" in same.stderr
    assert "raise 'version'" in same.stderr
    bumped = tmp_path / "bumped.yaml"
    bumped.write_text(
        edited.read_text(encoding="utf-8").replace('version: "0.1"', 'version: "0.2"', 1),
        encoding="utf-8",
    )
    raised = cli("codebook", "use", bumped, *theory)
    assert raised.exit_code == 0 and "now codes with liten 0.2" in raised.stdout
    assert "differs" not in raised.stderr


def test_current_without_a_codebook(cli):
    result = cli("codebook", "current")
    assert result.exit_code == 1 and "qualkod codebook use FILE" in result.stderr


def _one_error_line(result) -> str:
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_validate_refuses_a_control_character_in_one_line(cli, tmp_path):
    path = tmp_path / "kodbok.yaml"
    path.write_text("codebook:\n  id: liten\n  name: Bristande\x00ansvar\n")
    result = cli("codebook", "validate", path, project=False)
    assert _one_error_line(result) == (
        f"Error: {path}:3:18: control character U+0000 is not allowed in YAML; remove it"
    )


def test_validate_names_a_path_that_cannot_be_opened(cli, tmp_path, monkeypatch):
    (tmp_path / "loop1.yaml").symlink_to("loop2.yaml")
    (tmp_path / "loop2.yaml").symlink_to("loop1.yaml")
    for path, expected in [
        (
            tmp_path / "loop1.yaml",
            "cannot be read (Too many levels of symbolic links); check the path",
        ),
        (DEFAULT / "x.yaml", "cannot be read (Not a directory); check the path"),
    ]:
        result = cli("codebook", "validate", path, project=False)
        assert _one_error_line(result) == f"Error: {path}: {expected}"
    original = Path.read_bytes

    def unreadable(self):  # chmod does not stop root: refuse as the system would
        if self == DEFAULT:
            raise PermissionError(13, "Permission denied", str(self))
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", unreadable)
    result = cli("codebook", "validate", DEFAULT, project=False)
    assert _one_error_line(result) == (
        f"Error: {DEFAULT}: cannot be read (Permission denied); make it readable"
    )


def test_export_never_writes_over_the_codebook_it_reads_nor_under_a_wrong_extension(cli, tmp_path):
    codebook = tmp_path / "mitt.yaml"
    codebook.write_bytes((REPO / "codebooks" / "samsjuklighet.yaml").read_bytes())
    (tmp_path / "tyrstrup-2014.yaml").write_bytes(
        (REPO / "codebooks" / "tyrstrup-2014.yaml").read_bytes()
    )
    before = codebook.read_bytes()
    for fmt, out, said in (
        ("docx", codebook, f"--out {codebook}: give a .docx file name"),
        ("md", tmp_path / "bilaga.docx", f"--out {tmp_path / 'bilaga.docx'}: give a .md file name"),
    ):
        result = cli("codebook", "export", codebook, "--format", fmt, "--out", out, project=False)
        assert result.exit_code == 1
        assert result.stderr.strip() == f"Error: {said}"
    assert codebook.read_bytes() == before
    assert not (tmp_path / "bilaga.docx").exists()


def test_import_does_not_replace_a_codebook_edited_by_hand(cli, tmp_path):
    qdc = tmp_path / "k.qdc"
    cli("codebook", "export", DEFAULT, "--format", "qdc", "--out", qdc, project=False)
    mine = tmp_path / "mitt.yaml"
    mine.write_text("# mitt eget, handskrivet\n", encoding="utf-8")
    result = cli("codebook", "import", qdc, "--out", mine, project=False)
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: {mine}: already exists; give another --out, or remove it first"
    )
    assert mine.read_text(encoding="utf-8") == "# mitt eget, handskrivet\n"
    assert not (tmp_path / "mitt-teori.yaml").exists()
    # the same conversion again writes the same file, as before
    again = tmp_path / "ny.yaml"
    assert cli("codebook", "import", qdc, "--out", again, project=False).exit_code == 0
    assert cli("codebook", "import", qdc, "--out", again, project=False).exit_code == 0


def test_import_into_a_folder_is_one_line(cli, tmp_path):
    qdc = tmp_path / "k.qdc"
    cli("codebook", "export", DEFAULT, "--format", "qdc", "--out", qdc, project=False)
    (tmp_path / "mapp.yaml").mkdir()
    result = cli("codebook", "import", qdc, "--out", tmp_path / "mapp.yaml", project=False)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {tmp_path / 'mapp.yaml'}: is a folder; give the codebook"
    ]
