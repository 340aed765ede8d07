"""judge(): untrusted probe data in, one verdict per autograded part out, whatever the data."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from autograder.assignment import load_assignment
from autograder.library.checks import BadData, PartCheck
from autograder.library.judge import judge, verdict_text
from autograder.results import Criterion, ExecutionResult, PartVerdict

ROOT = Path(__file__).resolve().parents[1]
AUTOGRADED = ["model", "loss_func", "fit_GD", "plot_GD", "fit_BGD", "plot_BGD"]
POINTS = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5}


@pytest.fixture(scope="module")
def real():
    return load_assignment(ROOT / "solutions", "pa2_gradient_descent")


@pytest.fixture(scope="module")
def inputs(real):
    return {name: check.make_inputs(np.random.default_rng(0)) for name, check in real.checks.items()}


def with_judges(assignment, **judges):
    """The real assignment with some parts' judges replaced (inputs unchanged)."""
    checks = dict(assignment.checks)
    for part, function in judges.items():
        checks[part] = PartCheck(make_inputs=assignment.checks[part].make_inputs, judge=function)
    return dataclasses.replace(assignment, checks=checks)


def full_marks(part):
    return lambda inputs, data: [Criterion("all", POINTS[part], POINTS[part], "fine")]


def test_every_autograded_part_gets_a_verdict_and_the_discussion_none(real, inputs):
    verdicts = judge(real, inputs, ExecutionResult())
    assert list(verdicts) == AUTOGRADED
    assert {name: v.max_points for name, v in verdicts.items()} == POINTS


def test_when_probe_data_is_missing_then_zero_with_the_runs_problem(real, inputs):
    problems = ["cell 12 timed out after 60 s", "kernel died"]
    verdicts = judge(real, inputs, ExecutionResult(problems=problems))
    for name, verdict in verdicts.items():
        assert verdict.score == 0
        [criterion] = verdict.criteria
        assert criterion.points == POINTS[name] and criterion.earned == 0
        assert "was not checked" in criterion.message
        assert "cell 12 timed out after 60 s; kernel died" in criterion.message


def test_when_probe_data_is_missing_without_a_problem_then_the_message_still_explains(real, inputs):
    verdict = judge(real, inputs, ExecutionResult())["fit_GD"]
    assert verdict.score == 0 and "did not get this far" in verdict.criteria[0].message


def test_when_only_some_parts_have_data_then_only_those_are_judged(real, inputs):
    assignment = with_judges(real, model=full_marks("model"))
    verdicts = judge(assignment, inputs, ExecutionResult(probes={"model": {"cases": []}}, problems=["stopped"]))
    assert verdicts["model"].score == 10
    assert all(verdicts[p].score == 0 for p in AUTOGRADED if p != "model")


@pytest.mark.parametrize("error", [BadData("missing 'cases'"), KeyError("w"), ZeroDivisionError("x"),
                                   RecursionError("deep")], ids=lambda e: type(e).__name__)
def test_when_a_judge_raises_then_zero_with_a_cannot_read_message(real, inputs, error):
    def broken(inputs, data):
        raise error

    assignment = with_judges(real, fit_GD=broken, model=full_marks("model"))
    verdicts = judge(assignment, inputs, ExecutionResult(probes={"fit_GD": {"cases": []}, "model": {}}))
    fit = verdicts["fit_GD"]
    assert fit.score == 0 and fit.max_points == 30
    [criterion] = fit.criteria
    assert criterion.points == 30 and criterion.earned == 0
    assert "cannot read" in criterion.message and type(error).__name__ in criterion.message
    assert verdicts["model"].score == 10  # one broken part does not affect the others


def test_when_data_cannot_be_serialised_then_the_part_scores_zero(real, inputs):
    deep: list = []
    for _ in range(100_000):
        deep = [deep]
    assignment = with_judges(real, model=full_marks("model"))
    verdict = judge(assignment, inputs, ExecutionResult(probes={"model": deep}))["model"]
    assert verdict.score == 0 and "cannot read" in verdict.criteria[0].message


def test_the_judge_sees_a_json_copy_of_inputs_and_data(real, inputs):
    """Can a judge neither see non-JSON types nor change the run's data?"""
    seen = {}

    def spy(inputs_copy, data_copy):
        seen.update(data=data_copy, inputs=inputs_copy)
        data_copy["values"].append(99)
        inputs_copy["cases"].clear()
        return [Criterion("all", 10, 10, "fine")]

    data = {"values": (1, 2)}
    cases = len(inputs["model"]["cases"])
    judge(with_judges(real, model=spy), inputs, ExecutionResult(probes={"model": data}))
    assert seen["data"]["values"] == [1, 2, 99]  # the tuple arrived as a JSON list
    assert data == {"values": (1, 2)} and len(inputs["model"]["cases"]) == cases > 0


