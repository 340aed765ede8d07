"""autograder.library.cases (judge side): probe errors, per-case records and the first failure of each criterion."""

from __future__ import annotations

import pytest

from autograder.library.cases import Findings, call_outputs, case_records, failed, judge_each, not_written, raised
from autograder.library.checks import BadData
from autograder.library.points import Scale
from autograder.library.substance import Substance, changed

INPUTS = {"cases": [{"n": 1}, {"n": 2}]}


def scale():
    return Scale(10, {"value": 3, "shape": 1})


def earned(criteria):
    return {c.name: c.earned for c in criteria}


def test_not_written_and_raised_tell_the_stub_from_a_real_error():
    assert not_written("NotImplementedError: ") and not not_written("ValueError: NotImplementedError")
    # A library's own (torch.func.jacfwd on a function without a jvp) says what it lacks.
    assert not not_written("NotImplementedError: You must implement the jvp function for custom autograd.Function")
    assert raised("softmax(z)", "NotImplementedError: ").startswith("softmax raises NotImplementedError: it is not "
                                                                    "written yet, or the template's")
    assert raised("softmax(z)", "ValueError: bad shape") == "softmax(z) raised ValueError: bad shape"


def test_a_stub_reached_through_another_function_is_named_as_the_one_not_written():
    """softmax, written, calls log_sum_exp, still the stub: the message names log_sum_exp."""
    from autograder.library.probe_calls import call

    namespace = {}
    exec(compile("def log_sum_exp(z):\n    raise NotImplementedError()\n\n"
                 "def softmax(z):\n    return (z - log_sum_exp(z)).exp()\n", "/tmp/ipykernel_1/cell.py", "exec"),
         namespace)  # noqa: S102 - the test's own student code
    record = call(namespace["softmax"], [1.0])
    assert record["raised_in"] == "log_sum_exp"
    message = raised("softmax(z)", record["error"], record["raised_in"])
    assert message.startswith("softmax calls log_sum_exp, which raises NotImplementedError: log_sum_exp is not"), message
    assert raised("softmax(z)", "NotImplementedError: ", "softmax").startswith("softmax raises NotImplementedError")


@pytest.mark.parametrize("data,says", [
    ("junk", "f could not be checked: no data came back"),
    ({"error": "NameError: no function named f"}, "f could not be checked: NameError: no function named f"),
    ({"error": "NotImplementedError: "}, "f raises NotImplementedError: it is not written yet"),
])
def test_failed_loses_every_criterion_with_the_reason(data, says):
    criteria = failed("f", data, scale())
    assert sum(c.earned for c in criteria) == 0 and sum(c.points for c in criteria) == 10
    assert all(says in c.message for c in criteria)


def test_failed_is_none_when_the_probe_ran():
    assert failed("f", {"cases": []}, scale()) is None


def test_case_records_gives_the_records_or_the_first_case_error():
    lost, records = case_records("f(x)", INPUTS, {"cases": [{"out": 1}, {"out": 2}]}, scale())
    assert lost is None and records == [{"out": 1}, {"out": 2}]
    lost, records = case_records("f(x)", INPUTS, {"cases": [{"out": 1}, {"error": "KeyError: 'a'"}]}, scale())
    assert records == [] and all(c.message == "f(x) raised KeyError: 'a'" and c.earned == 0 for c in lost)


def test_an_error_of_a_tolerated_case_is_kept_for_the_judge_and_others_still_lose_the_part():
    # An edge of the spec (one row, a 0-d x) raising costs what that case measures, not the part.
    inputs = {"cases": [{"x": 1}, {"x": 2, "edge": True}]}
    edge = lambda case: bool(case.get("edge"))  # noqa: E731
    lost, outs = call_outputs("f(x)", inputs, {"cases": [{"out": {"type": "builtins.float", "values": [1.5]}},
                                                          {"error": "IndexError: tuple index out of range"}]},
                              scale(), tolerated=edge)
    assert lost is None and outs[1].error and "IndexError" in outs[1].error
    lost, _ = case_records("f(x)", inputs, {"cases": [{"error": "KeyError: 'a'"}, {"out": 1}]}, scale(), tolerated=edge)
    assert lost and all(c.earned == 0 for c in lost)


@pytest.mark.parametrize("data", [{"cases": [{}]}, {"cases": "abc"}, {"cases": [{}, "x"]}, {}])
def test_case_records_refuses_records_that_do_not_match_the_cases(data):
    with pytest.raises(BadData):
        case_records("f", INPUTS, data, scale())


def test_call_outputs_reads_call_records():
    lost, outs = call_outputs("f", INPUTS, {"cases": [{"out": {"type": "builtins.float", "values": [1.5]}}] * 2}, scale())
    assert lost is None and [o.values.tolist() for o in outs] == [[1.5], [1.5]]


