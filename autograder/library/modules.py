"""Judge side: a builder of a classifier ``nn.Module``, judged by what its module computes.

The probe (:func:`.probe_modules.probe_builder`) builds the student's module for each
case, gives its parameters grader-chosen values and calls it on a batch whose last third
are the midpoints of the first two thirds' rows.  So, whatever the initialisation and
whether ``nn.Sequential`` or a class:

* ``shape``: logits of shape (n, classes), for a batch of one example too;
* ``structure``: the parameter count of the asked architecture; an affine model (one
  linear layer) maps midpoints to midpoints, a model with a hidden nonlinearity does not,
  and bends its logits along more than one direction (one bent unit beside linear ones
  does not) (judged in eval mode: a dropout between two linear layers is no nonlinearity);
  probabilities instead of logits are named as such;
* ``gradient``: every parameter trainable, reached by the output's gradient (not a
  gradient of zeros everywhere: a parameter used only as ``0 * p`` never learns), and used
  (the output changes when the parameters do).

Form counts only with substance: logits that ignore the inputs earn none of it.
A case gives ``args`` (the builder's arguments, features first), ``x``, ``seed``,
``classes``, ``params`` (the expected count) and, for a hidden layer, ``hidden``.
"""

from __future__ import annotations

from typing import Any, Optional

import numpy as np

from autograder.library.cases import Findings, case_records
from autograder.library.points import Scale
from autograder.library.substance import substance
from autograder.library.values import read_call
from autograder.results import Criterion


def batch(rng: np.random.Generator, n: int, features: int, scale: float = 3.0) -> list[list[float]]:
    """A batch of ``3 n`` float32 rows for :func:`structure`: ``n`` rows, ``n`` more, then their midpoints."""
    a, b = rng.uniform(-scale, scale, (n, features)), rng.uniform(-scale, scale, (n, features))
    return [[float(np.float32(v)) for v in row] for row in np.vstack([a, b, (a + b) / 2])]


def _good(affine: bool) -> str:
    return "has the parameters of " + ("one linear layer with a bias" if affine else "one hidden layer and a nonlinearity")


def _architecture(case: dict, affine: bool) -> str:
    if affine:
        return f"{case['args'][0]} x {case['classes']} weights and {case['classes']} biases"
    return f"one hidden layer of {case['hidden']} units with biases, then the output layer with biases"


def _bends(values: np.ndarray, rows: int) -> tuple[np.ndarray, float]:
    """How far the logits of each midpoint row are from the midpoint of its pair's logits (one
    row each), and the logits' size (see :func:`batch`).  Logits are read up to a shift per row
    (the softmax does; log-probabilities are logits too): each row is taken less its first."""
    m = rows // 3
    out = values.reshape(3 * m, -1)
    if out.shape[1] > 1:
        out = out - out[:, :1]
    return out[2 * m:] - (out[:m] + out[m:2 * m]) / 2, 1.0 + float(np.max(np.abs(out)))


def _gap(values: np.ndarray, rows: int) -> tuple[float, float]:
    """How far the logits of the midpoint rows are from the midpoints of the logits, at most, and
    the logits' size (see :func:`batch`)."""
    bends, size = _bends(values, rows)
    return float(np.max(np.abs(bends))), size


def _directions(n: int) -> str:
    return "one direction" if n == 1 else f"{n} directions"


def _bend_directions(bends: np.ndarray, size: float, hidden: int) -> Optional[tuple[int, int]]:
    """``(found, full)``: how many directions the logits bend along (leave the midpoints of their
    pairs: ``bends`` and ``size`` from :func:`_bends`), 0 when they hardly bend at all, and
    ``full``, as many as a hidden layer of ``hidden`` units bends them along: as many as its
    units reach, at most one fewer than the classes (logits are read up to a shift per row).
    A nonlinearity applied to some hidden units only, the others passed through linearly,
    bends them along as many directions as units it bends.  None with 2 classes (one
    direction is all there is).

    Swept over 3,000 real MLPs (ten nonlinearities) on the PA3 cases: the weakest of their
    ``full`` directions is at least 0.0027 of the strongest; with one, two or three units bent,
    the first missing direction is at most 5e-6 of it (float32 rounding): hence 1e-4."""
    if bends.shape[1] < 3:
        return None
    strength = np.linalg.svd(bends[:, 1:], compute_uv=False)  # the first column is 0: each row less its first
    full = min(hidden, bends.shape[1] - 1, len(strength))
    if strength[0] <= 1e-4 * size:
        return 0, full
    # (above float32's rounding of the logits too, about 1e-7 of their size, for draws that bend them weakly)
    return int(np.sum(strength > max(1e-4 * strength[0], 1e-6 * size))), full


