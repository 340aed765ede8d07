"""Student content is untrusted HTML: what of it may reach a page the kit writes or configures.

A submission controls every output of its cells (any MIME type, any output metadata), its
Markdown answers (raw HTML, link targets, attachments), raw cells and notebook metadata.
The instructor opens those in formgrader (inside their authenticated Jupyter page) and in
the feedback HTML; a script that runs there can grade itself or run code as the instructor.
Three layers stop it, each enough on its own for what it covers:

1. :class:`SanitizeStudentContent`, an nbconvert preprocessor: outputs keep only MIME types
   that render inertly (HTML cleaned by :func:`clean_html`; images whose data is plain
   base64; SVG is drawn through ``<img>``, where it cannot run script or load anything),
   output metadata keeps only numeric sizes, attachments only images, raw cells lose their
   HTML mimetype, widget state goes. It runs in the autograde pipeline (so the autograded
   notebook on disk is clean) and again inside every HTML export of it (formgrader's
   submission view and the feedback), so an older or foreign autograded file is cleaned too.
2. :func:`markdown2html`, in place of nbconvert's filter of that name: Markdown (answers,
   Markdown outputs, comments) rendered as nbconvert renders it, then cleaned, and its math
   typeset as MathML (:mod:`autograder.reports.mathml`; no MathJax needed). nbgrader's formgrade
   and feedback templates render Markdown without nbconvert's ``sanitize_html``.
3. A Content-Security-Policy in every page (:func:`with_csp`): the feedback allows no
   script and no request at all; formgrader allows only its own same-origin scripts, so a
   payload the sanitizer missed can neither run nor phone out.

The sanitizer is ammonia (``nh3``) with an allowlist: formatting, tables, lists, code,
links (http, https, mailto) and images from ``data:`` URLs only.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import html
import re
from pathlib import Path
from typing import Any

import nh3
from nbconvert import HTMLExporter
from nbconvert.preprocessors import Preprocessor

from autograder.reports.mathml import typeset

#: Tags a cleaned fragment may keep (everything else is removed, its text kept).
TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
    "details", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span",
    "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
    "var",
})
#: Tags removed with their content.
DROP_WITH_CONTENT = frozenset({"script", "style", "template", "noscript", "iframe", "object", "embed",
                               "svg", "math", "textarea", "select", "title"})
ATTRIBUTES = {
    "*": {"class", "title", "lang", "dir", "align"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start", "type"},
}
IMAGE_DATA_URL = re.compile(r"^data:image/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=\s]*$", re.I)
LINK_URL = re.compile(r"^(https?:|mailto:|#|[^:]*$)", re.I)  # a scheme we allow, or none (relative)
SIZE = re.compile(r"^\d{1,5}(\.\d{1,3})?(px|%)?$")

#: MIME types an output may keep, and how each is made safe.
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif")
TEXT_TYPES = ("text/plain", "text/latex", "text/markdown")
KEPT_TYPES = frozenset({*IMAGE_TYPES, *TEXT_TYPES, "text/html", "image/svg+xml", "application/json"})
BASE64 = re.compile(r"^[A-Za-z0-9+/=\s]*$")


def _attribute(tag: str, name: str, value: str) -> str | None:
    """Per-attribute filter: images only from data: URLs, links only to http(s)/mailto, sizes numeric."""
    if tag == "img" and name == "src":
        return value if IMAGE_DATA_URL.match(value.strip()) else None
    if tag == "a" and name == "href":
        return value if LINK_URL.match(value.strip()) else None
    if name in ("width", "height"):
        return value if SIZE.match(value.strip()) else None
    return value


def clean_html(html: Any) -> str:
    """``html`` with everything that could run, load or restyle the page removed."""
    text = html.decode() if isinstance(html, bytes) else str(html)
    return nh3.clean(text, tags=set(TAGS), clean_content_tags=set(DROP_WITH_CONTENT), attributes=ATTRIBUTES,
                     attribute_filter=_attribute, url_schemes={"http", "https", "mailto", "data"},
                     strip_comments=True, link_rel="noopener noreferrer nofollow")


def _is_base64(value: Any) -> bool:
    if not isinstance(value, str) or not BASE64.match(value):
        return False
    try:
        base64.b64decode("".join(value.split()), validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def _clean_metadata(metadata: Any) -> dict:
    """Output metadata: per MIME type, numeric width/height and the 'unconfined' flag only."""
    out: dict = {}
    if not isinstance(metadata, dict):
        return out
    for mime, entry in metadata.items():
        if mime not in KEPT_TYPES or not isinstance(entry, dict):
            continue
        kept = {k: v for k, v in entry.items()
                if (k in ("width", "height") and type(v) in (int, float)) or (k == "unconfined" and type(v) is bool)}
        if kept:
            out[mime] = kept
    return out


def clean_output(output: dict) -> dict:
    """One code-cell output made safe to render (a new dict; the input is not changed)."""
    kind = output.get("output_type")
    if kind == "stream":
        return {"output_type": "stream", "name": "stderr" if output.get("name") == "stderr" else "stdout",
                "text": _text(output.get("text", ""))}
    if kind == "error":
        traceback = output.get("traceback", [])
        return {"output_type": "error", "ename": _text(output.get("ename", "")),
                "evalue": _text(output.get("evalue", "")),
                "traceback": [_text(line) for line in traceback] if isinstance(traceback, list) else []}
    data = output.get("data", {}) if isinstance(output.get("data"), dict) else {}
    kept: dict = {}
    removed = []
    for mime, value in data.items():
        if mime == "text/html":
            kept[mime] = clean_html(_text(value))
        elif mime in TEXT_TYPES or mime == "image/svg+xml":
            kept[mime] = _text(value)  # escaped by the templates; SVG drawn through <img>
        elif mime in IMAGE_TYPES and _is_base64(value):
            kept[mime] = value
        elif mime == "application/json" and isinstance(value, (dict, list)):
            kept[mime] = value
        else:
            removed.append(mime)
    if not kept:
        kept["text/plain"] = f"[output not shown: {', '.join(sorted(map(str, removed))) or 'empty'} cannot be shown safely]"
    clean = {"output_type": "execute_result" if kind == "execute_result" else "display_data",
             "data": kept, "metadata": _clean_metadata(output.get("metadata"))}
    if kind == "execute_result":
        count = output.get("execution_count")
        clean["execution_count"] = count if type(count) is int else None  # noqa: E721 - not bool
    return clean


def _text(value: Any) -> str:
    if isinstance(value, list):  # nbformat allows multiline strings as lists
        return "".join(v for v in value if isinstance(v, str))
    return value if isinstance(value, str) else ""


class SanitizeStudentContent(Preprocessor):
    """Make every student-controlled part of a notebook render inertly (see the module doc)."""

    def preprocess(self, nb, resources):
        nb.metadata.pop("widgets", None)
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell, resources, index):
        from nbformat import from_dict

        if cell.cell_type == "code":
            cell.outputs = [from_dict(clean_output(o)) for o in cell.get("outputs", []) if isinstance(o, dict)]
        elif cell.cell_type == "raw":
            cell.metadata.pop("raw_mimetype", None)  # an HTML raw cell would be pasted into the page
            cell.metadata.pop("format", None)
        if "attachments" in cell:
            attachments = cell.get("attachments") or {}
            kept = {name: {m: v for m, v in bundle.items() if m in IMAGE_TYPES and _is_base64(v)}
                    for name, bundle in attachments.items() if isinstance(bundle, dict)}
            cell.attachments = {name: bundle for name, bundle in kept.items() if bundle}
        return cell, resources


try:  # jinja2 >= 3
    from jinja2 import pass_context
except ImportError:  # pragma: no cover - older jinja2
    from jinja2 import contextfilter as pass_context


@pass_context
def markdown2html(context, source) -> str:
    """nbconvert's ``markdown2html`` filter (math kept for MathJax, attachments inlined), cleaned."""
    from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath

    cell = context.get("cell", {}) or {}
    text = source if isinstance(source, str) else _text(source)
    renderer = IPythonRenderer(escape=False, attachments=cell.get("attachments", {}) or {}, embed_images=False,
                               path="", anchor_link_text="", exclude_anchor_links=True)
    try:
        return typeset(clean_html(MarkdownWithMath(renderer=renderer).render(text)))
    except Exception:  # the renderer can fail on any student input: show the text, never fail the page
        return f"<pre>{html.escape(text)}</pre>"


