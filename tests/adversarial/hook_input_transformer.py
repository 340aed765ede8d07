"""Registers an IPython input transformer (input_transformers_post) that rewrites every later
cell before it runs: when the grader sends its probe call, the code that actually runs
publishes forged, full-mark-looking data with the grader's MIME type instead. The judge
compares against the grader's secret inputs outside the kernel: 0 everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}


def _rewrite(lines):
    call = _ag_probe_call("".join(lines))
    if call is None:
        return lines
    kind, part, inputs = call
    if kind == "setup":
        return ["pass\\n"]
    return [f"_ag_send({part!r}, _ag_fullmark({part!r}))\\n"]


get_ipython().input_transformers_post.append(_rewrite)
''',
}