def _too_few_directions(draws: list[tuple[np.ndarray, float]], hidden: int) -> Optional[tuple[int, int]]:
    """``(found, full)`` when the logits under every draw of the parameters (``draws``: the
    ``(bends, size)`` of each, from :func:`_bends`) bend along fewer directions than a hidden
    layer's nonlinearity bends them along (see :func:`_bend_directions`), counting the draw
    that bends them along the most; None otherwise.

    Under one draw a real hidden layer may, now and then, have all its units but a few keep
    their sign over the batch's pairs (8 pairs, 7 ReLU units: one draw in a few hundred); under
    two it hardly does, where a nonlinearity on some units only bends along fewer directions
    under every draw.  A draw under which the logits hardly bend (every bent unit keeping its
    sign: one draw in a few thousand) tells nothing either way."""
    counts = [_bend_directions(bends, size, hidden) for bends, size in draws]
    if not counts or any(c is None for c in counts):
        return None
    found, full = max(counts)
    return (found, full) if 0 < found < full else None


def structure(given: str, case: dict, record: dict, values: Optional[np.ndarray], *, affine: bool,
              positive: Optional[np.ndarray] = None, negative: Optional[np.ndarray] = None,
              other_draw: Optional[np.ndarray] = None, positive_again: Optional[np.ndarray] = None,
              negative_again: Optional[np.ndarray] = None) -> tuple[bool, str]:
    """Does the built module have the asked architecture? (ok, message)  ``positive``,
    ``negative``: the logits of the same rows shifted to positive, then negative, values;
    ``other_draw``: their logits under another draw of the parameters; ``positive_again``,
    ``negative_again``: the shifted rows' logits under a third draw (see :mod:`.probe_modules`)."""
    count = record.get("params")
    if count != case["params"]:
        return False, f"the model built by {given} has {count} parameters; {_architecture(case, affine)} make {case['params']}"
    if values is None:
        return False, f"the model built by {given} returned no logits to judge"
    out = values.reshape(len(case["x"]), -1)
    bends, size = _bends(values, len(case["x"]))
    gap = float(np.max(np.abs(bends)))
    if np.all(out >= 0) and np.allclose(out.sum(axis=1), 1.0, atol=1e-4):
        return False, (f"the model built by {given} returns probabilities (each row sums to 1): return the logits, "
                       "the loss applies the softmax itself")
    if affine and gap > 1e-4 * size:
        return False, f"the model built by {given} is not affine in its input: softmax regression is one nn.Linear layer"
    if not affine and gap <= 1e-5 * size:
        return False, (f"the model built by {given} is affine in its input: without a nonlinearity (ReLU, tanh, ...) "
                       "between them, two linear layers collapse into one")
    draws = [(bends, size)] + ([_bends(other_draw, len(case["x"]))]
                               if other_draw is not None and other_draw.size == values.size else [])
    few = None if affine else _too_few_directions(draws, int(case.get("hidden", 0)))
    if few is not None:
        found, full = few
        return False, (f"the model built by {given} bends its logits along {_directions(found)} only, where a hidden "
                       f"layer of {case['hidden']} units with a nonlinearity bends them along {full}, as a nonlinearity "
                       "applied to some hidden units only would (the other units pass through linearly and collapse "
                       "with the output layer): apply the nonlinearity to every hidden unit")
    rows = len(case["x"])
    if not affine and _relu_of_input(positive, negative, values.size, rows) \
            and _relu_of_input(positive_again, negative_again, values.size, rows) is not False:
        # Under two draws, as a ReLU on the input gives under every draw: under one, a real
        # hidden layer can by chance keep every unit on over the positive rows and off over
        # the negative ones (a unit whose weights are all positive does both; about one
        # draw of the PA3 cases in a few thousand).
        return False, (f"the model built by {given} is affine wherever its inputs are positive: its nonlinearity "
                       "acts on the input, not between the layers, so the two linear layers still collapse "
                       "into one (apply it to the hidden layer's output)")
    return True, _good(affine)