NAME_MARKUP = re.compile(r"[<>&\"`\x00-\x1f\x7f]")


def plain_name(name: str) -> str:
    """A student's name as formgrader may print it unescaped: no markup characters left
    (``'`` becomes the typographic apostrophe), whitespace collapsed, at most 100 characters."""
    text = NAME_MARKUP.sub(" ", str(name)).replace("'", "\u2019")
    return " ".join(text.split())[:100]


# ------------------------------------------------------------------- Content-Security-Policy

#: The feedback page needs no script and no request: everything it shows is inline.
FEEDBACK_CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; "
                "base-uri 'none'; form-action 'none'")
#: formgrader's own scripts are same-origin files; its inline name toggles and the tooltips of
#: its navigation bar (nbgrader's formgrade_macros.html.j2, after our policy) are allowed by hash.
FORMGRADER_HANDLERS = ("toggle_name(true);", "toggle_name(false);")
FORMGRADER_SCRIPTS = (
    "\n  $('span.glyphicon.name-hidden').tooltip({title: \"Show student name\", placement: \"bottom\", "
    "trigger: \"hover\"});\n  $('span.glyphicon.name-shown').tooltip({title: \"Hide student name\", "
    "placement: \"bottom\", trigger: \"hover\"});\n  ",
)


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


