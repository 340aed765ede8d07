"""Deletes the written-answer cell (the manually graded discussion) instead of answering it;
everything else is the reference. A deleted answer deserves 0, as an unchanged template does,
and the student must never get the instructor's model answer back: the grader restores
deleted cells, and if it restores this one from the SOURCE notebook (instead of the release),
the instructor's model answer, markers included, lands in the student's feedback and in the
autograded notebook as if the student had written it, waiting for a manual grade."""

EXPECTED = {"{MANUAL}": 0}

ANSWERS = {}


def MUTATE(nb, layout):
    nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") != layout.manual[0]]
    return nb