def _relu_of_input(positive: Optional[np.ndarray], negative: Optional[np.ndarray], size: int,
                   rows: int) -> Optional[bool]:
    """Are the logits affine over the rows shifted to positive values and constant over those
    shifted to negative ones, as a ReLU applied to the input makes them? None when not known."""
    if positive is None or negative is None or not positive.size == negative.size == size:
        return None
    gap, scale = _gap(positive, rows)
    below = negative.reshape(rows, -1)
    return bool(gap <= 1e-5 * scale and np.allclose(below, below[0], rtol=1e-6, atol=1e-7))


def _rows_mixed(given: str, whole, half, n: int, c: int) -> Optional[str]:
    """Why each example's logits are not its own, or None: the first half of the batch,
    reversed, should give the same logits as in the whole batch (both in eval mode)."""
    if whole.values is None or whole.shape != (n, c) or half.values is None or half.shape != (n // 2, c):
        return None  # (another shape costs the shape criterion, judged apart)
    alone = half.values.reshape(n // 2, c)[::-1]
    among = whole.values.reshape(n, c)[: n // 2]
    if np.allclose(alone, among, rtol=1e-4, atol=1e-5 * (1.0 + float(np.max(np.abs(among))))):
        return None
    return (f"the logits of one example from the model built by {given} change with the other examples of "
            "its batch (half the batch gives other logits for the same rows): each row must be computed "
            "from that row alone (a softmax or a normalisation over dim=0 mixes the rows)")


def _alone(given: str, record: dict, features: int, c: int) -> Optional[str]:
    """Why a batch of one example does not give logits of shape (1, c), or None (also when
    the probe did not try one)."""
    if not isinstance(record.get("single"), dict):
        return None
    single = read_call(record["single"])
    if single.error:
        return (f"for a batch of ONE example, shape (1, {features}), the model built by {given} "
                f"raised {single.error}: a DataLoader's last batch can hold one example")
    if single.is_tensor and single.shape == (1, c):
        return None
    return (f"for a batch of ONE example the model built by {given} should return logits of shape (1, {c}), it "
            f"returned {single.kind}: a DataLoader's last batch can hold one example (a squeeze() drops its "
            "batch dimension)")


def _gradient(given: str, record: dict, out, other) -> tuple[bool, str]:
    grads = list(out.grads.values())
    if record.get("trainable") is not True:
        return False, (f"the model built by {given} has parameters that do not require grad "
                       "(or none at all): the optimizer could not train them")
    if grads and all(g is None for g in grads) and out.is_tensor and out.requires_grad is False:
        return False, (f"the output of the model built by {given} does not require grad, so no parameter gets a "
                       "gradient from it: forward must not run under torch.no_grad() or detach its result")
    if out.grad_error:
        return False, (f"in the model built by {given}, backward() through the output raised {out.grad_error}: "
                       "no parameter got a gradient")
    if not grads or any(g is None for g in grads):
        return False, (f"in the model built by {given}, {sum(g is None for g in grads)} of its {len(grads)} parameters "
                       "got no gradient from the output: every layer should be used in forward, and nothing on the "
                       "way may cut the graph (.detach(), .data, a forward hook returning a detached output)")
    silent = record.get("silent") if isinstance(record.get("silent"), list) else []
    if silent:
        # (A real layer's gradient is zero everywhere only if every one of its units is off
        # for every row of a random batch: never, with the grader's random parameters.)
        return False, (f"in the model built by {given}, the gradient of {', '.join(map(str, silent[:3]))} is exactly "
                       "zero on a random batch: the output does not depend on it (used only as 0 * p, say), so "
                       "training could never change it; every parameter should take part in computing the logits")
    if other.values is not None and out.values is not None and np.array_equal(other.values, out.values):
        return False, (f"the output of the model built by {given} does not change when its parameters do: "
                       "forward must use the model's own layers")
    return True, "gradients reach every parameter"


def _by_example(out, n: int, c: int) -> Optional[np.ndarray]:
    """A call's logits, flat, example by example (logits of shape (classes, n) turned back:
    judged for their shape alone), or None when they cannot be read as n rows."""
    readable = out.values if out.is_tensor and out.values is not None and out.values.size \
        and out.values.size % n == 0 else None
    if readable is not None and out.shape == (c, n) and c != n:
        readable = readable.reshape(c, n).T.reshape(-1)
    return readable


def judge_builder(name: str, inputs: dict, data: Any, scale: Scale, *, affine: bool) -> list[Criterion]:
    """Judge the builder ``name`` (``shape``, ``structure``, ``gradient`` weighed by ``scale``).

    Args:
        affine: the asked model is one linear layer (softmax regression); otherwise it
            has a hidden layer and a nonlinearity.
    """
    lost, records = case_records(name, inputs, data, scale)
    if lost:
        return lost
    findings = Findings({"shape": "returns logits of shape (n, num_classes)",
                         "structure": _good(affine),
                         "gradient": "gradients reach every parameter"})
    outs, draws, follows_params, random = [], [], False, False
    for case, record in zip(inputs["cases"], records):
        if record.get("module") is not True:
            return scale.all_lost(f"{name} should return an nn.Module (nn.Linear, nn.Sequential or your own class), "
                                  f"returned {str(record.get('type'))[:80]}")
        out, other = read_call(record.get("out")), read_call(record.get("other_params"))
        given = f"{name}{tuple(case['args'])}"
        if out.error:
            return scale.all_lost(f"calling the model built by {given} on a batch raised {out.error}")
        n, c = len(case["x"]), case["classes"]
        # Logits of any width follow (or ignore) their inputs and parameters as well: a wrong
        # number of columns costs the shape and the structure, not the gradient too.
        readable = _by_example(out, n, c)
        values = readable if readable is not None and readable.size == n * c else None
        outs.append(readable)
        draws += [v for v in (values, other.values) if v is not None and v.size]
        repeat = record.get("repeat") if isinstance(record.get("repeat"), list) else []
        twice = [read_call(r) for r in repeat[:2]]
        random |= bool(len(twice) == 2 and all(t.values is not None for t in twice)
                       and (twice[0].values.shape != twice[1].values.shape
                            or not np.allclose(twice[0].values, twice[1].values, rtol=1e-5, atol=1e-6, equal_nan=True)))
        follows_params |= bool(readable is not None and other.values is not None and other.values.shape == readable.shape
                               and not np.allclose(other.values, readable, rtol=1e-6, atol=1e-7))
        if not (out.is_tensor and out.shape == (n, c)):
            findings.fail("shape", f"for a batch of shape ({n}, {case['args'][0]}) the model built by {given} should "
                                   f"return logits of shape ({n}, {c}), it returned {out.kind}")
        alone = _alone(given, record, case["args"][0], c)
        if alone:
            findings.fail("shape", alone)
        if findings.ok("structure"):
            shifted = {k: read_call(record[k]).values if isinstance(record.get(k), dict) else None
                       for k in ("positive", "negative", "positive_again", "negative_again")}
            # The midpoint test on the eval-mode logits when there are any (dropout off).
            calm = _by_example(twice[0], n, c) if twice else None
            calm = calm if values is not None and calm is not None and calm.size == values.size else values
            findings.results["structure"] = structure(given, case, record, calm, affine=affine, **shifted,
                                                      other_draw=values if calm is not values else None)
            if not affine and findings.ok("structure") and calm is not values and values is not None:
                gap, size = _gap(values, n)
                if gap <= 1e-5 * size:  # (dropout's masks are never affine: only a switched-off nonlinearity is)
                    findings.fail("structure", f"the model built by {given} is affine in its input in training mode "
                                               "(its nonlinearity acts in evaluation mode only), so it trains as two "
                                               "linear layers, which collapse into one: apply the nonlinearity "
                                               "in every mode")
        mixed = _rows_mixed(given, twice[0], read_call(record.get("half")), n, c) if twice else None
        if findings.ok("structure") and values is not None and mixed:
            findings.fail("structure", mixed)
        if findings.ok("gradient"):
            findings.results["gradient"] = _gradient(given, record, out, other)
    if findings.ok("structure") and isinstance(data, dict) and data.get("shared_memory") is True:
        given = f"{name}{tuple(inputs['cases'][0]['args'])}"
        findings.fail("structure", f"calling {given} a second time built a model whose parameters lie in the same "
                                   "memory as the first model's (views or slices of one tensor drawn once, say): "
                                   "training one model changes the other; give every model parameters of its own "
                                   "(.clone() what is sliced, or draw them at every call)")
    if findings.ok("structure") and isinstance(data, dict) and data.get("own_model") is False:
        given = f"{name}{tuple(inputs['cases'][0]['args'])}"
        findings.fail("structure", f"calling {given} a second time returned the model of the first call (or one "
                                   "sharing its parameters): every call must build a new model with parameters of "
                                   "its own (an lru_cache or a dict of built models hands back the first one, "
                                   "trained by the time it is asked for again)")
    if findings.ok("structure") and len(draws) >= 3 and all(np.all(v >= 0) for v in draws):
        # A last linear layer with parameters drawn at random gives some negative logits in
        # almost every draw; none in any draw means a nonlinearity after it (ReLU, softplus...).
        findings.fail("structure", f"the logits of the models built by {name} are never negative, whatever their "
                                   "parameters: a nonlinearity after the output layer clips them; the last layer "
                                   "must be linear (the loss applies the softmax)")
    rows = [v.reshape(len(c["x"]), -1) if v is not None else None for v, c in zip(outs, inputs["cases"])]
    # First thirds of every case, and the second third of the first: distinct inputs, so
    # logits that follow them differ.
    shown = substance([None if r is None else r[: len(r) // 3] for r in rows] +
                      [None if r is None else r[len(r) // 3: 2 * len(r) // 3] for r in rows[:1]],
                      responds={"parameters": follows_params}, needs=("parameters",), what="the logits")
    if shown.ok and all(r is not None and np.allclose(r, r[0]) for r in rows):
        shown.ok, shown.reason = False, "the logits are the same for every input row"
    if not shown.ok and not follows_params and all(r.get("params") == 0 for r in records if isinstance(r, dict)):
        plain = next((r.get("plain_tensors") for r in records if isinstance(r, dict) and r.get("plain_tensors")), None)
        shown.reason = (f"the model has no parameters at all: it keeps its weights as plain tensors "
                        f"({', '.join(map(str, plain[:4]))}), which nn.Module does not register, even with "
                        "requires_grad=True: wrap each in nn.Parameter (self.W = nn.Parameter(...)), so that "
                        "model.parameters() and the optimizer see them" if isinstance(plain, list) and plain else
                        "the model has no parameters at all: layers kept in a plain Python list or dict are not "
                        "registered with the module (use nn.Sequential, nn.ModuleList or nn.ModuleDict, or assign "
                        "each layer to an attribute), so nothing in it can be trained")
    if shown.ok and random:
        unregistered = next((r for r, c in zip(records, inputs["cases"])
                             if isinstance(r, dict) and isinstance(r.get("params"), int) and r["params"] < c["params"]), None)
        shown.ok, shown.reason = False, "the logits differ between two calls on the same input with the same parameters " + (
            f"(in eval mode), and the model has {unregistered['params']} parameters where the architecture has more: "
            "a layer created inside forward() (nn.Linear(...)(h)) is not registered and gets new random weights at "
            "every call; create every layer in __init__" if unregistered is not None else
            "(in eval mode): the model draws random numbers in evaluation mode (torch.randn..., or F.dropout "
            "without training=self.training, which stays on), where the logits must be computed from the input alone")
    findings.gate(shown, ("shape", "structure", "gradient"),
                  " (shape, structure and gradients count only when the logits follow the inputs and the parameters)")
    return findings.criteria(scale)
