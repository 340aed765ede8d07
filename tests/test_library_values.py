"""autograder.library.probe_calls (kernel side) and .values / .substance (judge side)."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from autograder.library.checks import BadData
from autograder.library.probe_calls import call, describe
from autograder.library.substance import substance, with_repeat
from autograder.library.values import (gradient_message, read_call, read_value, repeat_fault, returned_array,
                                       same_values, values_message)


def roundtrip(value):
    return json.loads(json.dumps(value, default=repr))


def test_describe_reports_a_tensors_type_shape_dtype_and_values():
    info = roundtrip(describe(torch.tensor([[1.5], [2.0]], requires_grad=True) * 2))
    assert info == {"type": "torch.Tensor", "shape": [2, 1], "dtype": "float32", "requires_grad": True,
                    "values": [3.0, 4.0]}


@pytest.mark.parametrize("value,kind,values", [
    (np.array([1, 2], dtype=np.int64), "numpy.ndarray", [1.0, 2.0]),
    ([0.5, torch.tensor(1.5)], "builtins.list", [0.5, 1.5]),
    (2.5, "builtins.float", [2.5]),
    ("text", "builtins.str", None),
    (np.array([torch.tensor(1.0)], dtype=object), "numpy.ndarray", [1.0]),
])
def test_describe_reads_numbers_from_any_container(value, kind, values):
    info = roundtrip(describe(value))
    assert info["type"] == kind and info.get("values") == values


def test_call_reports_gradients_and_which_argument_got_none():
    weight, bias = torch.tensor([2.0], requires_grad=True), torch.tensor([1.0], requires_grad=True)
    record = roundtrip(call(lambda d, w, b: w * d, [torch.ones(3, 1), weight, bias], wrt={"weight": weight, "bias": bias}))
    out = read_call(record)
    assert out.grads["weight"].tolist() == [3.0] and out.grads["bias"] is None


def test_call_reports_the_error_of_a_raising_function():
    out = read_call(roundtrip(call(lambda: 1 / 0, [])))
    assert out.error.startswith("ZeroDivisionError")


@pytest.mark.parametrize("bad", [None, "x", {"type": 3}, {"type": "t", "shape": "(1,)"}, {"type": "t", "values": ["1"]}])
def test_read_value_refuses_malformed_descriptions(bad):
    with pytest.raises(BadData):
        read_value(bad)


def test_same_values_compares_elements_within_tolerance_and_needs_numbers():
    out = read_value({"type": "torch.Tensor", "shape": [2, 1], "values": [1.0, 2.00001]})
    assert same_values(out, [[1.0], [2.0]]) and not same_values(out, [1.0, 2.1])
    assert not same_values(read_value({"type": "builtins.str", "values": None}), [1.0])


def test_values_message_says_input_expected_and_got():
    out = read_value({"type": "torch.Tensor", "values": [1.0, 2.0]})
    message = values_message(out, [3.0, 4.0], given="with w=1", expected="w*x")
    assert message == "with w=1, expected w*x = [3, 4], got [1, 2] (every entry is off by the same -2)"
    unrelated = values_message(read_value({"type": "torch.Tensor", "values": [1.0, 5.0]}), [3.0, 4.0], given="with w=1")
    assert unrelated == "with w=1, expected [3, 4], got [1, 5]"


@pytest.mark.parametrize("out,responds,cause", [
    ({"type": "torch.Tensor", "values": [1.0], "requires_grad": False}, None, "not connected to the autograd graph"),
    ({"type": "torch.Tensor", "values": [1.0], "requires_grad": True}, False, "bias does not enter the output"),
    ({"type": "builtins.float", "values": [1.0]}, None, "builtins.float, which has no gradient"),
])
def test_gradient_message_names_the_cause_it_observed(out, responds, cause):
    """Is a missing gradient explained by what was observed (detached, unused, not a tensor), never guessed?"""
    got = read_value(out)
    got.grads = {"bias": None}
    assert cause in gradient_message(got, "bias", [3.0], given="for 3 points", responds=responds)


@pytest.mark.parametrize("outputs,kwargs,reason", [
    ([[0.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0]], {}, "constant 0"),
    ([[1.0, 2.0], [1.0, 2.0]], {}, "ignores its inputs"),
    ([[1.0, 2.0], [3.0, 4.0], [1.5, 2.0]], {"repeat": (0, 2)}, "same inputs"),
    ([[1.0, 2.0], [3.0, 4.0]], {"responds": {"w": False, "b": False}, "needs": ("w", "b")}, "stayed the same"),
    ([[1.0], None], {}, "no numbers for 1 of the 2 inputs"),
    ([None, None], {}, "no numbers to judge"),
    ([[1.0, 2.0], [1.0, 2.0], [1.0, 2.0], [3.0, 4.0, 5.0]], {"repeat": (0, 1), "variant": (0, 2)}, "follows their shapes"),
    ([[7.0, 7.0], [2.5, 2.5]], {"expected": [[1.0, 3.0], [2.0, 2.0]]}, "one number repeated"),
], ids=["zeros", "same-output", "random", "ignores-parameters", "no-numbers-for-one", "no-numbers", "shapes-only",
        "one-number-repeated"])
def test_substance_refuses_form_without_substance(outputs, kwargs, reason):
    verdict = substance(outputs, **kwargs)
    assert not verdict.ok and reason in verdict.reason


def test_substance_accepts_a_partly_right_answer():
    """Is an output that follows its inputs deterministically, through one needed argument, enough?"""
    verdict = substance([[1.0, 2.0], [3.0, 5.0], [1.0, 2.0]], repeat=(0, 2),
                        responds={"weight": True, "bias": False}, needs=("weight", "bias"))
    assert verdict.ok and verdict.reason == ""


def test_an_answer_of_tiny_numbers_still_follows_its_inputs():
    """A gradient scaled by 1e-12 (a precedence slip) differs between inputs: it has substance."""
    small = [[4.6e-12, 5.8e-13], [4.6e-12, 5.8e-13], [1.3e-12, -2.2e-12]]
    assert substance(small, repeat=(0, 1), variant=(0, 2)).ok
    assert not substance([[4.6e-12, 5.8e-13], [4.6e-12, 5.8e-13], [4.6e-12, 5.8e-13]], repeat=(0, 1), variant=(0, 2)).ok


def test_one_number_repeated_is_an_answer_where_the_answers_are_too():
    """Outputs each filled with one number pass when every expected output is one number repeated."""
    assert substance([[7.0, 7.0], [2.5, 2.5]], expected=[[1.0, 1.0], [2.0, 2.0]]).ok
    assert substance([[7.0, 7.0], [2.5, 2.5]]).ok  # (without the expected outputs: not judged)


def test_with_repeat_puts_a_marked_copy_of_the_first_case_second():
    cases = [{"x": 1}, {"x": 2}, {"x": 3}]
    repeated = with_repeat(cases)
    assert repeated == [{"x": 1}, {"x": 1, "repeat": True}, {"x": 2}, {"x": 3}]
    assert cases[0] == {"x": 1}  # the caller's case is left as it was


@pytest.mark.parametrize("value,ok,says", [
    (np.array([3.0, 2.0, 1.0]), True, "returns 3 float"),
    (np.array([3, 2, 1]), True, "as integers (dtype int64)"),
    ([3.0, 2.0, 1.0], False, "wrap the list in np.array"),
    (torch.tensor([3.0, 2.0, 1.0]), False, "loss.item()"),
    (np.array([3.0, 2.0]), False, "returned 2 values"),
    (np.array([3.0, 2.0]), False, "range(1, num_epochs) one fewer"),
    (np.array([4.0, 3.0, 2.0, 1.0]), False, "one more than asked"),
    (np.array([6.0, 5.0, 4.0, 3.0, 2.0, 1.0, 0.5]), False, "values from earlier calls"),
    (np.arange(9.0)[::-1], False, "3 per epoch"),
    (np.array([3.0, np.nan, 1.0]), False, "non-finite"),
    (np.array([[3.0], [2.0], [1.0]]), False, "one of shape (3, 1)"),
    (np.array([]), False, "np.append returns a new array"),
])
def test_returned_array_judges_type_length_and_values(value, ok, says):
    got_ok, values, message = returned_array(roundtrip(describe(value)), 3)
    assert got_ok is ok and says in message
    assert values is None or len(values) == 3  # values of the right length are kept to be judged on their own


def test_an_output_that_jumps_when_its_inputs_move_by_a_hair_has_no_substance():
    """Noise seeded by a hash of the inputs: deterministic, follows them, yet computed from nothing."""
    rng = np.random.default_rng(0)
    first, moved = rng.uniform(0, 10, 6), rng.uniform(0, 10, 6)
    jumps = substance([first, first, rng.uniform(0, 10, 6), first * 1.00002, moved], repeat=(0, 1), variant=(0, 2),
                      nearby=(0, 3, 4))
    assert not jumps.ok and "jumps when its inputs move by a hair" in jumps.reason
    computed = substance([first, first, first + 3.0, first * 1.00002, first * 0.99998], repeat=(0, 1),
                         variant=(0, 2), nearby=(0, 3, 4))
    assert computed.ok


def test_an_answer_near_zero_in_the_first_case_may_move_by_much_of_its_own_size():
    """The square of a small mean error: 3e-5 moves to 5e-5 when the inputs move by a
    thousandth, nothing against the 3.0 of another case."""
    outputs = [np.array([3e-5]), np.array([3.0]), np.array([3e-5]), np.array([3e-5]), np.array([5e-5]),
               np.array([1e-5])]
    assert substance(outputs, repeat=(0, 2), nearby=(0, 3, 4, 5)).ok


@pytest.mark.parametrize("count,says", [(1, "at every epoch, not after the loop"), (3, "not only at some")])
def test_a_history_with_only_some_epochs_is_told_to_record_every_epoch(count, says):
    """One value for 22 epochs (appended after the loop, or under `if epoch % 25 == 0`), or 3
    (every tenth epoch)."""
    got_ok, _, message = returned_array(roundtrip(describe(np.linspace(1.0, 0.1, count))), 22)
    assert not got_ok and says in message


def test_repeat_fault_names_the_argument_a_first_call_changed_and_how_to_avoid_it():
    def destroys(z):
        return z.exp_()

    out = read_call(json.loads(json.dumps(call(destroys, [torch.tensor([[0.0, 1.0]])], again=True))))
    fault = repeat_fault(out, given="for logits (1, 2)", names=("z",))
    assert fault.startswith("for logits (1, 2), a second call on the very same tensors returned [2.718")
    assert "changed z in place" in fault and "z - m, not z -= m" in fault

    def reshapes(logits, targets):
        return logits.gather(1, targets.unsqueeze_(1)).mean()

    out = read_call(call(reshapes, [torch.ones(2, 3), torch.tensor([2, 0])], again=True))
    fault = repeat_fault(out, given="for 2 examples", names=("logits", "targets"))
    assert "raised RuntimeError" in fault and "targets.unsqueeze(1), not targets.unsqueeze_(1)" in fault


def test_repeat_fault_is_none_for_a_function_that_gives_the_same_twice_or_was_called_once():
    pure = read_call(call(lambda z: z.exp(), [torch.tensor([1.0, 2.0])], again=True))
    assert pure.changed == () and repeat_fault(pure, given="g") is None
    assert repeat_fault(read_call(call(lambda z: z.exp_(), [torch.tensor([1.0])])), given="g") is None


@pytest.mark.parametrize("bad", [{"changed": "0"}, {"changed": [True]}, {"reshaped": [0.5]}])
def test_read_call_refuses_malformed_records_of_a_second_call(bad):
    record = {"out": {"type": "builtins.float", "values": [1.0]}, "again": {"type": "builtins.float", "values": [1.0]}}
    with pytest.raises(BadData):
        read_call({**record, **bad})
