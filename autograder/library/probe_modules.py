"""Probe side: build a student's ``nn.Module`` and call it with grader-chosen parameters.

A builder (``make_mlp(d, h, c)``, say) is judged by what its module computes, whatever
its initialisation: :func:`probe_builder` overwrites every parameter with values drawn
from a grader-chosen seed, calls the module on a batch, reports the gradients reaching
each parameter, and calls it again after a second draw (an output that does not change
then ignores its parameters).  The judge side is :mod:`autograder.library.modules`.
Runs inside the student's kernel: standard library and torch only (and
:mod:`.probe_calls`); nothing here judges.
"""

import torch

from autograder.library.probe_calls import call, error_text, missing, type_name


def randomise(parameters, seed):
    """Give every parameter values drawn from ``seed``, so the architecture is judged, not the initialisation."""
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for p in parameters:
            p.copy_(torch.randn(p.shape, generator=generator, dtype=p.dtype))


def probe_module(module, case):
    """What ``module`` is and computes on ``case["x"]`` with parameters drawn from ``case["seed"]``.

    Returns ``type``, ``module`` (is it an nn.Module) and for modules ``params`` (how many
    numbers), ``out`` (:func:`~.probe_calls.call` with gradients ``p0``, ``p1``, ...),
    ``other_params`` (the output after drawing from ``seed + 1``), ``positive`` and
    ``negative`` (with those, on the rows shifted to positive, then negative, values, in eval mode;
    ``positive_again`` and ``negative_again`` under the draw from ``seed + 3``),
    ``repeat`` (two more calls with those, in eval mode), ``half`` (the first half of the rows reversed, in eval mode), ``single`` (the first row alone, in eval mode),
    ``silent`` (:func:`_silent` under three draws of the parameters, in eval mode) and ``trainable`` (every parameter requires grad).
    """
    record = {"type": type_name(module), "module": isinstance(module, torch.nn.Module)}
    if record["module"]:
        # Tensors kept as plain attributes (self.W = torch.randn(..., requires_grad=True)): no parameters.
        record["plain_tensors"] = [str(name)[:40] for name, value in vars(module).items()
                                   if isinstance(value, torch.Tensor) and not isinstance(value, torch.nn.Parameter)][:8]
        x = torch.tensor(case["x"], dtype=torch.float32)
        _materialise(module, x)
        params = list(module.parameters())
        record["params"] = sum(p.numel() for p in params)
        randomise(params, case["seed"])
        grads = {f"p{i}": p for i, p in enumerate(params) if p.requires_grad}
        for p in params:
            p.grad = None
        record["out"] = call(module, [x], wrt=grads)
        randomise(params, case["seed"] + 1)
        record["other_params"] = call(module, [x])
        training = module.training
        try:
            # The rest in eval mode (dropout off): the architecture is judged on what the model
            # computes at inference, where a dropout between two linear layers is no nonlinearity.
            module.eval()
            # Twice more on the same input and parameters: a model computed from its input
            # gives the same logits; one drawing random numbers does not.
            record["repeat"] = [call(module, [x]), call(module, [x])]
            # The same rows moved by one constant so that every input is positive (midpoints
            # stay midpoints), then negative: a ReLU on the input, not between the layers, is
            # affine on the first and constant on the second.
            record["positive"] = call(module, [x - x.min() + 0.1])
            record["negative"] = call(module, [x - x.max() - 0.1])
            # Half the rows, in reverse order: each example's logits should not change with
            # the rest of its batch (a softmax over dim=0 makes them).
            record["half"] = call(module, [x[: len(x) // 2].flip(0)])
            # One example alone, as a DataLoader's last batch can be: still (1, classes).
            record["single"] = call(module, [x[:1]])
            # Silent under three draws of the parameters: a ReLU that happens to be off for every
            # row under one draw (a ReLU after the output, say) silences its layers for that draw only.
            draws = [_silent(module, x, case["seed"] + 2)]
            for extra in (3, 4):
                randomise(params, case["seed"] + extra)
                if extra == 3:  # the shifted rows again, under another draw (see the judge)
                    record["positive_again"] = call(module, [x - x.min() + 0.1])
                    record["negative_again"] = call(module, [x - x.max() - 0.1])
                draws.append(_silent(module, x, case["seed"] + extra + 10))
            known = [d for d in draws if d is not None]
            record["silent"] = None if not known else [name for name in known[0] if all(name in d for d in known)]
        finally:
            module.train(training)
        record["trainable"] = len(grads) == len(params) and len(params) > 0
    return record


def _silent(module, x, seed):
    """The names of the parameters whose gradient is exactly zero everywhere when the output,
    weighted at random (so a softmax's constant row sums cannot hide it), is differentiated:
    parameters the output does not depend on, which can never learn.  None if it cannot be
    told (the call or backward fails; reported elsewhere)."""
    named = [(name, p) for name, p in module.named_parameters() if p.requires_grad]
    try:
        for _, p in named:
            p.grad = None
        out = module(x)
        if not isinstance(out, torch.Tensor) or not out.requires_grad:
            return None
        weights = torch.randn(out.shape, generator=torch.Generator().manual_seed(seed), dtype=out.dtype)
        (out * weights).sum().backward()
        return [name[:60] for name, p in named if p.grad is not None and not bool(p.grad.ne(0).any())]
    except Exception:  # noqa: BLE001 - the student's module may fail in any way: reported by the other calls
        return None
    finally:
        for _, p in named:
            p.grad = None


def _materialise(module, x):
    """Give a lazy module (``nn.LazyLinear``: parameters shaped by the first input) its
    parameters, as its first call in the notebook would: one call on ``x`` in eval mode
    (no running statistics change), without gradients.  A failing call is left for the
    probe's own calls to report."""
    lazy = torch.nn.parameter.UninitializedParameter
    if not any(isinstance(p, lazy) for p in module.parameters()):
        return
    training = module.training
    try:
        module.eval()
        with torch.no_grad():
            module(x)
    except Exception:  # noqa: BLE001 - the student's module may fail in any way: reported below
        pass
    finally:
        module.train(training)


def probe_builder(namespace, name, inputs):
    """Call the student's builder ``name(*case["args"])`` for every case and probe the module
    it returns; then report ``own_model``: whether building the first case's model again gave
    a new module with parameters of its own (None if that cannot be told)."""
    absent = missing(name, namespace)
    if absent:
        return absent
    cases, first = [], None
    for case in inputs["cases"]:
        module, error = _build(namespace[name], case["args"])
        first = module if not cases else first
        cases.append({"error": error} if error is not None else probe_module(module, case))
    again, _ = _build(namespace[name], inputs["cases"][0]["args"]) if inputs["cases"] else (None, None)
    return {"cases": cases, "own_model": _own_model(again, first), "shared_memory": _shares_memory(again, first)}


def _build(builder, args):
    """``(what the builder returned for args, None)``, or ``(None, the text of the error it raised)``."""
    try:
        return builder(*args), None
    except Exception as error:  # the student's code may fail in any way
        return None, error_text(error)


def _own_model(again, first):
    """Is ``again`` (a second build with the first case's sizes) a module other than ``first``,
    sharing none of its parameters?  An ``lru_cache`` or a dict of models hands back the one
    built first (trained by then); None when either build gave no module."""
    if not (isinstance(again, torch.nn.Module) and isinstance(first, torch.nn.Module)):
        return None
    mine = {id(p) for p in first.parameters()}
    return again is not first and not any(id(p) in mine for p in again.parameters())


def _shares_memory(again, first):
    """Whether a parameter of ``again``, none of them one of ``first``'s, lies in the memory of
    one of ``first``'s: parameters that are views of one tensor drawn once, so that training
    one model changes the other (None when either is no module).  Reported apart from
    :func:`_own_model`, which looks at the parameter objects only."""
    if not (isinstance(again, torch.nn.Module) and isinstance(first, torch.nn.Module)):
        return None
    if again is first or {id(p) for p in again.parameters()} & {id(p) for p in first.parameters()}:
        return False  # (the same parameters: see _own_model)

    def memory(module):
        places = set()
        for p in module.parameters():
            if not isinstance(p, torch.nn.parameter.UninitializedParameter) and p.numel():
                places.add(p.untyped_storage().data_ptr())
        return places

    return bool(memory(again) & memory(first))
