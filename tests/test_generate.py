"""generate: the release in notebooks/ is what nbgrader makes of solutions/, and gives nothing away."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest

from autograder.errors import AutograderError
from autograder.generate import RELEASE_DIR, SOURCE_DIR, generate
from notebooks import ASSIGNMENT, grade_id, reference_answers

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = f"{ASSIGNMENT}.ipynb"


@pytest.fixture
def repo(tmp_path) -> Path:
    """A private copy of the repository's source and release of the assignment."""
    for folder in (SOURCE_DIR, RELEASE_DIR):
        shutil.copytree(ROOT / folder / ASSIGNMENT, tmp_path / folder / ASSIGNMENT,
                        ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
    return tmp_path


def edit_source(repo: Path, text: str) -> None:
    path = repo / SOURCE_DIR / ASSIGNMENT / NOTEBOOK
    nb = nbformat.read(str(path), as_version=4)
    nb.cells.insert(1, nbformat.v4.new_markdown_cell(text))
    nbformat.write(nb, str(path))


def assert_gives_nothing_away(release: Path) -> None:
    files = sorted(str(p.relative_to(release)) for p in release.rglob("*") if p.is_file())
    assert files == [NOTEBOOK]  # in particular no grading/ (probes and judges)
    text = (release / NOTEBOOK).read_text()
    for marker in ("### BEGIN", "### END", "HIDDEN TESTS", "from grading import", "verify("):
        assert marker not in text, marker
    nb = nbformat.read(str(release / NOTEBOOK), as_version=4)
    answers = {grade_id(c): c.source for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution")}
    solutions = reference_answers()
    assert sorted(answers) == sorted(solutions)
    for gid, source in answers.items():
        assert "YOUR CODE HERE" in source or "YOUR ANSWER HERE" in source, gid
        # The last line of each reference solution (e.g. `return np.array(losses)`) is not released.
        assert solutions[gid].strip().splitlines()[-1].strip() not in source, gid
    assert all(not c.get("outputs") for c in nb.cells)  # no solution outputs (plots, printed losses)


def test_the_committed_release_is_up_to_date():
    assert generate(ASSIGNMENT, root=ROOT, check=True) == []


def test_the_committed_release_gives_nothing_away():
    assert_gives_nothing_away(ROOT / RELEASE_DIR / ASSIGNMENT)


def test_when_the_source_is_edited_then_check_reports_the_notebook_and_writes_nothing(repo):
    release = repo / RELEASE_DIR / ASSIGNMENT / NOTEBOOK
    before = release.read_bytes()
    edit_source(repo, "A note added to the assignment.")
    assert generate(ASSIGNMENT, root=repo, check=True) == [NOTEBOOK]
    assert release.read_bytes() == before


def test_when_generated_then_the_release_follows_the_source_and_checks_clean(repo):
    edit_source(repo, "A note added to the assignment.")
    assert generate(ASSIGNMENT, root=repo) == [NOTEBOOK]
    assert "A note added to the assignment." in (repo / RELEASE_DIR / ASSIGNMENT / NOTEBOOK).read_text()
    assert generate(ASSIGNMENT, root=repo, check=True) == []
    assert_gives_nothing_away(repo / RELEASE_DIR / ASSIGNMENT)


def test_when_the_release_has_a_stale_file_then_check_reports_it_and_generate_removes_it(repo):
    stale = repo / RELEASE_DIR / ASSIGNMENT / "old_answers.ipynb"
    stale.write_text("{}")
    assert generate(ASSIGNMENT, root=repo, check=True) == ["old_answers.ipynb"]
    generate(ASSIGNMENT, root=repo)
    assert not stale.exists()


def test_when_there_is_no_release_yet_then_check_reports_every_file_and_generate_creates_it(repo):
    shutil.rmtree(repo / RELEASE_DIR / ASSIGNMENT)
    assert generate(ASSIGNMENT, root=repo, check=True) == [NOTEBOOK]
    assert not (repo / RELEASE_DIR / ASSIGNMENT).exists()
    generate(ASSIGNMENT, root=repo)
    assert (repo / RELEASE_DIR / ASSIGNMENT / NOTEBOOK).read_bytes() == \
        (ROOT / RELEASE_DIR / ASSIGNMENT / NOTEBOOK).read_bytes()


def test_when_the_assignment_does_not_exist_then_autograder_error(tmp_path):
    with pytest.raises(AutograderError, match="pa9_missing"):
        generate("pa9_missing", root=tmp_path, check=True)
