"""Registers an IPython AST transformer that replaces the grader's probe call
``__autograder__.probe(part, inputs)`` in any later cell by a call that publishes forged,
full-mark-looking data for that part. The judge compares against the grader's secret inputs
outside the kernel: 0 everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import ast


def _forge_probe(part, inputs_json):
    _ag_send(part, _ag_fullmark(part))


class _SwapProbe(ast.NodeTransformer):
    def visit_Call(self, node):
        self.generic_visit(node)
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "probe" \\
                and isinstance(func.value, ast.Name) and func.value.id == "__autograder__":
            node.func = ast.copy_location(ast.Name(id="_forge_probe", ctx=ast.Load()), func)
        return node


get_ipython().ast_transformers.append(_SwapProbe())
''',
}
