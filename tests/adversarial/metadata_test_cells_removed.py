"""Edits the notebook's structure: the first test cell is deleted and the second is turned
into a markdown cell, with neither function implemented, hoping that a test that cannot run
cannot fail. nbgrader puts the test cells back (as code, from its own copy) and the grader
probes there: 0 on the first two parts; the others score what the reference scores."""

EXPECTED = {"{PART0}": 0, "{PART1}": 0}

ANSWERS = {"{ANSWER0}": "pass", "{ANSWER1}": "pass"}


def MUTATE(nb, layout):
    nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") != layout.parts[0]]
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == layout.parts[1]:
            cell.cell_type = "markdown"
            cell.pop("outputs", None)
            cell.pop("execution_count", None)
    return nb
