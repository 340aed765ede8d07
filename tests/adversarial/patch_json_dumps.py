"""Monkeypatches json.dumps (the module attribute every caller shares) so that whatever the
grader's harness serialises as probe data is swapped for forged, full-mark-looking data
(what a correct implementation returns on inputs the attacker guessed); every other call is
passed through so the kernel keeps working. The judge compares against the grader's secret
inputs outside the kernel: 0 everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import json

_real_dumps = json.dumps


def _forging_dumps(obj, *args, **kwargs):
    if isinstance(obj, dict) and set(obj) == {"part", "data"}:
        obj = {"part": obj["part"], "data": _ag_fullmark(obj["part"])}
    return _real_dumps(obj, *args, **kwargs)


json.dumps = _forging_dumps
''',
}
