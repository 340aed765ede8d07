"""The host side of a grading (autograder.nbgrader_glue.host): what identifies a grading."""

from dataclasses import replace

from autograder.assignment import load_assignment
from autograder.execution.kernel import RunLimits
from autograder.execution.sandbox import SandboxSettings
from autograder.lms.submissions import Submission
from autograder.nbgrader_glue.host import cache_key
from conftest import ROOT


def test_a_grading_without_pictures_is_never_taken_for_one_with_them():
    """A --scores-only grading (figures not drawn) has another cache key than a full one, so
    the next full run runs that submission again, with its figures, for formgrader and feedback;
    the same settings give the same key, and any other change of limits or files another."""
    assignment = load_assignment(ROOT / "solutions", "pa2_gradient_descent")
    sub = Submission(student_id="s1", files={"pa2_gradient_descent": b"{}"})
    settings, limits = SandboxSettings(), RunLimits()
    key = cache_key(assignment, sub, settings, limits)
    assert cache_key(assignment, sub, settings, RunLimits()) == key
    assert cache_key(assignment, sub, settings, replace(limits, figures=False)) != key
    assert cache_key(assignment, sub, settings, replace(limits, cell_timeout=5)) != key
    assert cache_key(assignment, replace(sub, files={"pa2_gradient_descent": b"{ }"}), settings, limits) != key
