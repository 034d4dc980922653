"""The project remembers its codebook exactly."""

from __future__ import annotations

from qualkod.codebook import load_codebook
from qualkod.project import current_codebook, use_codebook
from tests.conftest import REPO

DEFAULT = REPO / "codebooks" / "samsjuklighet.yaml"


def test_the_stored_codebook_is_rebuilt_identically(project, tmp_path):
    use = use_codebook(project, DEFAULT)
    assert use.theory is not None and not use.already_current and use.previous is None
    # The project no longer needs the file: rebuild from the stored text.
    codebook, theory = current_codebook(project)
    assert codebook == load_codebook(DEFAULT)
    assert theory == use.theory


def test_a_changed_codebook_is_a_new_record(project, tmp_path):
    use_codebook(project, DEFAULT)
    changed = tmp_path / "samsjuklighet.yaml"
    text = DEFAULT.read_text(encoding="utf-8").replace('version: "1.5"', 'version: "1.6"', 1)
    changed.write_text(text, encoding="utf-8")
    (tmp_path / "tyrstrup-2014.yaml").write_bytes(
        (REPO / "codebooks" / "tyrstrup-2014.yaml").read_bytes()
    )
    use = use_codebook(project, changed)
    assert use.previous.version == "1.5" and use.codebook.version == "1.6"
    assert use.disappeared == ()
    assert current_codebook(project)[0].version == "1.6"


def test_a_codebook_lacking_codes_in_use_is_refused_unless_forced(coded_project, cli):
    import pytest

    from qualkod.coding import add_coding
    from qualkod.errors import QualkodError

    add_coding(coded_project, "1", 2, "samverkan", "anna")
    add_coding(coded_project, "1", 4, "samverkan", "anna")
    add_coding(coded_project, "1", 2, "flexibla_arbetssatt", "anna")
    smaller = REPO / "tests" / "data" / "codebook" / "valid.yaml"  # themes ansvar, samarbete
    with pytest.raises(QualkodError) as caught:
        use_codebook(coded_project, smaller)
    assert str(caught.value).startswith(
        f"{smaller}: 3 codings use codes this codebook lacks (flexibla_arbetssatt, samverkan); "
    )
    assert current_codebook(coded_project)[0].id == "samsjuklighet"  # nothing changed
    forced = use_codebook(coded_project, smaller, force=True)
    assert forced.uncoded == (("flexibla_arbetssatt", 1), ("samverkan", 2))
    assert current_codebook(coded_project)[0].id != "samsjuklighet"
    back = cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")
    assert back.exit_code == 0 and "lacks" not in back.stderr
    refused = cli("codebook", "use", smaller)
    assert refused.exit_code == 1 and refused.stderr.count("\n") == 1
    assert "or use it anyway with 'qualkod codebook use FILE --force'" in refused.stderr
    again = cli("codebook", "use", smaller, "--force")
    assert again.exit_code == 0
    assert "Warning: 3 codings use codes this codebook lacks" in again.stderr
    # once forced it is the project's codebook: choosing it again is no new decision
    assert cli("codebook", "use", smaller).exit_code == 0
