"""Judge side: read what a probe reported about a returned value, and compare it.

The probe side (:mod:`.probe_calls`) describes each call as plain data; these helpers
read such a description defensively (anything malformed raises
:class:`~autograder.library.checks.BadData`) and compare it with the value computed here, with
messages that say what was expected, on which input, and what came back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

import numpy as np

from autograder.library.checks import BadData, close, differs_note, floats, overflowed, short


@dataclass
class Output:
    """One call of a student's function, as reported by :func:`.probe_calls.call`."""

    error: Optional[str] = None
    """``Name: message`` if the call raised."""
    type: str = ""
    """``module.qualname`` of the returned value, e.g. ``torch.Tensor``."""
    shape: Optional[tuple] = None
    dtype: Optional[str] = None
    values: Optional[np.ndarray] = None
    """The returned numbers, flattened (None if they are not numbers)."""
    length: Optional[int] = None
    requires_grad: Optional[bool] = None
    grads: dict = field(default_factory=dict)
    """Argument name -> gradient of ``sum(output)`` (flattened), or None if none reached it."""
    grad_error: Optional[str] = None
    again: Optional["Output"] = None
    """A second call on the very same arguments (``call(..., again=True)``), or None."""
    changed: tuple = ()
    """The positions of the tensor arguments the first call changed (shape, dtype or numbers)."""
    reshaped: tuple = ()
    """Those of :attr:`changed` whose shape it changed."""

    @property
    def is_tensor(self) -> bool:
        return self.type == "torch.Tensor"

    @property
    def kind(self) -> str:
        """A short name of the returned type for messages, e.g. ``torch.Tensor of shape (5, 1)``."""
        if self.error:
            return f"an error ({self.error})"
        text = self.type or "nothing"
        if self.shape is not None:
            text += f" of shape {tuple(self.shape)}"
        elif self.length is not None:
            text += f" of {self.length} items"
        return text


def read_value(described: Any) -> Output:
    """An :class:`Output` from :func:`.probe_calls.describe` data."""
    if not isinstance(described, dict):
        raise BadData("expected a description of the returned value")
    kind = described.get("type", "")
    if not isinstance(kind, str):
        raise BadData("'type' has the wrong type")
    shape = described.get("shape")
    if shape is not None and not (isinstance(shape, list) and all(isinstance(s, int) and not isinstance(s, bool) for s in shape)):
        raise BadData("'shape' has the wrong type")
    values = described.get("values")
    dtype = described.get("dtype")
    length = described.get("length")
    return Output(type=kind, shape=None if shape is None else tuple(shape),
                  dtype=dtype if isinstance(dtype, str) else None,
                  values=None if values is None else floats(values),
                  length=length if isinstance(length, int) else None,
                  requires_grad=described.get("requires_grad") is True)


def read_call(record: Any) -> Output:
    """An :class:`Output` from :func:`.probe_calls.call` data (errors included)."""
    if not isinstance(record, dict):
        raise BadData("expected the record of one call")
    if "error" in record:
        return Output(error=str(record["error"])[:300])
    out = read_value(record.get("out"))
    grads = record.get("grads") or {}
    if not isinstance(grads, dict):
        raise BadData("'grads' has the wrong type")
    out.grads = {str(k): None if v is None else floats(v) for k, v in grads.items()}
    if "grad_error" in record:
        out.grad_error = str(record["grad_error"])[:300]
    if "again" in record:
        again = record["again"]
        out.again = Output(error=str(again["error"])[:300]) if isinstance(again, dict) and "error" in again \
            else read_value(again)
        for key in ("changed", "reshaped"):
            positions = record.get(key, [])
            if not (isinstance(positions, list) and all(isinstance(i, int) and not isinstance(i, bool) for i in positions)):
                raise BadData(f"'{key}' has the wrong type")
            setattr(out, key, tuple(positions))
    return out


def repeat_fault(got: Output, *, given: str, names: tuple = (), rtol: float = 1e-6, atol: float = 1e-7) -> Optional[str]:
    """Why calling the function a second time on the very same arguments did not give what the
    first call gave (see ``call(..., again=True)``), naming the arguments the first call
    changed in place (``names``: the arguments' names, by position); None if it did, or if
    that was not tried or the first call gave no finite numbers to compare."""
    again = got.again
    if again is None or got.error or got.values is None or not np.all(np.isfinite(got.values)):
        return None
    if again.error:
        what = f"raised {again.error}"
    elif again.shape == got.shape and again.values is not None and close(again.values, got.values, rtol=rtol, atol=atol):
        return None
    else:
        what = f"returned {short(again.values) if again.values is not None else again.kind}, the first {short(got.values)}"
    changed = [names[i] if i < len(names) else f"argument {i + 1}" for i in got.changed]
    cause = ""
    if changed:
        x = changed[0]
        fix = f"{x}.unsqueeze(1), not {x}.unsqueeze_(1)" if got.changed[0] in got.reshaped else \
            f"{x} - m, not {x} -= m or {x}.sub_(m)"
        cause = (f": the first call changed {' and '.join(changed)} in place, so the caller's tensor no longer holds "
                 f"what it passed (compute new tensors, {fix}: methods ending in _ change the tensor itself)")
    return f"{given}, a second call on the very same tensors {what}{cause}"


def same_values(got: Output, want: Any, *, rtol: float = 1e-4, atol: float = 1e-5) -> bool:
    """True if the returned numbers equal ``want`` element by element (shape aside)."""
    want = np.asarray(want, dtype=np.float64).reshape(-1)
    return got.values is not None and got.values.shape == want.shape and close(got.values, want, rtol=rtol, atol=atol)


def same_shape(got: Output, shape: tuple) -> bool:
    return got.shape is not None and tuple(got.shape) == tuple(shape)


