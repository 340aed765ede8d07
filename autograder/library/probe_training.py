"""Probe side: record a training loop, as plain data.

The probe hands the student's training function stand-ins (a model, a loss, an
optimizer) wrapped by a :class:`Recorder`; each call is logged with what it was given
(data, parameters at that moment) and whether autograd was recording.  The judge side
(:mod:`autograder.library.training`) rebuilds the parameters' history from this log and
replays it in float64.  Two ready-made runs: :func:`run_fit` (a function fitting a line,
given the grader's recorded model and MSE loss) and :func:`run_loop` (a loop over an
``nn.Module``, given the grader's :func:`recorded_linear` model, a DataLoader, a recorded
loss and optionally a recorded SGD optimizer).  Runs inside the student's kernel:
standard library, numpy and torch only (and :mod:`.probe_calls`); nothing here judges.
"""

import types

import torch
from torch.utils.data import DataLoader, Subset, TensorDataset

from autograder.library.probe_calls import describe, error_text, missing

#: Bound when the probes are installed, before any student code runs: a student's code that
#: replaces ``torch.is_grad_enabled`` cannot make the recorder see no_grad where there is none.
_grad_enabled = torch.is_grad_enabled
#: Likewise ``torch.manual_seed``, which a notebook may have rebound (``torch.manual_seed = 0``).
_MANUAL_SEED = torch.manual_seed

#: Upper bound on recorded calls, so that a runaway loop cannot flood the grader.
MAX_CALLS = 5000


def floats(tensor):
    """A tensor's elements (detached, flattened) as Python floats; inside torch.func's
    transforms, the values they stand for (vmap's lanes stacked first: a model called under
    vmap over a batch's rows logs the batch)."""
    return [float(v) for v in torch.as_tensor(_outside_transforms(tensor)).detach().reshape(-1).double().tolist()]


def _outside_transforms(tensor):
    """``tensor`` unwrapped from torch.func's wrappers (grad's tracking, vmap's batching)."""
    functorch = getattr(torch._C, "_functorch", None)
    if functorch is None or not isinstance(tensor, torch.Tensor):
        return tensor
    for _ in range(16):  # (one wrapper per transform level)
        if functorch.is_batchedtensor(tensor):
            level = functorch.maybe_get_bdim(tensor)
            tensor = functorch.get_unwrapped(tensor)
            tensor = tensor.movedim(level, 0) if level > 0 else tensor
        elif functorch.is_gradtrackingtensor(tensor):
            tensor = functorch.get_unwrapped(tensor)
        else:
            break
    return tensor


def mark_backward(entry, out):
    """Set ``entry["backward"]`` once autograd carries a gradient back through ``out`` (by
    ``backward()`` or ``torch.autograd.grad``): the passes whose loss trained, told from the
    evaluations before training (a baseline, candidate starting points, a shape check)."""
    if isinstance(out, torch.Tensor) and out.requires_grad:
        def marked(grad):
            entry["backward"] = True
        try:
            out.register_hook(marked)
        except RuntimeError:  # (torch.func's transforms allow no hooks: the pass stays unmarked)
            pass


