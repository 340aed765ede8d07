"""Probe side: call a student's function and describe what came back, as plain data.

Runs inside the student's kernel (shipped as source, see :mod:`autograder.library.ship`):
standard library, numpy and torch only, and nothing here judges.  Every function returns
JSON-serialisable data; whatever the student's code does, the probe reports it.
"""

import numpy as np
import torch

#: Most numbers reported for one value.
LIMIT = 10000


def type_name(value):
    """``module.qualname`` of a value's type, e.g. ``torch.Tensor`` or ``builtins.float``."""
    kind = type(value)
    return f"{kind.__module__}.{kind.__qualname__}"


def numbers(items):
    """Floats from an iterable of numbers or one-element tensors, or None if any is not one."""
    try:
        return [float(v) for v in items]
    except (TypeError, ValueError, RuntimeError, OverflowError):
        return None


def tensor_floats(tensor, limit=LIMIT):
    """A tensor's (or array's) elements as Python floats, flattened, at most ``limit``."""
    flat = torch.as_tensor(tensor).detach().reshape(-1)[:limit]
    return [float(v) for v in flat.double().tolist()]


def describe(value, limit=LIMIT):
    """Plain-data description of any returned value.

    Keys: ``type``; for tensors and arrays ``shape``, ``dtype``, ``values`` (None when they
    are not numbers), ``requires_grad`` (tensors); for lists and tuples ``length`` and
    ``values``; for Python and numpy scalars ``values`` (one number).
    """
    info = {"type": type_name(value)}
    if isinstance(value, torch.Tensor):
        info.update(shape=list(value.shape), dtype=str(value.dtype).replace("torch.", ""),
                    requires_grad=bool(value.requires_grad))
        try:
            info["values"] = tensor_floats(value, limit)
        except (TypeError, RuntimeError):
            info["values"] = None
    elif isinstance(value, np.ndarray):
        info.update(shape=list(value.shape), dtype=str(value.dtype))
        info["values"] = numbers(value.reshape(-1)[:limit]) if value.size <= limit else None
    elif isinstance(value, (list, tuple)):
        info["length"] = len(value)
        info["values"] = numbers(value[:limit]) if len(value) <= limit else None
    elif isinstance(value, (bool, np.bool_)):
        info["values"] = None
    elif isinstance(value, (int, float, np.integer, np.floating)):
        info["values"] = numbers([value])
    return info


def error_text(error):
    """``ExceptionName: message``, short."""
    return f"{type(error).__name__}: {error}"[:500]


def call(function, args, wrt=None):
    """Call ``function(*args)``; describe the result and, if asked, its gradients.

    Args:
        function: the student's function.
        args: positional arguments (built fresh for this call by the probe).
        wrt: name -> tensor (with ``requires_grad``) among ``args``: when the result is a
            tensor that requires grad, ``result.sum().backward()`` is run and each of
            these tensors' ``.grad`` is reported (None when no gradient reached it).

    Returns:
        ``{"out": describe(result), "grads": {name: [floats] or None}}``, ``"grad_error"``
        if backward raised, or ``{"error": "Name: message"}`` if the call raised.
    """
    record = {}
    try:
        out = function(*args)
    except Exception as error:  # the student's code may fail in any way
        return {"error": error_text(error)}
    record["out"] = describe(out)
    if wrt and isinstance(out, torch.Tensor) and out.requires_grad:
        try:
            out.sum().backward()
            record["grads"] = {name: None if t.grad is None else tensor_floats(t.grad)
                               for name, t in wrt.items()}
        except Exception as error:
            record["grad_error"] = error_text(error)
    elif wrt:
        record["grads"] = {name: None for name in wrt}
    return record
