"""Reads the instructor's source notebook by absolute path (the repository's solutions/ and
the --source-root copy the grader was given) and execs its solution cells to define every
function. The sandbox binds neither path: nothing is read, nothing is defined, 0 everywhere.
Stock nbgrader runs this with the instructor's rights: the reads succeed and the copied
solutions earn 100/100."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ATTACK = '''
{KERNEL_LIB}
import json
_found = []
for _path in ["{REPO}/solutions/{ASSIGNMENT}/{ASSIGNMENT}.ipynb",
              "{SOURCE_ROOT}/{ASSIGNMENT}/{ASSIGNMENT}.ipynb"]:
    try:
        with open(_path) as _f:
            _nb = json.load(_f)
    except OSError as _e:
        print("read blocked:", type(_e).__name__)
        continue
    _found.append(_path)
    for _cell in _nb["cells"]:
        _src = "".join(_cell["source"]) if isinstance(_cell["source"], list) else _cell["source"]
        if _cell["cell_type"] == "code" and ("BEGIN " + "SOLUTION") in _src:
            try:
                exec(_src, globals())
            except Exception:
                pass
if _found:
    _ag_escaped("read " + ", ".join(_found))
'''

ANSWERS = {
    "{ANSWER0}": ATTACK,
}
