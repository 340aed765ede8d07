"""Probe side: call a student's function and describe what came back, as plain data.

Runs inside the student's kernel (shipped as source, see :mod:`autograder.library.ship`):
standard library, numpy and torch only, and nothing here judges.  Every function returns
JSON-serialisable data; whatever the student's code does, the probe reports it.
"""

import contextlib
import sys
import types

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
    ``values`` (a regular nested list of numbers, ``D.tolist()``, also ``shape``, its values
    flattened as an array's); for Python and numpy scalars ``values`` (one number).
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
        if info["values"] is None and value and all(isinstance(v, (list, tuple)) for v in value):
            info.update(_nested(value, limit))
    elif isinstance(value, (bool, np.bool_)):
        info["values"] = None
    elif isinstance(value, (int, float, np.integer, np.floating)):
        info["values"] = numbers([value])
    return info


def _nested(value, limit):
    """``shape`` and ``values`` of a regular nested list of numbers (``D.tolist()``: rows of
    numbers, as an array holds them), or nothing when it is ragged or holds anything else."""
    count, todo = 0, [value]
    while todo:  # (counted first: a huge list is not copied to find it too large)
        items = todo.pop()
        count += len(items)
        if count > limit:
            return {}
        todo.extend(v for v in items if isinstance(v, (list, tuple)))
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError, RuntimeError, OverflowError):
        return {}
    if array.ndim < 2:
        return {}
    return {"shape": list(array.shape), "values": array.reshape(-1).tolist()}


def error_text(error):
    """``ExceptionName: message``, short."""
    return f"{type(error).__name__}: {error}"[:500]


def raised_in(error):
    """The name of the student's function in which ``error`` was raised (the innermost of
    theirs on its traceback), or None."""
    name, tb = None, error.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if _student_file(code.co_filename):
            name = code.co_name[:60]
        tb = tb.tb_next
    return name


def tensor(values, shape=None, dtype=torch.float32):
    """A fresh tensor of grader-chosen ``values`` (JSON lists), reshaped to ``shape`` if given."""
    out = torch.tensor(values, dtype=dtype)
    return out if shape is None else out.reshape(shape)


def missing(name, namespace):
    """None if ``namespace`` defines a function ``name``, else the probe's data saying it does not."""
    if callable(namespace.get(name)):
        return None
    if name in namespace:  # defined, then the name was given to a value (``softmax = softmax(x)``)
        return {"error": f"TypeError: {name} is a {type_name(namespace[name])}, not a function: a line after its "
                         f"def gave the name {name} to a value (e.g. {name} = {name}(...)); give that value another name"}
    return {"error": f"NameError: no function named {name} is defined (run its cell)"}


def each_case(namespace, name, cases, record):
    """``{"cases": [record(function, case) for each case]}`` for the student's function ``name``.

    ``record(function, case)`` builds the case's arguments and returns its plain data,
    usually :func:`call`'s.  If ``name`` is not defined, the data says so instead.
    """
    absent = missing(name, namespace)
    if absent:
        return absent
    function = namespace[name]
    return {"cases": [record(function, case) for case in cases]}


#: Folders of the Python installation: code there is not the student's.
_INSTALLED = tuple(p for p in {sys.prefix, sys.base_prefix, sys.exec_prefix} if p)


def _student_file(filename):
    return not (filename.startswith(_INSTALLED) or (filename.startswith("<") and not filename.startswith("<ipython")))


def count_lines(function, *args):
    """``(function(*args), lines)``: the lines of the student's own Python it ran.

    Frames outside the Python installation and its packages count (a notebook cell's
    code, helpers it defines); a Python loop over the data makes the count grow with it,
    a vectorised computation does not.
    """
    count = [0]
    student = {getattr(getattr(function, "__code__", None), "co_filename", None): True}

    def local(frame, event, arg):
        if event == "line":
            count[0] += 1
        return local

    def calls(frame, event, arg):
        name = frame.f_code.co_filename
        if name not in student:
            student[name] = _student_file(name)
        if student[name]:
            count[0] += 1
            return local
        return None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        result = function(*args)
    finally:
        sys.settrace(previous)
    return result, count[0]


