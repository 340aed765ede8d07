"""Helpers PA1's judges share: the points and weights, and how edge shapes and returned
values are put in messages (trusted: the grader's process)."""

from __future__ import annotations

from pathlib import Path

from autograder.library.checks import differs_note, short
from autograder.library.points import Scale, notebook_points
from autograder.library.values import Output

#: grade_id -> points, read from the source notebook (the judges only split them by weight).
POINTS = notebook_points(Path(__file__).resolve().parents[1])
WEIGHTS = {
    "pairwise_sq_dists": {"values": 8.0, "shape": 3.0, "no loops": 4.0},
    "log_sum_exp": {"values": 4.0, "stable": 4.0, "shape": 2.0},
    "softmax": {"values": 4.0, "stable": 4.0, "shape": 2.0},
    "numerical_gradient": {"values": 6.0, "shape": 3.0, "central difference": 4.0, "x unchanged": 2.0},
    "gradient_check": {"wrong gradient": 6.0, "right gradient": 4.0},
    "value_and_grad": {"value": 4.0, "gradient": 6.0, "no side effects": 5.0},
    "plot_derivative": {"function": 3.0, "derivative": 5.0, "labels": 1.0, "title": 1.0},
}
#: Why a criterion of form is lost when the answer has no substance.
FORM = ", so the form of the answer cannot be credited"


def _scale(part: str) -> Scale:
    return Scale(POINTS[part], WEIGHTS[part])


def _shown(out: Output, want=None, **tolerances: float) -> str:
    """The returned numbers (and, given the right ones, how they differ within ``tolerances``,
    those of the comparison made), or what came back."""
    if out.values is None:
        return out.kind
    return short(out.values) + ("" if want is None else differs_note(out.values, want, **tolerances))


# --------------------------------------------------------------------------- edge shapes
# Every part is also probed on the shapes at the edge of what its docstring allows (one
# row, one column, one point, a 0-d or 3-D x), in cases marked ``edge`` that come after the
# others.  They are judged by the criterion they belong to (the shape returned, or the values
# when those are wrong), and are left out of the substance checks, which the other cases make.

def _edge(case: dict) -> bool:
    """Whether a case is at the edge of what the spec allows (its error costs its criterion)."""
    return bool(case.get("edge"))


def _core(cases: list[dict], items: list) -> list:
    """The ``items`` (one per case) of the cases that are not ``edge`` ones."""
    return [item for case, item in zip(cases, items) if not case.get("edge")]


def _squeezed(got, want: tuple) -> str:
    """Why a result has ``got`` for shape where ``want`` was asked, when it is ``want``
    without its dimensions of size 1 ('' otherwise)."""
    if got is None or tuple(got) == tuple(want) or tuple(got) != tuple(s for s in want if s != 1):
        return ""
    return (f": that is {tuple(want)} with its dimensions of size 1 dropped, as a bare .squeeze() drops them all; "
            "drop only the dimension you mean, by name (.squeeze(1)), if any")


def _x_words(shape) -> str:
    """``a matrix x (shape (2, 3))``: x's shape in words, for messages."""
    shape = tuple(shape)
    kind = {0: "a 0-d x", 1: "a vector x", 2: "a matrix x"}.get(len(shape), f"a {len(shape)}-D x")
    return f"{kind} (shape {shape})"


def _raised_on(out: Output, shape=None) -> str:
    """``raised <error>`` for a call that raised (on an x of ``shape``), with a hint for a 0-d x."""
    hint = (" (a 0-d x has no dimension to index or take len() of: x.reshape(-1) gives every shape one flat "
            "index, a 0-d one a single entry)" if shape is not None and len(tuple(shape)) == 0 else "")
    return f"raised {out.error}{hint}"
