"""Grade corpus cases under many probe-input draws: which cases' scores depend on the draw?

The grader draws each submission's probe inputs from a per-course secret (a new one per
clone), so every CI run grades the corpus on draws no earlier run saw, and a case graded as
expected on most draws fails there now and then.  Run this after adding corpus cases or
changing a check's inputs::

    python tests/corpus_draws.py pa2_gradient_descent --draws 8 'buggy/model_*'

Each case's notebook runs once, in a kernel of its own (not sandboxed: the corpus is ours),
then every part's probe runs once per draw, with its replay if it has one, and each draw
is judged as grading judges it.  A case some draw scores otherwise than its ``EXPECTED``
is printed with the criteria that draw lost.  (A function that keeps state between calls
sees the earlier draws' calls too: read what is printed before changing a check.)
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
KINDS = ("correct", "buggy", "partial")


@dataclass
class Mismatch:
    """One draw that scored a case otherwise than expected."""

    draw: int
    scores: dict[str, tuple[float, float]]
    """Part -> (score, expected score)."""
    lost: dict[str, list[str]]
    """Part -> the criteria the draw lost, with their messages."""


@dataclass
class CaseDraws:
    """A case graded under several draws."""

    path: Path
    draws: int
    mismatches: list[Mismatch] = field(default_factory=list)
    error: str = ""
    """Why the case could not be run (its kernel died), if it could not."""


def draw_inputs(assignment, *, seed: int, draws: int) -> list[dict[str, dict]]:
    """``draws`` sets of probe inputs (part -> inputs, as JSON round-trips them)."""
    return [{name: json.loads(json.dumps(check.make_inputs(np.random.default_rng([seed, k, i]))))
             for i, (name, check) in enumerate(assignment.checks.items())} for k in range(draws)]


def expand(steps: list, inputs: list[dict[str, dict]]) -> list[tuple[int | None, object]]:
    """The run's steps with each part's grader steps (setup, replay, probe) repeated once per
    draw, in place: (draw, step), draw None for the student's cells."""
    from autograder.execution.execute import Step

    out, i = [], 0
    while i < len(steps):
        if steps[i].kind == "cell":
            out.append((None, steps[i]))
            i += 1
            continue
        part, group = steps[i].part, []
        while i < len(steps) and steps[i].kind != "cell" and steps[i].part == part:
            group.append(steps[i])
            i += 1
        for k, chosen in enumerate(inputs):
            payload = json.dumps(json.dumps(chosen[part]))
            out += [(k, Step(s.kind, f"__autograder__.{s.kind}({part!r}, {payload})" if s.kind != "replay" else s.code,
                             s.index, part)) for s in group]
    return out


def grade_case(assignment_name: str, path: Path, *, draws: int, seed: int, cell_timeout: float = 15.0) -> CaseDraws:
    """Run ``path``'s notebook once and judge each of ``draws`` draws of every part."""
    from autograder.assignment import load_assignment
    from autograder.execution.execute import PROBE_MIME, _harness_code, _last_json, plan
    from autograder.execution.kernel import Kernel, KernelDied, RunLimits
    from autograder.execution.sandbox import SandboxSettings
    from autograder.library.judge import judge
    from autograder.results import ExecutionResult
    from notebooks import load_case, submission

    assignment = load_assignment(ROOT / "solutions", assignment_name)
    expected, answers, _ = load_case(path)
    notebook = submission(answers, assignment=assignment_name)
    inputs = draw_inputs(assignment, seed=seed, draws=draws)
    steps = expand(plan(notebook, inputs=inputs[0], replays=assignment.replays), inputs)
    result = CaseDraws(path, draws)
    run, probes = ExecutionResult(ready=True), [{} for _ in inputs]
    timeout = cell_timeout * (len(steps) + 2)
    kernel = Kernel(settings=SandboxSettings(enabled=False), limits=RunLimits(cell_timeout=cell_timeout,
                                                                               notebook_timeout=timeout))
    try:
        deadline = time.monotonic() + timeout
        kernel.wait_ready(60)
        kernel.execute(_harness_code(assignment.probe_source, figures=False), index=-1, deadline=deadline)
        for k, step in steps:
            record, payloads = kernel.execute(step.code, index=step.index, deadline=deadline, data_mimes=(PROBE_MIME,))
            if step.kind == "cell":
                run.cells.append(record)
            elif step.kind == "probe":
                run.probe_cells[step.part] = step.index
                message = _last_json(payloads)
                probes[k][step.part] = (message.get("data") if message and message.get("part") == step.part
                                        else {"error": record.error or "the probe reported nothing"})
    except KernelDied as died:
        result.error = str(died)
        return result
    finally:
        kernel.kill()
    for k, chosen in enumerate(inputs):
        execution = ExecutionResult(cells=run.cells, probes=probes[k], probe_cells=run.probe_cells, ready=True)
        verdicts = judge(assignment, chosen, execution, notebook=notebook)
        scores = {p: (v.score, float(expected[p])) for p, v in verdicts.items()
                  if expected.get(p) is not None and abs(v.score - float(expected[p])) > 1e-6}
        if scores:
            result.mismatches.append(Mismatch(k, scores, {p: [f"{c.name} {c.earned:g}/{c.points:g}: {c.message}"
                                                              for c in verdicts[p].criteria if c.earned < c.points]
                                                          for p in scores}))
    return result


def cases(assignment: str, patterns: list[str]) -> list[Path]:
    """The corpus cases of ``assignment`` whose ``kind/name`` matches one of ``patterns``."""
    return [p for kind in KINDS for p in sorted((CORPUS / assignment / kind).glob("*.py"))
            if any(fnmatch.fnmatch(f"{kind}/{p.stem}", pattern) for pattern in patterns or ["*"])]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("assignment")
    parser.add_argument("patterns", nargs="*", help="kind/name globs of the cases (default: all)")
    parser.add_argument("--draws", type=int, default=8, help="draws per case (default 8)")
    parser.add_argument("--seed", type=int, default=None, help="first seed of the draws (default: the time)")
    parser.add_argument("--workers", type=int, default=2, help="cases graded at once (default 2)")
    args = parser.parse_intermixed_args(argv)
    seed = int(time.time()) if args.seed is None else args.seed
    paths = cases(args.assignment, args.patterns)
    print(f"{len(paths)} cases of {args.assignment}, {args.draws} draws each, seed {seed}", flush=True)
    started, differing = time.monotonic(), 0
    with ProcessPoolExecutor(args.workers) as pool:
        futures = [pool.submit(grade_case, args.assignment, p, draws=args.draws, seed=seed) for p in paths]
        for future in as_completed(futures):
            case = future.result()
            name = f"{case.path.parent.name}/{case.path.stem}"
            if case.error:
                differing += 1
                print(f"ERROR {name}: {case.error}", flush=True)
            elif case.mismatches:
                differing += 1
                print(f"DRAW-DEPENDENT {name}: {len(case.mismatches)} of {case.draws} draws", flush=True)
                for mismatch in case.mismatches[:3]:
                    print(f"  draw {mismatch.draw}: " + ", ".join(f"{p} {got:g} (expected {want:g})"
                                                                  for p, (got, want) in mismatch.scores.items()))
                    for lines in mismatch.lost.values():
                        print("".join(f"    {line[:400]}\n" for line in lines), end="")
    print(f"{differing} of {len(paths)} cases depend on the draw ({time.monotonic() - started:.0f} s)")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
    sys.exit(main())
