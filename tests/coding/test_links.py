"""Links from coded quotes to concepts: decisions, undo, proposals, files, CLI."""

from __future__ import annotations

import pytest
import yaml

from qualkod.analysis import links as link_frame
from qualkod.analysis import load_material, quotes, theory_matrix
from qualkod.coding import (
    add_coding,
    add_link,
    export_codings,
    export_memos,
    history,
    import_codings,
    import_memos,
    link_suggestions,
    links,
    reject_link,
    remove_link,
    set_link_memo,
    undo,
)
from qualkod.coding.decisions import CodingError
from qualkod.errors import NotFoundError, QualkodError
from qualkod.importing import import_files
from qualkod.project import init_project, use_codebook
from qualkod.store import open_project
from tests.conftest import DATA, REPO

SESSION_VTT = DATA / "coding" / "session.vtt"
# Turn 2 of session.vtt (hand-written fixture): two sentences about responsibility.
BACKS = "Regionen backar undan och säger att det är vårt ärende."


@pytest.fixture
def coded(project):
    import_files(project, [SESSION_VTT], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    first = add_coding(project, "1", 2, "ansvar_skjuts_undan", "anna", quote=BACKS)
    second = add_coding(project, "1", 4, "samarbete", "anna")
    return project, first, second


def test_add_list_remove_and_undo_each_in_the_audit_log(coded):
    project, first, second = coded
    made = add_link(project, first.id, "organisatoriska_mellanrum", "anna", memo="Ingen äger det.")
    add_link(project, first.id, "ansvarsgranser_och_organisationstillhorighet", "anna")
    add_link(project, second.id, "horisontell_samordning", "anna")
    assert [(k.coding_id, k.concept_id) for k in links(project)] == [
        (first.id, "organisatoriska_mellanrum"),
        (first.id, "ansvarsgranser_och_organisationstillhorighet"),
        (second.id, "horisontell_samordning"),
    ]
    assert [k.memo for k in links(project, concept="organisatoriska_mellanrum")] == [
        "Ingen äger det."
    ]
    with pytest.raises(CodingError, match="already linked"):
        add_link(project, first.id, "organisatoriska_mellanrum", "anna")
    with pytest.raises(CodingError, match="concepts: organisatoriska_mellanrum, vertikal_styrning"):
        add_link(project, first.id, "mellanrum", "anna")
    with pytest.raises(NotFoundError, match="coding 99"):
        add_link(project, 99, "integrering", "anna")

    remove_link(project, made.id, "anna")
    assert len(links(project)) == 2
    assert undo(project, "anna")[1] == f"restored link {made.id}"
    assert len(links(project)) == 3
    set_link_memo(project, made.id, "Ärendet hamnar mellan huvudmännen.", "anna")
    undo(project, "anna")
    assert links(project, concept="organisatoriska_mellanrum")[0].memo == "Ingen äger det."
    actions = [e.action for e in history(project)]
    assert actions.count("link") == 3 and "unlink" in actions and "link-memo" in actions
    undo(project, "anna")  # the third link (made last among the remaining) goes
    assert [k.concept_id for k in links(project)] == [
        "organisatoriska_mellanrum",
        "ansvarsgranser_och_organisationstillhorighet",
    ]


def test_a_removed_coding_takes_its_links_out_of_every_listing(coded):
    from qualkod.coding import remove_coding

    project, first, _ = coded
    link = add_link(project, first.id, "integrering", "anna")
    remove_coding(project, first.id, "anna")
    assert links(project) == []
    # what no listing shows cannot be changed either, and says why
    for change in (
        lambda: set_link_memo(project, link.id, "Ny tanke.", "anna"),
        lambda: remove_link(project, link.id, "anna"),
    ):
        with pytest.raises(CodingError) as caught:
            change()
        assert str(caught.value) == (
            f"link {link.id}: its coding {first.id} was removed, so the link is out of use; "
            "qualkod.coding.undo(p, coder) brings the coding back with its links"
        )
    with pytest.raises(CodingError, match=f"coding {first.id}: already removed by anna"):
        add_link(project, first.id, "vertikal_styrning", "anna")
    undo(project, "anna")
    assert [found.id for found in links(project)] == [link.id]


def _with_cues(tmp_path, cues: dict[str, list[str]]):
    """The default codebook with a catalogue whose concepts have these cues."""
    (tmp_path / "samsjuklighet.yaml").write_bytes(
        (REPO / "codebooks" / "samsjuklighet.yaml").read_bytes()
    )
    catalogue = yaml.safe_load((REPO / "codebooks" / "tyrstrup-2014.yaml").read_text("utf-8"))
    for concept in catalogue["concepts"]:
        concept["cues"] = cues.get(concept["id"], [])
    (tmp_path / "tyrstrup-2014.yaml").write_text(
        yaml.safe_dump(catalogue, allow_unicode=True), encoding="utf-8"
    )
    return tmp_path / "samsjuklighet.yaml"


def test_proposals_come_from_cues_on_lemmas_and_stop_once_decided(coded, tmp_path):
    project, first, second = coded
    # Hand-written cues: 'backa' matches 'backar' through the lemmatiser; 'ärende' matches
    # 'ärende'; nothing matches turn 4.
    use_codebook(
        project,
        _with_cues(
            tmp_path,
            {
                "organisatoriska_mellanrum": ["backa undan"],
                "ansvarsgranser_och_organisationstillhorighet": ["ärende"],
                "integrering": ["gemensam journal"],
            },
        ),
    )
    found = link_suggestions(project)
    assert [(p.coding_id, p.concept_id, p.cues, p.in_codebook, p.score) for p in found] == [
        (first.id, "ansvarsgranser_och_organisationstillhorighet", ("ärende",), True, 1.0),
        (first.id, "organisatoriska_mellanrum", ("backa undan",), True, 1.0),
    ]
    add_link(project, first.id, "organisatoriska_mellanrum", "anna")
    reject_link(project, first.id, "ansvarsgranser_och_organisationstillhorighet", "anna")
    assert link_suggestions(project) == []
    assert len(links(project)) == 1  # a rejection is no link
    undo(project, "anna")  # the rejection is withdrawn: proposed again
    assert [p.concept_id for p in link_suggestions(project)] == [
        "ansvarsgranser_och_organisationstillhorighet"
    ]
    # accepting a rejected proposal after all replaces the rejection
    reject_link(project, first.id, "ansvarsgranser_och_organisationstillhorighet", "anna")
    add_link(project, first.id, "ansvarsgranser_och_organisationstillhorighet", "anna")
    assert len(links(project)) == 2 and link_suggestions(project) == []


def test_codings_and_memos_files_round_trip_byte_for_byte(coded, tmp_path):
    project, first, second = coded
    add_link(project, first.id, "organisatoriska_mellanrum", "anna", memo="Ingen äger ärendet.")
    add_link(project, first.id, "integrering", "anna")
    add_link(project, second.id, "horisontell_samordning", "anna", memo="Samarbete i sidled.")
    export_codings(project, tmp_path / "a.csv")
    export_memos(project, tmp_path / "a.yaml")
    header, *rows = (tmp_path / "a.csv").read_text("utf-8").splitlines()
    assert header.split(",")[10] == "concepts"
    assert ",integrering;organisatoriska_mellanrum," in rows[0]

    init_project(tmp_path / "b.db")
    other = open_project(tmp_path / "b.db")
    import_files(other, [SESSION_VTT], interviewers=["Karin Lindqvist"])
    use_codebook(other, REPO / "codebooks" / "samsjuklighet.yaml")
    import_codings(other, tmp_path / "a.csv")
    import_memos(other, tmp_path / "a.yaml")
    export_codings(other, tmp_path / "b.csv")
    export_memos(other, tmp_path / "b.yaml")
    assert (tmp_path / "b.csv").read_bytes() == (tmp_path / "a.csv").read_bytes()
    assert (tmp_path / "b.yaml").read_bytes() == (tmp_path / "a.yaml").read_bytes()
    assert import_codings(other, tmp_path / "a.csv").added == 0  # nothing twice
    other.close()


def test_older_codings_files_without_concepts_still_import(coded, tmp_path):
    project, _, _ = coded
    export_codings(project, tmp_path / "a.csv")
    lines = (tmp_path / "a.csv").read_text("utf-8").splitlines()
    older = [",".join(c for i, c in enumerate(line.split(",")) if i != 10) for line in lines]
    assert "concepts" not in older[0]
    (tmp_path / "old.csv").write_text("\n".join(older) + "\n", encoding="utf-8")
    init_project(tmp_path / "c.db")
    other = open_project(tmp_path / "c.db")
    import_files(other, [SESSION_VTT], interviewers=["Karin Lindqvist"])
    use_codebook(other, REPO / "codebooks" / "samsjuklighet.yaml")
    assert import_codings(other, tmp_path / "old.csv").added == 2
    other.close()


def test_a_file_linking_to_an_unknown_concept_imports_nothing(coded, tmp_path):
    project, first, _ = coded
    add_link(project, first.id, "integrering", "anna")
    export_codings(project, tmp_path / "a.csv")
    bad = (tmp_path / "a.csv").read_text("utf-8").replace(",integrering,", ",integration,")
    (tmp_path / "bad.csv").write_text(bad, encoding="utf-8")
    init_project(tmp_path / "d.db")
    other = open_project(tmp_path / "d.db")
    import_files(other, [SESSION_VTT], interviewers=["Karin Lindqvist"])
    use_codebook(other, REPO / "codebooks" / "samsjuklighet.yaml")
    with pytest.raises(QualkodError, match=r"bad.csv:2: concept 'integration' is not in"):
        import_codings(other, tmp_path / "bad.csv")
    assert load_material(other).codings == []
    other.close()


def test_analysis_frames_show_each_quotes_own_links(coded):
    project, first, second = coded
    add_link(project, first.id, "organisatoriska_mellanrum", "anna", memo="Glappet.")
    add_link(project, second.id, "horisontell_samordning", "anna")
    material = load_material(project)
    frame = link_frame(material)
    assert list(frame["concept"]) == ["organisatoriska_mellanrum", "horisontell_samordning"]
    assert list(frame["quote"])[0] == BACKS and list(frame["memo"]) == ["Glappet.", ""]
    by_code = dict(zip(quotes(material)["code"], quotes(material)["concepts"], strict=True))
    # each quote's own links, not every concept its code is linked to in the codebook
    assert by_code == {
        "ansvar_skjuts_undan": "organisatoriska_mellanrum",
        "samarbete": "horisontell_samordning",
    }
    matrix = theory_matrix(material).set_index(["theme", "concept"])
    assert matrix.loc[("bristande_ansvar", "organisatoriska_mellanrum"), "quotes"] == 1
    assert matrix.loc[("samverkan", "horisontell_samordning"), "interviewees"] == 1
    assert matrix["quotes"].sum() == 2 and len(matrix) == 3 * 12


def test_cli_link_add_links_remove_and_errors(coded, cli):
    project, first, _ = coded
    mine = ("--coder", "anna")
    theirs = cli("link", "add", first.id, "integrering", "--coder", "bo")
    assert theirs.exit_code == 1 and theirs.stderr.count("\n") == 1
    assert f"coding {first.id} is anna's, not bo's: linking it changes anna's analysis" in (
        theirs.stderr
    )
    added = cli("link", "add", first.id, "integrering", "--memo", "Två verksamheter i ett.", *mine)
    assert added.exit_code == 0 and "link 1" in added.stdout
    listed = cli("links", "--format", "csv")
    header, row = listed.stdout.strip().splitlines()
    assert header == "link,coding,concept,theme,code,speaker,transcript,start,quote,memo,coder"
    assert row.startswith(f"1,{first.id},integrering,bristande_ansvar,ansvar_skjuts_undan,IP 1,")
    wrong = cli("link", "add", first.id, "integration", *mine)
    assert wrong.exit_code == 1 and wrong.stderr.count("\n") == 1
    assert "concepts: organisatoriska_mellanrum" in wrong.stderr
    assert cli("links", "--concept", "nope").exit_code == 1
    assert cli("link", "remove", 1, *mine).exit_code == 0
    assert "No links yet" in cli("links").stdout
    assert cli("link", "remove", 1, *mine).exit_code == 1


def test_a_codings_history_holds_its_links_events(coded):
    from qualkod.coding import event_coding

    project, first, second = coded
    link = add_link(project, first.id, "integrering", "anna")
    set_link_memo(project, link.id, "Två huvudmän.", "anna")
    add_link(project, second.id, "integrering", "anna")
    mine = history(project, first.id)
    assert [e.action for e in mine] == ["create", "link", "link-memo"]
    assert {event_coding(e) for e in mine} == {first.id}
    assert [e.action for e in history(project, second.id)] == ["create", "link"]
