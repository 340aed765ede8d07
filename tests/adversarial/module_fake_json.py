"""Replaces the json module: a fake goes into sys.modules["json"] and into the globals of the
grader's harness in the kernel (where probe data is serialised). Its dumps() swaps every
probe report for forged, full-mark-looking data and passes everything else to the real json.
The judge compares against the grader's secret inputs outside the kernel: 0 everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import sys
import types

_real_json = sys.modules["json"]
fake_json = types.ModuleType("json")
vars(fake_json).update({k: v for k, v in vars(_real_json).items() if not k.startswith("__")})


def _dumps(obj, *args, **kwargs):
    if isinstance(obj, dict) and set(obj) == {"part", "data"}:
        obj = {"part": obj["part"], "data": _ag_fullmark(obj["part"])}
    return _real_json.dumps(obj, *args, **kwargs)


fake_json.dumps = _dumps
sys.modules["json"] = fake_json
type(__autograder__).probe.__globals__["json"] = fake_json
''',
}
