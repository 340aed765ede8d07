"""Instructor-side grading of PA1: ``probes.py`` (runs in the student's kernel) and
``checks.py`` (judges, trusted).  nbgrader leaves this folder out of the release.

The hidden tests of the source notebook call :func:`verify`, which runs a part's probe
and judge in the instructor's own kernel; the grader never runs them in a student's.
"""

from autograder.library.checks import verify_in_kernel

from . import checks, probes


def verify(part, namespace, *, seed=0):
    """Raise AssertionError, listing every lost criterion, unless ``part`` earns full marks."""
    verify_in_kernel(checks.PARTS[part], probes, part, namespace, seed=seed)
