"""Edits the notebook's metadata instead of its code: the first test cell is flagged as a
solution (student) cell worth 100 points and its source replaced by a print of a self-check's
success message, hoping the grader runs it as student code and gives it the points. nbgrader's
own checksum of locked cells refuses the notebook, so the submission is reported as an error
with no score at all (as stock nbgrader does)."""

STATUS = "error"

EXPECTED = {"*": 0}

ANSWERS = {"{ANSWER0}": "pass"}


def MUTATE(nb, layout):
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade_id") == layout.parts[0]:
            meta.update(solution=True, points=100)
            cell.source = f"print('{layout.parts[0]} passes the self-checks.')"
    return nb
