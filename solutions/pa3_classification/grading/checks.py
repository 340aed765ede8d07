"""Judges for PA3 (trusted: they run in the grader's process, never in the sandbox).

Each judge reads the untrusted data of the matching probe in ``probes.py`` with the
grading library (autograder.library) and returns criteria whose points add up to the
part's points in the notebook; the weights below only split them.  Models are judged
with grader-chosen parameters (any initialisation, ``nn.Sequential`` or a class:
:mod:`autograder.library.modules`); ``train_epoch`` by replaying the grader's own model,
data and SGD in float64 and ``evaluate`` on the grader's data and model
(:mod:`autograder.library.classification`), whose outputs show the modes it ran in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import numpy as np

from autograder.library import classification, figures, modules
from autograder.library.cases import Findings, case_records, failed, raised
from autograder.library.checks import PartCheck, differs_note, field, short
from autograder.library.points import Scale, notebook_points
from autograder.library.substance import Substance, changed, substance
from autograder.library.values import read_call, repeat_fault

POINTS = notebook_points(Path(__file__).resolve().parents[1])
MODEL = {"shape": 3, "structure": 4, "gradient": 3}
WEIGHTS = {
    "linear_classifier": MODEL,
    "mlp": MODEL,
    "cross_entropy": {"value": 7, "stable": 4, "gradient": 2, "by_hand": 2},
    "train_epoch": {"mode": 4, "batches": 5, "update": 10, "loss": 6},
    "evaluate": {"loss": 6, "accuracy": 6, "no_grad": 4, "eval_mode": 4},
    "plot_curves": {"train": 3, "val": 3, "labels": 2, "title": 1, "legend": 1},
}
#: Epochs trained by the notebook's locked cell: a plot cell may take its x axis from it.
NOTEBOOK_EPOCHS = 60
#: Examples in the notebook's training set (make_spirals(25, ...): 25 per class).
NOTEBOOK_TRAIN = 75


def _scale(part):
    return Scale(POINTS[part], WEIGHTS[part])


# --------------------------------------------------------------------------- models

def linear_inputs(rng):
    return {"cases": [{"args": [d, c], "x": modules.batch(rng, 6, d), "seed": int(rng.integers(1 << 30)), "classes": c,
                       "params": d * c + c} for d, c in ((2, 3), (5, 4), (3, 2))]}


def mlp_inputs(rng):
    return {"cases": [{"args": [d, h, c], "x": modules.batch(rng, 8, d), "seed": int(rng.integers(1 << 30)), "classes": c,
                       "params": d * h + h + h * c + c, "hidden": h}
                      # (the last as wide as the notebook's MLP: a builder may not change with the width)
                      for d, h, c in ((2, 16, 3), (4, 7, 5), (3, 12, 2), (2, 128, 3))]}


def judge_linear_classifier(inputs, data):
    return modules.judge_builder("make_linear_classifier", inputs, data, _scale("linear_classifier"), affine=True)


def judge_mlp(inputs, data):
    return modules.judge_builder("make_mlp", inputs, data, _scale("mlp"), affine=False)


# --------------------------------------------------------------------------- cross-entropy

def ce_inputs(rng):
    cases = []
    for n, c in ((7, 3), (12, 5)):
        while True:
            logits = rng.normal(0.0, 3.0, (n, c)).astype(np.float32)
            # Every class among the targets (the sparse case below is the one that leaves one out):
            # drawn at random, the top class would be missing one run in eight and change the score.
            targets = rng.permutation(np.concatenate([np.arange(c), rng.integers(0, c, n - c)]))
            if _some_rival_far_below(logits, targets):
                break
        cases.append({"logits": logits.tolist(), "targets": [int(t) for t in targets], "role": "main"})
    # Every other row raised by 1000: a shift by the batch's largest logit then underflows the others.
    shifted = np.asarray(cases[0]["logits"], dtype=np.float32)
    shifted[::2] += np.float32(1000.0)
    retargeted = [(t + 1) % len(cases[0]["logits"][0]) for t in cases[0]["targets"]]
    cases += [dict(cases[0], logits=shifted.tolist(), role="large"), dict(cases[0], role="repeat"),
              dict(cases[0], targets=retargeted, role="retarget")]
    # Every logit raised by 1000, the batch's spread unchanged: a shift only when the batch's
    # logits lie far apart (or by a constant) overflows here.
    raised = np.asarray(cases[0]["logits"], dtype=np.float32) + np.float32(1000.0)
    cases.append(dict(cases[0], logits=raised.tolist(), role="raised"))
    # Drawn after the cases above, which stay as they were; the spread rows have the first
    # case's 3 classes, as the raised ones (a loss right for 3 classes only shows its stability).
    # Last, the first logits without requires_grad, as evaluate's loss gets them: the same loss.
    # And the first logits as a model's output (not a leaf of autograd's graph), as training hands them.
    return {"cases": cases + [_spread_case(rng, 6, 3), _sparse_case(rng, 8, 4),
                              dict(cases[0], role="detached", detached=True), _confident_case(rng, 6, 3),
                              dict(cases[0], role="output", output=True), _single_case(rng)]}


def _single_case(rng) -> dict:
    """One example of 3 classes (drawn last: the cases before it stay as they were)."""
    return {"logits": rng.normal(0.0, 3.0, (1, 3)).astype(np.float32).tolist(), "targets": [int(rng.integers(0, 3))],
            "role": "single"}


def _some_rival_far_below(logits: np.ndarray, targets: np.ndarray) -> bool:
    """Whether some row has a rival logit 1.5 or more below its true class's: a loss with a
    margin (a hinge) leaves that rival out, a zero in its gradient, where cross-entropy weighs
    every logit.  (Logits all within 1 of the true class's, one draw in a hundred for 7 rows
    of 3, make a hinge linear, with no zero to show it.)"""
    true = logits[np.arange(len(targets)), targets]
    return bool(np.any(true - logits.min(axis=1) >= 1.5))


def _spread_case(rng, n: int, c: int) -> dict:
    """Rows whose logits lie hundreds apart: each row's target at or within 3 of its top, the
    rest 200 to 600 below.  Only a shift by the row's own maximum keeps every exponent <= 0;
    a shift by its minimum or mean (which raising a whole row leaves as it was) overflows.
    The true class stays near the top, so a stable softmax's probability of it never
    underflows (a log of a clamped probability is exact here)."""
    targets = rng.permutation(np.concatenate([np.arange(c), rng.integers(0, c, n - c)]))  # every class
    top = rng.uniform(-50.0, 50.0, n)
    logits = top[:, None] - rng.uniform(200.0, 600.0, (n, c))
    logits[np.arange(n), targets] = top - rng.uniform(0.0, 3.0, n)
    rival = (targets + rng.integers(1, c, n)) % c
    logits[::2][np.arange(len(rival[::2])), rival[::2]] = top[::2]  # every other row's top is not its target
    logits[1::2][np.arange(len(targets[1::2])), targets[1::2]] = top[1::2]
    return {"logits": logits.astype(np.float32).tolist(), "targets": [int(t) for t in targets], "role": "spread"}


def _confident_case(rng, n: int, c: int) -> dict:
    """Confidently wrong predictions: every other row's true class 89 to 92 below its top (a
    rival's), the rest within 3 of it.  Exponents measured from anything but the row's
    maximum (the true class's logit, say) overflow float32 there (exp(88.7) is its largest);
    a stable softmax holds exp(-92) (a subnormal float32) well enough for its log."""
    targets = rng.permutation(np.concatenate([np.arange(c), rng.integers(0, c, n - c)]))  # every class
    top = rng.uniform(-20.0, 20.0, n)
    logits = top[:, None] - rng.uniform(0.0, 3.0, (n, c))
    rival = (targets + rng.integers(1, c, n)) % c
    logits[np.arange(n), rival] = top
    logits[::2][np.arange(len(targets[::2])), targets[::2]] = top[::2] - rng.uniform(89.0, 92.0, len(targets[::2]))
    logits[1::2][np.arange(len(targets[1::2])), targets[1::2]] = top[1::2]
    return {"logits": logits.astype(np.float32).tolist(), "targets": [int(t) for t in targets], "role": "confident"}


def _sparse_case(rng, n: int, c: int) -> dict:
    """A batch whose targets leave out the last class (as a small batch often does): the
    number of classes is the logits' width, not max(targets) + 1 (``F.one_hot(targets)``)."""
    targets = np.concatenate([np.arange(c - 1), rng.integers(0, c - 1, n - c + 1)])
    return {"logits": rng.normal(0.0, 3.0, (n, c)).astype(np.float32).tolist(),
            "targets": [int(t) for t in rng.permutation(targets)], "role": "sparse"}


def _one(out):
    return out.values[0] if out.values is not None and out.values.size == 1 and np.isfinite(out.values[0]) else None


#: Autograd operations of torch's ready-made classification losses.
READY_MADE_OPS = ("NllLoss", "CrossEntropy", "CtcLoss")


def _level(out, n):
    """The loss as one number: the value, or the mean of n per-example losses (so that a loss
    missing its mean is still judged for stability on its own)."""
    values = out.values
    if values is not None and n > 1 and values.size == n and np.all(np.isfinite(values)):
        return float(np.mean(values))
    return _one(out)


def _numbers(out):
    return "nothing numeric" if out.values is None else short(out.values, digits=6)


def _gradient_grid(out, case: dict):
    """(the loss's gradient as an (n, classes) array, the mask of rival classes' logits), or
    None when the gradient cannot be read so."""
    g, targets = out.grads.get("logits"), np.asarray(case["targets"])
    if g is None or g.size % max(len(targets), 1) or not len(targets):
        return None
    grid = np.asarray(g, dtype=np.float64).reshape(len(targets), -1)
    rivals = np.ones(grid.shape, dtype=bool)
    rivals[np.arange(len(targets)), targets] = False
    return grid, rivals


def _ignores_rivals(out, case: dict) -> bool:
    """Whether the loss's gradient is 0 at every logit but each row's true class's (it never
    compares the true class with the others)."""
    read = _gradient_grid(out, case)
    if read is None:
        return False
    grid, rivals = read
    return bool(np.all(np.abs(grid[rivals]) <= 1e-12) and np.any(np.abs(grid[~rivals]) > 0))


def _hard_zeros(out, case: dict) -> bool:
    """Whether the gradient is exactly 0 at some rival class's logit (a whole row's may be 0)
    and not everywhere: a max or a margin chooses which logits count (a hinge loss), where the
    softmax of a cross-entropy weighs every one (no rival's probability is 0 in float32 for
    logits hundreds apart at most)."""
    read = _gradient_grid(out, case)
    if read is None:
        return False
    grid, rivals = read
    return bool(np.any((grid == 0) & rivals) and np.any(grid != 0))


def _softmax_cut_off(g: Optional[np.ndarray], case: dict) -> str:
    """Why a gradient of -one_hot / n lacks its softmax part ('' if it is not that gradient)."""
    if g is None:
        return ""
    n, c = np.shape(case["logits"])
    one_hot = np.eye(c)[np.asarray(case["targets"], dtype=int)].reshape(-1) / n
    if g.shape != one_hot.shape or not np.allclose(g, -one_hot, rtol=1e-3, atol=1e-6):
        return ""
    return ("; that is -one_hot / n alone: the log-sum-exp reaches the loss cut off from autograd (computed in "
            "NumPy, with .item(), or from logits.detach()), so its softmax part is missing; compute it with torch "
            "from the logits themselves")


def _scaled_as_returned(factor: float, got, want: float, grad: np.ndarray, logits) -> bool:
    """Whether a gradient ``factor`` times (softmax - one_hot) / n is the gradient of the value
    returned: of the mean (1), or of that value's own multiple of it (a sum: n; a division by
    the number of classes).  Where the right gradient ``grad`` is tiny (a confident right
    prediction), float32's rounding of the probabilities, a few 1e-7 each, is no longer small
    against it: the factor is read that much less exactly.  So is the returned value's own
    multiple where the loss is tiny: in float32, log-sum-exp minus the true class's logit
    cancels to a few 1e-7 of the logits' size (a loss of 1e-4 from logits near 9 is known to
    a few percent)."""
    n = max(1, grad.shape[0]) if grad.ndim else 1
    size = float(np.linalg.norm(grad))
    rounding = 4e-7 * np.sqrt(grad.size) / (n * size) if size > 0 else np.inf
    if abs(factor - 1) <= 1e-3 + rounding:
        return True
    if got is None or want <= 0:
        return False
    z = np.asarray(logits, dtype=np.float64)
    cancelled = 1e-6 * (float(np.abs(z).max()) + np.log(z.shape[-1])) / want
    return abs(factor - got / want) <= (1e-3 + cancelled) * abs(got / want)


def _shifted_targets(case: dict, got: float) -> str:
    """``"- 1"`` or ``"+ 1"`` when ``got`` is the loss against the targets moved by one class
    (wrapping round: 1-based thinking, ``targets - 1``), else ""."""
    c = np.shape(case["logits"])[1]
    for step, words in ((-1, "- 1"), (1, "+ 1")):
        moved = (np.asarray(case["targets"]) + step) % c
        if abs(got - classification.cross_entropy(case["logits"], moved)[0]) <= 1e-4 * abs(got) + 1e-5:
            return words
    return ""


def _judge_confident(found: Findings, case: dict, out) -> None:
    """``stable`` on confidently wrong predictions (:func:`_confident_case`): the loss must not
    overflow.  (A probability clamped before its log, ``p.clamp_min(1e-30)``, caps the loss
    there but overflows nothing: kept, as the other stability checks keep it.)"""
    got = _level(out, len(case["targets"]))
    if out.error or (got is not None and np.isfinite(got)):
        return
    want = classification.cross_entropy(case["logits"], case["targets"])[0]
    found.fail("stable", f"for {CASE_WORDS['confident']} expected the loss {want:.6g}, got {_numbers(out)}: exp "
                         "overflows unless each row is shifted by its own MAXIMUM (exponents measured from the true "
                         "class's logit, or any other, pass 88 when a rival lies far above it)")


def _same_level(out, n: int, base: float) -> bool:
    """Whether ``out``'s loss (:func:`_level`) is ``base``, the first case's, to float32's precision."""
    level = _level(out, n)
    return level is not None and not abs(level - base) > 1e-5 * (1 + abs(base))  # (a nan level: not told apart)


def _judge_same_as_a_leaf(found: Findings, made, leaf, n: int, base: float) -> None:
    """The loss of logits a layer computed must be the loss, and have the gradient, of the same
    logits as a leaf tensor: nothing in a cross-entropy depends on where its logits come from."""
    if found.ok("value") and not _same_level(made, n, base):
        found.fail("value", f"for {CASE_WORDS['output']} it returned {_numbers(made)}, where the same logits as a "
                            f"leaf tensor gave {_numbers(leaf)}: the loss must not depend on how the logits were made")
    g, g0 = made.grads.get("logits"), leaf.grads.get("logits")
    if found.ok("gradient") and g0 is not None and (
            g is None or g.shape != g0.shape or not np.allclose(g, g0, rtol=1e-4, atol=1e-7)):
        found.fail("gradient", f"for {CASE_WORDS['output']} the gradient with respect to the logits was "
                               f"{'None' if g is None else short(g)}, where the same logits as a leaf tensor gave "
                               f"{short(g0)}: the gradient must not depend on how the logits were made")


#: Cases whose error costs only the criteria they check (the others are judged on the rest):
#: a batch without the last class, rows spread hundreds apart.
OWN_CRITERIA = {"sparse": ("value", "gradient"), "spread": ("stable",), "detached": ("value",),
                "confident": ("stable",), "output": ("value", "gradient"), "single": ("value", "gradient")}
#: What each of those cases is, in messages.
CASE_WORDS = {"sparse": "targets that leave out the last class (a batch need not hold every class: the number of "
                        "classes is logits.shape[1], not max(targets) + 1)",
              "spread": "logits hundreds apart within a row",
              "confident": "confidently wrong predictions (the true class about 90 below a rival)",
              "detached": "logits that do not require grad (as an evaluation under torch.no_grad() passes them)",
              "output": "logits that a layer computed (as training passes them: not a leaf of autograd's graph)",
              "single": "a batch of ONE example, logits of shape (1, 3) (a loader's last batch can hold one; a "
                        ".squeeze() makes its targets 0-d)"}


def _outputs(inputs, data, scale):
    """``(lost, outputs, errors)``: every criterion lost if the probe failed or a case raised,
    except a case of :data:`OWN_CRITERIA`, whose error (index -> message) costs its own."""
    name = "cross_entropy(logits, targets)"
    lost, records = case_records(name, inputs, data, scale, tolerated=lambda case: case["role"] in OWN_CRITERIA)
    if lost:
        return lost, [], {}
    errors = {i: raised(name, r["error"], r.get("raised_in")) for i, r in enumerate(records) if "error" in r}
    return None, [read_call({"error": errors[i]} if i in errors else r) for i, r in enumerate(records)], errors


def judge_cross_entropy(inputs, data):
    scale = _scale("cross_entropy")
    lost, outs, errors = _outputs(inputs, data, scale)
    if lost:
        return lost
    found = Findings({"value": "computes the mean of -log softmax(logits)[target]",
                      "stable": "gives the same loss when logits are raised by 1000 (some rows or all), lie hundreds "
                                "apart or put a rival far above the true class (no overflow)",
                      "gradient": "returns a one-element tensor that autograd differentiates to softmax - one_hot",
                      "by_hand": "computes the loss itself (no F.cross_entropy or F.nll_loss)"})
    cases = inputs["cases"]
    role = {c["role"]: i for i, c in enumerate(cases)}
    g0, g1 = outs[0].grads.get("logits"), outs[role["retarget"]].grads.get("logits")
    steers = g0 is None or g1 is None or changed(g1, g0)
    for i, error in errors.items():
        for label in OWN_CRITERIA[cases[i]["role"]]:
            found.fail(label, f"for {CASE_WORDS[cases[i]['role']]}, {error}")
    for case, out in zip(cases, outs):
        if case["role"] not in ("main", "sparse", "single") or out.error:
            continue
        want, grad = classification.cross_entropy(case["logits"], case["targets"])
        n, c = np.shape(case["logits"])
        got = _one(out)
        if not (got is not None and abs(got - want) <= 1e-4 * abs(want) + 1e-5):
            hint = ""
            if got is not None and abs(got - n * want) <= 1e-4 * n * want:
                hint = ": that is the sum over the batch, not the mean"
            elif out.values is not None and out.values.size == n:
                hint = ": it returns one loss per example; average them"
            elif got is not None and abs(abs(got - want) - np.log(c)) <= 1e-4 * (1 + abs(want)):
                hint = (f": that is log {c} = {np.log(c):.4g} (the log of the number of classes) "
                        f"{'below' if got < want else 'above'} it: a mean over the classes where the log-sum-exp "
                        "takes their sum (or the other way round)?")
            elif got is not None and (shift := _shifted_targets(case, got)):
                hint = (f": that is the loss against targets {shift} (class indices start at 0 and run to "
                        f"{c - 1}; index the logits with the targets as they are)")
            elif got is not None:
                hint = differs_note([got], [want])
            found.fail("value", f"for {n} examples of {c} classes expected the mean cross-entropy {want:.6g}, "
                                f"got {_numbers(out)}{hint}")
        fault = repeat_fault(out, given=f"for {n} examples of {c} classes", names=("logits", "targets"))
        if fault:
            found.fail("value", fault)
        g, r = out.grads.get("logits"), grad.reshape(-1)
        factor = float(g @ r / (r @ r)) if g is not None and g.shape == r.shape else 0.0
        if not (out.is_tensor and out.values is not None and out.values.size == 1):
            found.fail("gradient", f"cross_entropy should return a one-element tensor (so that backward() works), "
                                   f"got {out.kind}")
        elif not (factor > 0 and np.allclose(g, factor * r, rtol=1e-3, atol=1e-6)):
            found.fail("gradient", f"for {n} examples expected the gradient with respect to the logits to be "
                                   f"(softmax - one_hot) / n = {short(grad)}, got "
                                   f"{'None (the loss is cut off from autograd)' if g is None else short(g)}" + (
                                       "; it stays the same when the targets change: the true class's logit reaches "
                                       "the loss cut off from autograd (picked from logits.detach(), .data or a copy), "
                                       "so the -one_hot part is missing; pick it from the logits themselves"
                                       if not steers and g is not None else _softmax_cut_off(g, case)))
        elif not _scaled_as_returned(factor, got, want, np.asarray(grad), case["logits"]):
            # Its direction is right but not its size: a custom backward out of step with its forward.
            found.fail("gradient", f"the gradient is {factor:.4g} times (softmax - one_hot) / n, but the loss it "
                                   f"returns is {got / want:.4g} times the mean cross-entropy: the gradient must be "
                                   "the gradient of the value returned (a hand-written backward that leaves out "
                                   "the 1/n, or scales it twice?)")
    n = len(cases[0]["targets"])
    base = _level(outs[0], n)
    plain = outs[role["detached"]] if "detached" in role else None
    if plain is not None and not plain.error and base is not None and found.ok("value") and \
            not _same_level(plain, n, base):
        found.fail("value", f"for {CASE_WORDS['detached']} it returned {_numbers(plain)}, where the same logits "
                            f"requiring grad gave {_numbers(outs[0])}: the loss must not depend on whether autograd "
                            "follows the logits")
    made = outs[role["output"]] if "output" in role else None
    if made is not None and not made.error and base is not None:
        _judge_same_as_a_leaf(found, made, outs[0], n, base)
    for shift, where in (("large", "the logits of every other row"), ("raised", "every logit")):
        large = _level(outs[role[shift]], n)
        drift = classification.cross_entropy(cases[role[shift]]["logits"], cases[0]["targets"])[0] - \
            classification.cross_entropy(cases[0]["logits"], cases[0]["targets"])[0]
        shift_changed = large is None or base is None or abs(large - base - drift) > 2e-4 * (1 + abs(base))
        # A wrong value may change with the raised rows for its own reason: only an overflow (or
        # no number) then tells of instability.
        if shift_changed and (found.ok("value") or large is None or not np.isfinite(large)):
            found.fail("stable", f"adding 1000 to {where} should not change the loss ({_numbers(outs[0])} before), "
                                 f"got {_numbers(outs[role[shift]])}: subtract each row's own maximum before exp "
                                 "(log-sum-exp)")
            break
    spread = cases[role["spread"]]
    want, got = classification.cross_entropy(spread["logits"], spread["targets"])[0], \
        _level(outs[role["spread"]], len(spread["targets"]))
    # (As above: a wrong value tells of instability only by overflowing.)
    if not outs[role["spread"]].error and (got is None or not np.isfinite(got) or (
            found.ok("value") and abs(got - want) > 1e-4 * abs(want) + 1e-4)):
        found.fail("stable", f"for rows whose logits lie hundreds apart (each row's true class near its top) "
                             f"expected the loss {want:.6g}, got {_numbers(outs[role['spread']])}: exp overflows "
                             "unless each row is shifted by its own MAXIMUM (then every exponent is <= 0); a "
                             "shift by the row's minimum or mean is not enough")
    if "confident" in role:
        _judge_confident(found, cases[role["confident"]], outs[role["confident"]])
    used = data.get("ready_made")
    ops = [str(op)[:40] for op in data.get("graph_ops") or [] if str(op).startswith(READY_MADE_OPS)]
    ops += [str(op)[:40] for op in data.get("operators") or [] if isinstance(op, str)][:2]
    if isinstance(used, list) and used:
        found.fail("by_hand", f"calls F.{', F.'.join(str(u)[:20] for u in used)}: write the cross-entropy "
                              "yourself from the log-sum-exp")
    elif ops:
        found.fail("by_hand", f"the loss is made by {', '.join(ops)}, torch's own ready-made loss (what "
                              "F.cross_entropy, F.nll_loss, F.kl_div or F.ctc_loss compute, however they are "
                              "reached): write the cross-entropy yourself from the log-sum-exp")
    main = [i for i, c in enumerate(cases) if c["role"] in ("main", "sparse") and not outs[i].error]
    # The targets must steer the gradient too: a term added to the value alone (their mean,
    # say) moves the number and trains nothing.
    if not steers and found.ok("value"):
        # The values are the cross-entropy's on every case: the loss is one, its gradient alone
        # is cut off from the targets (said where the gradient was judged).
        steers = True
    # (A loss whose values are the cross-entropy's on every case depends on every logit; a
    # gradient that misses some of them then tells of a log-sum-exp cut off from autograd,
    # which the gradient criterion names.)
    rivals_judged = main and not found.ok("value")
    if rivals_judged and all(_ignores_rivals(outs[i], cases[i]) for i in main):
        found.gate(Substance(False, "the loss does not depend on the other classes' logits (its gradient is 0 for "
                                    "every logit but the true class's): cross-entropy weighs the true class's logit "
                                    "against all of them (log-sum-exp)"),
                   ("stable", "gradient", "by_hand"), " (this counts only when the loss follows the logits and targets)")
    elif rivals_judged and all(_hard_zeros(outs[i], cases[i]) for i in main):
        found.gate(Substance(False, "the loss's gradient is exactly 0 at some classes' logits and not at others (a max "
                                    "or a margin decides which classes count, as in a hinge loss): cross-entropy "
                                    "weighs every logit through the softmax (log-sum-exp), so none is left out"),
                   ("stable", "gradient", "by_hand"), " (this counts only for a loss built on the log-sum-exp)")
    # The value too: numbers that change between two calls on the same inputs, or that the
    # targets do not move, are no evidence of a cross-entropy, however right some of them are.
    found.gate(substance([outs[i].values for i in main] + [outs[role["repeat"]].values], repeat=(0, len(main)),
                         responds={"targets": steers and changed(_one(outs[role["retarget"]]), base)},
                         needs=("targets",),
                         what="the loss" if steers else "the loss's gradient with respect to the logits"),
               ("value", "stable", "gradient", "by_hand"),
               " (this counts only when the loss follows the logits and targets)")
    return found.criteria(scale)


# --------------------------------------------------------------------------- training loop, evaluation

#: Classes and features of the second case of each loop: not the notebook's 3 and 2, so that
#: a loop written for the notebook's data alone (F.one_hot(..., 3), a view(-1, 2)) shows.
OTHER_DATA = {"classes": 4, "features": 3}


def _loss_of_our_own(rng) -> dict:
    """The loss_fn a loop is handed: F.cross_entropy with label smoothing, times a factor, both
    drawn here, so that a loop computing a loss without loss_fn (F.cross_entropy, or by hand,
    with loss_fn called for show or to calibrate a scale) steps and reports otherwise."""
    return {"loss_scale": round(float(rng.uniform(1.2, 2.0)), 3),
            "loss_kwargs": {"label_smoothing": round(float(rng.uniform(0.1, 0.3)), 3)}}


def train_inputs(rng):
    # Only the training mode shows in the model's outputs: a loss logged from an extra pass
    # under torch.no_grad() is as right as the training pass's own.
    cases = [classification.classification_case(rng, 36, 8, True, False, shown=("training",),
                                                lr=round(float(rng.uniform(0.2, 0.5)), 3)),
             # (29 in batches of 7: the last batch holds one example, where a .squeeze() drops a dimension)
             classification.classification_case(rng, 29, 7, False, False, shown=("training",),
                                                lr=round(float(rng.uniform(0.2, 0.5)), 3), **OTHER_DATA),
             # Drawn last, more batches (8, the last of 4 points): a loop that stops
             # after a fixed number of batches (a debugging limit left in) shows here.
             classification.classification_case(rng, 60, 8, True, False, shown=("training",),
                                                lr=round(float(rng.uniform(0.05, 0.15)), 3))]
    loss = _loss_of_our_own(rng)  # (drawn last: the cases above stay as they were)
    # And with Adam, as the notebook's fit trains (drawn last too): not replayed, only seen to
    # train, so that a loop that trains only with an optimizer like the grader's shows.
    adam = dict(classification.classification_case(rng, 24, 8, True, False, shown=("training",), lr=0.05),
                optimizer="adam")
    # Then (drawn last) the first case's model and loader again, its parameters changed as an
    # epoch changes them: a loop that trains each model once (or replays its first epoch) shows.
    again = classification.same_loader_case(rng, cases[0], 0, same_model=True, shown=("training",))
    return {"cases": [dict(case, **loss) for case in cases + [adam, again]]}


def evaluate_inputs(rng):
    # 81 in batches of 10: more batches than a loop that stops early reads, and a last batch of
    # one example, where a .squeeze() drops a dimension.
    cases = [classification.classification_case(rng, 81, 10, False, True),
             # (over a dataset's split, as a validation loader often is: batches are all there is to read)
             dict(classification.classification_case(rng, 30, 8, True, True, **OTHER_DATA), subset=True)]
    # The first case's loader again, the model's parameters changed (results kept per loader).
    cases.append(classification.same_loader_case(rng, cases[0], 0))
    loss = _loss_of_our_own(rng)
    # Drawn last (the cases above stay as they were): as many examples as the notebook's
    # training set, in its batches: numbers kept for the notebook's own loaders show.
    cases.append(classification.classification_case(rng, NOTEBOOK_TRAIN, 25, False, True))
    # Then (drawn last) the first case's model and loader again, its parameters changed as an
    # epoch of training changes them: results kept per model (and loader) show.
    cases.append(classification.same_loader_case(rng, cases[0], 0, same_model=True))
    return {"cases": [dict(case, **loss) for case in cases]}


def judge_train_epoch(inputs, data):
    return classification.judge_train_epoch(inputs, data, _scale("train_epoch"))


def judge_evaluate(inputs, data):
    return classification.judge_evaluate(inputs, data, _scale("evaluate"))


# --------------------------------------------------------------------------- plot

def plot_inputs(rng):
    epochs = np.arange(NOTEBOOK_EPOCHS)
    train = 1.1 * np.exp(-epochs / rng.uniform(8, 15)) + rng.uniform(0.02, 0.1) + rng.uniform(0, 0.01, NOTEBOOK_EPOCHS)
    val = train + rng.uniform(0.05, 0.15) + 0.004 * epochs * rng.uniform(0.5, 1.5)
    accuracy = np.clip(1.0 - 0.8 * val / val[0] + rng.uniform(-0.02, 0.02, NOTEBOOK_EPOCHS), 0.0, 1.0)
    return {"train_losses": [round(float(v), 6) for v in train], "val_losses": [round(float(v), 6) for v in val],
            "val_acc": [round(float(v), 4) for v in accuracy]}  # (for a cell that also shows accuracy)


#: Words that name each curve in a legend label ("training loss", "Validation", "val", "out-of-sample").
LEGEND_WORDS = {"train": ("train", "fit", "in-sample", "in sample"),
                "val": ("val", "valid", "eval", "test", "dev", "held", "hold", "out-of-sample", "out of sample")}


def judge_plot_curves(inputs, data):
    scale = _scale("plot_curves")
    lost = failed("the plot of the curves", data, scale)
    if lost:
        return lost
    curves = {"train": ("train_losses", inputs["train_losses"]), "val": ("val_losses", inputs["val_losses"])}
    return scale.verdicts(figures.judge_curves(field(data, "replay", list, []), curves, what="the figure of the curves",
                                               legend=LEGEND_WORDS, together=True,
                                               failed=data.get("replay_error"),
                                               overwritten=field(data, "overwritten", list, [])))


PARTS = {
    "linear_classifier": PartCheck(make_inputs=linear_inputs, judge=judge_linear_classifier,
                                   function="make_linear_classifier"),
    "mlp": PartCheck(make_inputs=mlp_inputs, judge=judge_mlp, function="make_mlp", replaced=("make_linear_classifier",)),
    "cross_entropy": PartCheck(make_inputs=ce_inputs, judge=judge_cross_entropy, function="cross_entropy"),
    "train_epoch": PartCheck(make_inputs=train_inputs, judge=judge_train_epoch, function="train_epoch",
                             replaced=("cross_entropy",)),
    "evaluate": PartCheck(make_inputs=evaluate_inputs, judge=judge_evaluate, function="evaluate",
                          replaced=("cross_entropy",)),
    "plot_curves": PartCheck(make_inputs=plot_inputs, judge=judge_plot_curves, replay="plot_curves_answer"),
}
