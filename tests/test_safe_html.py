"""Student content rendered inertly (autograder.reports.safe_html): the sanitizer, the output and
notebook cleaning, the Content-Security-Policy, and the nbgrader/nbconvert internals they
rely on (tested to still be there)."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import nbgrader
import pytest
from nbconvert import HTMLExporter
from traitlets.config import Config

from autograder.nbgrader_glue.course import CONFIG_FILE, exporter_lines
from autograder.reports.safe_html import (
    FORMGRADER_HANDLERS, FORMGRADER_SCRIPTS, SanitizeStudentContent, clean_html, clean_output, exporter_settings, markdown2html,
    plain_name, with_csp,
)
from xss_payloads import PNG_1PX, html_payloads

FORMGRADER_TEMPLATES = Path(nbgrader.__file__).parent / "server_extensions" / "formgrader" / "templates"
SCRIPTED = re.compile(r"<script|\son\w+\s*=|javascript:|<iframe|<object|<link|<style|<meta|<base|<form|"
                      r"127\.0\.0\.1", re.I)


def test_clean_html_removes_every_raw_html_payload():
    """Does the sanitizer leave no script, handler, frame, stylesheet or outside request of the payloads?"""
    cleaned = clean_html(html_payloads("t", 9))
    assert not SCRIPTED.search(cleaned), cleaned


def test_clean_html_keeps_formatting():
    """Are an honest answer's paragraphs, emphasis, lists, tables, code and inline images kept?"""
    honest = ('<h2>Why</h2><p>It <strong>converges</strong>, <em>slowly</em>.</p><ul><li>one</li></ul>'
              '<table><tr><th>w</th><td>1.5</td></tr></table><pre><code>x = 1</code></pre>'
              f'<img src="data:image/png;base64,{PNG_1PX}" alt="plot" width="40"><a href="https://pytorch.org">docs</a>')
    cleaned = clean_html(honest)
    for kept in ("<h2>", "<strong>converges</strong>", "<em>", "<li>one</li>", "<th>w</th>", "<code>x = 1</code>",
                 f'src="data:image/png;base64,{PNG_1PX}"', 'width="40"', 'href="https://pytorch.org"'):
        assert kept in cleaned, kept


def test_clean_html_allows_images_only_from_data_urls():
    """Is an image that would load from anywhere (a request out) left without a source?"""
    cleaned = clean_html('<img src="http://127.0.0.1:9/x"><img src="/files/x.png"><img src="data:text/html;base64,PGI+">')
    assert "src=" not in cleaned


def test_clean_output_drops_script_types_and_says_so():
    """Are JavaScript and widget outputs removed, with a note that says what was not shown?"""
    out = clean_output({"output_type": "display_data", "metadata": {},
                        "data": {"application/javascript": "alert(1)",
                                 "application/vnd.jupyter.widget-view+json": {"model_id": "m"}}})
    assert list(out["data"]) == ["text/plain"]
    assert "application/javascript" in out["data"]["text/plain"] and "cannot be shown safely" in out["data"]["text/plain"]


def test_clean_output_cleans_html_and_keeps_plain_text():
    """Is text/html cleaned while the text/plain beside it is kept as it was?"""
    out = clean_output({"output_type": "execute_result", "execution_count": 3, "metadata": {},
                        "data": {"text/html": '<b>ok</b><img src=x onerror="alert(1)">', "text/plain": "<ok>"}})
    assert out["data"] == {"text/html": "<b>ok</b><img>", "text/plain": "<ok>"}
    assert out["execution_count"] == 3


@pytest.mark.parametrize("metadata", [
    {"image/png": {"width": "1 onerror=alert(1)"}},
    {"filenames": {"image/png": "http://127.0.0.1:9/x"}},
    {"image/png": {"filenames": "x"}},
])
def test_clean_output_keeps_only_numeric_image_sizes(metadata):
    """Does output metadata keep nothing a template could paste into an attribute or URL?"""
    out = clean_output({"output_type": "display_data", "metadata": metadata, "data": {"image/png": PNG_1PX}})
    assert out["metadata"] == {}
    sized = clean_output({"output_type": "display_data", "data": {"image/png": PNG_1PX},
                          "metadata": {"image/png": {"width": 40, "height": 30.5, "unconfined": True}}})
    assert sized["metadata"] == {"image/png": {"width": 40, "height": 30.5, "unconfined": True}}


def test_clean_output_drops_image_data_that_is_not_base64():
    """Is image data that could break out of its src attribute dropped?"""
    out = clean_output({"output_type": "display_data", "metadata": {},
                        "data": {"image/png": 'x" onerror="alert(1)', "text/plain": "fig"}})
    assert out["data"] == {"text/plain": "fig"}