def test_findings_keep_the_first_failure_of_each_criterion():
    found = Findings({"value": "right", "shape": "shaped"})
    found.fail("value", "first")
    found.fail("value", "second")
    found.merge({"value": (True, "later pass"), "shape": (True, "case 2 shaped")})
    assert found.results == {"value": (False, "first"), "shape": (True, "case 2 shaped")}
    assert earned(found.criteria(scale())) == {"value": 0.0, "shape": 2.5}


def test_findings_gate_form_on_substance():
    found = Findings({"value": "right", "shape": "shaped"})
    found.gate(Substance(True), ("shape",), " (why)")
    assert found.ok("shape")
    found.gate(Substance(False, "the output is constant"), ("shape",), " (why)")
    assert found.results["shape"] == (False, "not earned: the output is constant (why)") and found.ok("value")


def test_a_gate_takes_right_values_too_when_asked_and_keeps_the_reason_of_wrong_ones():
    """Right numbers from a function that other calls show ignores its inputs (a cache keyed
    by shape) are lost; a value already lost keeps its own message."""
    found = Findings({"value": "right", "shape": "shaped"})
    found.gate(Substance(False, "it ignores y_pred"), ("shape",), " (why)", values=("value",))
    assert not found.ok("value") and "ignores y_pred" in found.results["value"][1]
    wrong = Findings({"value": "right", "shape": "shaped"})
    wrong.fail("value", "expected 2, got 3")
    wrong.gate(Substance(False, "it ignores y_pred"), ("shape",), " (why)", values=("value",))
    assert wrong.results["value"] == (False, "expected 2, got 3")
    kept = Findings({"value": "right", "shape": "shaped"})
    kept.gate(Substance(True), ("shape",), " (why)", values=("value",))
    assert kept.ok("value") and kept.ok("shape")


def test_judge_each_merges_cases_and_handles_errors_and_unreadable_runs():
    def judge_case(case, record):
        if record.get("bad"):
            raise BadData("nonsense")
        return {"value": (record["v"] == case["n"], f"case {case['n']}"), "shape": (True, "ok")}

    good = judge_each("fit", INPUTS, {"cases": [{"v": 1}, {"v": 2}]}, scale(), judge_case)
    assert earned(good) == {"value": 7.5, "shape": 2.5}
    wrong = judge_each("fit", INPUTS, {"cases": [{"v": 1}, {"v": 5}]}, scale(), judge_case)
    assert earned(wrong) == {"value": 0.0, "shape": 2.5} and wrong[0].message == "case 2"
    error = judge_each("fit", INPUTS, {"cases": [{"v": 1}, {"error": "NotImplementedError: "}]}, scale(), judge_case)
    assert earned(error) == {"value": 0.0, "shape": 0.0} and "not written yet" in error[1].message
    unreadable = judge_each("fit", INPUTS, {"cases": [{"bad": True}, {"v": 2}]}, scale(), judge_case)
    assert all("fit's run could not be read: nonsense" in c.message for c in unreadable)
    short = judge_each("fit", INPUTS, {"cases": [{"v": 1}]}, scale(), judge_case)
    assert earned(short) == {"value": 0.0, "shape": 0.0} and "not run on every case" in short[0].message


def test_a_case_that_raised_before_showing_a_criterion_leaves_it_to_the_other_cases():
    """``unseen_when_raised``: a case that raised before doing what shows the criterion (its
    judge of what ran says nothing of it) neither earns nor loses it; one that showed it wrong
    before raising still loses it, and a case with no such criterion loses it with its error."""
    def judge_case(case, record):
        if "error" in record:  # what it did before it raised
            return {"shape": (record["calls"][0] == "right", "shape before it raised")} if record["calls"][0] else {}
        return {"value": (True, "value"), "shape": (True, "shape")}

    def run(raised_record, unseen=("shape",)):
        data = {"cases": [{"v": 1}, dict(raised_record, error="ValueError: late")]}
        return earned(judge_each("fit", INPUTS, data, scale(), judge_case, judged_when_raised=("shape",),
                                 unseen_when_raised=unseen))
    assert run({"calls": [None]}) == {"value": 0.0, "shape": 2.5}
    assert run({"calls": ["wrong"]}) == {"value": 0.0, "shape": 0.0}
    assert run({"calls": ["right"]}) == {"value": 0.0, "shape": 2.5}
    assert run({"calls": [None]}, unseen=()) == {"value": 0.0, "shape": 0.0}


def test_changed_tells_an_output_that_moved_from_one_that_did_not():
    assert changed([1.0, 2.5], [1.0, 2.0]) and changed([1.0], [1.0, 1.0])
    assert not changed([1.0, 2.0 + 1e-12], [1.0, 2.0])
    assert not changed(2.00001, 2.0, tol=1e-5) and changed(2.00001, 2.0)
    assert changed(None, [1.0]) and changed([1.0], None)  # missing: judged elsewhere
