"""Probe side: record a training loop, as plain data.

The probe hands the student's training function stand-ins (a model, a loss, an
optimizer) wrapped by a :class:`Recorder`; each call is logged with what it was given
(data, parameters at that moment) and whether autograd was recording.  The judge side
(:mod:`autograder.library.training`) rebuilds the parameters' history from this log and
replays it in float64.  Runs inside the student's kernel: standard library, numpy and
torch only; nothing here judges.
"""

import torch

#: Upper bound on recorded calls, so that a runaway loop cannot flood the grader.
MAX_CALLS = 5000


def floats(tensor):
    """A tensor's elements (detached, flattened) as Python floats."""
    return [float(v) for v in torch.as_tensor(tensor).detach().reshape(-1).double().tolist()]


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
            entry = {"kind": kind, "grad_enabled": bool(torch.is_grad_enabled())}
            entry.update(fields)
            self.calls.append(entry)

    def wrap(self, function, kind, describe):
        """``function`` that logs ``describe(*args)`` (a dict of plain data) at each call."""
        def recorded(*args, **kwargs):
            self.log(kind, **describe(*args, **kwargs))
            return function(*args, **kwargs)
        return recorded

    def wrap_optimizer(self, optimizer, parameters):
        """Log ``step`` and ``zero_grad`` calls with the parameters' values (name -> tensor)."""
        step, zero_grad = optimizer.step, optimizer.zero_grad

        def snapshot():
            return {name: floats(t) for name, t in parameters.items()}

        def recorded_step(*args, **kwargs):
            self.log("step", before=snapshot())
            return step(*args, **kwargs)

        def recorded_zero_grad(*args, **kwargs):
            self.log("zero_grad")
            return zero_grad(*args, **kwargs)

        optimizer.step, optimizer.zero_grad = recorded_step, recorded_zero_grad
        return optimizer

    def report(self, **extra):
        """The log and whether it was cut short, plus ``extra`` fields."""
        out = {"calls": self.calls, "truncated": self.truncated}
        out.update(extra)
        return out
