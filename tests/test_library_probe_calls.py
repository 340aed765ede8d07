"""autograder.library.probe_calls (kernel side): finding, calling and watching a student's functions."""

from __future__ import annotations

import types

import pytest
import torch

from autograder.library.probe_calls import (call, count_lines, describe, each_case, graph_ops, missing, replacing,
                                           tensor, torch_calls, watching)


def looped_sum(x):
    total = 0.0
    for value in x.tolist():
        total += value
    return total


def test_missing_is_none_for_a_function_and_a_name_error_otherwise():
    assert missing("f", {"f": len}) is None
    assert missing("f", {}) == {"error": "NameError: no function named f is defined (run its cell)"}


def test_missing_says_when_the_name_was_given_to_a_value_after_the_def():
    """``softmax = softmax(x)`` leaves a tensor where the function was: not "run its cell"."""
    error = missing("f", {"f": torch.zeros(2)})["error"]
    assert error.startswith("TypeError: f is a torch.Tensor, not a function") and "f = f(...)" in error
    assert "run its cell" not in error


def test_each_case_records_every_case_or_says_the_function_is_missing():
    cases = [{"z": [1.0, 2.0]}, {"z": [3.0]}]
    data = each_case({"total": lambda t: t.sum()}, "total", cases, lambda f, case: call(f, [tensor(case["z"])]))
    assert [record["out"]["values"] for record in data["cases"]] == [[3.0], [3.0]]
    assert each_case({}, "total", cases, lambda f, case: 1 / 0) == missing("total", {})  # no case is run


def test_tensor_builds_a_fresh_float32_tensor_of_the_asked_shape():
    built = tensor([1, 2, 3, 4], (2, 2))
    assert built.dtype == torch.float32 and built.shape == (2, 2) and built[1, 0] == 3.0


def test_count_lines_grows_with_a_python_loop_and_not_with_vectorised_code():
    small, large = torch.ones(5), torch.ones(500)
    (looped_small, n_small), (looped_large, n_large) = count_lines(looped_sum, small), count_lines(looped_sum, large)
    assert (looped_small, looped_large) == (5.0, 500.0) and n_large > n_small + 400
    (_, v_small), (_, v_large) = count_lines(lambda x: x.sum(), small), count_lines(lambda x: x.sum(), large)
    assert v_large == v_small


def test_call_reports_the_lines_run_when_asked():
    record = call(looped_sum, [torch.ones(50)], lines=True)
    assert record["out"]["values"] == [50.0] and record["lines"] > 50
    assert "lines" not in call(looped_sum, [torch.ones(50)])


def test_watching_records_calls_and_restores_the_functions():
    module = types.SimpleNamespace(square=lambda v: v * v, cube=lambda v: v ** 3)
    original = module.square
    with watching(module, ("square", "cube")) as used:
        assert module.square(3) == 9 and module.square(2) == 4
    assert used == ["square", "square"]
    assert module.square is original


def test_watching_sees_a_function_imported_into_the_students_namespace_by_name():
    """``from torch.nn.functional import nll_loss`` binds the function itself: it is watched too."""
    module = types.SimpleNamespace(square=lambda v: v * v)
    original = module.square
    namespace = {"sq": original, "other": 3}
    student = eval("lambda v: sq(v) + 1", namespace)
    with watching(module, ("square",), namespace) as used:
        assert student(3) == 10
    assert used == ["square"] and namespace["sq"] is original and module.square is original


def test_watching_leaves_alone_a_library_name_bound_to_the_students_own_function():
    """``F.cross_entropy = cross_entropy`` (the student's, written by hand): calling it is not
    calling the library's loss."""
    module = types.SimpleNamespace()
    namespace = {}
    exec("def cross_entropy(z):\n    return z * 2\n", namespace)  # noqa: S102 - the test's own student code
    module.cross_entropy = namespace["cross_entropy"]
    with watching(module, ("cross_entropy",), namespace) as used:
        assert namespace["cross_entropy"](2) == 4 and module.cross_entropy(3) == 6
    assert used == [] and module.cross_entropy is namespace["cross_entropy"]


