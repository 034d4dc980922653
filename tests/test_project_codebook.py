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
