# Kernel-side helpers shared by the adversarial cases.
#
# This text is pasted (through the {KERNEL_LIB} placeholder) at the top of an attack cell:
# it runs INSIDE the student's sandboxed kernel, in the notebook's namespace. It is not
# imported by the tests. Everything here is bounded and touches nothing outside the kernel.
# It knows every assignment of the series (as an attacker who read the repository would):
# its part names (_AG_PARTS) and the functions students write (_AG_FUNCTIONS).
#
# * _ag_fullmark(part): probe data a CORRECT implementation reports, but on inputs the
#   attacker guessed (the grader's inputs are secret until the probe runs): "full-mark
#   looking" data. It claims nothing that holds whatever the inputs (no axis labels, no
#   plausible shapes, line counts or side-effect flags), so an honest grader gives it 0 on
#   every part.
# * _ag_vacuous(part, inputs): data aimed at judge loopholes: no cases at all, a fit that
#   never stepped, a plot whose curve is "explained" by a reassigned variable.
# * _ag_send(part, data): publishes forged probe data with the grader's MIME type, through
#   references taken before any attack patches them.
# * _ag_probe_call(code): (part, inputs) if ``code`` is the grader's probe call, else None.
# * _ag_define_all(make): defines every function of every assignment as one returning make().
# * _AgAnything: the class of objects that pass any comparison (equal, smaller and larger than
#   anything, true, any attribute, arithmetic returns itself), calling itself torch.Tensor.
# * _ag_lie(*shape): zeros of that shape as a torch.Tensor subclass that lies through
#   __torch_function__ (allclose/equal/eq/isclose agree, shape and size() equal any shape,
#   tolist()/item() made up, backward() does nothing), calling itself torch.Tensor.
# * _ag_escaped(reason): called when an attack that must fail succeeded; it defines correct
#   first functions of every assignment (PA2's model and loss_func, PA1's pairwise_sq_dists
#   and log_sum_exp, PA3's two model builders) so the escape shows up as undeserved points
#   (and prints).
import ast as _ag_ast
import json as _ag_json_module

from IPython.display import publish_display_data as _ag_publish_real

_AG_MIME = "text/x-autograder-probe"
_ag_dumps = _ag_json_module.dumps
_ag_loads = _ag_json_module.loads
_AG_PARTS = ("model", "loss_func", "fit_GD", "plot_GD", "fit_BGD", "plot_BGD",
             "pairwise_sq_dists", "log_sum_exp", "softmax", "numerical_gradient", "gradient_check",
             "value_and_grad", "plot_derivative",
             "linear_classifier", "mlp", "cross_entropy", "train_epoch", "evaluate", "plot_curves")
_AG_FUNCTIONS = ("model", "loss_func", "fit_GD", "fit_BGD",
                 "pairwise_sq_dists", "log_sum_exp", "softmax", "numerical_gradient", "gradient_check",
                 "value_and_grad",
                 "make_linear_classifier", "make_mlp", "cross_entropy", "train_epoch", "evaluate")


