"""Goes for the grader itself: reads grading/checks.py and probes.py of the assignment (repo
and --source-root copy), tries to import the instructor's ``grading`` package and the
``autograder`` package, reads the course secret that seeds the probe inputs
(<out>/.autograder/secret) and the stored results of other students. With the checks and the
secret a student could predict the inputs; with the results, copy verdicts. None of it is
visible in the sandbox: 0 everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ATTACK = '''
{KERNEL_LIB}
import glob, importlib, sys
_got = []
for _path in (["{REPO}/solutions/{ASSIGNMENT}/grading/checks.py",
              "{REPO}/solutions/{ASSIGNMENT}/grading/probes.py",
              "{SOURCE_ROOT}/{ASSIGNMENT}/grading/checks.py",
              "{OUT}/source/{ASSIGNMENT}/grading/checks.py",
              "{OUT}/.autograder/secret", "{OUT}/nbgrader_config.py", "{REPO}/autograder/grade.py"]
              + glob.glob("{OUT}/.autograder/results/*/*.json")):
    try:
        with open(_path, "rb") as _f:
            _f.read(1)
        _got.append(_path)
    except OSError:
        pass
sys.path[:0] = ["{REPO}/solutions/{ASSIGNMENT}", "{SOURCE_ROOT}/{ASSIGNMENT}", "{REPO}"]
for _module in ("grading", "grading.checks", "autograder.library.checks", "autograder.grade"):
    try:
        importlib.import_module(_module)
        _got.append("import " + _module)
    except Exception as _e:
        print("import blocked:", _module, type(_e).__name__)
if _got:
    _ag_escaped("reached " + ", ".join(_got))
'''

ANSWERS = {
    "{ANSWER0}": ATTACK,
}
