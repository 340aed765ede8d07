"""Replaces numpy and torch: fake modules go into sys.modules (so any later ``import numpy`` or
``import torch``, as assert-based hidden tests do, gets them) and into the globals of the
grader's probe module and of the grading library's modules shipped into the kernel, the
notebook's ``np``/``torch`` names too. In the fakes every function agrees with everything
(allclose, isclose, equal are True) and every tensor is a yes-object whose tolist() is [0.0];
every function the assignment asks for returns one. The probes, fed by the fakes, report junk
or fail; the judge runs outside the kernel with the real numpy against the grader's inputs: 0
everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import sys
import types


class Yes:
    def __init__(self, *args, **kwargs): pass
    def __getattr__(self, name): return Yes()
    def __call__(self, *args, **kwargs): return Yes()
    def __eq__(self, other): return True
    def __lt__(self, other): return True
    __le__ = __gt__ = __ge__ = __lt__
    def __bool__(self): return True
    def __float__(self): return 0.0
    def __iter__(self): return iter([0.0])
    def __len__(self): return 1
    def __getitem__(self, key): return Yes()
    def __sub__(self, other): return Yes()
    __add__ = __radd__ = __rsub__ = __mul__ = __rmul__ = __pow__ = __truediv__ = __abs__ = __neg__ = __sub__
    def tolist(self): return [0.0]
    def item(self): return 0.0


class FakeModule(types.ModuleType):
    def __getattr__(self, name):
        if name in ("allclose", "isclose", "equal", "array_equal"):
            return lambda *args, **kwargs: True
        if name in ("Tensor", "ndarray", "floating"):
            return Yes
        return Yes()


fake_np, fake_torch = FakeModule("numpy"), FakeModule("torch")
sys.modules["numpy"], sys.modules["torch"] = fake_np, fake_torch
for _module in [__autograder__.probes] + [m for n, m in list(sys.modules.items()) if n.startswith("autograder.")]:
    vars(_module).update(np=fake_np, torch=fake_torch)
np, torch = fake_np, fake_torch
_ag_define_all(Yes)
''',
}
