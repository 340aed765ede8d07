"""Math typeset offline: TeX in rendered HTML becomes MathML, which browsers draw natively.

Feedback pages are read offline or inside an LMS that blocks outside scripts, and carry a
policy that forbids every script (:mod:`autograder.reports.safe_html`): MathJax cannot run there.
``$...$`` and ``$$...$$`` in the text of a cleaned HTML fragment are converted with
``latex2mathml``; its output is parsed and rebuilt from an allowlist of MathML elements and
attributes (it passes some input through, e.g. ``\\text{<b>}`` or ``\\href``), and any
formula that does not convert or parse stays as its escaped TeX.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

from latex2mathml.converter import convert

MATHML = "http://www.w3.org/1998/Math/MathML"
ELEMENTS = frozenset({
    "math", "mrow", "mi", "mn", "mo", "ms", "mtext", "mspace", "msub", "msup", "msubsup", "mfrac", "msqrt",
    "mroot", "mover", "munder", "munderover", "mtable", "mtr", "mtd", "mstyle", "mpadded", "mphantom",
    "menclose", "semantics", "annotation", "mmultiscripts", "mprescripts", "none",
})
ATTRIBUTES = frozenset({
    "display", "mathvariant", "stretchy", "fence", "separator", "lspace", "rspace", "accent", "accentunder",
    "columnalign", "rowalign", "rowspacing", "columnspacing", "displaystyle", "scriptlevel", "width", "height",
    "depth", "minsize", "maxsize", "movablelimits", "symmetric", "largeop", "form", "linethickness", "notation",
    "encoding", "columnlines", "rowlines", "frame",
})
#: $$...$$ first, then $...$ (not an escaped \$, not empty, on one line).
FORMULA = re.compile(r"\$\$(.+?)\$\$|(?<![\\$])\$(?!\s)([^$\n]+?)(?<!\s)\$", re.S)
SKIP = re.compile(r"<(pre|code)\b", re.I)
MAX_FORMULA = 2000


def _rebuild(element: ET.Element) -> ET.Element | None:
    tag = element.tag.split("}")[-1]
    if tag not in ELEMENTS:
        return None
    clean = ET.Element(tag, {k: v for k, v in element.attrib.items() if k in ATTRIBUTES})
    clean.text = element.text
    for child in element:
        kept = _rebuild(child)
        if kept is not None:
            clean.append(kept)
            kept.tail = child.tail
        elif child.tail or child.text:  # an element we drop: keep its text only
            last = clean[-1] if len(clean) else None
            text = (child.text or "") + (child.tail or "")
            if last is not None:
                last.tail = (last.tail or "") + text
            else:
                clean.text = (clean.text or "") + text
    return clean


def to_mathml(tex: str, *, block: bool) -> str | None:
    """One TeX formula as safe MathML, or None if it does not convert."""
    if len(tex) > MAX_FORMULA:
        return None
    try:
        root = ET.fromstring(convert(tex, display="block" if block else "inline"))
    except Exception:  # latex2mathml or the parser can fail on any student input: keep the TeX
        return None
    clean = _rebuild(root)
    if clean is None:
        return None
    clean.set("xmlns", MATHML)
    clean.set("display", "block" if block else "inline")
    return ET.tostring(clean, encoding="unicode", short_empty_elements=False)


def _typeset_text(text: str) -> str:
    def replace(match: re.Match) -> str:
        block = match.group(1) is not None
        tex = html.unescape(match.group(1) if block else match.group(2))
        return to_mathml(tex, block=block) or match.group(0)

    return FORMULA.sub(replace, text)


def typeset(fragment: str) -> str:
    """``fragment`` (cleaned HTML) with the TeX in its text typeset as MathML; code left alone."""
    pieces = re.split(r"(<[^>]*>)", fragment)
    out, skipping = [], 0
    for piece in pieces:
        if piece.startswith("<"):
            if SKIP.match(piece):
                skipping += 1
            elif re.match(r"</(pre|code)\b", piece, re.I) and skipping:
                skipping -= 1
            out.append(piece)
        else:
            out.append(piece if skipping else _typeset_text(piece))
    return "".join(out)


def typeset_latex(tex: str) -> str:
    """A ``text/latex`` output (TeX with $ delimiters, or a bare formula) as HTML with MathML."""
    text = tex if isinstance(tex, str) else ""
    if "$" not in text:
        return to_mathml(text, block=True) or f"<pre>{html.escape(text)}</pre>"
    return typeset(html.escape(text, quote=False))
