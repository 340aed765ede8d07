"""Replaces the shell's run_cell and run_cell_async (what ipykernel calls for every execute
request) with wrappers that, for the grader's probe and setup requests, run forging code
instead of the grader's code; everything else runs normally. The judge compares against the
grader's secret inputs outside the kernel: 0 everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
_shell = get_ipython()
_real_run_cell, _real_run_cell_async = _shell.run_cell, _shell.run_cell_async


def _swap(raw_cell):
    call = _ag_probe_call(raw_cell)
    if call is None:
        return raw_cell
    kind, part, inputs = call
    return "pass" if kind == "setup" else f"_ag_send({part!r}, _ag_fullmark({part!r}))"


def _run_cell(raw_cell, *args, **kwargs):
    kwargs.pop("transformed_cell", None)
    return _real_run_cell(_swap(raw_cell), *args, **kwargs)


async def _run_cell_async(raw_cell, *args, **kwargs):
    swapped = _swap(raw_cell)
    if swapped is not raw_cell:
        kwargs["transformed_cell"] = _shell.transform_cell(swapped)
        kwargs["preprocessing_exc_tuple"] = None
    return await _real_run_cell_async(swapped, *args, **kwargs)


_shell.run_cell, _shell.run_cell_async = _run_cell, _run_cell_async
''',
}
