"""Property tests: any input gives a Transcript or the project's own error, never a crash."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualkod.errors import TranscriptError
from qualkod.ingest import parse_transcript
from qualkod.models import Transcript
from tests.conftest import INGEST

FIXTURES = sorted(p for p in INGEST.iterdir() if p.suffix != ".py")
NAMES = st.sampled_from(["x.vtt", "x.srt", "x.txt", "x.docx", "x"])


def _check(data: bytes, name: str) -> None:
    try:
        transcript = parse_transcript(data, name)
    except TranscriptError as exc:
        assert str(exc).startswith(name)
        assert "\n" not in str(exc)
        return
    assert isinstance(transcript, Transcript)
    assert transcript.turns
    for before, after in zip(transcript.turns, transcript.turns[1:], strict=False):
        assert before.speaker != after.speaker, "consecutive turns of one speaker are merged"
    for turn in transcript.turns:
        assert turn.text == " ".join(turn.text.split())
        assert unicodedata.is_normalized("NFC", turn.text)
        if turn.start_ms is not None and turn.end_ms is not None:
            assert turn.start_ms <= turn.end_ms


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400), NAMES)
def test_arbitrary_bytes(data, name):
    _check(data, name)


@settings(max_examples=300)
@given(st.text(max_size=400), NAMES)
def test_arbitrary_text(text, name):
    _check(text.encode("utf-8"), name)


_LINE = st.one_of(
    st.just("WEBVTT"),
    st.just(""),
    st.just("00:00:01.000 --> 00:00:02.500"),
    st.just("00:00:03.000 --> 00:0"),
    st.just("0:0:0.0 --> 0:0:5.250"),
    st.just("1"),
    st.just("NOTE hej"),
    st.just("Anna Berg   0:03"),
    st.just("00:00:05"),
    st.sampled_from(
        ["<v Anna Berg>Hej där.</v>", "<v Erik>Nej", "Anna Berg: Ja, precis.", "I: Fråga?"]
    ),
    # Google Meet, Zoom's saved transcript and the copied Teams pane.
    st.sampled_from(
        [
            "Transcript",
            "Transkription",
            "01:04:22",
            "Transcription ended after 00:09:41",
            "This editable transcript was computer generated and might contain errors.",
            "[Anna Berg] 11:02:09",
            "[Erik Sund] 00:00:03 PM",
            "Anna Berg",
            "0 minuter 9 sekunder",
            "1 hour 2 minutes",
            "1 Stunde",
            "AB",
            "Obs: inte en talare.",
            "<",
        ]
    ),
    st.text(alphabet="abcåäö :<>/v.-0123456789", max_size=30),
)


@settings(max_examples=400)
@given(st.lists(_LINE, max_size=25), st.sampled_from(["\n", "\r\n"]))
def test_transcript_shaped_text(lines, newline):
    _check(newline.join(lines).encode("utf-8"), "x.vtt")


@settings(max_examples=100)
@given(st.sampled_from(FIXTURES), st.data())
def test_mutilated_fixtures(path, data):
    raw = path.read_bytes()
    cut = data.draw(st.integers(min_value=0, max_value=len(raw)))
    flip = data.draw(st.integers(min_value=0, max_value=max(len(raw) - 1, 0)))
    mutated = bytearray(raw[:cut])
    if mutated and flip < len(mutated):
        mutated[flip] ^= 0xFF
    _check(bytes(mutated), path.name)