class Recorder:
    """Logs calls into wrapped callables; ``calls`` is the plain-data log."""

    def __init__(self, limit=MAX_CALLS):
        self.calls = []
        self.limit = limit

    @property
    def truncated(self):
        return len(self.calls) >= self.limit

    def log(self, kind, **fields):
        """Append one entry (``kind``, ``grad_enabled`` and ``fields``) unless the log is full."""
        if len(self.calls) < self.limit:
            entry = {"kind": kind, "grad_enabled": bool(_grad_enabled())}
            entry.update(fields)
            self.calls.append(entry)

    def log_pass(self, kind, **fields):
        """:meth:`log` one forward pass; returns ``mark(out)``, which marks that entry once
        autograd carries a gradient back through the pass's output ``out`` (see
        :func:`mark_backward`) and returns ``out``."""
        entry = len(self.calls)
        self.log(kind, **fields)

        def mark(out):
            if entry < len(self.calls):
                mark_backward(self.calls[entry], out)
            return out
        return mark

    def wrap(self, function, kind, describe, *, marks_backward=False):
        """``function`` that logs ``describe(*args)`` (a dict of plain data) at each call; with
        ``marks_backward``, each call's entry is marked when autograd carries a gradient back
        through what it returned (:meth:`log_pass`)."""
        def recorded(*args, **kwargs):
            mark = self.log_pass(kind, **describe(*args, **kwargs))
            out = function(*args, **kwargs)
            return mark(out) if marks_backward else out
        return recorded

    def wrap_optimizer(self, optimizer, parameters):
        """Log ``step`` (with the parameters' values, name -> tensor, and the learning rates of
        its parameter groups) and ``zero_grad`` calls."""
        step, zero_grad = optimizer.step, optimizer.zero_grad

        def snapshot():
            return {name: floats(t) for name, t in parameters.items()}

        def rates():
            try:
                return [float(group["lr"]) for group in optimizer.param_groups]
            except (KeyError, TypeError, ValueError, RuntimeError):  # (the student's code may change them in any way)
                return None

        def recorded_step(_optimizer, *args, **kwargs):
            # The learning rates as the step finds them: a loop that sets them to 0 steps in vain.
            self.log("step", before=snapshot(), lr=rates())
            return step(*args, **kwargs)

        def recorded_zero_grad(_optimizer, *args, **kwargs):
            self.log("zero_grad")
            return zero_grad(*args, **kwargs)

        # Bound methods, as the optimizer's own are: a learning-rate scheduler wraps
        # ``optimizer.step.__func__``.
        optimizer.step = types.MethodType(recorded_step, optimizer)
        optimizer.zero_grad = types.MethodType(recorded_zero_grad, optimizer)
        return optimizer

    def report(self, **extra):
        """The log and whether it was cut short, plus ``extra`` fields."""
        out = {"calls": self.calls, "truncated": self.truncated}
        out.update(extra)
        return out


# --------------------------------------------------------------------------- nn.Module training loops

#: The parts of a recording model's output shift: always, in training mode, while autograd records.
SHIFTS = ("base", "training", "grad")


def recorded_linear(recorder, weight, bias, offsets=None, sink=None):
    """The grader's softmax regression, logging each forward pass (inputs, parameters, mode).

    Its logits are ``x @ weight.T + bias`` plus per-class ``offsets``: ``base`` always,
    ``training`` in training mode, ``grad`` while autograd records (each a list, or absent).
    So the modes the model ran in show in its outputs and in everything the student's
    function computes from them; the judge, which replays the outputs, reads the modes
    there and uses the logged flags only as a cross-check.  The recorder and the offsets
    are held by this closure, not by the module, so neither is an attribute of the model.
    The training mode shown is its layer's, as in any real model: ``model.train()`` and
    ``model.eval()`` switch it, ``model.training = False`` (the model's own flag alone) does
    not; each pass logs that flag (``training``) and the model's own (``own``).  ``sink``, a
    one-element list holding the recorder's ``log_pass``, lets :func:`run_loop` log a model
    handed over again to the next case's recorder.
    """
    shifts = {key: torch.tensor(offsets[key], dtype=torch.float32) for key in SHIFTS if (offsets or {}).get(key)}
    sink = sink if sink is not None else [recorder.log_pass]

    class Classifier(torch.nn.Module):
        """``x @ weight.T + bias`` (plus the mode's shift), logging each forward pass."""

        # Named as a notebook's own model would be: code that tells the grader's model from the
        # notebook's by its name (to compute honestly only for the grader) finds nothing to go by.
        __module__, __qualname__ = "__main__", "Classifier"

        def __init__(self):
            super().__init__()
            self.weight = torch.nn.Parameter(torch.tensor(weight, dtype=torch.float32))
            self.bias = torch.nn.Parameter(torch.tensor(bias, dtype=torch.float32))
            self.layer = torch.nn.Identity()  # (a layer of its own, whose mode shows)

        def params(self):
            """The parameters as one flat list: the weight row by row, then the bias."""
            return floats(self.weight) + floats(self.bias)

        def forward(self, x):
            training, grad = bool(self.layer.training), bool(_grad_enabled())
            mark = sink[0]("model", x=floats(x), params=self.params(), training=training, own=bool(self.training))
            out = self.layer(x @ self.weight.T + self.bias)
            for key, on in (("base", True), ("training", training), ("grad", grad)):
                if on and key in shifts:
                    out = out + shifts[key]
            return mark(out)

    return Classifier()