def values_message(got: Output, want: Any, *, given: str, expected: str = "") -> str:
    """``given``, expected ``expected`` = [...], got [...] (or what came back instead)."""
    want = np.asarray(want, dtype=np.float64)
    returned = short(got.values) if got.values is not None else got.kind
    label = f"{expected} = " if expected else ""
    note = differs_note(got.values, want) if got.values is not None else ""
    return f"{given}, expected {label}{short(want)}, got {returned}{note}"


def gradient_message(got: Output, name: str, want: Any, *, given: str, responds: Optional[bool] = None) -> str:
    """Why the gradient reaching argument ``name`` is not ``want``, from what was observed.

    Args:
        got: the call (its ``grads`` hold what reached each argument).
        name: the argument, e.g. ``bias``.
        want: the expected gradient of ``sum(output)`` with respect to it.
        given: the inputs in words, for the message.
        responds: whether the output changed when this argument changed (None: not probed).
    """
    want = np.asarray(want, dtype=np.float64)
    if got.grad_error:
        return f"{given}, backward() through the output raised {got.grad_error}"
    grad = got.grads.get(name)
    if grad is not None:
        return (f"{given}, expected the gradient of sum(output) with respect to {name} to be {short(want)}, "
                f"got {short(grad)}{differs_note(grad, want)}")
    if got.requires_grad is False and got.is_tensor:
        cause = ("the output is not connected to the autograd graph (it does not require grad: "
                 "a .detach(), .item(), .data or NumPy step cuts it off)")
    elif responds is False:
        cause = f"{name} does not enter the output (changing {name} did not change it)"
    elif not got.is_tensor:
        cause = f"the output is a {got.type}, which has no gradient"
    else:
        cause = f"no gradient reached {name} (it is used through a value cut off from autograd)"
    return f"{given}, the gradient with respect to {name} came back as None: {cause}"


#: Advice for a returned container of numbers that is not a numpy array.
ARRAY_ADVICE = {"builtins.list": " (wrap the list in np.array)",
                "torch.Tensor": " (build a numpy array of loss.item() values)"}


def returned_array(described: Any, length: int, *, what: str = "per-epoch losses",
                   argument: str = "num_epochs", overflow: Optional[np.ndarray] = None
                   ) -> tuple[bool, Optional[np.ndarray], str]:
    """Judge a returned numpy array of ``length`` finite floats.

    ``overflow``: the values in float64, when known (a replay's losses): where float32
    cannot hold one (:func:`~.checks.overflowed`, a diverging run), an inf or NaN is that
    overflow, judged with the run's own bug, not the return value's fault.

    Returns:
        (ok, values, message): ``values`` are given back whenever ``length`` numbers can be
        read, even from a wrong type, so that they can still be judged on their own.
    """
    out = read_value(described)
    usable = out.values if out.values is not None and len(out.values) == length else None
    if out.type != "numpy.ndarray":
        return False, usable, f"should return a numpy array of {what}, returned {out.kind}{ARRAY_ADVICE.get(out.type, '')}"
    if not str(out.dtype or "").startswith(("float", "int")):
        return False, usable, (f"returned an array of dtype {out.dtype}: record loss.item() (a float), "
                               "not the loss tensor")
    if usable is not None and out.shape is not None and len(out.shape) != 1:
        return False, usable, (f"should return a flat array of shape ({length},), one value per epoch; it returned "
                               f"one of shape {tuple(out.shape)} (np.array of a list of floats is flat)")
    if usable is None:
        count = "unreadable" if out.values is None else str(len(out.values))
        hint = f"use the {argument} argument"
        if out.values is not None and len(out.values) == 0:
            hint = ("an empty array: nothing was ever added to it (np.append returns a new array, it does not change "
                    "the one it is given: losses = np.append(losses, value))")
        elif out.values is not None and len(out.values) == 1 and length > 1:
            hint = ("one value in all: append each epoch's loss inside the epoch loop, at every epoch, not after the "
                    "loop (nor only at some epochs), and return after the loop, not from inside it")
        elif out.values is not None and 1 < len(out.values) < length - 1:
            hint = (f"fewer than asked: append each epoch's loss at every epoch, not only at some (under an `if "
                    f"epoch % k == 0`, say), and run range({argument}) epochs")
        elif out.values is not None and len(out.values) in (length - 1, length + 1) and length > 1:
            hint = (f"one {'fewer' if len(out.values) < length else 'more'} than asked: range({argument}) runs "
                    f"{argument} times, range(1, {argument}) one fewer")
        elif out.values is not None and len(out.values) > length and len(out.values) % length == 0:
            hint = (f"{len(out.values) // length} per epoch: append once per epoch, after its inner loop, "
                    "not inside it; or the list keeps values from earlier calls (a `=[]` default argument, a "
                    "global list): start a new list in each call")
        elif out.values is not None and len(out.values) > length:
            hint = ("more than asked: does the list keep values from earlier calls (a `=[]` default argument, a "
                    "global list)? start a new list in each call")
        return False, None, f"was asked for {argument}={length} and returned {count} values ({hint})"
    if not np.all(np.isfinite(usable)):
        beyond = overflowed(usable, overflow) if overflow is not None and len(overflow) == length else None
        if beyond is None or not np.all(np.isfinite(usable) | beyond):
            return False, usable, f"returned non-finite values {short(usable)}"
        first = int(np.argmax(beyond)) + 1
        return True, usable, (f"returns {length} float {what} (from value {first} on they overflow float32's range: "
                              "the run diverges, see the update)")
    if str(out.dtype).startswith("int"):
        return True, usable, f"returns {length} {what}, as integers (dtype {out.dtype}): see the loss"
    return True, usable, f"returns {length} float {what}"
