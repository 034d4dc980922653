"""Team load: several coder processes deciding at once on one project.

    python benchmarks/team.py [--backend sqlite|postgresql|both] [--coders 8] [--decisions 300]

Each coder process makes ``--decisions`` decisions through qualkod's public API, in a
seeded random mix: code a turn (35 %), accept an open suggestion (15 %), write a memo
on one of its codings (15 %), link one of its codings to a concept (15 %), remove one
of its codings (10 %), undo its last decision (10 %). A decision qualkod refuses with
its own error (a span already coded, a removed coding) counts as
refused, not confirmed. Each process writes what was confirmed, with the ids qualkod
returned and the time each call took.

Afterwards, two checks with no help from qualkod's code:

* every confirmed decision is in the audit log exactly once (one event per confirmed
  call, by that coder, with that coding id), and no coding id was given twice;
* replaying the audit log (each coding's last logged state; each link's events, undo
  included) gives exactly the codings and links tables.

PostgreSQL: a throwaway server started from the installed binaries (as the tests do),
or ``--url postgresql://…`` of an empty database. Prints decisions per second and the
p50/p95 latency of one decision.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SAMPLES = REPO / "transcripts"
THEMES = ("samverkan", "bristande_ansvar", "situationsanpassning")


def _setup(location: str) -> None:
    from qualkod.importing import import_files
    from qualkod.project import init_project, use_codebook
    from qualkod.store import open_project
    from qualkod.suggest import service

    init_project(location)
    project = open_project(location)
    import_files(
        project,
        [SAMPLES / "intervju-ifo-chef.vtt", SAMPLES / "fokusgrupp.docx"],
        interviewers=["Karin Lindqvist", "Johan Ek"],
    )
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    service.suggest(project)
    project.close()


def _coder(location: str, name: str, decisions: int, seed: int, out: str) -> None:
    from qualkod import coding
    from qualkod.errors import QualkodError
    from qualkod.project import current_codebook, transcripts, turns
    from qualkod.store import open_project
    from qualkod.suggest import service

    rng = random.Random(seed)
    project = open_project(location)
    codebook, catalogue = current_codebook(project)
    concepts = [c.id for c in catalogue.concepts] if catalogue else []
    places = [
        (str(summary.id), turn.index)
        for summary in transcripts(project)
        for turn in turns(project, str(summary.id))[1]
        if turn.text.strip() and turn.speaker.role == "interviewee"  # interviewers' are not coded
    ]
    open_ids = [s.id for s in service.suggestions(project, coder=name)]
    mine: list[int] = []
    log: list[dict] = []
    for _ in range(decisions):
        roll = rng.random()
        started = time.perf_counter()
        record: dict = {}
        try:
            if roll < 0.35 or not mine:
                transcript, turn = rng.choice(places)
                made = coding.add_coding(
                    project, transcript, turn, rng.choice(THEMES), name, codebook=codebook
                )
                mine.append(made.id)
                record = {"action": "create", "coding": made.id}
            elif roll < 0.50 and open_ids:
                made = coding.accept_suggestion(
                    project, open_ids.pop(rng.randrange(len(open_ids))), name
                )
                if made.id in mine:  # the coder had coded it so: accepted as that coding
                    record = {"action": "accept"}
                else:
                    mine.append(made.id)
                    record = {"action": "create", "coding": made.id}
            elif roll < 0.65:
                target = rng.choice(mine)
                coding.add_memo(project, f"{name} tänker om {target}", name, coding_id=target)
                record = {"action": "memo", "coding": target}
            elif roll < 0.80 and concepts:
                target = rng.choice(mine)
                link = coding.add_link(
                    project, target, rng.choice(concepts), name, memo=f"varför {target}"
                )
                record = {"action": "link", "link": link.id}
            elif roll < 0.90:
                target = mine.pop(rng.randrange(len(mine)))
                coding.remove_coding(project, target, name)
                record = {"action": "delete", "coding": target}
            else:
                event, _ = coding.undo(project, name)
                record = {"action": "undo", "undoes": event.id}
        except QualkodError as exc:
            record = {"action": "refused", "why": str(exc)[:80]}
        record["seconds"] = time.perf_counter() - started
        log.append(record)
    project.close()
    Path(out).write_text(json.dumps(log))


def _url(location: str) -> str:
    if "://" not in location:
        return f"sqlite:///{location}"
    return location.replace("postgresql://", "postgresql+psycopg://", 1)


def _check(location: str, logs: dict[str, list[dict]]) -> list[str]:
    """Problems found by reading the tables with plain SQL (none: all is well)."""
    problems = []
    engine = create_engine(_url(location))
    with engine.connect() as conn:
        events = [dict(r._mapping) for r in conn.execute(text("SELECT * FROM events ORDER BY id"))]
        codings = {r.id: r for r in conn.execute(text("SELECT * FROM codings"))}
        links = {r.id: r for r in conn.execute(text("SELECT * FROM links"))}
    engine.dispose()
    by_coder: dict[str, list[dict]] = {}
    for event in events:
        by_coder.setdefault(event["coder"], []).append(event)
    for name, log in logs.items():
        confirmed = [r for r in log if r["action"] != "refused"]
        logged = by_coder.get(name, [])
        if len(confirmed) != len(logged):
            problems.append(f"{name}: {len(confirmed)} confirmed, {len(logged)} in the log")
            continue
        for record, event in zip(confirmed, logged, strict=True):
            if record["action"] != event["action"]:
                problems.append(f"{name}: confirmed {record['action']}, logged {event['action']}")
            if "coding" in record and record["coding"] != event["coding_id"]:
                problems.append(f"{name}: coding {record['coding']} logged as {event['coding_id']}")
            if record["action"] == "undo" and record["undoes"] != event["undoes"]:
                problems.append(f"{name}: undo of {record['undoes']} logged as {event['undoes']}")
    created = [e["coding_id"] for e in events if e["action"] == "create"]
    if len(created) != len(set(created)):
        problems.append("a coding id was given twice")
    problems += _replay(events, codings, links)
    return problems


def _replay(events: list[dict], codings: dict, links: dict) -> list[str]:
    """Rebuild codings and links from the audit log alone and compare with the tables."""
    coding_state: dict[int, dict] = {}
    link_state: dict[int, dict] = {}
    by_id = {e["id"]: e for e in events}

    def apply_link(event: dict, undo: bool) -> None:
        before = json.loads(event["before"]) if event["before"] else None
        after = json.loads(event["after"]) if event["after"] else None
        action = event["action"]
        if action == "link":
            if undo:
                link_state[after["link"]]["deleted"] = True
                if before is not None:
                    link_state[before["link"]]["deleted"] = False
            else:
                link_state[after["link"]] = {**after, "deleted": False}
                if before is not None:
                    link_state[before["link"]]["deleted"] = True
        elif action == "unlink":
            link_state[before["link"]]["deleted"] = not undo
        elif action == "reject-link":
            link_state.setdefault(after["link"], {**after})["deleted"] = undo
        elif action == "link-memo":
            link_state[after["link"]]["memo"] = (before if undo else after)["memo"]

    for event in events:
        if event["coding_id"] is not None and event["after"]:
            coding_state[event["coding_id"]] = json.loads(event["after"])
        elif event["action"] in ("link", "unlink", "reject-link", "link-memo"):
            apply_link(event, undo=False)
        elif event["action"] == "undo" and event["undoes"] in by_id:
            undone = by_id[event["undoes"]]
            if undone["action"] in ("link", "unlink", "reject-link", "link-memo"):
                apply_link(undone, undo=True)
    problems = []
    if set(coding_state) != set(codings):
        problems.append(f"replay has {len(coding_state)} codings, the table {len(codings)}")
    for coding_id, state in coding_state.items():
        row = codings.get(coding_id)
        if row is None:
            continue
        stored = (bool(row.deleted), bool(row.featured), row.memo, row.code_id, row.coder)
        replayed = (
            state["deleted"],
            state["featured"],
            state["memo"],
            state["code"],
            state["coder"],
        )
        if stored != replayed:
            problems.append(f"coding {coding_id}: table {stored}, replay {replayed}")
    if set(link_state) != set(links):
        problems.append(f"replay has {len(link_state)} links, the table {len(links)}")
    for link_id, state in link_state.items():
        row = links.get(link_id)
        if row is not None and (bool(row.deleted), row.memo) != (state["deleted"], state["memo"]):
            problems.append(f"link {link_id}: table {(row.deleted, row.memo)}, replay {state}")
    return problems


def run(location: str, coders: int, decisions: int, label: str) -> dict:
    _setup(location)
    work = Path(tempfile.mkdtemp(prefix="qualkod-team-"))
    context = multiprocessing.get_context("spawn")
    started = time.perf_counter()
    processes = []
    for n in range(coders):
        out = work / f"kodare{n + 1}.json"
        process = context.Process(
            target=_coder, args=(location, f"kodare{n + 1}", decisions, 1000 + n, str(out))
        )
        process.start()
        processes.append((f"kodare{n + 1}", process, out))
    for _, process, _ in processes:
        process.join()
    wall = time.perf_counter() - started
    if any(process.exitcode != 0 for _, process, _ in processes):
        raise SystemExit(f"{label}: a coder process failed")
    logs = {name: json.loads(out.read_text()) for name, _, out in processes}
    times = [r["seconds"] for log in logs.values() for r in log]
    confirmed = sum(r["action"] != "refused" for log in logs.values() for r in log)
    problems = _check(location, logs)
    reasons: dict[str, int] = {}
    for log in logs.values():
        for r in log:
            if r["action"] == "refused":
                key = re.sub(r"\d+", "N", r["why"])[:60]
                reasons[key] = reasons.get(key, 0) + 1
    ranked = sorted(times)
    return {
        "backend": label,
        "coders": coders,
        "decisions": len(times),
        "confirmed": confirmed,
        "refused": len(times) - confirmed,
        "wall_s": round(wall, 1),
        "per_s": round(len(times) / wall, 1),
        "p50_ms": round(statistics.median(times) * 1000, 1),
        "p95_ms": round(ranked[int(0.95 * (len(ranked) - 1))] * 1000, 1),
        "problems": problems,
        "reasons": sorted(reasons.items(), key=lambda kv: -kv[1]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--coders", type=int, default=8)
    parser.add_argument("--decisions", type=int, default=300)
    parser.add_argument("--url", help="an empty PostgreSQL database instead of a throwaway server")
    args = parser.parse_args()
    results = []
    if args.backend in ("sqlite", "both"):
        path = Path(tempfile.mkdtemp(prefix="qualkod-team-")) / "team.db"
        results.append(run(str(path), args.coders, args.decisions, "sqlite"))
    if args.backend in ("postgresql", "both"):
        server = None
        url = args.url
        if url is None:
            from tests import postgres_server

            server = postgres_server.start(Path(tempfile.mkdtemp(prefix="qualkod-team-pg-")))
            url = server.new_database()
        try:
            results.append(run(url, args.coders, args.decisions, "postgresql"))
        finally:
            if server is not None:
                server.stop()
    print(
        "| backend | coders × decisions | confirmed | refused | wall | decisions/s | p50 | p95 | check |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---|")
    for r in results:
        check = "ok" if not r["problems"] else f"{len(r['problems'])} problems"
        print(
            f"| {r['backend']} | {r['coders']} × {r['decisions'] // r['coders']} | {r['confirmed']} "
            f"| {r['refused']} | {r['wall_s']} s | {r['per_s']} | {r['p50_ms']} ms "
            f"| {r['p95_ms']} ms | {check} |"
        )
        for problem in r["problems"][:10]:
            print(f"  - {problem}")
    for r in results:
        print(f"\n{r['backend']}: refused, by reason")
        for reason, count in r["reasons"]:
            print(f"  {count:4d}  {reason}")
    if any(r["problems"] for r in results):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
