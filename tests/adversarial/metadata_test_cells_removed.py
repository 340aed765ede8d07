"""Edits the notebook's structure: the model test cell is deleted and the loss_func test
cell is turned into a markdown cell, with neither function implemented, hoping that a test
that cannot run cannot fail. nbgrader puts the test cells back (as code, from its own copy)
and the grader probes there: model 0, loss_func 0; the other parts are the reference."""

EXPECTED = {"model": 0, "loss_func": 0, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {"model_answer": "pass", "loss_func_answer": "pass"}


def MUTATE(nb):
    nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") != "model"]
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "loss_func":
            cell.cell_type = "markdown"
            cell.pop("outputs", None)
            cell.pop("execution_count", None)
    return nb
