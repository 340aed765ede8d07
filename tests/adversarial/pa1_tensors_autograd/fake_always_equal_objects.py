"""Every function returns an object that passes any comparison: __eq__, __lt__, __le__,
__gt__, __ge__ and __bool__ are always true, arithmetic (__sub__, __abs__, __pow__, ...)
returns the object itself, __float__ is 0.0, it has any attribute (shape, item(), grad,
numel() ...), and it claims to be a torch.Tensor (its class's __module__ and __qualname__ say
so); value_and_grad returns a pair of them. Assert-based tests such as
``torch.allclose(D, want)``, ``D.shape == (5, 4)`` or ``abs(v - 14.0) < 1e-9`` pass on it. The
probes record the type and numbers; the numbers are not the grader's: 0 everywhere."""

EXPECTED = {"pairwise_sq_dists": 0, "log_sum_exp": 0, "softmax": 0, "numerical_gradient": 0, "gradient_check": 0,
            "value_and_grad": 0, "plot_derivative": 0, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": '''
class Anything:
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


Anything.__module__, Anything.__qualname__ = "torch", "Tensor"


def pairwise_sq_dists(A, B):
    return Anything()


def log_sum_exp(z):
    return Anything()


def softmax(z):
    return Anything()


def numerical_gradient(f, x, eps=1e-6):
    return Anything()


def gradient_check(f, x, eps=1e-6):
    return Anything()


def value_and_grad(f, x):
    return Anything(), Anything()
''',
    "log_sum_exp_answer": "pass",
    "softmax_answer": "pass",
    "numerical_gradient_answer": "pass",
    "gradient_check_answer": "pass",
    "value_and_grad_answer": "pass",
    "plot_derivative_answer": "pass",
}