def test_when_a_judge_awards_too_much_then_the_score_is_capped(real, inputs):
    generous = with_judges(real, model=lambda i, d: [Criterion("a", 10, 10, ""), Criterion("b", 10, 10, "")])
    assert judge(generous, inputs, ExecutionResult(probes={"model": {}}))["model"].score == 10


def test_verdict_text_lists_every_criterion_with_earned_and_points():
    verdict = PartVerdict("fit_GD", 30.0, [
        Criterion("returns", 6.0, 6.0, "fit_GD returns 5 float losses"),
        Criterion("batches", 8.0, 8.0, "uses every point once per epoch"),
        Criterion("update", 10.0, 0.0, "at step 1 the parameters moved uphill"),
        Criterion("loss", 6.0, 2.5, "partly right"),
    ])
    lines = verdict_text(verdict).splitlines()
    assert lines[0] == "fit_GD: 16.5 / 30 points"
    assert lines[1:] == [
        "  [ok  ] returns (6/6): fit_GD returns 5 float losses",
        "  [ok  ] batches (8/8): uses every point once per epoch",
        "  [LOST] update (0/10): at step 1 the parameters moved uphill",
        "  [LOST] loss (2.5/6): partly right",
    ]
    assert verdict_text(verdict).endswith("\n")


def test_verdict_text_of_a_missing_part_explains_why(real, inputs):
    verdict = judge(real, inputs, ExecutionResult(problems=["kernel died"]))["plot_GD"]
    text = verdict_text(verdict)
    assert text.startswith("plot_GD: 0 / 5 points\n") and "[LOST]" in text and "kernel died" in text


def _with_function(assignment, part, function):
    """The real assignment with ``part`` judged by a stub that gives full marks, calling ``function``."""
    checks = dict(assignment.checks)
    checks[part] = PartCheck(make_inputs=assignment.checks[part].make_inputs, judge=full_marks(part), function=function)
    return dataclasses.replace(assignment, checks=checks)


def _notebook(*cells):
    """A notebook of code cells; ("test", part) stands for that part's test cell."""
    import nbformat

    out = []
    for cell in cells:
        if isinstance(cell, tuple):
            test = nbformat.v4.new_code_cell("pass")
            test.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": cell[1], "points": 1}
            out.append(test)
        else:
            out.append(nbformat.v4.new_code_cell(cell))
    return nbformat.v4.new_notebook(cells=out)


READS_A_CLOSURE = "def _peek(f):\n    return f.__closure__[0].cell_contents\n"


