"""generate: for every assignment, the release in notebooks/ is what nbgrader makes of solutions/,
and gives nothing away."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest

from autograder.errors import AutograderError
from autograder.generate import RELEASE_DIR, SOURCE_DIR, generate
from notebooks import ASSIGNMENTS, SOLUTION_MARKER, grade_id, read, reference_answers, source_path

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(params=ASSIGNMENTS)
def assignment(request) -> str:
    return request.param


@pytest.fixture
def repo(tmp_path, assignment) -> Path:
    """A private copy of the repository's source and release of the assignment."""
    for folder in (SOURCE_DIR, RELEASE_DIR):
        shutil.copytree(ROOT / folder / assignment, tmp_path / folder / assignment,
                        ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
    return tmp_path


def edit_source(repo: Path, assignment: str, text: str) -> None:
    path = repo / SOURCE_DIR / assignment / f"{assignment}.ipynb"
    nb = nbformat.read(str(path), as_version=4)
    nb.cells.insert(1, nbformat.v4.new_markdown_cell(text))
    nbformat.write(nb, str(path))


def hidden_lines(assignment: str) -> dict[str, set[str]]:
    """Answer cell id -> the lines of its reference solution (between the markers) that
    say something (8 characters or more) and appear nowhere else in the cell."""
    out = {}
    for cell in read(source_path(assignment)).cells:
        if not cell.get("metadata", {}).get("nbgrader", {}).get("solution"):
            continue
        inside, hidden, shown = False, set(), set()
        for line in cell.source.splitlines():
            if SOLUTION_MARKER.match(line):
                inside = not inside
            elif len(line.strip()) >= 8:
                (hidden if inside else shown).add(line.strip())
        out[grade_id(cell)] = hidden - shown
    return out


def assert_gives_nothing_away(release: Path, assignment: str) -> None:
    notebook = f"{assignment}.ipynb"
    files = sorted(str(p.relative_to(release)) for p in release.rglob("*") if p.is_file())
    assert files == [notebook]  # in particular no grading/ (probes and judges)
    text = (release / notebook).read_text()
    for marker in ("### BEGIN", "### END", "HIDDEN TESTS", "from grading import", "verify("):
        assert marker not in text, marker
    nb = nbformat.read(str(release / notebook), as_version=4)
    answers = {grade_id(c): c.source for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution")}
    solutions, hidden = reference_answers(assignment), hidden_lines(assignment)
    assert sorted(answers) == sorted(solutions)
    for gid, source in answers.items():
        assert "YOUR CODE HERE" in source or "YOUR ANSWER HERE" in source, gid
        # No line of a reference solution (e.g. `return np.array(losses)`) is released.
        assert hidden[gid] and not hidden[gid] & {line.strip() for line in source.splitlines()}, gid
    assert all(not c.get("outputs") for c in nb.cells)  # no solution outputs (plots, printed losses)


def test_the_committed_release_is_up_to_date(assignment):
    assert generate(assignment, root=ROOT, check=True) == []


def test_the_committed_release_gives_nothing_away(assignment):
    assert_gives_nothing_away(ROOT / RELEASE_DIR / assignment, assignment)


def test_when_the_source_is_edited_then_check_reports_the_notebook_and_writes_nothing(repo, assignment):
    notebook = f"{assignment}.ipynb"
    release = repo / RELEASE_DIR / assignment / notebook
    before = release.read_bytes()
    edit_source(repo, assignment, "A note added to the assignment.")
    assert generate(assignment, root=repo, check=True) == [notebook]
    assert release.read_bytes() == before


def test_when_generated_then_the_release_follows_the_source_and_checks_clean(repo, assignment):
    notebook = f"{assignment}.ipynb"
    edit_source(repo, assignment, "A note added to the assignment.")
    assert generate(assignment, root=repo) == [notebook]
    assert "A note added to the assignment." in (repo / RELEASE_DIR / assignment / notebook).read_text()
    assert generate(assignment, root=repo, check=True) == []
    assert_gives_nothing_away(repo / RELEASE_DIR / assignment, assignment)


def test_when_the_release_has_a_stale_file_then_check_reports_it_and_generate_removes_it(repo, assignment):
    stale = repo / RELEASE_DIR / assignment / "old_answers.ipynb"
    stale.write_text("{}")
    assert generate(assignment, root=repo, check=True) == ["old_answers.ipynb"]
    generate(assignment, root=repo)
    assert not stale.exists()


def test_when_there_is_no_release_yet_then_check_reports_every_file_and_generate_creates_it(repo, assignment):
    notebook = f"{assignment}.ipynb"
    shutil.rmtree(repo / RELEASE_DIR / assignment)
    assert generate(assignment, root=repo, check=True) == [notebook]
    assert not (repo / RELEASE_DIR / assignment).exists()
    generate(assignment, root=repo)
    assert (repo / RELEASE_DIR / assignment / notebook).read_bytes() == \
        (ROOT / RELEASE_DIR / assignment / notebook).read_bytes()


def test_when_the_assignment_does_not_exist_then_autograder_error(tmp_path):
    with pytest.raises(AutograderError, match="pa9_missing"):
        generate("pa9_missing", root=tmp_path, check=True)
