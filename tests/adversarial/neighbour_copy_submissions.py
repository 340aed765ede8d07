"""Copies a classmate: reads the other students' notebooks from the course folder
(<out>/submitted/<other>/...) and from the folder of submissions handed to the grader, and
execs every answer cell that defines a function. Its file name sorts after the honest
students, so their notebooks are on disk when it runs. Neither folder is in the sandbox: 0
everywhere. Stock nbgrader: the files are readable and the copy earns 100/100."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ATTACK = '''
{KERNEL_LIB}
import glob, json
_paths = (glob.glob("{OUT}/submitted/*/{ASSIGNMENT}/*.ipynb") + glob.glob("{SUBS}/*.ipynb")
          + ["{SUBS}/honest_a.ipynb", "{OUT}/submitted/honest_a/{ASSIGNMENT}/{ASSIGNMENT}.ipynb"])
_copied = []
for _path in _paths:
    try:
        with open(_path) as _f:
            _nb = json.load(_f)
    except (OSError, ValueError):
        continue
    for _cell in _nb["cells"]:
        _src = "".join(_cell["source"]) if isinstance(_cell["source"], list) else _cell["source"]
        if _cell["cell_type"] == "code" and _src.lstrip().startswith("def "):
            try:
                exec(_src, globals())
                _copied.append(_path)
            except Exception:
                pass
if _copied:
    _ag_escaped("copied from " + ", ".join(sorted(set(_copied))[:3]))
'''

ANSWERS = {
    "{ANSWER0}": ATTACK,
}
