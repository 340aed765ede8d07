"""Sends one 128 MB display message (a single text/plain output) from the first answer cell: under
the kernel's memory limit, but far over the grader's per-cell output cap. The grader must
receive it, keep none of it but a truncation notice, stay within its own memory and grade on:
the first part 0 (its function is never defined), the others score
what the reference scores."""

EXPECTED = {"{PART0}": 0}

ANSWERS = {
    "{ANSWER0}": '''
from IPython.display import publish_display_data
publish_display_data({"text/plain": "w" * (128 * 1024 * 1024)})
''',
}