@pytest.mark.parametrize("cells", [
    (READS_A_CLOSURE, ("test", "model"), "def loss_func(y_pred, y_true):\n    return _peek(y_pred)\n"),
    (("test", "model"), "import sys\n\ndef loss_func(y_pred, y_true):\n    return sys.modules['x']\n"),
    (("test", "model"), "def loss_func(y_pred, y_true):\n    return 0\n\nloss_func = getattr(loss_func, '__wrapped__')\n"),
    (("test", "model"), "from operator import attrgetter\n\ndef loss_func(y_pred, y_true):\n"
                        "    return attrgetter('__closure__')(y_pred)\n"),
    (("test", "model"), "def loss_func(y_pred, y_true):\n    return object.__getattribute__(y_pred, '__self__')\n"),
    (("test", "model"), "def loss_func(y_pred, y_true):\n    return getattr(y_pred, '__clo' + 'sure__')\n"),
    (("test", "model"), "def loss_func(y_pred, y_true):\n    return getattr(y_pred, '__erusolc__'[::-1])\n"),
    (("test", "model"), "def loss_func(y_pred, y_true):\n    part = 'cell_'\n    return getattr(y_pred, part + 'contents')\n"),
    (("test", "model"), "import inspect\n\ndef loss_func(y_pred, y_true):\n    return inspect.stack()[1].frame\n"),
    (("test", "model"), "import inspect\n\ndef loss_func(y_pred, y_true):\n"
                        "    return inspect.getargvalues(inspect.stack()[1][0]).locals\n"),
    (("test", "model"), "import inspect as peek\n\ndef loss_func(y_pred, y_true):\n    return peek.stack()\n"),
    (("test", "model"), "import sys\n\ndef loss_func(y_pred, y_true):\n    return sys.exc_info()[2].tb_frame\n"),
    (("test", "model"), "def loss_func(y_pred, y_true):\n"
                        "    return getattr(y_pred, bytes([95, 95, 99, 108, 111, 115, 117, 114, 101, 95, 95]).decode())\n"),
    (("test", "model"), "import importlib\n\ndef loss_func(y_pred, y_true):\n"
                        "    return importlib.import_module('insp' + 'ect')\n"),
    (("test", "model"), "from torch.utils._python_dispatch import _disable_current_modes\n\n"
                        "def loss_func(y_pred, y_true):\n    with _disable_current_modes():\n        return 0\n"),
    (("test", "model"), "from sys import modules as loaded\n\ndef loss_func(y_pred, y_true):\n    return len(loaded)\n"),
    (("test", "model"), "import traceback\n\ndef loss_func(y_pred, y_true):\n"
                        "    return any('probe' in f.name for f in traceback.extract_stack())\n"),
    (("test", "model"), "import builtins\n\ndef loss_func(y_pred, y_true):\n"
                        "    return [getattr(builtins, name) for name in dir(builtins)]\n"),
    (("test", "model"), "import builtins\n\ndef loss_func(y_pred, y_true):\n    return list(vars(builtins).values())\n"),
    (("test", "model"), "def loss_func(y_pred, y_true):\n    return __builtins__\n"),
    (("test", "model"), "import sys as s\n\ndef loss_func(y_pred, y_true):\n    return s.modules\n"),
    (("test", "model"), "def loss_func(y_pred, y_true):\n    return [c for c in object.__subclasses__() if 'Probe' in c.__name__]\n"),
], ids=["helper_in_an_earlier_part", "sys_modules", "getattr_by_name", "attrgetter_by_name", "getattribute_by_name",
        "name_from_character_codes", "inspect_imported_by_a_built_name", "grader_watchers_taken_off",
        "name_assembled_from_pieces", "name_reversed", "name_piece_in_a_variable", "inspect_stack_frame",
        "inspect_getargvalues", "inspect_under_another_name", "traceback_frame", "sys_modules_imported_by_name",
        "caller_names_from_traceback", "builtins_walked_by_dir", "builtins_walked_by_vars", "builtins_namespace",
        "sys_under_another_name", "every_class_loaded"])
def test_a_part_whose_code_reads_the_graders_objects_earns_nothing(real, inputs, cells):
    assignment = _with_function(real, "loss_func", "loss_func")
    verdicts = judge(assignment, inputs, ExecutionResult(probes={"loss_func": {}}),
                     notebook=_notebook(*cells, ("test", "loss_func")))
    verdict = verdicts["loss_func"]
    assert verdict.score == 0 and "reads the insides of the objects the grader hands it" in verdict.criteria[0].message


def test_a_function_the_probe_swaps_for_its_own_is_not_read_for_the_part(real, inputs):
    """PA1's gradient_check runs with the grader's numerical_gradient in place of the
    student's: a closure read in the student's one costs its own part, not this one."""
    assignment = _with_function(real, "loss_func", "loss_func")
    checks = dict(assignment.checks)
    checks["loss_func"] = dataclasses.replace(checks["loss_func"], replaced=("_peek",))
    notebook = _notebook(READS_A_CLOSURE, ("test", "model"),
                         "def loss_func(y_pred, y_true):\n    return _peek(y_pred)\n", ("test", "loss_func"))
    swapped = judge(dataclasses.replace(assignment, checks=checks), inputs,
                    ExecutionResult(probes={"loss_func": {}}), notebook=notebook)["loss_func"]
    read = judge(assignment, inputs, ExecutionResult(probes={"loss_func": {}}), notebook=notebook)["loss_func"]
    assert swapped.score == POINTS["loss_func"] and read.score == 0


def test_plain_data_read_by_name_is_not_reading_internals(real, inputs):
    """``torch.__version__`` or a function's ``__name__`` is data, not the grader's insides;
    ``torch.stack`` is not inspect's; a builtin named in the code is not a walk over builtins."""
    assignment = _with_function(real, "loss_func", "loss_func")
    notebook = _notebook(("test", "model"), "import torch\nprint(torch.__version__)\n\n"
                         "import builtins\n\n"
                         "def loss_func(y_pred, y_true):\n    print(loss_func.__name__, 'is running', 'f' + '_x')\n"
                         "    builtins.print(getattr(builtins, 'len')([1]))\n"
                         "    both = torch.stack([y_pred, y_true])\n"
                         "    return ((both[0] - both[1]) ** 2).mean()\n", ("test", "loss_func"))
    verdict = judge(assignment, inputs, ExecutionResult(probes={"loss_func": {}}), notebook=notebook)["loss_func"]
    assert verdict.score == POINTS["loss_func"]