def test_sanitize_notebook_cleans_attachments_raw_cells_and_widget_state():
    """Do attachments keep only real images, raw cells lose their HTML type, and widget state go?"""
    nb = nbformat.v4.new_notebook()
    md = nbformat.v4.new_markdown_cell("![a](attachment:a.png)")
    md["attachments"] = {"a.png": {"image/png": PNG_1PX}, "b.html": {"text/html": "PHNjcmlwdD4="},
                         "c.png": {"image/png": 'x" onerror="y'}}
    raw = nbformat.v4.new_raw_cell("<script>alert(1)</script>", metadata={"raw_mimetype": "text/html"})
    code = nbformat.v4.new_code_cell("x", outputs=[nbformat.v4.new_output(
        "display_data", data={"application/javascript": "alert(1)"})])
    nb.cells = [md, raw, code]
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {}}
    nb, _ = SanitizeStudentContent().preprocess(nb, {})
    assert nb.cells[0].attachments == {"a.png": {"image/png": PNG_1PX}}
    assert "raw_mimetype" not in nb.cells[1].metadata
    assert list(nb.cells[2].outputs[0].data) == ["text/plain"]
    assert "widgets" not in nb.metadata
    nbformat.validate(nb)


def test_feedback_policy_comes_first_and_formgrader_policy_last():
    """Is the feedback's policy before anything that loads, and formgrader's after its own set-up script?"""
    head = '<!DOCTYPE html>\n<html>\n<head>\n<script src="mathjax.js"></script>\n<script>var id = 1;</script>\n</head>'
    feedback = with_csp(head, "feedback")
    assert feedback.index("<head>") < feedback.index("Content-Security-Policy")
    assert "default-src 'none'" in feedback and "script-src" not in feedback
    assert "<script" not in feedback  # MathJax's loader goes: the page's math is MathML
    formgrader = with_csp(head, "formgrader")
    assert formgrader.index("var id = 1") < formgrader.index("Content-Security-Policy") < formgrader.index("</head>")
    with pytest.raises(ValueError, match="</head>"):
        with_csp("<div></div>", "formgrader")


def test_formgrader_inline_handlers_are_the_ones_the_policy_allows():
    """Are the only inline handlers of nbgrader's formgrade view still the ones hashed in the policy?
    (If nbgrader changes them, the student-name toggle would stop working under the policy.)"""
    macros = (FORMGRADER_TEMPLATES / "formgrade" / "formgrade_macros.html.j2").read_text()
    assert sorted(re.findall(r'\son\w+="([^"]*)"', macros)) == sorted(FORMGRADER_HANDLERS)
    nav = macros[macros.index("{% macro nav"):]
    assert tuple(re.findall(r'<script type="text/javascript">(.*?)</script>', nav, re.S)) == FORMGRADER_SCRIPTS


@pytest.mark.parametrize("template", ["formgrade/index.html.j2", "feedback/index.html.j2"])
def test_nbgrader_templates_render_markdown_through_the_replaced_filter(template):
    """Do nbgrader's formgrade and feedback templates still render Markdown with ``markdown2html``
    (the filter replaced by the cleaning one) and never paste a cell's source unfiltered?"""
    source = (FORMGRADER_TEMPLATES / template).read_text()
    uses = re.findall(r"\{\{\s*cell\.source\s*\|\s*(\w+)", source)
    assert uses and set(uses) <= {"markdown2html", "highlight_code"}
    assert "{%- block header -%}" in source  # our templates wrap this block


def test_cleaning_markdown_filter_renders_like_nbconvert():
    """Does the cleaning filter render honest Markdown (lists, code, links) as nbconvert's does,
    and its math as MathML?"""
    text = "# Title\n\nSome *text* a < b, [docs](https://pytorch.org)\n\n* one\n* two\n\n```python\nx = 1\n```\n"
    ours = markdown2html({"cell": {}}, text)
    theirs = HTMLExporter(exclude_anchor_links=True).markdown2html({"cell": {}}, text)  # ids are not kept
    strip_tags = lambda s: re.sub(r"<[^>]+>|\s+", "", s)  # noqa: E731
    assert strip_tags(ours) == strip_tags(theirs)
    assert "<li>one</li>" in ours and 'href="https://pytorch.org"' in ours
    math = markdown2html({"cell": {}}, "Math $a < b$ and $$\\frac{1}{n}\\sum_i x_i$$")
    assert math.count("<math") == 2 and "$" not in math


def test_course_config_file_applies_the_exporter_settings():
    """Does the course folder's nbgrader_config.py (read by formgrader) set the cleaning exporters?"""
    c = Config()
    text = CONFIG_FILE.format(root="/r", db_url="sqlite:///g.db", course_id="c", source="s", release="r",
                              ignore=[], results="/x", source_dir="/s", release_dir="/r", exporters=exporter_lines())
    exec(compile(text, "nbgrader_config.py", "exec"), {"get_config": lambda: c})
    for section, traits in exporter_settings().items():
        for trait, value in traits.items():
            assert c[section][trait] == value, f"{section}.{trait}"
    assert c.HTMLExporter.template_name == "autograder_formgrade"
    assert "autograder.reports.safe_html.SanitizeStudentContent" in c.Autograde.autograde_preprocessors


def test_names_lose_their_markup_but_stay_readable():
    """Does a name from an LMS export lose every markup character (formgrader prints names
    unescaped) while an honest name keeps its letters, accents, hyphens and apostrophes?"""
    assert plain_name('Ann<img src=x onerror="alert(1)">') == "Ann img src=x onerror= alert(1)"
    assert not set(plain_name('<>&"`\x00')) & set('<>&"`\x00')
    assert plain_name("Zoë O'Brien-Núñez") == "Zoë O\u2019Brien-Núñez"