def _ag_fullmark(part, inputs=None):
    if part == "model":  # 3 cases, a repeat, then the weight and the bias changed (as the probe does)
        x = [-1.5, -0.5, 0.5, 1.5]
        return {"cases": [{"out": _ag_tensor([w * v + b for v in x], (4, 1), requires_grad=True),
                           "grads": {"weight": [sum(x)], "bias": [4.0]}}
                          for w, b in ((2.0, 1.0), (-1.5, 0.5), (0.7, -1.2), (2.0, 1.0), (3.5, 1.0), (2.0, -0.25))]}
    if part == "loss_func":
        p, t = [1.0, 2.0, 3.5], [0.5, 2.5, 3.0]
        d = [a - b for a, b in zip(p, t)]
        case = {"out": {"type": "numpy.float32", "values": [sum(v * v for v in d) / 3]},  # not a tensor: a claim
                "grads": {"y_pred": [2 * v / 3 for v in d]}}
        other = {"out": {"type": "numpy.float32", "values": [0.5]}, "grads": {"y_pred": [0.5, -0.5]}}
        return {"cases": [case, other, case]}
    if part in ("fit_GD", "fit_BGD"):
        x = [i / 10 for i in range(-12, 12)]
        y = [3 * v + 0.5 for v in x]
        w = b = 0.0
        calls, losses = [], []
        for _ in range(12):  # a correct gradient-descent trajectory on the guessed data
            pred = [w * a + b for a in x]
            calls.append({"kind": "model", "x": x, "w": [w], "b": [b]})
            calls.append({"kind": "loss", "y_pred": pred, "y_true": y})
            r = [p - c for p, c in zip(pred, y)]
            losses.append(sum(v * v for v in r) / len(x))
            gw, gb = 2 * sum(v * a for v, a in zip(r, x)) / len(x), 2 * sum(r) / len(x)
            w, b = w - 0.1 * gw, b - 0.1 * gb
        record = {"returned": {"type": "numpy.ndarray", "dtype": "float64", "shape": [12], "values": losses},
                  "calls": calls, "truncated": False}
        return {"cases": [record, record]}
    if part in _AG_PARTS[6:13]:
        return _ag_fullmark_pa1(part)
    if part in _AG_PARTS[13:]:
        return _ag_fullmark_pa3(part)
    figure = {"suptitle": "", "axes": [{"title": "", "xlabel": "", "ylabel": "",
                                       "lines": [{"x": [float(i) for i in range(12)],
                                                  "y": [30.0 / (i + 1) for i in range(12)]}]}]}
    return {"student": [figure], "replay": [figure], "reassigned": None, "original": None}


def _ag_tensor(values, shape, **extra):
    return dict({"type": "torch.Tensor", "shape": list(shape), "dtype": "float32", "requires_grad": False,
                 "values": list(values)}, **extra)


def _ag_grid(n, d, scale):
    return [[round(scale * ((3 * i + 5 * k) % 7 - 3), 3) for k in range(d)] for i in range(n)]


def _ag_lse(row):
    import math
    top = max(row)
    return top + math.log(sum(math.exp(v - top) for v in row))


def _ag_fullmark_pa1(part):
    """PA1's probes, on guessed inputs of other sizes than the grader's."""
    import math
    if part == "pairwise_sq_dists":
        cases = []
        for n, m, d in ((3, 2, 2), (3, 2, 2), (4, 5, 3), (7, 7, 4), (20, 20, 4)):
            a, b = _ag_grid(n, d, 0.5), _ag_grid(m, d, -0.3)
            cases.append({"out": _ag_tensor([sum((x - y) ** 2 for x, y in zip(r, s)) for r in a for s in b], (n, m))})
        return {"cases": cases}
    if part in ("log_sum_exp", "softmax"):
        cases = []
        for z in (_ag_grid(2, 3, 0.7), _ag_grid(2, 3, 0.7), [[1000.0, 999.0, 998.0], [-1000.0, -1001.0, -999.5]]):
            if part == "log_sum_exp":
                cases.append({"out": _ag_tensor([_ag_lse(r) for r in z], (len(z),))})
            else:
                cases.append({"out": _ag_tensor([math.exp(v - _ag_lse(r)) for r in z for v in r], (len(z), 3))})
        return {"cases": cases}
    if part == "numerical_gradient":  # the gradient of sum(x^2) at guessed points
        xs = ([0.5, -1.0, 2.0], [0.5, -1.0, 2.0], [1.0, 0.25, -0.75, 1.5], [0.1, 0.2, 0.3, 0.4, 0.5, 0.6])
        return {"cases": [{"out": _ag_tensor([2 * v for v in x], (len(x),), dtype="float64")} for x in xs]}
    if part == "gradient_check":
        return {"cases": [{"out": {"type": "builtins.float", "values": [v]}} for v in (0.25, 0.5, 0.125)]}
    if part == "value_and_grad":
        cases = []
        for x in ([1.0, -2.0], [0.5, 0.5, 1.5], [2.0, -1.0, 0.0]):
            call = {"value": {"type": "builtins.float", "values": [sum(v * v for v in x)]},
                    "grad": _ag_tensor([2 * v for v in x], (len(x),), dtype="float64")}
            cases.append({"calls": [call, call]})
        return {"cases": cases}
    grid = [-3 + 6 * i / 49 for i in range(50)]  # the notebook's own wiggle, not the grader's
    lines = [{"x": grid, "y": [math.sin(2 * v) + 0.3 * v * v - 0.5 * v for v in grid]},
             {"x": grid, "y": [2 * math.cos(2 * v) + 0.6 * v - 0.5 for v in grid]}]
    figure = {"suptitle": "", "axes": [{"title": "", "xlabel": "", "ylabel": "", "lines": lines}]}
    return {"student": [figure], "replay": [figure]}


