"""Zip containers from other people are sized before anything unpacks them."""

from __future__ import annotations

import io
import zipfile

import pytest

from qualkod._zip_limits import ZipTooLargeError, check_zip_size
from tests.bombs import docx_bomb, lying_zip
from tests.conftest import INGEST


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return out.getvalue()


def test_a_real_docx_passes():
    check_zip_size((INGEST / "teams-new.docx").read_bytes())


def test_a_part_declared_larger_than_the_limit_is_refused_unread(tmp_path):
    data = docx_bomb(tmp_path / "bomb.docx").read_bytes()
    assert len(data) < 2 * 2**20
    with pytest.raises(ZipTooLargeError) as caught:
        check_zip_size(data)
    assert str(caught.value) == (
        "word/document.xml would unpack to 300 MB, more than the 50 MB per part qualkod "
        "reads (a zip bomb?); open the file in Word and save it again"
    )


def test_parts_that_together_exceed_the_total_are_refused():
    data = _zip({f"part{i}.xml": b" " * 600 for i in range(3)})
    check_zip_size(data, part_limit=1000, total_limit=2000)
    with pytest.raises(ZipTooLargeError, match="the parts would unpack to .* in all"):
        check_zip_size(data, part_limit=1000, total_limit=1500)


def test_a_part_whose_declared_size_lies_is_refused(tmp_path):
    # zipfile never unpacks more than the declared size; the checksum then fails.
    data = lying_zip(tmp_path / "lies.docx").read_bytes()
    assert zipfile.ZipFile(io.BytesIO(data)).infolist()[0].file_size == 100
    with pytest.raises(zipfile.BadZipFile):
        check_zip_size(data)


@pytest.mark.parametrize("data", [b"PK\x03\x04 broken", b"not a zip"])
def test_a_broken_container_is_a_bad_zip(data):
    with pytest.raises(zipfile.BadZipFile):
        check_zip_size(data)
