"""The public corpus, graded through the real command: every correct alternative earns
full marks, and every bug loses points on its own part and nowhere else."""

from pathlib import Path

import pytest

from conftest import read_grades, run_grader
from notebooks import load_case, submission, write

CORPUS = Path(__file__).parent / "corpus"
CASES = sorted(CORPUS.glob("correct/*.py")) + sorted(CORPUS.glob("buggy/*.py"))
FULL = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5}


def case_id(path: Path) -> str:
    return f"{path.parent.name}-{path.stem}"


@pytest.fixture(scope="module")
def corpus_grades(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for path in CASES:
        _, answers, _ = load_case(path)
        write(submission(answers), folder / "submissions" / f"{case_id(path)}.ipynb")
    run_grader(folder / "submissions", folder / "out")
    return read_grades(folder / "out")


def test_corpus_is_large_enough():
    """Does the corpus hold at least 15 correct alternatives and 30 bugs?"""
    assert len(list(CORPUS.glob("correct/*.py"))) >= 15
    assert len(list(CORPUS.glob("buggy/*.py"))) >= 30


@pytest.mark.parametrize("path", CASES, ids=case_id)
def test_buggy_cases_lose_points_only_on_their_part(path):
    """Is each buggy case's expectation a loss on exactly one part (the corpus stays honest)?"""
    expected, _, _ = load_case(path)
    lost = [p for p, full in FULL.items() if expected[p] != full]
    if path.parent.name == "correct":
        assert lost == [] and expected["discussion"] is None
    else:
        assert len(lost) == 1 or (lost == [] and expected["discussion"] == 0)


@pytest.mark.slow
@pytest.mark.parametrize("path", CASES, ids=case_id)
def test_corpus_case_scores_as_expected(corpus_grades, path):
    """Does the grader give this case exactly its expected score on every part?"""
    expected, _, description = load_case(path)
    row = corpus_grades[case_id(path)]
    assert row["status"] == "graded", row["status"]
    got = {part: (None if row[part] == "" else float(row[part])) for part in expected}
    want = {part: (None if v is None else float(v)) for part, v in expected.items()}
    assert got == want, description