def test_watching_sees_a_function_kept_in_a_default_argument_or_a_closure():
    module = types.SimpleNamespace(square=lambda v: v * v)
    original = module.square
    namespace = {}
    exec("def by_default(v, _f=None):\n    return _f(v)\n"
         "def outer(f):\n    def inner(v):\n        return f(v)\n    return inner\n", namespace)
    namespace["by_default"].__defaults__ = (original,)
    namespace["closed"] = namespace["outer"](original)
    with watching(module, ("square",), namespace) as used:
        assert namespace["by_default"](3) == 9 and namespace["closed"](2) == 4
    assert used == ["square", "square"]
    assert namespace["by_default"].__defaults__ == (original,)
    assert namespace["closed"].__closure__[0].cell_contents is original


def test_watching_restores_the_functions_when_the_block_raises():
    module = types.SimpleNamespace(square=lambda v: v * v)
    original = module.square
    with pytest.raises(RuntimeError), watching(module, ("square",)):
        raise RuntimeError("student code failed")
    assert module.square is original


def test_graph_ops_names_a_ready_made_loss_however_it_was_reached():
    """An alias in a dict, a functools.partial, torch's C++ op: the result's graph tells."""
    import functools

    import torch.nn.functional as F

    logits, targets = torch.randn(4, 3, requires_grad=True), torch.tensor([0, 2, 1, 1])
    for made in (functools.partial(F.cross_entropy, reduction="mean"), {"ce": F.cross_entropy}["ce"],
                 lambda z, t: torch._C._nn.cross_entropy_loss(z, t, None, 1, -100, 0.0)):
        assert "NllLossBackward0" in graph_ops(made(logits, targets))
    by_hand = (torch.logsumexp(logits, 1) - logits[torch.arange(4), targets]).mean()
    assert not any(op.startswith("NllLoss") for op in graph_ops(by_hand))
    assert graph_ops(torch.ones(2)) == [] and graph_ops(3.0) == []


@pytest.mark.parametrize("route", [
    lambda z, t: torch.nn.functional.cross_entropy(z, t),
    lambda z, t: torch.ops.aten.cross_entropy_loss(z.detach(), t),
    lambda z, t: torch.ops.aten.nll_loss(torch.log_softmax(z, 1), t),
], ids=["functional", "aten_on_detached_logits", "aten_nll_loss"])
def test_torch_calls_see_an_operator_however_it_is_reached(route):
    z, t = torch.randn(4, 3, requires_grad=True), torch.tensor([0, 1, 2, 0])
    with torch_calls(("nll_loss_forward",)) as ran:
        route(z, t)
    assert ran == ["nll_loss_forward"]


def test_torch_calls_see_nothing_in_a_loss_written_by_hand():
    z, t = torch.randn(4, 3, requires_grad=True), torch.tensor([0, 1, 2, 0])
    with torch_calls(("nll_loss_forward", "cross_entropy", "kl_div")) as ran:
        loss = (torch.logsumexp(z, 1) - z.gather(1, t[:, None]).squeeze(1)).mean()
    loss.backward()
    assert ran == [] and z.grad is not None


def test_replacing_reaches_the_students_function_however_it_is_held():
    """An earlier part's function, reached by name, a dict, functools.partial, a class
    attribute, a keyword-only default or a closure, runs the grader's one while the block runs."""
    import functools

    namespace = {}
    exec("import functools\n"
         "def numgrad(f, x, eps=1e-6):\n    return 'own'\n"
         "TABLE = {'g': numgrad}\n"
         "PARTIAL = functools.partial(numgrad, eps=1e-3)\n"
         "class Holder:\n    g = staticmethod(numgrad)\n"
         "def by_kwdefault(*, g=numgrad):\n    return g(None, None)\n"
         "def _make(g):\n    def inner():\n        return g(None, None)\n    return inner\n"
         "by_closure = _make(numgrad)\n", namespace)  # noqa: S102 - the test's own student code
    routes = {"name": lambda: namespace["numgrad"](None, None), "dict": lambda: namespace["TABLE"]["g"](None, None),
              "partial": lambda: namespace["PARTIAL"](None, None), "class": lambda: namespace["Holder"].g(None, None),
              "kwdefault": namespace["by_kwdefault"], "closure": namespace["by_closure"]}
    with replacing(namespace, "numgrad", lambda f, x, eps=1e-6: "grader's"):
        assert {route: call() for route, call in routes.items()} == dict.fromkeys(routes, "grader's")
    assert {route: call() for route, call in routes.items()} == dict.fromkeys(routes, "own")