def _ag_fullmark_pa3(part):
    """PA3's probes, on guessed inputs of other sizes than the grader's."""
    import math
    if part in ("linear_classifier", "mlp"):
        cases = []
        for d, c in ((2, 2), (3, 3), (4, 2)):
            x = _ag_grid(4, d, 0.4)
            w = [[0.1 * (i + 1) - 0.05 * k for k in range(d)] for i in range(c)]
            out = [sum(a * b for a, b in zip(row, wr)) + 0.1 for row in x for wr in w]
            grads = {"p0": [sum(col) for col in zip(*x) for _ in range(c)], "p1": [4.0] * c}
            cases.append({"type": "torch.nn.modules.linear.Linear", "module": True, "params": d * c + c,
                          "out": {"out": _ag_tensor(out, (4, c), requires_grad=True), "grads": grads},
                          "other_params": {"out": _ag_tensor([2 * v for v in out], (4, c), requires_grad=True)},
                          "trainable": True})
        return {"cases": cases}
    if part == "cross_entropy":
        def record(z, t):
            value = sum(_ag_lse(r) - r[k] for r, k in zip(z, t)) / len(z)
            grad = [(math.exp(v - _ag_lse(r)) - (j == k)) / len(z) for r, k in zip(z, t) for j, v in enumerate(r)]
            return {"out": _ag_tensor([value], (), requires_grad=True), "grads": {"logits": grad}}
        first, other = (_ag_grid(3, 3, 0.9), [0, 2, 1]), (_ag_grid(4, 3, -0.6), [1, 1, 0, 2])
        return {"cases": [record(*first), record(*other), record(*other), record(*first)],
                "ready_made": ["cross_entropy"]}
    if part in ("train_epoch", "evaluate"):
        x = _ag_grid(6, 2, 0.8)
        params = [0.1 * i - 0.3 for i in range(9)]
        training = part == "train_epoch"
        calls = [{"kind": "model", "grad_enabled": training, "x": [v for row in x for v in row],
                  "params": params, "training": training}, {"kind": "final", "params": params}]
        returned = ({"type": "builtins.float", "values": [0.9]} if training else
                    {"type": "builtins.tuple", "length": 2, "values": [0.9, 0.5]})
        record = {"calls": calls, "truncated": False, "returned": returned}
        return {"cases": [record, record]}
    epochs = [float(i) for i in range(60)]
    lines = [{"x": epochs, "y": [1.1 * math.exp(-e / 10) + 0.05 for e in epochs]},
             {"x": epochs, "y": [1.1 * math.exp(-e / 10) + 0.2 + 0.004 * e for e in epochs]}]
    figure = {"suptitle": "", "axes": [{"title": "", "xlabel": "", "ylabel": "", "lines": lines}]}
    return {"student": [figure], "replay": [figure]}


def _ag_vacuous(part, inputs):
    if part in ("fit_GD", "fit_BGD"):
        return {"cases": [{"returned": {"type": "builtins.NoneType"},
                           "calls": [{"kind": "model", "x": case["x"], "w": [0.0], "b": [0.0]}],
                           "truncated": False} for case in inputs["cases"]]}
    if part in ("train_epoch", "evaluate"):  # one look at the data, at the starting parameters
        training = part == "train_epoch"
        returned = ({"type": "builtins.float", "values": [-1.0]} if training else
                    {"type": "builtins.tuple", "length": 2, "values": [-1.0, -1.0]})
        return {"cases": [{"calls": [{"kind": "model", "grad_enabled": training, "training": training,
                                      "x": [v for row in case["x"] for v in row],
                                      "params": [v for row in case["weight"] for v in row] + list(case["bias"])}],
                           "returned": returned, "truncated": False} for case in inputs["cases"]]}
    if part.startswith("plot_"):
        made_up = [3.0, 2.0, 1.0]
        figure = {"suptitle": "", "axes": [{"title": "", "xlabel": "", "ylabel": "",
                                           "lines": [{"x": [0.0, 1.0, 2.0], "y": made_up}]}]}
        return {"student": [figure], "replay": [figure], "reassigned": made_up, "original": made_up}
    return {"cases": []}


