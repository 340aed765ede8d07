"""Judge side: what a common error from a student's code usually means, said in a sentence.

A message that quotes ``TypeError: unsupported operand type(s) for *: 'float' and
'NoneType'`` is right but leaves the student to find the cause; the usual cause of each
such error in a PyTorch course (a ``.grad`` that is None, a loss cut off from autograd, an
in-place update of a leaf outside ``torch.no_grad()``...) is added after it.  Patterns are
matched on the error's text (``Name: message``); an error that matches none gets no hint.
"""

from __future__ import annotations

import re

#: (pattern of the error's text, what it usually means); the first that matches is used.
HINTS = (
    (re.compile(r"'NoneType' object has no attribute '(zero_|data|add_|sub_|mul_|copy_|item|clone|detach)'"
                r"|unsupported operand type\(s\) for [^:]+: '(float|int|Tensor)' and 'NoneType'"
                r"|unsupported operand type\(s\) for [^:]+: 'NoneType' and '(float|int|Tensor)'"),
     "a None where a tensor was expected, most often a .grad: it is None until backward() reaches the tensor, "
     "and stays None for a tensor that is not a leaf (made by an operation, as 0.1 * torch.randn(1, "
     "requires_grad=True) is); create each parameter so that requires_grad is set last, e.g. "
     "(0.1 * torch.randn(1)).requires_grad_()"),
    (re.compile(r"element 0 of tensors does not require grad"),
     "what backward() was called on is not connected to anything that requires grad: compute it from the tensors "
     "that do (the parameters created with requires_grad=True, or the leaf made with requires_grad_(), not the "
     "original x it was cloned from), and not from .item(), .numpy() or .detach() values, nor under torch.no_grad()"),
    (re.compile(r"leaf Variable that requires grad is being used in an in-place operation"),
     "a tensor that requires grad was changed in place (-=, +=, .sub_(), x[i] = ...) while autograd records: a "
     "parameter's update belongs inside `with torch.no_grad():` (weight -= lr * weight.grad); an argument such as "
     "y_pred is not yours to change: compute a new tensor (y_pred - y_true, not y_pred -= y_true)"),
    (re.compile(r"Boolean value of Tensor with more than one value is ambiguous"),
     "a tensor of several values was used where Python needs one True or False: an `if`, `and`/`or`, or tensors "
     "passed to a loss module's constructor (nn.MSELoss(y_pred, y_true) takes them as its options): create the "
     "loss first, then call it, nn.MSELoss()(y_pred, y_true)"),
    (re.compile(r"backward through the graph a second time"),
     "backward() ran twice on one graph: compute the forward pass and the loss again before each backward() "
     "(inside the loop, not once before it)"),
    (re.compile(r"grad can be implicitly created only for scalar outputs"),
     "backward() was called on a tensor of several values: reduce it to one number first (.mean() or .sum())"),
    (re.compile(r"Can't call numpy\(\) on Tensor that requires grad"),
     "a tensor that requires grad was turned into NumPy: take .detach().numpy() (or .item() for one number)"),
    (re.compile(r"expected (scalar type|m1 and m2 to have the same dtype).*(Double|Float|double|float)"
                r"|found dtype (Double|Float) but expected (Double|Float)"),
     "float64 and float32 tensors were mixed: make them one dtype (.to(x.dtype), or create the tensors "
     "with the dtype of the data)"),
)


def error_hint(error: object) -> str:
    """`` (hint)`` for an error's text (``Name: message``) that matches :data:`HINTS`, else ''."""
    text = str(error)
    for pattern, meaning in HINTS:
        if pattern.search(text):
            return f" ({meaning})"
    return ""
