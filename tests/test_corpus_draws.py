"""tests/corpus_draws.py: grading a corpus case under many draws finds the draws it depends on."""

from __future__ import annotations

import pytest

from autograder.assignment import load_assignment
from corpus_draws import cases, draw_inputs, grade_case
from notebooks import ROOT

ASSIGNMENT = "pa2_gradient_descent"
DRAWS = 6
#: A model right only on data of 8 rows or more: the model part's cases have 5 to 12 rows,
#: drawn anew each time, so whether it keeps its marks depends on the draw.
ROWS_DEPENDENT = '''
EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {"model_answer": """
def model(data, weight, bias):
    return weight * data + (bias if data.shape[0] >= 8 else 0.0)
"""}
'''


def _short_draws(inputs: list[dict]) -> set[int]:
    """The draws in which some main case of the model part has fewer than 8 rows."""
    return {k for k, chosen in enumerate(inputs)
            if any(len(c["x"]) < 8 for c in chosen["model"]["cases"] if c["role"] == "main")}


@pytest.mark.slow
def test_the_draws_a_case_loses_marks_on_are_exactly_those_its_bug_shows_on(tmp_path):
    assignment = load_assignment(ROOT / "solutions", ASSIGNMENT)
    # A seed whose draws include both kinds, found here (drawing inputs is cheap).
    seed = next(s for s in range(100) if 0 < len(_short_draws(draw_inputs(assignment, seed=s, draws=DRAWS))) < DRAWS)
    short = _short_draws(draw_inputs(assignment, seed=seed, draws=DRAWS))
    path = tmp_path / "buggy" / "rows_dependent.py"
    path.parent.mkdir()
    path.write_text(ROWS_DEPENDENT)

    result = grade_case(ASSIGNMENT, path, draws=DRAWS, seed=seed)

    assert result.error == ""
    assert {m.draw for m in result.mismatches} == short
    assert all(set(m.scores) == {"model"} and m.scores["model"][1] == 10 for m in result.mismatches)
    assert all(any("values" in line for line in m.lost["model"]) for m in result.mismatches)


def test_cases_are_chosen_by_kind_and_name():
    chosen = cases(ASSIGNMENT, ["buggy/model_*"])
    assert chosen and all(p.parent.name == "buggy" and p.stem.startswith("model_") for p in chosen)
    assert len(cases(ASSIGNMENT, [])) == sum(1 for _ in (ROOT / "tests" / "corpus" / ASSIGNMENT).glob("*/*.py"))
