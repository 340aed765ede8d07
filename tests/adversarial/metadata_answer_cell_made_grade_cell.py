"""Edits the notebook's metadata: the model answer cell (which holds no model) is flagged as
an autograded test cell worth 100 points, so that, graded the nbgrader way, its empty output
would mean full marks. nbgrader refuses a grade cell it does not know, so the submission is
reported as an error with no score at all (as stock nbgrader does)."""

STATUS = "error"

EXPECTED = {"model": 0, "loss_func": 0, "fit_GD": 0, "plot_GD": 0, "fit_BGD": 0, "plot_BGD": 0, "discussion": None}

ANSWERS = {"model_answer": "pass"}


def MUTATE(nb):
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade_id") == "model_answer":
            meta.update(grade=True, points=100)
    return nb
