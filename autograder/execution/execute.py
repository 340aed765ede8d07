"""Run a sanitized submission in a sandboxed kernel and collect data (no verdicts).

The run is a list of :class:`Step`: the student's cells in order, and at each autograded
test cell, instead of its test code, the assignment's probe for that part (with a replay
of the part's answer cell when the check asks for one).  Hidden tests never enter the
kernel, and neither does anything that could compute a correct answer.
"""

from __future__ import annotations

import base64
import functools
import json
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

from autograder.errors import AutograderError
from autograder.execution.kernel import Kernel, KernelDied, RunLimits
from autograder.results import CellRun, ExecutionResult
from autograder.execution.sandbox import SandboxSettings
from autograder.execution.attestation import attestation_code, check_attestation

if TYPE_CHECKING:  # workers never import nbformat (~0.8 s, mostly jsonschema's format grammars)
    from nbformat import NotebookNode

HARNESS_SOURCE = (Path(__file__).parent / "kernel_harness.py").read_text()
PROBE_MIME = "text/x-autograder-probe"
ATTESTATION_MIME = "text/x-autograder-attestation"


@dataclass(frozen=True)
class Step:
    """One request sent to the kernel."""

    kind: str
    """``cell`` (a notebook cell), ``setup`` or ``probe`` (grader calls), ``replay``."""
    code: str
    index: int = -1
    """Index of the notebook cell this step belongs to."""
    part: Optional[str] = None
    ungraded_tail: bool = False
    """A cell after the notebook's last graded cell (test, or answer graded by hand): an
    ungraded exercise or a closing demo, which nothing judges or shows a grader."""


@dataclass
class RunSpec:
    """Everything a worker needs to run one submission: plain data, no gradebook."""

    steps: list[Step]
    probe_source: str
    hidden_paths: list[str] = field(default_factory=list)
    """Host paths the kernel must not see (checked before any student code runs)."""


def _nbgrader(cell: NotebookNode) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {}) or {}


def plan(nb: NotebookNode, *, inputs: dict[str, dict], replays: dict[str, str]) -> list[Step]:
    """Steps for a sanitized notebook.

    Args:
        nb: the submission after nbgrader's sanitizing preprocessors.
        inputs: part -> probe inputs chosen for this submission.
        replays: part -> id of the answer cell to re-run between setup and probe.
    """
    answers = {_nbgrader(c).get("grade_id"): c for c in nb.cells if _nbgrader(c).get("solution")}
    last_graded = max((i for i, c in enumerate(nb.cells) if _nbgrader(c).get("grade")), default=len(nb.cells))
    steps: list[Step] = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        meta = _nbgrader(cell)
        part = meta.get("grade_id")
        if not meta.get("grade") or meta.get("solution"):
            steps.append(Step("cell", cell.source, index, ungraded_tail=index > last_graded))
            continue
        if part not in inputs:
            continue  # a test cell without a check: nothing of it runs in the kernel
        payload = json.dumps(json.dumps(inputs[part]))
        if part in replays:
            steps.append(Step("setup", f"__autograder__.setup({part!r}, {payload})", index, part))
            answer = answers.get(replays[part])
            if answer is not None:
                steps.append(Step("replay", answer.source, index, part))
        steps.append(Step("probe", f"__autograder__.probe({part!r}, {payload})", index, part))
    return steps


@functools.lru_cache(maxsize=8)
def _harness_code(probe_source: str, *, figures: bool = True) -> str:
    # The harness and the probes travel compressed: IPython tokenizes every cell it runs and
    # ipykernel hashes it, a cost that grows with its text (~10 ms per kernel for the plain
    # ~80 kB).  The handle is a builtin too: a cell's `%reset -f` empties the notebook's
    # namespace, and the probes must still be reached (a student may shadow it; that only
    # spoils their data).
    payload = base64.b64encode(zlib.compress(json.dumps([HARNESS_SOURCE, probe_source]).encode())).decode()
    return (
        "import types as _autograder_types, builtins as _autograder_builtins\n"
        "import base64 as _autograder_base64, json as _autograder_json, zlib as _autograder_zlib\n"
        "_autograder_texts = _autograder_json.loads(_autograder_zlib.decompress("
        f"_autograder_base64.b64decode({payload!r})))\n"
        "_autograder_module = _autograder_types.ModuleType('_autograder_harness')\n"
        "exec(compile(_autograder_texts[0], '<autograder harness>', 'exec'), _autograder_module.__dict__)\n"
        "__autograder__ = _autograder_builtins.__autograder__ = "
        f"_autograder_module.install(_autograder_texts[1], {figures!r})\n"
        "del _autograder_types, _autograder_builtins, _autograder_base64, _autograder_json, _autograder_zlib, "
        "_autograder_texts, _autograder_module\n"
    )


