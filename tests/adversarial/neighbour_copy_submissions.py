"""Copies a classmate: reads the other students' notebooks from the course folder
(<out>/submitted/<other>/...) and from the folder of submissions handed to the grader, and
execs every answer cell that defines a function. Its file name sorts after the honest
students, so their notebooks are on disk when it runs. Neither folder is in the sandbox: 0
everywhere. Stock nbgrader: the files are readable and the copy earns 100/100."""

EXPECTED = {"model": 0, "loss_func": 0, "fit_GD": 0, "plot_GD": 0, "fit_BGD": 0, "plot_BGD": 0, "discussion": None}

ATTACK = '''
{KERNEL_LIB}
import glob, json
_paths = (glob.glob("{OUT}/submitted/*/pa2_gradient_descent/*.ipynb") + glob.glob("{SUBS}/*.ipynb")
          + ["{SUBS}/honest_a.ipynb", "{OUT}/submitted/honest_a/pa2_gradient_descent/pa2_gradient_descent.ipynb"])
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
    "model_answer": ATTACK,
    "loss_func_answer": "pass",
    "fit_GD_answer": "pass",
    "plot_GD_answer": "pass",
    "fit_BGD_answer": "pass",
    "plot_BGD_answer": "pass",
}