def loader(case):
    """A DataLoader over the case's ``x`` (float) and ``y`` (class indices), batched and
    shuffled as the case says (``batch_size``, ``shuffle``, ``seed``); with ``subset``, its
    dataset is a split of one (``random_split``'s ``Subset``, all of it in order), as a
    validation loader's often is: the same batches, and no ``.tensors`` to read past them."""
    data = TensorDataset(torch.tensor(case["x"], dtype=torch.float32), torch.tensor(case["y"], dtype=torch.long))
    if case.get("subset"):
        data = Subset(data, list(range(len(data))))
    return DataLoader(data, batch_size=case["batch_size"], shuffle=case["shuffle"],
                      generator=torch.Generator().manual_seed(case["seed"]))


def _run_cases(namespace, name, inputs, arguments):
    """Call the student's ``name`` once per case of ``inputs["cases"]``, each with a new
    :class:`Recorder`: ``arguments(case, recorder)`` returns the call's arguments and what to
    run once the call has returned or failed (or None).

    Returns:
        ``{"cases": [the recorder's report, with "returned" or "error"]}``, or the
        missing-function error.
    """
    absent = missing(name, namespace)
    if absent:
        return absent
    runs = []
    for case in inputs["cases"]:
        recorder = Recorder()
        args, after = arguments(case, recorder)
        try:
            extra = {"returned": describe(namespace[name](*args))}
        except Exception as error:  # the student's code may fail in any way
            extra = {"error": error_text(error)}
        if not torch.is_grad_enabled():  # (torch.set_grad_enabled(False) never undone: the caller's training fails)
            extra["grad_left_off"] = True
            torch.set_grad_enabled(True)
        if after is not None:
            after()
        runs.append(recorder.report(**extra))
    return {"cases": runs}


def returning(recorder, function, kind):
    """``function`` logging each call (kind ``kind``) when it starts, marked ``returned`` once it
    returns: a run that raised after its last loss returned failed in its own code."""
    def recorded(*args, **kwargs):
        entry = len(recorder.calls)
        recorder.log(kind)
        out = function(*args, **kwargs)
        if entry < len(recorder.calls):
            recorder.calls[entry]["returned"] = True
        return out
    return recorded


class GradientStep(torch.optim.Optimizer):
    """Plain gradient descent, p -= lr * p.grad: torch.optim.SGD's default step, by an optimizer
    of the grader's own (a torch.optim.Optimizer, so schedulers work on it), so that a loop
    that trains only when handed a torch.optim.SGD shows."""

    def __init__(self, params, lr):
        super().__init__(params, {"lr": lr})

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            for p in group["params"]:
                if p.grad is not None:
                    p.add_(p.grad, alpha=-group["lr"])
        return loss


def _scaled(loss, factor, options=None):
    """``loss`` with keyword arguments ``options`` (``label_smoothing``), times ``factor``: a
    loss of the grader's choosing; ``loss`` itself without them."""
    options = options if isinstance(options, dict) else {}
    if (not isinstance(factor, (int, float)) or factor == 1) and not options:
        return loss
    factor = factor if isinstance(factor, (int, float)) else 1

    def scaled(*args, **kwargs):
        return loss(*args, **{**options, **kwargs}) * factor
    return scaled