@contextlib.contextmanager
def watching(module, names, namespace=None):
    """While the block runs, record which of ``module``'s functions ``names`` get called.

    Yields the list of names called (in order, repeats included), e.g. to tell whether a
    student computed a loss by hand or called ``F.cross_entropy``.  The functions still work.
    Names in ``namespace`` (the student's globals) bound to one of them, as
    ``from torch.nn.functional import nll_loss`` binds one, and its functions' default
    arguments and closures holding one, are watched too.
    """
    used = []
    # A name the notebook bound to a function of its own (``F.cross_entropy = cross_entropy``)
    # is not the library's: calling it is calling the student's code.
    saved = {name: getattr(module, name) for name in names
             if hasattr(module, name) and not _own_code(getattr(module, name), namespace)}

    def spy(name):
        def recorded(*args, **kwargs):
            used.append(name)
            return saved[name](*args, **kwargs)
        return recorded

    spies = {name: spy(name) for name in saved}
    try:
        for name in saved:
            setattr(module, name, spies[name])
        with _held_swapped(namespace or {}, {id(function): spies[name] for name, function in saved.items()}):
            yield used
    finally:
        for name, function in saved.items():
            setattr(module, name, function)


def _own_code(function, namespace):
    """Whether ``function`` is a Python function written in the notebook whose globals are
    ``namespace`` (not a library's)."""
    return namespace is not None and isinstance(function, types.FunctionType) and function.__globals__ is namespace


def _calling(*args, _autograder_replacement=None, **kwargs):
    """The code a replaced function runs (see :func:`replacing`)."""
    return _autograder_replacement(*args, **kwargs)


#: Number of closure variables -> :func:`_calling`'s code with that many (unused) ones.
_CALLING = {0: _calling.__code__}


def _calling_code(free):
    """:func:`_calling`'s code for a function with ``free`` closure variables: a function's
    code can only be swapped for one with as many (a closure, a decorator without
    ``functools.wraps``, a factory's function)."""
    if free not in _CALLING:
        names = ", ".join(f"_autograder_free{i}" for i in range(free))
        source = (f"def outer():\n    {names} = {'None, ' * free}\n"
                  "    def _calling(*args, _autograder_replacement=None, **kwargs):\n"
                  f"        if False:  # (named, never read: they make the code's closure variables)\n"
                  f"            {names}\n"
                  "        return _autograder_replacement(*args, **kwargs)\n"
                  "    return _calling\n")
        scope = {}
        exec(compile(source, "<autograder replacement>", "exec"), scope)
        _CALLING[free] = scope["outer"]().__code__
    return _CALLING[free]


@contextlib.contextmanager
def replacing(namespace, name, replacement):
    """While the block runs, the student's function ``name`` is ``replacement``, so that a
    part that calls an earlier part's function is judged with the grader's one: under its
    name, wherever the student's functions hold it (a default argument, a closure), and the
    function object itself, however it is reached (a dict, ``functools.partial``, a class
    attribute): its code calls the replacement."""
    own = namespace.get(name)
    inner = _unwrapped(own)  # a decorated function (functools.wraps, @torch.no_grad()): the student's own
    swapped = isinstance(inner, types.FunctionType) and inner is not replacement
    saved = (inner.__code__, inner.__defaults__, inner.__kwdefaults__) if swapped else None
    try:
        if swapped:
            inner.__code__, inner.__defaults__ = _calling_code(len(inner.__code__.co_freevars)), None
            inner.__kwdefaults__ = {"_autograder_replacement": replacement}
        namespace[name] = replacement
        with _held_swapped(namespace, {id(own): replacement} if own is not None else {}):
            yield
    finally:
        if swapped:
            inner.__code__, inner.__defaults__, inner.__kwdefaults__ = saved
        if own is None:
            namespace.pop(name, None)
        else:
            namespace[name] = own


def _unwrapped(function, depth=8):
    """The function a decorator made with ``functools.wraps`` wraps (``__wrapped__``), innermost."""
    for _ in range(depth):
        inner = function.__dict__.get("__wrapped__") if isinstance(function, types.FunctionType) else None
        if not callable(inner):
            break
        function = inner
    return function


@contextlib.contextmanager
def _held_swapped(namespace, swap):
    """While the block runs, every object of ``swap`` (id -> replacement) is replaced where
    ``namespace`` holds it: bound to a name, in a default argument of one of its functions
    (``def f(x, _ce=F.cross_entropy)``), or in one of their closures."""
    if not swap:
        yield
        return
    aliases = [(key, value) for key, value in list(namespace.items()) if id(value) in swap]
    functions = [v for v in list(namespace.values()) if isinstance(v, types.FunctionType)]
    defaults = [(f, f.__defaults__) for f in functions if f.__defaults__ and any(id(d) in swap for d in f.__defaults__)]
    cells = [(cell, cell.cell_contents) for f in functions for cell in (f.__closure__ or ())
             if _filled(cell) and id(cell.cell_contents) in swap]
    try:
        for key, value in aliases:
            namespace[key] = swap[id(value)]
        for function, values in defaults:
            function.__defaults__ = tuple(swap.get(id(v), v) for v in values)
        for cell, value in cells:
            cell.cell_contents = swap[id(value)]
        yield
    finally:
        for key, value in aliases:
            if namespace.get(key) is swap[id(value)]:
                namespace[key] = value
        for function, values in defaults:
            function.__defaults__ = values
        for cell, value in cells:
            cell.cell_contents = value


