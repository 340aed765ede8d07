"""The command line: options, their defaults, and exit codes (no kernel is ever started here)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from autograder import cli
from autograder.nbgrader_glue.course import Course
from autograder.execution.kernel import Kernel, RunLimits
from autograder.execution.sandbox import SandboxSettings

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


# --------------------------------------------------------------------------- LMS options and export


def test_lms_options_are_parsed_with_their_types():
    args = parse("grade", "pa2", "canvas.zip", "--out", "o", "--layout", "canvas", "--id-pattern", r"(?P<id>\d+)",
                 "--due", "2026-10-14T23:59", "--late-penalty", "12.5")
    assert (args.layout, args.id_pattern, args.late_penalty) == ("canvas", r"(?P<id>\d+)", 12.5)
    assert args.due.isoformat() == "2026-10-14T23:59:00"
    defaults = parse("grade", "pa2", "subs", "--out", "o")
    assert (defaults.layout, defaults.id_pattern, defaults.due, defaults.late_penalty) == (None, None, None, 0.0)


@pytest.mark.parametrize("option, value", [("--layout", "webct"), ("--late-penalty", "150"),
                                           ("--late-penalty", "ten"), ("--due", "next friday")])
def test_when_an_lms_option_is_invalid_then_usage_error_naming_it(capsys, option, value):
    with pytest.raises(SystemExit) as exit_:
        parse("grade", "pa2", "subs", "--out", "o", option, value)
    assert exit_.value.code == 2
    assert option in capsys.readouterr().err


def grade_arguments(monkeypatch, tmp_path, *flags: str) -> dict:
    """The keyword arguments ``grade ... FLAGS`` hands to grade() (stopped there)."""
    import autograder.grade
    from autograder.errors import AutograderError

    seen = {}

    def fake_grade(*args, **kwargs):
        seen.update(kwargs)
        raise AutograderError("stop here")

    monkeypatch.setattr(autograder.grade, "grade", fake_grade)
    assert cli.main(["grade", "pa2", str(tmp_path), "--out", str(tmp_path / "o"), "-q", *flags]) == 1
    return seen


def test_grade_passes_the_lms_options_to_grade(monkeypatch, tmp_path):
    """Does the command hand --layout, --id-pattern, --due and --late-penalty to grade() unchanged?"""
    seen = grade_arguments(monkeypatch, tmp_path, "--layout", "moodle", "--id-pattern", "(?P<id>x)",
                           "--late-penalty", "5", "--unsafe-no-sandbox")
    assert (seen["layout"], seen["id_pattern"], seen["late_penalty"], seen["due"]) == ("moodle", "(?P<id>x)", 5.0, None)


@pytest.mark.parametrize("flags,figures,feedback", [([], True, True), (["--no-feedback"], True, False),
                                                     (["--scores-only"], False, False)])
def test_scores_only_draws_no_figures_and_writes_no_feedback(monkeypatch, tmp_path, flags, figures, feedback):
    """Does --scores-only reach grade() as undrawn figures (RunLimits.figures) and no feedback?"""
    seen = grade_arguments(monkeypatch, tmp_path, *flags)
    assert (seen["limits"].figures, seen["feedback"]) == (figures, feedback)


@pytest.mark.parametrize("flags,said", [([], "Feedback: out/feedback "), (["--no-feedback"], "not written (--no-feedback)"),
                                        (["--scores-only"], "figures not drawn (--scores-only: run the same command")])
def test_the_last_line_says_where_the_feedback_is_or_why_there_is_none(flags, said):
    line = cli._outputs_line(parse("grade", "pa2", "subs", "--out", "out", *flags), Path("out/grades.csv"))
    assert line.startswith("Grades: out/grades.csv   Feedback: ") and said in line and line.endswith("out/report.html")


def test_export_options_are_parsed():
    args = parse("export", "out", "--to", "canvas", "--template", "g.csv", "--column", "PA2", "--no-feedback")
    assert (args.dir, args.to, args.template, args.column, args.no_feedback) == ("out", "canvas", "g.csv", "PA2", True)
    assert args.run is cli._export


@pytest.mark.parametrize("argv", [["export", "out"], ["export", "out", "--to", "blackboard"]])
def test_when_export_has_no_or_an_unknown_format_then_usage_error(argv):
    with pytest.raises(SystemExit) as exit_:
        parse(*argv)
    assert exit_.value.code == 2


def test_when_exporting_a_folder_never_graded_then_exit_1_naming_it(tmp_path, capsys):
    assert cli.main(["export", str(tmp_path), "--to", "csv"]) == 1
    assert "no grading run recorded" in capsys.readouterr().err


def test_when_out_is_a_file_then_exit_1_naming_it_without_a_traceback(tmp_path):
    from conftest import run_grader

    out = tmp_path / "out"
    out.write_text("a file where the output folder goes")
    proc = run_grader(ROOT / "examples" / "pa1_tensors_autograd", out, check=False, assignment="pa1_tensors_autograd")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.startswith("error: ") and str(out) in proc.stderr, proc.stderr


def test_grading_process_skips_the_slow_uri_grammar():
    """Does the command line keep jsonschema from building rfc3987_syntax's grammar (~3 s of
    CPU per process), while notebooks still validate?"""
    code = ("import sys, autograder.cli, nbformat, nbgrader.api\n"
            "nbformat.validate(nbformat.v4.new_notebook())\n"
            "assert sys.modules['rfc3987_syntax'] is None, sys.modules['rfc3987_syntax']\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr


def test_the_process_entry_freezes_what_is_left_then_exits_with_the_code_of_main(monkeypatch):
    events = []
    monkeypatch.setattr(cli, "main", lambda: events.append("main") or 3)
    monkeypatch.setattr(cli.gc, "freeze", lambda: events.append("freeze"))
    with pytest.raises(SystemExit) as leaving:
        cli.run()
    assert leaving.value.code == 3 and events == ["main", "freeze"]


@pytest.mark.parametrize("flags,every_cell", [([], False), (["--every-cell"], True)])
def test_every_cell_reaches_grade_as_the_run_limit(monkeypatch, tmp_path, flags, every_cell):
    """Does --every-cell reach grade() as RunLimits.every_cell (off by default)?"""
    assert grade_arguments(monkeypatch, tmp_path, *flags)["limits"].every_cell is every_cell
