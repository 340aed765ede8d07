"""Prints 50 MiB (800 lines of 64 KiB) from the first answer cell, then also floods display_data
(200 outputs of 64 KiB of HTML). The grader keeps a bounded prefix of each cell's output and
of the notebook's, says it truncated, and grades on: the first part 0 (its function is never
defined), the others score what the reference scores. The feedback stays small."""

EXPECTED = {"{PART0}": 0}

ANSWERS = {
    "{ANSWER0}": '''
import sys
from IPython.display import HTML, display
_line = "x" * 65535 + "\\n"
for _ in range(800):
    sys.stdout.write(_line)
sys.stdout.flush()
for _ in range(200):
    display(HTML("<b>" + "y" * 65536 + "</b>"))
''',
}
