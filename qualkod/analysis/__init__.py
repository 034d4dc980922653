"""Analysis: agreement between coders and (later) the DataFrames reviewers read."""

from qualkod.analysis.agreement import (
    AgreementReport,
    agreement,
    cohen_kappa,
    krippendorff_alpha,
    percent_agreement,
)

__all__ = [
    "AgreementReport",
    "agreement",
    "cohen_kappa",
    "krippendorff_alpha",
    "percent_agreement",
]
