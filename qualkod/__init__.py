"""qualkod: offline, Swedish, reproducible qualitative interview analysis."""

from qualkod.errors import ProjectError, QualkodError, TranscriptError
from qualkod.models import Role, SourceFormat, Speaker, Transcript, Turn

__version__ = "0.1.0"

__all__ = [
    "ProjectError",
    "QualkodError",
    "Role",
    "SourceFormat",
    "Speaker",
    "Transcript",
    "TranscriptError",
    "Turn",
    "__version__",
]
