"""Plain result records shared by the grading steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Criterion:
    """One checked property of a part, with the points it carries."""

    name: str
    """Short identifier, e.g. ``update``."""
    points: float
    """Points this criterion is worth."""
    earned: float
    """Points earned (``0 <= earned <= points``)."""
    message: str
    """What was checked, and when points were lost, what was expected and what came back."""


@dataclass
class PartVerdict:
    """The grader's verdict on one autograded part of one submission."""

    part: str
    max_points: float
    criteria: list[Criterion] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Context for lost points, e.g. errors raised by the part's own cells."""

    @property
    def score(self) -> float:
        return round(min(self.max_points, sum(c.earned for c in self.criteria)), 4)


@dataclass
class CellRun:
    """What happened when one cell ran in the student's kernel."""

    index: int
    """Index of the cell in the sanitized notebook (-1 for grader-only cells)."""
    outputs: list[dict] = field(default_factory=list)
    error: Optional[str] = None
    """``ExceptionName: message`` if the cell raised, or why it could not finish."""
    seconds: float = 0.0


@dataclass
class ExecutionResult:
    """Everything the untrusted run produced: cell outputs and probe data (unjudged)."""

    cells: list[CellRun] = field(default_factory=list)
    probes: dict = field(default_factory=dict)
    """Part name -> probe data (untrusted JSON) or ``{"error": ...}``."""
    probe_cells: dict = field(default_factory=dict)
    """Part name -> index of its test cell (the cells before it, back to the previous
    test cell, are the part's own)."""
    problems: list[str] = field(default_factory=list)
    """Things that went wrong in the run as a whole (timeouts, kernel death, output caps)."""
    ready: bool = False
    """True once the kernel passed its checks and the harness was installed, i.e. the
    student's code ran; otherwise the run says nothing about the submission."""
    sandboxed: bool = False
    """True only if the kernel passed the sandbox attestation before any student code ran."""
    not_run: list[int] = field(default_factory=list)
    """Indices of the cells left out because nothing after them is graded
    (:attr:`~autograder.execution.kernel.RunLimits.every_cell`)."""
    seconds: float = 0.0


@dataclass
class SubmissionResult:
    """The outcome for one student: verdicts per part, or the reason there are none."""

    student_id: str
    status: str = "graded"
    """``graded``, or ``error: <reason>``."""
    verdicts: dict[str, PartVerdict] = field(default_factory=dict)
    scores: dict[str, Optional[float]] = field(default_factory=dict)
    """Part -> score as recorded in the gradebook (None: manual grading pending)."""
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    reused: bool = False
    """True when nothing changed since the last grading and its scores were kept."""
    name: str = ""
    """The student's name when the submissions came from an LMS export (else empty)."""
    late: Optional[bool] = None
    """True/False when the export (or ``--due``) says whether it was late; None when unknown."""
    submitted_at: Optional[str] = None
    """ISO 8601 time of the submission, when the export records it."""
