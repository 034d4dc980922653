"""The Python call that does what a ``qualkod`` command named in an error message does.

An error that says what to do next names a command (``list them with 'qualkod
speakers --raw-names'``). The command line shows the message as it is; a Python caller
(a notebook) reads it with the call instead (``list them with qualkod.project.speakers(p)
(each row's speaker.raw_name)``), and a command with no call here is said to be the
command line's (``'qualkod agreement' (on the command line)``), so that no one is
told to run a shell command in a notebook cell without knowing it is one.

``p`` is the open project, ``coder`` the coder's name and ``material`` what
``qualkod.analysis.load_material(p)`` gives, as in the README's Python section; words in
capitals (``FILE``, ``NAME``) stay the placeholders they are.
"""

from __future__ import annotations

import re

COMMAND = re.compile(r"'qualkod ([^']+)'")
"""A command as messages name it: quoted, from ``qualkod`` on."""

_CALLS: tuple[tuple[str, str], ...] = (
    # project
    (r"init --from", "qualkod.refi_import.init_from_qdpx(NEW.db, FILE.qdpx)"),
    (r"init (\S+) --from (\S+)", "qualkod.refi_import.init_from_qdpx({0}, {1})"),
    (r"init (.+)", "qualkod.project.init_project({0})"),
    (r"transcripts", "qualkod.project.transcripts(p)"),
    (r"speakers --raw-names", "qualkod.project.speakers(p) (each row's speaker.raw_name)"),
    (r"speakers", "qualkod.project.speakers(p)"),
    (r"speakers set", "qualkod.project.set_speaker(p, ...)"),
    (
        r"show",
        "qualkod.project.turns(p, transcript) (its turns' text redacted by "
        "qualkod.redaction.project.project_redactor(p))",
    ),
    (
        r"show (\S+)",
        "qualkod.project.turns(p, {0}) (its turns' text redacted by "
        "qualkod.redaction.project.project_redactor(p))",
    ),
    (r"show --raw-names", "qualkod.project.turns(p, transcript) (its turns' text)"),
    (r"codebook use", "qualkod.project.use_codebook(p, FILE)"),
    (r"codebook use (\S+)", "qualkod.project.use_codebook(p, {0})"),
    (r"codebook use (\S+) --force", "qualkod.project.use_codebook(p, {0}, force=True)"),
    (r"codebook use (\S+) --theory (\S+)", "qualkod.project.use_codebook(p, {0}, {1})"),
    (r"codebook show", "qualkod.project.current_codebook(p)[0].codes()"),
    (r"import FILE(?:\.\.\.)?", "qualkod.importing.import_files(p, FILE)"),
    (r"import FILE --again", "qualkod.importing.import_files(p, FILE, again=True)"),
    (r"redact", "qualkod.redaction.review.candidates(p)"),
    # suggest
    (r"suggest", "qualkod.suggest.suggest(p)"),
    (r"suggestions", "qualkod.suggest.suggestions(p)"),
    (r"suggestions --status all", "qualkod.suggest.suggestions(p, status='all')"),
    (r"train", "qualkod.suggest.train(p)"),
    (r"train --coder (\S+)", "qualkod.suggest.train(p, {0})"),
    (r"train --semantic", "qualkod.suggest.train(p, semantic=True)"),
    # coding
    (r"codings(?: --format csv)?", "qualkod.coding.codings(p)"),
    (r"codings export", "qualkod.coding.export_codings(p, FILE)"),
    (r"codings export --coder (\S+)", "qualkod.coding.export_codings(p, FILE, coder={0})"),
    (
        r"code add --transcript (\S+) --turn (\d+) --code (\S+)",
        "qualkod.coding.add_coding(p, {0}, {1}, {2}, coder)",
    ),
    (r"code remove (\d+)", "qualkod.coding.remove_coding(p, {0}, coder)"),
    (r"undo", "qualkod.coding.undo(p, coder)"),
    (r"undo --past-removal", "qualkod.coding.undo(p, coder, past_removal=True)"),
    (r"transcripts remove", "qualkod.coding.remove_transcript(p, transcript, coder)"),
    (r"transcripts remove (\S+)", "qualkod.coding.remove_transcript(p, {0}, coder)"),
    (r"links", "qualkod.coding.links(p)"),
    (r"link remove", "qualkod.coding.remove_link(p, link_id, coder)"),
    (r"memo list", "qualkod.coding.memos(p)"),
    (r"memo add --theme (\S+)", "qualkod.coding.add_memo(p, text, coder, theme={0})"),
    (r"coders --raw-names", "qualkod.coding.coders(p)"),
    # analysis
    (r"stats --chart", "qualkod.export.write_chart(material, FILE.png)"),
    (r"stats --chart (\S+)", "qualkod.export.write_chart(material, {0})"),
    # export
    (r"export study", "qualkod.export.export_study(p, FOLDER)"),
    (r"export study --out (\S+)", "qualkod.export.export_study(p, {0})"),
    (r"reproduce", "qualkod.reproduce.reproduce(STUDY.yaml)"),
    (r"reproduce (\S+)", "qualkod.reproduce.reproduce({0})"),
)


def _argument(word: str) -> str:
    """A command's argument as Python spells it: a number or a placeholder as it is,
    other words quoted."""
    return word if word.isdigit() or re.fullmatch(r"[A-Z][A-Z_.]*", word) else repr(word)


def python_call(command: str) -> str | None:
    """The Python call for ``command`` (what follows ``qualkod``), or None."""
    for pattern, call in _CALLS:
        found = re.fullmatch(pattern, command)
        if found:
            return call.format(*(_argument(word) for word in found.groups()))
    return None


def commands_for_python(text: str) -> str:
    """``text`` with each ``'qualkod ...'`` command it names put as a Python caller
    does it, or said to be the command line's."""

    def said(found: re.Match) -> str:
        call = python_call(found.group(1))
        return call if call is not None else f"{found.group(0)} (on the command line)"

    return COMMAND.sub(said, text)