def run(spec: RunSpec, *, settings: SandboxSettings, limits: RunLimits, slot: int = 0,
        font_cache: Optional[str] = None, scratch_root: Optional[str] = None,
        zygote=None, on_wait: Optional[Callable[[bool], None]] = None) -> ExecutionResult:
    """Execute ``spec`` in a fresh kernel (forked by ``zygote`` if given); never raises for
    anything the student did.  ``on_wait``: see :attr:`Kernel.on_wait`."""
    started = time.monotonic()
    deadline = started + limits.notebook_timeout
    result = ExecutionResult()
    try:
        kernel = Kernel(settings=settings, limits=limits, slot=slot, font_cache=font_cache,
                        scratch_root=scratch_root, zygote=zygote, on_wait=on_wait)
    except (OSError, AutograderError) as error:
        result.problems.append(f"the kernel could not start: {error}")
        result.seconds = time.monotonic() - started
        return result
    try:
        kernel.wait_ready(min(limits.startup_timeout, limits.notebook_timeout))
        _, reports = kernel.execute(attestation_code(spec.hidden_paths), index=-1, deadline=deadline,
                                    data_mimes=(ATTESTATION_MIME,))
        report = _last_json(reports)
        problems = check_attestation(report, settings=settings, slot=slot)
        if problems:
            result.problems.append("sandbox check failed: " + "; ".join(problems))
            return result
        result.sandboxed = settings.enabled
        harness = _harness_code(spec.probe_source, figures=limits.figures)
        setup_run, _ = kernel.execute(harness, index=-1, deadline=deadline)
        if setup_run.error:
            result.problems.append(f"the grading harness failed to start: {setup_run.error}")
            return result
        result.ready = True
        steps = spec.steps
        if not limits.every_cell:
            steps = [s for s in spec.steps if not s.ungraded_tail]
            result.not_run = [s.index for s in spec.steps if s.ungraded_tail]
        _run_steps(kernel, steps, result, deadline)
    except KernelDied as died:
        result.problems.append(str(died))
    finally:
        kernel.kill()
        result.seconds = time.monotonic() - started
    return result


def _last_json(payloads: list[str]) -> Optional[dict]:
    for text in reversed(payloads):
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):  # untrusted text: malformed or absurdly nested
            continue
        if isinstance(value, dict):
            return value
    return None


def _run_steps(kernel: Kernel, steps: list[Step], result: ExecutionResult, deadline: float) -> None:
    remaining = list(steps)
    replay_errors: dict[str, str] = {}  # part -> what its replayed answer cell raised
    try:
        while remaining:
            step = remaining[0]
            if time.monotonic() > deadline:
                raise KernelDied("the notebook ran out of time")
            run_record, payloads = kernel.execute(step.code, index=step.index, deadline=deadline,
                                                  data_mimes=(PROBE_MIME,))
            remaining.pop(0)
            if step.kind == "cell":
                result.cells.append(run_record)
            elif step.kind == "replay" and run_record.error:
                replay_errors[step.part] = run_record.error[:300]
            elif step.kind == "probe":
                result.probe_cells[step.part] = step.index
                message = _last_json(payloads)
                if message is not None and message.get("part") == step.part:
                    result.probes[step.part] = message.get("data")
                    if step.part in replay_errors and isinstance(result.probes[step.part], dict):
                        # (told to the student: a re-run that drew nothing failed for a reason)
                        result.probes[step.part]["replay_error"] = replay_errors[step.part]
                else:
                    result.probes[step.part] = {"error": run_record.error or "the probe reported nothing"}
    except KernelDied as died:
        step = remaining.pop(0)
        if step.kind == "cell":
            result.cells.append(CellRun(index=step.index, error=str(died)))
        result.problems.append(f"{died} (cell {step.index + 1})")
        for step in [step] + remaining:
            if step.kind == "probe":
                result.probe_cells.setdefault(step.part, step.index)
                result.probes.setdefault(step.part, {"error": f"not run: {died} at cell {step.index + 1}"})