def _ag_send(part, data):
    _ag_publish_real({_AG_MIME: _ag_dumps({"part": part, "data": data})})


def _ag_probe_call(code):
    if "__autograder__" not in str(code):
        return None
    try:
        tree = _ag_ast.parse(str(code))
    except SyntaxError:
        return None
    for node in _ag_ast.walk(tree):
        if isinstance(node, _ag_ast.Call) and getattr(node.func, "attr", None) in ("probe", "setup") \
                and len(node.args) == 2:
            try:
                part, inputs = _ag_ast.literal_eval(node.args[0]), _ag_ast.literal_eval(node.args[1])
                return node.func.attr, part, _ag_loads(inputs)
            except ValueError:
                return None
    return None


def _ag_define_all(make):
    for name in _AG_FUNCTIONS:
        globals()[name] = lambda *args, **kwargs: make()


class _AgAnything:
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    def __lt__(self, other): return True
    __le__ = __gt__ = __ge__ = __lt__
    def __bool__(self): return True
    def __float__(self): return 0.0
    def __int__(self): return 0
    def __index__(self): return 0
    def __len__(self): return 1
    def __hash__(self): return 0
    def __iter__(self): return iter([0.0])
    def __getattr__(self, name): return self
    def __call__(self, *args, **kwargs): return self
    def __getitem__(self, key): return self
    def __abs__(self): return self
    def __neg__(self): return self
    def __sub__(self, other): return self
    __add__ = __radd__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __pow__ = __sub__
    def __repr__(self): return "tensor(OK)"


_AgAnything.__module__, _AgAnything.__qualname__ = "torch", "Tensor"
_AG_LYING = []


def _ag_lying_class():
    import torch  # when first needed: some attacks replace torch before they use it

    class AnyShape(tuple):
        def __eq__(self, other): return True
        def __ne__(self, other): return False
        __hash__ = tuple.__hash__

    class LyingTensor(torch.Tensor):
        @classmethod
        def __torch_function__(cls, func, types, args=(), kwargs=None):
            name = getattr(func, "__name__", "")
            if name in ("allclose", "equal", "eq", "__eq__", "isclose"):
                return True
            if name == "size":
                return AnyShape()
            if name == "tolist":
                return [42.0]
            if name == "item":
                return 42.0
            if name == "backward":
                return None
            with torch._C.DisableTorchFunctionSubclass():
                return func(*args, **(kwargs or {}))

        @property
        def shape(self):
            return AnyShape()

    LyingTensor.__module__, LyingTensor.__qualname__ = "torch", "Tensor"
    return LyingTensor


def _ag_lie(*shape):
    import torch

    if not _AG_LYING:
        _AG_LYING.append(_ag_lying_class())
    return torch.zeros(*shape).as_subclass(_AG_LYING[0])


def _ag_escaped(reason):
    print("AGADV-" + "ESCAPE:", reason)
    import torch

    def model(data, weight, bias):
        return weight * data + bias

    def loss_func(y_pred, y_true):
        return ((y_pred - y_true) ** 2).mean()

    def pairwise_sq_dists(A, B):
        return ((A[:, None, :] - B[None, :, :]) ** 2).sum(dim=-1)

    def log_sum_exp(z):
        return torch.logsumexp(z, dim=1)

    def make_linear_classifier(d, k):  # (names unlike the reference's: the feedback test looks for its lines)
        return torch.nn.Linear(d, k)

    def make_mlp(d, h, k):
        return torch.nn.Sequential(torch.nn.Linear(d, h), torch.nn.ReLU(), torch.nn.Linear(h, k))

    globals().update(model=model, loss_func=loss_func, pairwise_sq_dists=pairwise_sq_dists, log_sum_exp=log_sum_exp,
                     make_linear_classifier=make_linear_classifier, make_mlp=make_mlp)
# ---- end of the adversarial kernel helpers
