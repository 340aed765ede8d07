import csv
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))


def sandbox_available() -> bool:
    from autograder.execution.availability import bwrap_path

    return bwrap_path() is not None


def run_grader(submissions: Path, out: Path, *extra: str, check: bool = True,
               assignment: str = "pa2_gradient_descent") -> subprocess.CompletedProcess:
    """Run the real command line, as an instructor would."""
    cmd = [sys.executable, "-m", "autograder", "grade", assignment, str(submissions),
           "--out", str(out), "-q", *extra]
    if not sandbox_available():
        cmd.append("--unsafe-no-sandbox")
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=3000)
    if check and proc.returncode != 0:
        raise AssertionError(f"grader failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


def read_grades(out: Path) -> dict[str, dict[str, str]]:
    with open(out / "grades.csv", newline="") as handle:
        return {row["student_id"]: row for row in csv.DictReader(handle)}


@pytest.fixture(scope="session")
def grader():
    return run_grader
