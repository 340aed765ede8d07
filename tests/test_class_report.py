"""report.html (autograder.reports.class_report): rendered from plain data; every section, escaped."""

from __future__ import annotations

import base64
import re

from autograder.reports.class_report import ClassData, StudentRow, render

PARTS = [("model", 10.0), ("fit", 30.0), ("discussion", 10.0)]
SECTIONS = ("summary", "totals", "parts", "criteria", "lost", "errors", "slow", "timing")


def criterion(name, points, earned, message="ok"):
    return {"name": name, "points": points, "earned": earned, "message": message}


def class_data() -> ClassData:
    students = [
        StudentRow("ann", "graded", {"model": 10.0, "fit": 30.0, "discussion": None},
                   [("model", criterion("values", 6, 6)), ("fit", criterion("update", 10, 10))], seconds=0.4),
        StudentRow("ben", "graded", {"model": 4.0, "fit": 20.0, "discussion": 7.0},
                   [("model", criterion("values", 6, 0, "expected [1.5, 2] got [0, 0] <script>x()</script>")),
                    ("fit", criterion("update", 10, 0, "the weight did not change"))],
                   problems=["cell 7 timed out after 60 s"], seconds=61.0),
        StudentRow("cat", "graded", {"model": 4.0, "fit": 30.0, "discussion": 10.0},
                   [("model", criterion("values", 6, 0, "expected [3] got [1]")),
                    ("fit", criterion("update", 10, 10))], seconds=0.5),
        StudentRow('dan<img src=x onerror="alert(1)">', "error: not valid JSON <b>"),
    ]
    return ClassData("pa2_gradient_descent", PARTS, students,
                     run={"seconds": 12.5, "submissions": 4, "reused": 1, "finished": "2026-12-02 10:00:00"})


def _figures(page: str) -> list[str]:
    return [base64.b64decode(m).decode() for m in re.findall(r'src="data:image/svg\+xml;base64,([^"]+)"', page)]


def test_report_has_every_section_and_embeds_its_figures():
    """Does the page hold every section, with its figures embedded as SVG images (no outside file)?"""
    page = render(class_data())
    for key in SECTIONS:
        assert f'<section id="{key}">' in page, key
    assert len(_figures(page)) == 2
    assert not re.search(r'(src|href)="(?!data:|#)', page)


def test_histograms_count_every_graded_student_once():
    """Do the bars of the totals and of each part add up to the graded students, in the right bins?"""
    totals, parts = _figures(render(class_data()))
    bars = [int(n) for n in re.findall(r"<title>(\d+)</title>", totals)]
    assert sum(bars) == 3 and sorted(bars) == [1, 2]  # totals 40, 31, 44 of 50: 40 and 44 share a bin of 10
    assert "Totals of 3 graded submissions" in totals
    per_part = [int(n) for n in re.findall(r"<title>(\d+)</title>", parts)]
    assert sum(per_part) == 3 + 3 + 2  # discussion: one still waiting for a human
    for part, _ in PARTS:
        assert f">{part}</text>" in parts


def test_report_counts_what_it_should():
    """Are totals, pending, pass rates and the most common lost criterion counted right?"""
    page = render(class_data())
    assert "<td>waiting for manual grading</td><td>1</td>" in page
    assert "<td>mean total</td><td>38.3 / 50</td>" in page  # (40 + 31 + 44) / 3: pending counts 0
    assert "<td>model</td><td>values</td><td>6</td><td>1/3</td><td>33%</td>" in page
    lost = page[page.index('<section id="lost">'):]
    assert lost.index("values") < lost.index("update")  # lost by two students before one
    assert "ben, cat" in lost
    slow = page[page.index('<section id="slow">'):page.index('<section id="timing">')]
    assert "ben" in slow and "timed out" in slow and "ann" not in slow


def test_report_escapes_student_content_and_forbids_scripts():
    """Are messages, ids and statuses escaped, and does the page's policy forbid every script?"""
    page = render(class_data())
    assert "<script>x()" not in page and "&lt;script&gt;x()" in page
    assert "<img src=x" not in page and "<b>" not in page
    assert "default-src 'none'" in page and "<script" not in page
