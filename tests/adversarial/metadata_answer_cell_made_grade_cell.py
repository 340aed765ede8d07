"""Edits the notebook's metadata: the first answer cell (which holds no answer) is flagged as
an autograded test cell worth 100 points, so that, graded the nbgrader way, its empty output
would mean full marks. nbgrader refuses a grade cell it does not know, so the submission is
reported as an error with no score at all (as stock nbgrader does)."""

STATUS = "error"

EXPECTED = {"*": 0}

ANSWERS = {"{ANSWER0}": "pass"}


def MUTATE(nb, layout):
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade_id") == layout.answers[0]:
            meta.update(grade=True, points=100)
    return nb
