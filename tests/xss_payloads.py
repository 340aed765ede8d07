"""Stored-XSS payload families: one per channel through which a student's content reaches a page.

Each family builds one PA2 submission (the reference solution plus the payloads). Every
payload, if it ran, would append ``|pwned:<id>`` to ``document.title`` and request
``http://127.0.0.1:<port>/<id>`` from the test's listener; payloads that need no script
(images, stylesheets, frames, refreshes) make that request directly. A view is safe when
the title keeps no ``pwned`` and the listener records nothing.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Callable, Optional

import nbformat

from notebooks import submission

#: A 1x1 PNG, valid, for outputs whose metadata is the attack.
PNG_1PX = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def js(pid: str, port: int) -> str:
    """The script a payload tries to run."""
    return f"document.title+='|pwned:{pid}';fetch('http://127.0.0.1:{port}/{pid}')"


def url(pid: str, port: int) -> str:
    return f"http://127.0.0.1:{port}/{pid}"


def html_payloads(tag: str, port: int) -> str:
    """Raw-HTML payloads, each with its own id under ``tag``."""
    return "".join([
        f'<img src="x" onerror="{js(tag + "-img", port)}">',
        f"<script>{js(tag + '-script', port)}</script>",
        f'<svg onload="{js(tag + "-svgload", port)}"></svg>',
        f'<iframe srcdoc="<script>{js(tag + "-srcdoc", port)}</script>"></iframe>',
        f'<iframe src="{url(tag + "-iframe", port)}"></iframe>',
        f'<object data="{url(tag + "-object", port)}"></object>',
        f'<link rel="stylesheet" href="{url(tag + "-link", port)}">',
        f'<style>@import url("{url(tag + "-import", port)}");</style>',
        f'<div style="background:url({url(tag + "-cssurl", port)})">styled</div>',
        f'<meta http-equiv="refresh" content="0;url={url(tag + "-refresh", port)}">',
        f'<form action="{url(tag + "-form", port)}"><input autofocus onfocus="{js(tag + "-focus", port)}"></form>',
        f'<a href="javascript:{js(tag + "-jslink", port)}" id="{tag}-jslink">link</a>',
        f'<img src="{url(tag + "-imgsrc", port)}">',
        f'<details open ontoggle="{js(tag + "-toggle", port)}"><summary>s</summary></details>',
        f'<base href="{url(tag + "-base", port)}/">',
    ])


def _code(source: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_code_cell(source)


@dataclass(frozen=True)
class Family:
    """One channel of student-controlled content and the submission that attacks it."""

    name: str
    channel: str
    build: Callable[[int], nbformat.NotebookNode]
    """port -> the submission notebook"""


def _with_cells(*cells: nbformat.NotebookNode, answers: Optional[dict] = None) -> nbformat.NotebookNode:
    nb = submission(answers or {})
    nb.cells.extend(cells)
    return nb


def _display_raw(bundle: dict, metadata: Optional[dict] = None) -> str:
    return ("from IPython.display import display\n"
            f"display({json.dumps(bundle)}, raw=True, metadata={json.dumps(metadata or {})})\n")


def html_output(port: int):
    return _with_cells(_code("from IPython.display import HTML, display\n"
                             f"display(HTML({html_payloads('out-html', port)!r}))\n"
                             f"HTML({html_payloads('out-html-result', port)!r})"))


def javascript_output(port: int):
    return _with_cells(_code(
        "from IPython.display import Javascript, display\n"
        f"display(Javascript({js('out-js', port)!r}))\n"
        + _display_raw({"text/javascript": js("out-textjs", port), "text/plain": "x"})
        + _display_raw({"application/ecmascript": js("out-ecma", port)})))


def markdown_output(port: int):
    md = (f"# heading\n\n{html_payloads('out-md', port)}\n\n[click](javascript:{js('out-md-link', port)})\n\n"
          f"![img]({url('out-md-image', port)})\n\n<{url('out-md-autolink', port)}>")
    return _with_cells(_code(f"from IPython.display import Markdown, display\ndisplay(Markdown({md!r}))"))


def latex_output(port: int):
    latex = (f"$x$ {html_payloads('out-latex', port)} $\\href{{javascript:{js('out-latex-href', port)}}}{{y}}$")
    return _with_cells(_code(f"from IPython.display import Latex, display\ndisplay(Latex({latex!r}))"))


def svg_output(port: int):
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
           f'onload="{js("out-svg-onload", port)}"><script>{js("out-svg-script", port)}</script>'
           f'<image href="{url("out-svg-image", port)}" width="5" height="5"/>'
           f'<foreignObject width="50" height="50"><body xmlns="http://www.w3.org/1999/xhtml">'
           f'<img src="x" onerror="{js("out-svg-foreign", port)}"/></body></foreignObject></svg>')
    return _with_cells(_code(_display_raw({"image/svg+xml": svg, "text/plain": "svg"})))


def widget_output(port: int):
    nb = _with_cells(_code(_display_raw({
        "application/vnd.jupyter.widget-view+json": {"model_id": "m1", "version_major": 2, "version_minor": 0},
        "text/plain": "widget"})))
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {
        "state": {"m1": {"model_name": "HTMLModel", "state": {"value": html_payloads("widget-state", port)}}},
        "version_major": 2, "version_minor": 0}}
    return nb


def output_metadata(port: int):
    return _with_cells(_code(
        _display_raw({"image/png": PNG_1PX},
                     {"image/png": {"width": f"1 onerror={js('meta-width', port)}", "height": "1 onload=x"}})
        + _display_raw({"image/png": PNG_1PX}, {"filenames": {"image/png": url("meta-filename", port)}})
        + _display_raw({"text/html": "<b>isolated</b>" + html_payloads("meta-isolated", port)},
                       {"text/html": {"isolated": True}})
        + _display_raw({"image/png": f'x" onerror="{js("meta-pngdata", port)}'})))


def stream_and_error(port: int):
    payload = html_payloads("stream", port)
    return _with_cells(
        _code(f"import sys\nprint({payload!r})\nsys.stderr.write({payload!r})"),
        _code(f"raise ValueError({html_payloads('error', port)!r})"))


def markdown_answer(port: int):
    answer = (f"My answer, **in bold**.\n\n{html_payloads('answer', port)}\n\n"
              f"[click](javascript:{js('answer-link', port)}) [data](data:text/html,<script>{js('answer-data', port)}</script>)\n\n"
              f"![pic]({url('answer-image', port)})\n\n<{url('answer-autolink', port)}>\n\n"
              f"[ref]\n\n[ref]: javascript:{js('answer-ref', port)}\n")
    return submission({"discussion": answer})


def attachments(port: int):
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" onload="{js("attach-svg", port)}">'
           f'<script>{js("attach-svg-script", port)}</script></svg>')
    nb = submission({"discussion": "See ![a](attachment:a.svg) and ![b](attachment:b.html) ![c](attachment:c.png)"})
    for cell in nb.cells:
        if cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") == "discussion":
            cell["attachments"] = {
                "a.svg": {"image/svg+xml": base64.b64encode(svg.encode()).decode()},
                "b.html": {"text/html": base64.b64encode(html_payloads("attach-html", port).encode()).decode()},
                "c.png": {"image/png": f'x" onerror="{js("attach-png", port)}'},
            }
    return nb


def metadata_fields(port: int):
    nb = submission({})
    payload = html_payloads("metadata", port)
    nb.metadata["title"] = payload
    nb.metadata.setdefault("kernelspec", {})["display_name"] = payload
    nb.metadata["language_info"] = {"name": "python", "pygments_lexer": payload}
    for cell in nb.cells:
        cell.metadata["tags"] = [f'"><img src=x onerror="{js("metadata-tag", port)}">']
        cell.metadata["alt"] = f'"><img src=x onerror="{js("metadata-alt", port)}">'
    return nb


FAMILIES = [
    Family("html_output", "code-cell output text/html", html_output),
    Family("javascript_output", "code-cell output application/javascript and other script types", javascript_output),
    Family("markdown_output", "code-cell output text/markdown", markdown_output),
    Family("latex_output", "code-cell output text/latex", latex_output),
    Family("svg_output", "code-cell output image/svg+xml", svg_output),
    Family("widget_output", "widget views and widget state in the notebook metadata", widget_output),
    Family("output_metadata", "output metadata (image sizes, file names, isolation) and image data", output_metadata),
    Family("stream_and_error", "stream text and error messages", stream_and_error),
    Family("markdown_answer", "the Markdown answer: raw HTML, javascript: and data: links, references", markdown_answer),
    Family("attachments", "attachments of the Markdown answer", attachments),
    Family("metadata_fields", "cell and notebook metadata a template may print", metadata_fields),
]
