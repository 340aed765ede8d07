"""Math typeset offline as MathML (autograder.reports.mathml)."""

from autograder.reports.mathml import to_mathml, typeset, typeset_latex


def test_inline_and_display_math_become_mathml():
    """Do $...$ and $$...$$ in text become inline and block MathML?"""
    out = typeset("<p>Loss $L = \\frac{1}{n}\\sum_i e_i^2$ and $$a &lt; b$$</p>")
    assert out.count("<math") == 2 and 'display="inline"' in out and 'display="block"' in out
    assert "<mfrac>" in out and "<mo>&lt;</mo>" in out and "$" not in out


def test_code_and_lone_dollars_are_left_alone():
    """Is math inside code kept verbatim, and a single dollar sign left as text?"""
    assert typeset("<p><code>$x$</code> costs $5</p>") == "<p><code>$x$</code> costs $5</p>"
    assert typeset("<pre>$$a$$</pre>") == "<pre>$$a$$</pre>"


def test_markup_smuggled_through_tex_is_dropped():
    """Are HTML elements and links that the converter passes through removed from the MathML?"""
    out = to_mathml("\\text{<b>bold</b>}\\href{javascript:alert(1)}{y}", block=False)
    assert out is not None and "bold" in out and "<b>" not in out and "href" not in out
    # what the converter turns into invalid XML is not typeset at all
    assert to_mathml("\\text{<b onclick=\"x()\">bold</b>}", block=False) is None


def test_formula_that_does_not_convert_stays_as_tex():
    """Does a formula the converter cannot read stay as its (escaped) TeX?"""
    assert typeset("<p>$\\text{<script>}$</p>") == "<p>$\\text{<script>}$</p>" or "<script" not in typeset(
        "<p>$\\text{<script>}$</p>")
    assert to_mathml("x" * 5000, block=False) is None


def test_latex_output_is_typeset_and_escaped():
    """Is a text/latex output typeset, and its non-math text escaped?"""
    assert "<math" in typeset_latex("$$\\alpha$$")
    out = typeset_latex("<img src=x onerror=alert(1)> $\\beta$")
    assert "<img" not in out and "&lt;img" in out and "<math" in out
