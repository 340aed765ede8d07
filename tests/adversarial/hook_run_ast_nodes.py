"""Replaces the shell's run_ast_nodes (where every cell's parsed statements are executed):
when the statements are the grader's probe call, it executes a forging statement instead.
The judge compares against the grader's secret inputs outside the kernel: 0 everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import ast

_shell = get_ipython()
_real_run_ast_nodes = _shell.run_ast_nodes


async def _run_ast_nodes(nodelist, *args, **kwargs):
    call = _ag_probe_call(ast.unparse(ast.Module(body=list(nodelist), type_ignores=[])))
    if call is not None:
        kind, part, inputs = call
        code = "pass" if kind == "setup" else f"_ag_send({part!r}, _ag_fullmark({part!r}))"
        nodelist = ast.parse(code).body
    return await _real_run_ast_nodes(nodelist, *args, **kwargs)


_shell.run_ast_nodes = _run_ast_nodes
''',
}