@pytest.mark.parametrize("handler,reads", [
    ("kind, error, _ = sys.exc_info()\n        raise RuntimeError(kind.__name__) from error", False),
    ("raise RuntimeError(str(sys.exc_info()[1]))", False),
    ("kind, error, tb = sys.exc_info()\n        raise RuntimeError(str(tb)) from error", True),
    ("kind, error, _ = sys.exc_info()\n        print(traceback.extract_tb(_))\n        raise", True),
    ("print(''.join(traceback.format_exception(*sys.exc_info())))\n        raise", False),
    ("error = sys.exc_info()[1]\n        traceback.print_exception(type(error), error, error.__traceback__)\n        raise",
     False),
    ("tb = sys.exc_info()[1].__traceback__\n        traceback.print_tb(tb)\n        raise", True),
    ("print(traceback.walk_tb(sys.exc_info()[1].__traceback__))\n        raise", True),
], ids=["traceback_discarded", "exception_indexed", "traceback_kept", "discarded_name_read", "printed_whole",
        "printed_from_the_exception", "traceback_kept_then_printed", "handed_to_a_frame_walker"])
def test_the_exception_being_handled_is_no_reading_of_internals_but_its_traceback_is(real, inputs, handler, reads):
    """sys.exc_info() for the exception's type and value is error handling; its traceback is
    the way up to the caller's frames."""
    assignment = _with_function(real, "loss_func", "loss_func")
    notebook = _notebook(("test", "model"), "import sys, traceback\n\ndef loss_func(y_pred, y_true):\n"
                         f"    try:\n        return ((y_pred - y_true) ** 2).mean()\n    except Exception:\n        {handler}\n",
                         ("test", "loss_func"))
    verdict = judge(assignment, inputs, ExecutionResult(probes={"loss_func": {}}), notebook=notebook)["loss_func"]
    assert ("reads the insides of the objects the grader hands it" in verdict.criteria[0].message) is reads, \
        verdict.criteria[0].message


def test_reading_internals_costs_only_the_part_whose_code_does_it(real, inputs):
    """A closure read in model's cell costs model, not loss_func, which does not reach it."""
    assignment = _with_function(_with_function(real, "loss_func", "loss_func"), "model", "model")
    notebook = _notebook("def model(x, w, b):\n    return model.__code__\n", ("test", "model"),
                         "def loss_func(y_pred, y_true):\n    return ((y_pred - y_true) ** 2).mean()\n",
                         ("test", "loss_func"))
    verdicts = judge(assignment, inputs, ExecutionResult(probes={"model": {}, "loss_func": {}}), notebook=notebook)
    assert verdicts["model"].score == 0 and verdicts["loss_func"].score == POINTS["loss_func"]


UNDEFINED_DATA = {"error": "NameError: no function named loss_func is defined (run its cell)"}


def test_a_function_hidden_by_timeit_is_said_so(real, inputs):
    """%%timeit runs the cell apart: the def in it is never kept."""
    notebook = _notebook(("test", "model"), "%%timeit\ndef loss_func(y_pred, y_true):\n    return 0\n",
                         ("test", "loss_func"))
    verdict = judge(real, inputs, ExecutionResult(probes={"loss_func": UNDEFINED_DATA}),
                    notebook=notebook)["loss_func"]
    assert verdict.score == 0 and "starts with %%timeit" in verdict.criteria[0].message


@pytest.mark.parametrize("magic,why", [("%%writefile answer.py", "writes the cell to a file"),
                                       ("%%bash", "a program of its own"), ("%%html", "as text or markup")])
def test_a_function_under_a_cell_magic_that_does_not_run_it_is_said_so(real, inputs, magic, why):
    """A cell magic that writes, shows or runs the cell elsewhere defines nothing: named, not "run its cell"."""
    notebook = _notebook(("test", "model"), f"{magic}\ndef loss_func(y_pred, y_true):\n    return 0\n",
                         ("test", "loss_func"))
    verdict = judge(real, inputs, ExecutionResult(probes={"loss_func": UNDEFINED_DATA}),
                    notebook=notebook)["loss_func"]
    message = verdict.criteria[0].message
    assert verdict.score == 0 and f"starts with {magic.split()[0]}, which" in message and why in message
    assert "run its cell" not in message


def test_a_function_whose_cell_failed_first_is_said_so(real, inputs):
    from autograder.results import CellRun

    execution = ExecutionResult(probes={"loss_func": UNDEFINED_DATA}, probe_cells={"model": 1, "loss_func": 3},
                                cells=[CellRun(2, error="ModuleNotFoundError: No module named 'sklearn'")])
    verdict = judge(real, inputs, execution)["loss_func"]
    assert "cell 3 failed: ModuleNotFoundError" in verdict.criteria[0].message and "run its cell" not in \
        verdict.criteria[0].message
