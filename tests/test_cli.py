"""The command line: options, their defaults, and exit codes (no kernel is ever started here)."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from autograder import cli
from autograder.course import Course
from autograder.kernel import Kernel, RunLimits
from autograder.sandbox import SandboxSettings

ROOT = Path(__file__).resolve().parents[1]


def default(cls, name):
    return next(f.default for f in fields(cls) if f.name == name)


def parse(*argv):
    return cli.build_parser().parse_args(list(argv))


def test_grade_defaults_are_the_dataclass_defaults():
    """Does ``--help`` advertise exactly what RunLimits and SandboxSettings use?"""
    args = parse("grade", "pa2", "subs", "--out", "out")
    assert args.cell_timeout == default(RunLimits, "cell_timeout")
    assert args.notebook_timeout == default(RunLimits, "notebook_timeout")
    assert args.max_output_kb * 1024 == default(RunLimits, "max_notebook_output")
    assert args.memory_mb == default(SandboxSettings, "memory_mb")
    assert args.cpu_seconds == default(SandboxSettings, "cpu_seconds")
    assert args.max_processes == default(SandboxSettings, "max_processes")
    assert args.unsafe_no_sandbox is (not default(SandboxSettings, "enabled"))
    assert args.db is None and args.source_root == "solutions" and args.quiet is False


def test_grade_help_shows_the_defaults(capsys):
    with pytest.raises(SystemExit) as exit_:
        parse("grade", "--help")
    assert exit_.value.code == 0
    help_text = " ".join(capsys.readouterr().out.split())
    for value in (default(RunLimits, "cell_timeout"), default(SandboxSettings, "memory_mb"),
                  default(SandboxSettings, "cpu_seconds")):
        assert f"(default: {value})" in help_text


def test_grade_options_are_parsed_with_their_types():
    args = parse("grade", "pa2", "subs.zip", "--out", "o", "--cell-timeout", "2.5", "--memory-mb", "512",
                 "--max-output-kb", "64", "--unsafe-no-sandbox", "-q", "--db", "sqlite:///g.db")
    assert (args.assignment, args.submissions, args.out) == ("pa2", "subs.zip", "o")
    assert args.cell_timeout == 2.5 and args.memory_mb == 512 and args.max_output_kb == 64
    assert args.unsafe_no_sandbox and args.quiet and args.db == "sqlite:///g.db"
    assert args.run is cli._grade


def test_when_grade_has_no_out_then_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        parse("grade", "pa2_gradient_descent", "subs")
    assert exit_.value.code == 2
    assert "--out" in capsys.readouterr().err


def test_when_no_verb_is_given_then_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main([])
    assert exit_.value.code == 2


@pytest.mark.parametrize("value", ["soon", "-"])
def test_when_a_number_option_is_not_a_number_then_usage_error(value):
    with pytest.raises(SystemExit) as exit_:
        parse("grade", "pa2", "subs", "--out", "o", "--cell-timeout", value)
    assert exit_.value.code == 2


def test_generate_check_on_the_repository_exits_0(capsys):
    """Is the committed release what nbgrader generates from the source?"""
    assert cli.main(["generate", "pa2_gradient_descent", "--check", "--root", str(ROOT)]) == 0
    assert "is what nbgrader generates" in capsys.readouterr().out


def test_when_grading_an_unknown_assignment_then_exit_1_naming_it(tmp_path, capsys, monkeypatch):
    """Does a bogus assignment name fail early, with one line naming it, before any course or kernel?"""
    def must_not_run(*args, **kwargs):
        raise AssertionError("grading went past load_assignment")

    # Right after load_assignment, grading builds the course, then starts kernels: make both fail
    # loudly (patched on the classes, so it holds however grade.py imports them).
    monkeypatch.setattr(Course, "__init__", must_not_run)
    monkeypatch.setattr(Kernel, "__init__", must_not_run)
    submissions = tmp_path / "submissions"
    submissions.mkdir()
    out = tmp_path / "out"
    code = cli.main(["grade", "no_such_assignment", str(submissions), "--out", str(out),
                     "--source-root", str(ROOT / "solutions"), "--unsafe-no-sandbox", "-q"])
    err = capsys.readouterr().err
    assert code == 1
    assert "error: no assignment 'no_such_assignment'" in err
    assert "pa2_gradient_descent" in err  # the message lists the assignments that do exist
    assert "Traceback" not in err
    assert not out.exists()


def test_when_generating_an_unknown_assignment_then_exit_1_naming_it(tmp_path, capsys):
    (tmp_path / "solutions").mkdir()
    assert cli.main(["generate", "no_such_assignment", "--check", "--root", str(tmp_path)]) == 1
    assert "no_such_assignment" in capsys.readouterr().err