@contextlib.contextmanager
def torch_calls(names):
    """While the block runs, record which of torch's functions and operators ``names`` ran,
    however they were reached: above autograd, a function mode sees F's functions by any
    alias, an ``nn`` loss module and ``torch.ops.aten`` calls; below it, a dispatch mode sees
    the operators every route ends in (``nll_loss_forward``), on detached tensors too.
    Yields the list of names seen (in order, repeats included)."""
    from torch.overrides import TorchFunctionMode
    from torch.utils._python_dispatch import TorchDispatchMode

    seen = []

    def record(name):
        if name in names:
            seen.append(name)

    class Functions(TorchFunctionMode):
        def __torch_function__(self, func, types, args=(), kwargs=None):
            record(getattr(func, "__name__", ""))
            return func(*args, **(kwargs or {}))

    class Operators(TorchDispatchMode):
        def __torch_dispatch__(self, func, types, args=(), kwargs=None):
            record(getattr(getattr(func, "overloadpacket", None), "__name__", ""))
            return func(*args, **(kwargs or {}))

    with Functions(), Operators():
        yield seen


def graph_ops(value, limit=10000):
    """The names of the autograd operations that made ``value`` (``NllLossBackward0``...),
    read from its graph: they tell a ready-made loss however it was reached (an alias, a
    ``functools.partial``, a dict of functions, torch's C++ op), which :func:`watching` cannot."""
    names, seen = set(), set()
    todo = [getattr(value, "grad_fn", None)] if isinstance(value, torch.Tensor) else []
    while todo and len(seen) < limit:
        node = todo.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        names.add(type(node).__name__)
        todo.extend(child for child, _ in getattr(node, "next_functions", ()))
    return sorted(names)


def _filled(cell):
    try:
        cell.cell_contents
    except ValueError:  # a closure variable not assigned yet
        return False
    return True


def _snapshot(value):
    """A copy of a tensor argument as it is now (None for anything else)."""
    return value.detach().clone() if isinstance(value, torch.Tensor) else None


def _changed(value, kept):
    """Whether a tensor argument's shape, dtype or numbers differ from its snapshot ``kept``."""
    if kept is None or not isinstance(value, torch.Tensor):
        return False
    now = value.detach()
    if now.shape != kept.shape or now.dtype != kept.dtype:
        return True
    if now.is_floating_point() or now.is_complex():
        return not bool(torch.equal(now.isnan(), kept.isnan()) and torch.equal(now.nan_to_num(), kept.nan_to_num()))
    return not torch.equal(now, kept)


def call(function, args, wrt=None, lines=False, again=False):
    """Call ``function(*args)``; describe the result and, if asked, its gradients.

    Args:
        function: the student's function.
        args: positional arguments (built fresh for this call by the probe).
        wrt: name -> tensor (with ``requires_grad``) among ``args``: when the result is a
            tensor that requires grad, ``result.sum().backward()`` is run and each of
            these tensors' ``.grad`` is reported (None when no gradient reached it).
        lines: also report ``lines``, how many lines of the student's own Python the call
            ran (:func:`count_lines`), to tell a loop from a vectorised computation.
        again: then call it a second time on the very same arguments (after the gradients)
            and report ``again`` (that call's result, described, or ``{"error": ...}``) and
            ``changed`` (the positions of the tensor arguments whose shape, dtype or numbers
            the first call changed; ``reshaped``: those whose shape): a function that
            overwrites its input cannot be called twice.

    Returns:
        ``{"out": describe(result), "grads": {name: [floats] or None}}``, ``"grad_error"``
        if backward raised, ``"lines"`` if asked, or ``{"error": "Name: message"}`` if the
        call raised.
    """
    record = {}
    kept = [_snapshot(arg) for arg in args] if again else None
    try:
        if lines:
            out, record["lines"] = count_lines(function, *args)
        else:
            out = function(*args)
    except Exception as error:  # the student's code may fail in any way
        return {"error": error_text(error), "raised_in": raised_in(error)}
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
    if again:
        record["changed"] = [i for i, (arg, copy) in enumerate(zip(args, kept)) if _changed(arg, copy)]
        record["reshaped"] = [i for i in record["changed"] if args[i].shape != kept[i].shape]
        try:
            record["again"] = describe(function(*args))
        except Exception as error:  # the student's code may fail in any way
            record["again"] = {"error": error_text(error)}
    return record