FORMGRADER_CSP = ("default-src 'self'; script-src 'self' 'unsafe-hashes' "
                  + " ".join(_hash(h) for h in FORMGRADER_HANDLERS + FORMGRADER_SCRIPTS)
                  + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-src 'self'")
POLICIES = {"feedback": FEEDBACK_CSP, "formgrader": FORMGRADER_CSP}
SCRIPT_ELEMENT = re.compile(r"<script\b.*?</script>\s*", re.I | re.S)


def with_csp(head: str, policy: str) -> str:
    """``head`` (a page's header block) with the named policy in its <head>.

    The feedback's policy comes first, so that nothing on the page loads, and the
    header's scripts (MathJax from a CDN) are removed: a page a student reads offline or
    inside an LMS makes no request, and its math is MathML. formgrader's comes last, after its own inline set-up script (it names the
    submission), so that script still runs and every element after it, the student's
    content, is under the policy.
    """
    meta = f'<meta http-equiv="Content-Security-Policy" content="{POLICIES[policy]}">\n'
    if policy == "feedback":
        head = SCRIPT_ELEMENT.sub("", head)  # MathJax's loader and config: math is MathML here
        match = re.search(r"<head[^>]*>", head, re.I)
        if match is None:
            raise ValueError("with_csp: the header block has no <head>")
        return head[:match.end()] + "\n" + meta + head[match.end():]
    position = head.rfind("</head>")
    if position < 0:
        raise ValueError("with_csp: the header block has no </head>")
    return head[:position] + meta + head[position:]


# ------------------------------------------------------------------- exporter settings

TEMPLATES = Path(__file__).parent / "templates"


class FeedbackExporter(HTMLExporter):
    """nbgrader's feedback exporter (``HTMLExporter``) under a class name of its own, so that
    the feedback and formgrader's submission view can use different templates in one config."""


def exporter_settings() -> dict[str, dict[str, Any]]:
    """Config section -> trait -> value, for every exporter that renders a submission as HTML.

    Written into the course folder's ``nbgrader_config.py`` (formgrader, ``nbgrader
    generate_feedback``) and used by the grader's own feedback step.
    """
    import nbgrader

    templates = Path(nbgrader.__file__).parent / "server_extensions" / "formgrader" / "templates"
    bootstrap_css = templates.parent / "static" / "node_modules" / "bootstrap" / "dist" / "css"
    filters = {"markdown2html": "autograder.reports.safe_html.markdown2html", "with_csp": "autograder.reports.safe_html.with_csp",
               "typeset_latex": "autograder.reports.mathml.typeset_latex"}
    # Our templates extend nbgrader's ('formgrade/...', 'feedback/...'), found through
    # extra_template_paths (formgrade's macros too); the feedback includes Bootstrap's CSS.
    common = {"sanitize_html": True, "skip_svg_encoding": False, "extra_template_basedirs": [str(TEMPLATES)],
              "preprocessors": ["autograder.reports.safe_html.SanitizeStudentContent"], "filters": filters}
    return {
        "HTMLExporter": {**common, "template_name": "autograder_formgrade", "extra_template_paths": [str(templates), str(templates / "formgrade")]},
        "FeedbackExporter": {**common, "template_name": "autograder_feedback",
                             "extra_template_paths": [str(templates), str(bootstrap_css)]},
        "GenerateFeedback": {"exporter_class": "autograder.reports.safe_html.FeedbackExporter"},
    }
