"""The checks a fixed pseudonym passes before it is stored: it names nobody and does not
look like another role's automatic pseudonym (a pseudonym is shown in every export)."""

from __future__ import annotations

import re

from qualkod.errors import ParameterError
from qualkod.models import Role, Speaker
from qualkod.pseudonyms import PREFIXES, name_parts, plain_name_key
from qualkod.redaction.project import identifying, project_redactor
from qualkod.store import Project


def refuse_a_name(pseudonym: str, speakers: list[Speaker]) -> None:
    """A pseudonym holding a participant's name, in any case or as a genitive, would put
    that name in every export (``Maria Nyström`` for IP 3, ``Karin`` for anyone)."""
    if re.search(r"[@\[\]]", pseudonym):  # "[IP 1]" is a redaction's, "a@b.se" an address
        raise ParameterError(
            "pseudonym",
            pseudonym,
            "a pseudonym is a label such as 'Socionom A'; leave out '@', '[' and ']'",
            quoted=True,
        )
    plain = plain_name_key(pseudonym)  # "Ｍａｒｉａ", "Mаria" (Cyrillic а), "Nystrom"
    words = set(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", plain))
    words |= {piece for w in words for piece in w.split("-")}  # "IP-Ahmed", "Anna-Karin"
    words |= {w.removesuffix("s") for w in words}
    for speaker in speakers:
        for part in name_parts(speaker.raw_name):
            # every piece, in any case or script: "Anna-Karin", "sara_holm", "محمد حسن"
            pieces = {plain_name_key(p) for p in re.split(r"[\s\-_.]+", part) if len(p) >= 2}
            if pieces & words:
                raise ParameterError(
                    "pseudonym",
                    pseudonym,
                    "holds a participant's name; a pseudonym is shown in every export, so "
                    "choose one that names nobody",
                    quoted=True,
                )


def refuse_what_outputs_hide(project: Project, pseudonym: str) -> None:
    """A pseudonym the project's redactor hides as someone's (:func:`identifying`)."""
    found = identifying(project_redactor(project), pseudonym)
    if found:
        what = (
            "a participant's name"
            if found[0].category == "speaker"
            else f"what outputs hide ({found[0].category} {found[0].text!r})"
        )
        raise ParameterError(
            "pseudonym",
            pseudonym,
            f"holds {what}; a pseudonym is shown in every export, so choose one that names nobody",
            quoted=True,
        )


def refuse_automatic_form(pseudonym: str, role: Role) -> None:
    """A fixed pseudonym of another role's automatic form would confuse readers."""
    for other_role, prefix in PREFIXES.items():
        head, _, number = pseudonym.rpartition(" ")
        if head == prefix and number.isdigit() and number != str(int(number)):
            raise ParameterError(
                "pseudonym",
                pseudonym,
                f"looks like {prefix} {int(number)} to a reader; write the number without "
                "leading zeros",
                quoted=True,
            )
        if head == prefix and number.isdigit() and other_role is not role:
            raise ParameterError(
                "pseudonym",
                pseudonym,
                f"that form is for {other_role.value}s; give the role {other_role.value} "
                "too, or choose another pseudonym",
                quoted=True,
            )