def run_loop(namespace, name, inputs, *, loss, sgd):
    """Run the student's loop ``name(model, loader, loss_fn[, optimizer])`` on every case.

    The model is a :func:`recorded_linear` with the case's ``weight``, ``bias`` and
    ``offsets``, put in training mode if ``start_training``; ``loss`` (e.g.
    ``F.cross_entropy``, with the case's ``loss_kwargs`` and times its ``loss_scale`` if it has them) is recorded as it is called; with ``sgd`` the loop also gets a
    recorded :class:`GradientStep` (plain SGD) with the case's ``lr`` (``torch.optim.Adam`` for a case
    whose ``optimizer`` is ``"adam"``).  A case with ``same_loader_as``
    (an earlier case's index) gets that case's DataLoader object again, not a new one: a
    function that keeps its results per loader shows it; one with ``same_model_as`` gets
    that case's model again, its parameters set to this case's (as a second epoch finds it,
    changed): one that keeps its results, or trains, once per model shows it.  After the
    run the final parameters are logged (kind ``final``).  Returns as :func:`_run_cases`.
    """
    loaders, models = [], []

    def arguments(case, recorder):
        _MANUAL_SEED(case["seed"])
        same_model = case.get("same_model_as")
        if isinstance(same_model, int) and 0 <= same_model < len(models):
            model, sink = models[same_model]
            sink[0] = recorder.log_pass
            with torch.no_grad():
                model.weight.copy_(torch.tensor(case["weight"], dtype=torch.float32))
                model.bias.copy_(torch.tensor(case["bias"], dtype=torch.float32))
            model.weight.grad = model.bias.grad = None  # (as a new model's)
        else:
            sink = [recorder.log_pass]
            model = recorded_linear(recorder, case["weight"], case["bias"], case.get("offsets"), sink)
        models.append((model, sink))
        model.train(case["start_training"])
        same = case.get("same_loader_as")
        data = loaders[same] if isinstance(same, int) and 0 <= same < len(loaders) else loader(case)
        loaders.append(data)
        args = [model, data, returning(recorder, _scaled(loss, case.get("loss_scale"), case.get("loss_kwargs")), "loss")]
        if sgd:
            # (a case may ask for Adam, the notebook's own choice: a loop that trains only with
            # an optimizer like the grader's shows)
            kind = torch.optim.Adam if case.get("optimizer") == "adam" else GradientStep
            optimizer = kind(model.parameters(), lr=case["lr"])
            args.append(recorder.wrap_optimizer(optimizer, {"weight": model.weight, "bias": model.bias}))

        def final():
            with torch.no_grad():  # one last look at the parameters, after the last update
                recorder.log("final", params=model.params())
        return args, final

    return _run_cases(namespace, name, inputs, arguments)


# --------------------------------------------------------------------------- fitting a line

def _column(values):
    return torch.tensor(values, dtype=torch.float32).view(-1, 1)


def run_fit(namespace, name, inputs):
    """Run the student's ``name(model, loss_func, X, Y, lr, num_epochs[, batch_size])`` on every case.

    The model is the grader's ``weight * data + bias`` and the loss its mean squared error,
    both recorded (data, parameters and predictions at each call); X and Y are columns of
    the case's ``x`` and ``y``, and ``batch_size`` is passed when the case has one.  The
    stand-ins know no more than an assignment on fitting a line gives away.  After the run
    the caller's X and Y are logged as they were left (kind ``data_after``): a function that
    shuffles or rescales them in place hands every later caller other data.  Returns as
    :func:`_run_cases`.
    """
    def arguments(case, recorder):
        model = recorder.wrap(lambda data, weight, bias: weight * data + bias, "model",
                              lambda data, weight, bias: {"x": floats(data), "w": floats(weight), "b": floats(bias)},
                              marks_backward=True)
        loss = recorder.wrap(lambda y_pred, y_true: torch.mean((y_pred - y_true) ** 2), "loss",
                             lambda y_pred, y_true: {"y_pred": floats(y_pred), "y_true": floats(y_true)})
        x, y = _column(case["x"]), _column(case["y"])
        args = [model, loss, x, y, case["lr"], case["num_epochs"]]
        if "batch_size" in case:
            args.append(case["batch_size"])

        def data_after():
            # Past the log's limit too: a long run must not hide what it did to the caller's data.
            try:
                recorder.calls.append({"kind": "data_after", "x": floats(x), "y": floats(y)})
            except Exception:  # (tensors the student's code left unreadable: nothing to compare)
                pass
        return args, data_after

    return _run_cases(namespace, name, inputs, arguments)
