"""Deletes and overwrites what it knows the path of: marker files the test created in the course
folder (<out>/MARKER, <out>/source/MARKER), in the folder of submissions
(<submissions>/.MARKER) and in the grader's source root (a copy of solutions/ with MARKER
files at its top and in the assignment's grading/ folder), and the gradebook
(<out>/gradebook.db). None of these paths exist in the sandbox: the test checks every marker
is intact and the gradebook complete. Score: the first part 0, the others score what the
reference scores."""

NEEDS = {"markers": True}

EXPECTED = {"{PART0}": 0}

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import os
_done = []
for _path in ("{OUT}/MARKER", "{OUT}/source/MARKER", "{SUBS}/.MARKER", "{SOURCE_ROOT}/MARKER",
              "{SOURCE_ROOT}/{ASSIGNMENT}/grading/MARKER"):
    try:
        with open(_path, "w") as _f:
            _f.write("overwritten by an attack")
        _done.append("wrote " + _path)
    except OSError:
        pass
    try:
        os.remove(_path)
        _done.append("deleted " + _path)
    except OSError as _e:
        print("delete refused:", type(_e).__name__)
try:
    os.remove("{OUT}/gradebook.db")
    _done.append("deleted the gradebook")
except OSError as _e:
    print("gradebook delete refused:", type(_e).__name__)
if _done:
    _ag_escaped("; ".join(_done))
''',
}