def test_replacing_reaches_a_decorated_function_held_in_a_dict():
    """``@torch.no_grad()`` (or any functools.wraps decorator) binds the name to a wrapper with a
    closure: the student's own function inside it is the one that calls the grader's."""
    namespace = {}
    exec("import functools, torch\n"
         "def logged(function):\n    @functools.wraps(function)\n    def wrapper(*args):\n"
         "        return function(*args)\n    return wrapper\n"
         "@torch.no_grad()\ndef numgrad(f, x, eps=1e-6):\n    return 'own'\n"
         "@logged\ndef other(f, x, eps=1e-6):\n    return 'own'\n"
         "TABLE = {'g': numgrad, 'h': other}\n", namespace)  # noqa: S102 - the test's own student code
    for name, key in (("numgrad", "g"), ("other", "h")):
        with replacing(namespace, name, lambda f, x, eps=1e-6: "grader's"):
            assert namespace["TABLE"][key](None, None) == "grader's"
        assert namespace["TABLE"][key](None, None) == "own"


def test_replacing_reaches_a_function_with_a_closure_held_in_a_dict():
    """A decorator without functools.wraps, or a factory's function, leaves the name bound to a
    closure: held in a dict or a class attribute, it too runs the grader's one, and its own
    code, defaults and closure are back afterwards."""
    namespace = {}
    exec("def plain(function):\n    def wrapper(*args):\n        return function(*args)\n    return wrapper\n"
         "@plain\ndef numgrad(f, x, eps=1e-6):\n    return 'own'\n"
         "def make(dtype):\n    def numgrad2(f, x, eps=1e-6):\n        return ('own', dtype)\n    return numgrad2\n"
         "other = make('float64')\n"
         "TABLE = {'g': numgrad}\n"
         "class Holder:\n    h = staticmethod(other)\n", namespace)  # noqa: S102 - the test's own student code
    own = {"numgrad": namespace["TABLE"]["g"](None, None), "other": namespace["Holder"].h(None, None)}
    for name, route in (("numgrad", lambda: namespace["TABLE"]["g"](None, None)),
                        ("other", lambda: namespace["Holder"].h(None, None))):
        with replacing(namespace, name, lambda f, x, eps=1e-6: "grader's"):
            assert route() == "grader's"
        assert route() == own[name]
    assert own == {"numgrad": "own", "other": ("own", "float64")}


def softmax_in_place(z):
    z.sub_(z.max(dim=1, keepdim=True).values).exp_()
    return z.div_(z.sum(dim=1, keepdim=True))


def gather_with_unsqueeze_(logits, targets):
    return logits.gather(1, targets.unsqueeze_(1)).mean()


def test_call_again_reports_a_second_call_on_the_same_arguments_and_what_the_first_changed():
    z = torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 5.0]])
    record = call(softmax_in_place, [z], again=True)
    assert record["changed"] == [0] and record["reshaped"] == []
    assert record["again"]["values"] != record["out"]["values"]

    targets = torch.tensor([2, 0])
    record = call(gather_with_unsqueeze_, [torch.ones(2, 3), targets], again=True)
    assert record["changed"] == [1] and record["reshaped"] == [1]
    assert record["again"]["error"].startswith("RuntimeError")


def test_call_again_finds_nothing_changed_for_a_pure_function_nor_for_a_shift_it_cannot_see():
    record = call(lambda z: torch.softmax(z, dim=1), [torch.tensor([[1.0, float("nan")]])], again=True)
    assert record["changed"] == [] and "error" not in record["again"]

    def shifting_softmax(z):  # changes the caller's logits, but a second call gives the same result
        z -= z.max(dim=1, keepdim=True).values
        return torch.softmax(z, dim=1)

    record = call(shifting_softmax, [torch.tensor([[1.0, 4.0], [2.0, 0.0]])], again=True)
    assert record["changed"] == [0] and record["again"]["values"] == record["out"]["values"]
    assert "again" not in call(shifting_softmax, [torch.tensor([[1.0, 4.0]])])


def test_describe_reads_a_regular_nested_list_as_an_array_and_nothing_else():
    """``D.tolist()`` holds every number in its rows: its shape and values are reported, as an
    array's are; ragged, mixed or oversized nesting reports no numbers."""
    rows = describe(torch.arange(6.0).reshape(2, 3).tolist())
    assert rows["shape"] == [2, 3] and rows["values"] == [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
    assert describe([[[1, 2], [3, 4]]])["shape"] == [1, 2, 2]
    for other in ([[1, 2], [3]], [(1.0, "a")], [[0] * 200] * 100, ([1.0], torch.ones(2))):
        described = describe(other)
        assert described["values"] is None and "shape" not in described, other
