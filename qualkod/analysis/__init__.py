"""Analysis: agreement between coders and the DataFrames reviewers read."""

from qualkod.analysis.agreement import (
    AgreementReport,
    agreement,
    cohen_kappa,
    krippendorff_alpha,
    percent_agreement,
)
from qualkod.analysis.tables import (
    QUOTE_COLUMNS,
    Material,
    Scope,
    concept_coverage,
    cooccurrence,
    counts,
    coverage,
    load_material,
    quotes,
)

__all__ = [
    "QUOTE_COLUMNS",
    "AgreementReport",
    "Material",
    "Scope",
    "agreement",
    "cohen_kappa",
    "concept_coverage",
    "cooccurrence",
    "counts",
    "coverage",
    "krippendorff_alpha",
    "load_material",
    "percent_agreement",
    "quotes",
]
