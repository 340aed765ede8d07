"""The public corpora, graded through the real command: every correct alternative earns
full marks, and every bug loses points on its own part and nowhere else.

Each assignment's corpus is ``tests/corpus/<assignment>/{correct,buggy}/*.py``: modules
with ``EXPECTED`` (part -> score; a manually graded part is None while pending, 0 when
its answer was left unchanged) and ``ANSWERS`` (answer cell id -> source; cells left out
get the reference solution). Full marks come from the source notebook's points.
"""

import json
from pathlib import Path

import pytest

from autograder.assignment import load_assignment
from autograder.nbgrader_glue.run_files import results_path
from conftest import ROOT, read_grades, run_grader
from notebooks import load_case, submission, write

CORPUS = Path(__file__).parent / "corpus"
ASSIGNMENTS = sorted(p.name for p in CORPUS.iterdir() if p.is_dir() and (ROOT / "solutions" / p.name).is_dir())
CASES = [(a, path) for a in ASSIGNMENTS
         for kind in ("correct", "buggy", "partial") for path in sorted((CORPUS / a).glob(f"{kind}/*.py"))]
#: The smallest public corpus an assignment may have.
MIN_CORRECT, MIN_BUGGY = 12, 25


def case_id(path: Path) -> str:
    return f"{path.parent.name}-{path.stem}"


def full_marks(assignment: str) -> dict[str, float]:
    """Autograded part -> its points in the source notebook."""
    spec = load_assignment(ROOT / "solutions", assignment)
    return {p.name: p.points for p in spec.parts if p.autograded}


@pytest.fixture(scope="module")
def corpus_grades(tmp_path_factory):
    """assignment -> grades.csv rows of one real grading run over its whole corpus, run the
    first time a test asks for that assignment (``-k pa1`` grades PA1's corpus only)."""
    graded: dict[str, dict] = {}

    def grades(assignment: str) -> dict:
        if assignment not in graded:
            folder = tmp_path_factory.mktemp(f"corpus-{assignment}")
            for a, path in CASES:
                if a == assignment:
                    _, answers, _ = load_case(path)
                    write(submission(answers, assignment=assignment),
                          folder / "submissions" / f"{case_id(path)}.ipynb")
            # Scores only (no feedback pages, figures judged from their data, not drawn): the
            # pages and pictures are tested elsewhere (test_grade, test_adversarial, test_execute).
            # Every honest cell here takes well under a second (a whole submission 3 s at most,
            # under this run's own load); the cases that never end are interrupted after 5 s, as
            # in the adversarial suite, not the default minute: each burns a core meanwhile.
            run_grader(folder / "submissions", folder / "out", "--scores-only", "--cell-timeout", "5",
                       assignment=assignment)
            graded[assignment] = read_grades(folder / "out")
            for sid, row in graded[assignment].items():
                row["_results"] = results_path(folder / "out" / ".autograder" / "results", sid, assignment)
        return graded[assignment]

    return grades


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_corpus_is_large_enough(assignment):
    """Does each assignment's corpus hold enough correct alternatives and single bugs?"""
    assert len(list((CORPUS / assignment).glob("correct/*.py"))) >= MIN_CORRECT
    assert len(list((CORPUS / assignment).glob("buggy/*.py"))) >= MIN_BUGGY


@pytest.mark.parametrize("assignment,path", CASES, ids=lambda v: v if isinstance(v, str) else case_id(v))
def test_buggy_cases_lose_points_only_on_their_part(assignment, path):
    """Is each buggy case's expectation a loss on exactly one part, and each partial one's on
    several (the corpus stays honest)?"""
    expected, _, _ = load_case(path)
    full = full_marks(assignment)
    manual = [p for p in expected if p not in full]
    lost = [p for p, points in full.items() if expected[p] != points]
    if path.parent.name == "correct":
        assert lost == [] and all(expected[p] is None for p in manual)
    elif path.parent.name == "partial":
        assert len(lost) >= 2, lost
    else:
        assert len(lost) == 1 or (lost == [] and any(expected[p] == 0 for p in manual))


@pytest.mark.slow
@pytest.mark.parametrize("assignment,path", CASES, ids=lambda v: v if isinstance(v, str) else case_id(v))
def test_corpus_case_scores_as_expected(corpus_grades, assignment, path):
    """Does the grader give this case exactly its expected score on every part?"""
    expected, _, description = load_case(path)
    row = corpus_grades(assignment)[case_id(path)]
    assert row["status"] == "graded", row["status"]
    got = {part: (None if row[part] == "" else float(row[part])) for part in expected}
    want = {part: (None if v is None else float(v)) for part, v in expected.items()}
    assert got == want, f"{description}\n{_verdicts(row['_results'], [p for p in want if got[p] != want[p]])}"


def _verdicts(results: Path, parts: list[str]) -> str:
    """The grader's own account of ``parts`` (what each criterion earned and why), to tell a
    flaky verdict from a wrong expectation when a case fails."""
    try:
        verdicts = json.loads(results.read_text())["verdicts"]
    except (OSError, ValueError, KeyError) as error:
        return f"(no verdicts: {error})"
    return "\n".join(verdicts.get(part, {}).get("text", f"{part}: no verdict") for part in parts)
