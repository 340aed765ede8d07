"""Edits the notebook's metadata instead of its code: the model test cell is flagged as a
solution (student) cell worth 100 points and its source replaced by a print of the
self-check's success message, hoping the grader runs it as student code and gives it the
points. nbgrader's own checksum of locked cells refuses the notebook, so the submission is
reported as an error with no score at all (as stock nbgrader does)."""

STATUS = "error"

EXPECTED = {"model": 0, "loss_func": 0, "fit_GD": 0, "plot_GD": 0, "fit_BGD": 0, "plot_BGD": 0, "discussion": None}

ANSWERS = {"model_answer": "pass"}


def MUTATE(nb):
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade_id") == "model":
            meta.update(solution=True, points=100)
            cell.source = "print('model passes the self-checks.')"
    return nb
