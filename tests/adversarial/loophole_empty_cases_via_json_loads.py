"""Forges nothing: it monkeypatches json.loads so that the grader's probe inputs parse to
{"cases": []} inside the kernel, and defines every function the assignment asks for as one
that returns None. The genuine probes then run the functions on no case at all and honestly
report an empty list. Nothing is implemented: an honest grader gives 0 everywhere. (The judges
must check that every case they asked for was reported.)"""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"


ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import json

_real_loads = json.loads


def _loads(text, *args, **kwargs):
    value = _real_loads(text, *args, **kwargs)
    if isinstance(value, dict) and "cases" in value:
        return {"cases": []}
    return value


json.loads = _loads
_ag_define_all(lambda: None)
''',
}
