"""Loading and validating codebooks and theory catalogues."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qualkod.codebook import load_codebook, load_theory, parse_codebook, slugify
from qualkod.errors import CodebookError
from tests.conftest import DATA, REPO

CODEBOOKS = DATA / "codebook"

# Every error class, with the exact file:line:column message expected.
EXPECTED = {
    "unknown-key.yaml": ["9:5: themes[0].exclud: unknown key 'exclud'; did you mean 'exclude'?"],
    "missing-field.yaml": ["6:5: themes[0]: missing required key 'name'"],
    "duplicate-id.yaml": [
        "10:13: themes[0].codes[0].id: duplicate id 'ansvar' (first used on line 6); ids must be unique"
    ],
    "bad-slug.yaml": [
        "6:9: themes[0].id: bad id 'Förutsättningar och oro': ids are slugs of a-z, 0-9 and _ "
        "starting with a letter; try 'forutsattningar_och_oro'"
    ],
    "bad-concept.yaml": [
        "10:27: themes[0].concepts[1]: concept 'melanrum' is not in the theory catalogue liten; "
        "did you mean 'mellanrum'?"
    ],
    "bad-exclude.yaml": [
        "10:46: themes[0].exclude[0].see: exclusion points to code 'samverkan', which this "
        "codebook lacks"
    ],
    "empty-definition.yaml": ["8:17: themes[0].definition: is empty; write the text"],
    "duplicate-key.yaml": [
        "9:5: themes[0].definition: duplicate key 'definition'; each key may appear once"
    ],
    "syntax-error.yaml": ["4:7: YAML syntax error: expected ',' or ']', but got ':'"],
    # "Billion laughs": 476 bytes of nested aliases that would expand to 387 million items.
    "billion-laughs.yaml": [
        "7:8: YAML alias '*e' makes the file expand beyond 100,000 values (nested aliases); "
        "write the values out instead"
    ],
    # An alias inside the value it names: without a check, building it never ends.
    "recursive-alias.yaml": [
        "4:9: the value anchored here holds an alias to itself (a recursive alias); "
        "write the value out instead"
    ],
    "many-errors.yaml": [
        "4:12: codebook.version: must be text; put it in quotes",
        "8:17: themes[0].definition: is empty; write the text",
        "9:12: themes[0].color: colour 'red' is not '#RRGGBB' (for example '#2E86AB')",
        "10:5: themes[1]: missing required key 'name'",
        "10:9: themes[1].id: duplicate id 'ansvar' (first used on line 6); ids must be unique",
        "11:5: themes[1].nam: unknown key 'nam'; did you mean 'name'?",
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_error_is_reported_with_file_line_and_column(name):
    path = CODEBOOKS / name
    with pytest.raises(CodebookError) as caught:
        load_codebook(path)
    assert caught.value.problems == [f"{path}:{line}" for line in EXPECTED[name]]


def test_theory_catalogue_errors_are_all_reported():
    path = CODEBOOKS / "theory-errors.yaml"
    with pytest.raises(CodebookError) as caught:
        load_theory(path)
    assert caught.value.problems == [
        f"{path}:9:43: concepts[0].source.year: must be a whole number",
        f"{path}:10:15: concepts[0].related[0]: related concept 'saknas' is not in this catalogue",
        f"{path}:11:9: concepts[1].id: duplicate id 'mellanrum' (first used on line 6); ids must be unique",
    ]


def test_valid_codebook_becomes_plain_models():
    codebook = load_codebook(CODEBOOKS / "valid.yaml")
    assert (codebook.id, codebook.version, codebook.authors) == ("liten", "0.1", ("Testare",))
    theme = codebook.themes[0]
    assert theme.exclude[1].see == "samarbete" and theme.exclude[0].see is None
    assert theme.lexicon.patterns[1].negated and not theme.lexicon.patterns[0].negated
    assert codebook.theme_of("ansvar_undan") is theme
    assert codebook.code("samarbete").concepts == ("integrering",)
    assert len(codebook.sha256) == 64


def test_a_given_catalogue_overrides_the_named_one():
    theory = load_theory(CODEBOOKS / "theory.yaml")
    assert load_codebook(CODEBOOKS / "bad-exclude.yaml".replace("bad-exclude", "valid"), theory)
    assert theory.concept("mellanrum").source.pages == "12"
    assert theory.concept("mellanrum").source.citation() == "Exempel, 2020, s. 12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("themes: []\n", "1:1: missing required key 'codebook'"),
        ("- bara\n- en lista\n", "expected a mapping with 'codebook:' at the top"),
        (
            "codebook: {id: a, name: A, version: '1'}\nthemes:\n  - {id: a, name: A, definition: D, exclude: [5]}\n",
            "themes[0].exclude[0]: must be text",
        ),
        (
            "codebook: {id: a, name: A, version: '1'}\nthemes:\n  - {id: a, name: A, definition: D, lexicon: {patterns: ['ta a| *']}}\n",
            "empty alternative",
        ),
        (
            "codebook:\n  id: a\n  name: A\n  version: '1'\n  references:\n"
            "    - {id: b, text: 'Berg, A. (2019). *Om glappen. Förlaget.'}\nthemes: []\n",
            "6:21: codebook.references[0].text: an asterisk without its pair; put a title in "
            "italics as *Title*, both asterisks",
        ),
        (
            "codebook: {id: a, name: A, version: '1'}\nbas: &bas {definition: D}\n"
            "themes:\n  - {<<: *bas, id: a, name: A}\n",
            "a merge key ('<<: *anchor') is not read here; write the keys out in full",
        ),
        (
            "codebook: {id: a, name: A, version: '1'}\nthemes:\n"
            "  - {id: a, name: A, definition: D, exclude: [{text: T, see: a}]}\n",
            "3:62: themes[0].exclude[0].see: exclusion points to its own code 'a'; name the "
            "code such passages get instead",
        ),
        # a quote never closed is named where it opens (line 3), not at the file's end
        (
            "codebook: {id: a, name: A, version: '1'}\nthemes:\n  - id: a\n    name: \"A\n"
            "    definition: D\n    color: '#112233'\n",
            "4:11: YAML syntax error: a quote opened here is never closed",
        ),
        (
            "codebook: {id: a, name: A, version: '1'}\nthemes: []\n---\nthemes: []\n",
            "3:1: YAML syntax error: a second document ('---') in the file",
        ),
        (
            "codebook: {id: a, name: A, version: '1'}\nthemes:\n  - id: a\n    name: A\n"
            "    definition:\n",
            "themes[0].definition: is empty; write the text",
        ),
        (
            "codebook:\n  id: a\n  name: A\n version: '1'\n",
            "the indentation does not line up with the lines above",
        ),
    ],
)
def test_structural_problems(text, expected):
    with pytest.raises(CodebookError) as caught:
        parse_codebook(text, "kodbok.yaml")
    assert any(expected in problem for problem in caught.value.problems), caught.value.problems


def test_passage_codes_written_as_text_are_one_problem_not_one_a_letter():
    text = (
        "codebook: {id: a, name: A, version: '1'}\n"
        "themes:\n  - {id: ansvar, name: Ansvar, definition: D}\n"
        "passages:\n  - {text: Ingen tar det., codes: ansvar}\n"
    )
    with pytest.raises(CodebookError) as caught:
        parse_codebook(text, "kodbok.yaml")
    assert len(caught.value.problems) == 1, caught.value.problems
    assert "passages[0].codes" in caught.value.problems[0]


def test_a_stored_codebook_with_an_unpaired_asterisk_still_opens():
    # Chosen before the asterisks meant italics: the project must keep working.
    text = (
        "codebook:\n  id: a\n  name: A\n  version: '1'\n  references:\n"
        "    - {id: b, text: 'Berg, A. (2019). Om glappen (del*). Förlaget.'}\n"
        "themes:\n  - {id: t, name: T, definition: D}\n"
    )
    with pytest.raises(CodebookError, match="an asterisk without its pair"):
        parse_codebook(text, "kodbok.yaml")
    (reference,) = parse_codebook(text, "projekt.db", stored=True).references
    assert reference.plain == "Berg, A. (2019). Om glappen (del*). Förlaget."


def test_a_file_of_the_other_kind_is_named_as_such():
    catalogue = "catalogue: {id: t, name: T, version: '1'}\nconcepts: []\n"
    with pytest.raises(CodebookError) as caught:
        parse_codebook(catalogue, "teori.yaml")
    assert caught.value.problems == [
        "teori.yaml: is a theory catalogue, not a codebook; give it as the catalogue "
        "(--theory, codebook.theory in the codebook, or theory: in a study.yaml)"
    ]
    with pytest.raises(CodebookError) as caught:
        load_theory(CODEBOOKS / "valid.yaml")
    assert caught.value.problems == [
        f"{CODEBOOKS / 'valid.yaml'}: is a codebook, not a theory catalogue; give the "
        "catalogue (the YAML file with 'catalogue:' and 'concepts:' at the top)"
    ]


def test_missing_files():
    with pytest.raises(CodebookError, match="no such codebook file"):
        load_codebook(CODEBOOKS / "saknas.yaml")


@pytest.mark.parametrize(
    ("name", "slug"),
    [("Förutsättningar och oro", "forutsattningar_och_oro"), ("2 teman", "k_2_teman")],
)
def test_slugify(name, slug):
    assert slugify(name) == slug


@pytest.mark.parametrize(
    "nested",
    ["  id: " + "[" * 200_000 + "]" * 200_000, "  id:\n    " + "- " * 200_000 + "x"],
    ids=["flow", "block"],
)
def test_deep_nesting_is_refused_before_it_is_composed(nested):
    # libyaml's composer recurses in C: 200,000 levels would crash the process.
    with pytest.raises(CodebookError) as caught:
        parse_codebook(f"codebook:\n{nested}\n", "kodbok.yaml")
    assert re.fullmatch(
        r"kodbok.yaml:\d:\d+: YAML nested more than 100 levels deep; flatten the file",
        caught.value.problems[0],
    )


@pytest.mark.parametrize(
    ("character", "expected"),
    [
        ("\x00", "control character U+0000"),
        ("\x07", "control character U+0007"),
        ("\x1b", "control character U+001B"),
        ("\x7f", "control character U+007F"),
        ("\uffff", "character U+FFFF"),
    ],
)
def test_a_control_character_is_refused_with_its_line_and_column(tmp_path, character, expected):
    path = tmp_path / "kodbok.yaml"
    path.write_text(f"codebook:\n  id: liten\n  name: Bristande{character}ansvar\n")
    with pytest.raises(CodebookError) as caught:
        load_codebook(path)
    assert caught.value.problems == [f"{path}:3:18: {expected} is not allowed in YAML; remove it"]


def test_a_control_character_is_placed_by_characters_and_any_line_break(tmp_path):
    path = tmp_path / "teori.yaml"
    path.write_bytes("catalogue:\r\n  name: Åsa\x00\r\n".encode())
    with pytest.raises(CodebookError) as caught:
        load_theory(path)
    assert caught.value.problems == [
        f"{path}:2:12: control character U+0000 is not allowed in YAML; remove it"
    ]


def test_paths_that_cannot_be_opened(tmp_path, monkeypatch):
    (tmp_path / "loop1.yaml").symlink_to("loop2.yaml")
    (tmp_path / "loop2.yaml").symlink_to("loop1.yaml")
    file = tmp_path / "kodbok.yaml"
    file.write_text("codebook: {}\n", encoding="utf-8")
    for path, expected in [
        (
            tmp_path / "loop1.yaml",
            "cannot be read (Too many levels of symbolic links); check the path",
        ),
        (file / "x.yaml", "cannot be read (Not a directory); check the path"),
        (tmp_path, "is a folder; give the codebook file"),
    ]:
        with pytest.raises(CodebookError) as caught:
            load_codebook(path)
        assert caught.value.problems == [f"{path}: {expected}"]
    with pytest.raises(CodebookError) as caught:
        load_theory(tmp_path / "loop1.yaml")
    assert caught.value.problems == [
        f"{tmp_path / 'loop1.yaml'}: cannot be read (Too many levels of symbolic links); "
        "check the path"
    ]

    def unreadable(self):  # chmod does not stop root: refuse as the system would
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", unreadable)
    with pytest.raises(CodebookError) as caught:
        load_codebook(file)
    assert caught.value.problems == [
        f"{file}: cannot be read (Permission denied); make it readable"
    ]


def test_a_missing_catalogue_named_by_the_codebook_names_the_codebooks_line(tmp_path):
    text = (REPO / "codebooks" / "samsjuklighet.yaml").read_text(encoding="utf-8")
    assert "  theory: tyrstrup-2014.yaml\n" in text
    codebook = tmp_path / "kodbok.yaml"
    codebook.write_text(text.replace("theory: tyrstrup-2014.yaml", "theory: saknas.yaml"), "utf-8")
    line = text[: text.index("  theory: tyrstrup")].count("\n") + 1
    with pytest.raises(CodebookError) as caught:
        load_codebook(codebook)
    # QA 25: it said "saknas.yaml is not there (saknas.yaml)" run beside the codebook
    assert caught.value.for_option() == (
        f"{codebook}:{line}:11: codebook.theory: {tmp_path / 'saknas.yaml'} does not exist; "
        "there is no other YAML file beside the codebook; correct the path, relative to "
        "the codebook, or give --theory FILE"
    )
    assert str(caught.value).endswith("the codebook, or give theory=FILE")  # in Python
    (tmp_path / "tyrstrup-2014.yaml").write_text("concepts: []\n", "utf-8")
    (tmp_path / "teori").mkdir()
    with pytest.raises(CodebookError) as caught:
        load_codebook(codebook)
    assert "saknas.yaml does not exist; YAML files beside the codebook: tyrstrup-2014.yaml;" in (
        str(caught.value)
    )
    codebook.write_text(text.replace("theory: tyrstrup-2014.yaml", "theory: teori/t.yaml"), "utf-8")
    with pytest.raises(CodebookError) as caught:
        load_codebook(codebook)
    assert f"t.yaml does not exist; there is no YAML file in {tmp_path / 'teori'};" in str(
        caught.value
    )


def test_a_missing_catalogue_named_beside_the_codebook_is_named_once(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from qualkod.cli.app import app

    text = (REPO / "codebooks" / "samsjuklighet.yaml").read_text(encoding="utf-8")
    (tmp_path / "kodbok.yaml").write_text(text.replace("tyrstrup-2014.yaml", "tyrstrup.yaml"))
    (tmp_path / "tyrstrup-2014.yaml").write_text("concepts: []\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["codebook", "validate", "kodbok.yaml"])
    assert result.exit_code == 1
    line = text[: text.index("  theory: tyrstrup")].count("\n") + 1
    assert result.stderr == (
        f"Error: kodbok.yaml:{line}:11: codebook.theory: tyrstrup.yaml does not exist; YAML "
        "files beside the codebook: tyrstrup-2014.yaml; correct the path, relative to the "
        "codebook, or give --theory FILE\n"
    )


def test_a_catalogue_path_that_is_a_folder_names_the_codebooks_line(tmp_path):
    text = (REPO / "codebooks" / "samsjuklighet.yaml").read_text(encoding="utf-8")
    codebook = tmp_path / "kodbok.yaml"
    codebook.write_text(text.replace("theory: tyrstrup-2014.yaml", "theory: teori"), "utf-8")
    (tmp_path / "teori").mkdir()
    line = text[: text.index("  theory: tyrstrup")].count("\n") + 1
    with pytest.raises(CodebookError) as caught:
        load_codebook(codebook)
    assert str(caught.value) == (
        f"{codebook}:{line}:11: codebook.theory: teori is a folder; name the theory "
        "catalogue's YAML file, relative to the codebook"
    )


_SMALL = (
    "codebook:\n  id: liten\n  name: Liten\n  version: '0.1'\n"
    "themes:\n"
    "  - id: ansvar\n    name: Ansvar\n    definition: Ingen tar ansvar.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a key indented two spaces too far
        (
            _SMALL.replace("    name: Ansvar", "      name: Ansvar"),
            "YAML syntax error: a key indented deeper than the line above, or a value with "
            "': ' in it",
        ),
        # a tab, as pasted from a word processor
        (
            _SMALL.replace("    name: Ansvar", "\tname: Ansvar"),
            "YAML syntax error: a tab character; YAML is indented with spaces only",
        ),
        # a sub-code written at the top, without its theme
        (
            _SMALL + "codes:\n  - id: boende\n    name: Boende\n    definition: Boende.\n",
            "codes: unknown key 'codes'; sub-codes go under their theme",
        ),
        # a definition written as a list
        (
            _SMALL.replace(
                "definition: Ingen tar ansvar.", "definition:\n      - Ingen tar ansvar."
            ),
            "themes[0].definition: must be one text, not a list of '- ' lines",
        ),
    ],
)
def test_common_mistakes_are_told_in_plain_words(tmp_path, text, expected):
    path = tmp_path / "kodbok.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CodebookError) as caught:
        load_codebook(path)
    assert any(expected in problem for problem in caught.value.problems), caught.value.problems
    assert not any("did you mean 'cues'" in problem for problem in caught.value.problems)
