"""The classifiers a project has stored: reading them back, and which belong together.

A training stores the lemma classifier and, with ``--semantic``, the embedding
classifier beside it under the same version; these functions find the current ones
for a codebook and refuse, with what to do, models this version of qualkod cannot use.
"""

from __future__ import annotations

from qualkod.errors import QualkodError
from qualkod.store import Project
from qualkod.store import suggestions as store
from qualkod.suggest import semantic as semantic_model
from qualkod.suggest.classifier import CLASSIFIER_NAME, ThemeClassifier

OLDER_CLASSIFIERS = ("qualkod.theme_classifier.v1", "qualkod.theme_classifier.v2")
"""Names of classifiers earlier versions stored, which this version cannot read."""


def load_classifier(project: Project, codebook_row: int) -> ThemeClassifier | None:
    """The newest trained classifier for the project's current codebook, if any."""
    with project.read() as conn:
        row = store.latest_model(conn, CLASSIFIER_NAME, codebook_row)
        older = [store.latest_model(conn, name, codebook_row) for name in OLDER_CLASSIFIERS]
    if row is None and any(older):
        raise QualkodError(
            "the project's classifier was trained by an older version of qualkod; "
            "run 'qualkod train' to fit it again"
        )
    if row is None:
        return None
    try:
        return ThemeClassifier.from_bytes(row.data)
    except (ValueError, KeyError) as error:
        raise QualkodError(
            f"the stored classifier {row.version} cannot be read by this version of "
            f"qualkod ({error}); run 'qualkod train' to fit it again"
        ) from None


def load_semantic(
    project: Project, codebook_row: int, classifier: ThemeClassifier | None
) -> semantic_model.SemanticClassifier | None:
    """The embedding classifier trained with ``classifier``, if ``train --semantic`` made one.

    Raises:
        QualkodError: when there is one but the optional extra is not installed.
    """
    if classifier is None:
        return None
    row = semantic_row(project, codebook_row)
    if row is None or row.version != classifier.version:
        return None
    if not semantic_model.available():
        raise QualkodError(
            "the project's classifier was trained with --semantic, which needs the optional "
            f"embedder: {semantic_model.INSTALL_HINT} (or run 'qualkod train' without --semantic)",
            in_python={"--semantic": "semantic=True"},
        )
    model = semantic_model.SemanticClassifier.from_bytes(row.data)
    if model.embedder != semantic_model.EMBEDDER:
        raise QualkodError(
            f"the project's embedding classifier was fitted on {model.embedder or 'older'} "
            f"embeddings, and this qualkod embeds with {semantic_model.EMBEDDER}: "
            "run 'qualkod train --semantic' again"
        )
    return model


def semantic_row(project: Project, codebook_row: int):
    """The embedding classifier stored with the latest lemma classifier, or None (none
    stored, or an earlier training's: the latest was trained without --semantic)."""
    with project.read() as conn:
        row = store.latest_model(conn, CLASSIFIER_NAME, codebook_row)
        companion = store.latest_model(conn, semantic_model.SEMANTIC_NAME, codebook_row)
    if row is None or companion is None or companion.id < row.id:
        return None
    return companion if companion.version == row.version else None


def trained_semantic(project: Project, codebook_row: int) -> bool:
    """Whether the latest training fitted the embedding classifier too."""
    return semantic_row(project, codebook_row) is not None
