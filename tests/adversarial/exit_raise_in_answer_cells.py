"""Exit tricks that the kernel survives: the first answer cell calls sys.exit(0), the second
raises SystemExit(3), the third raises KeyboardInterrupt, none of them defining its function.
IPython reports each as an error and carries on; the grader keeps running the notebook and
probing: 0 on those three parts; the other parts are the reference and earn full marks
(their probes use the grader's own inputs, models and losses, and plot cells are replayed
with the grader's values, whatever the locked cells that needed the missing functions did)."""

EXPECTED = {"{PART0}": 0, "{PART1}": 0, "{PART2}": 0}

ANSWERS = {
    "{ANSWER0}": '''
import sys
sys.exit(0)
''',
    "{ANSWER1}": '''
raise SystemExit(3)
''',
    "{ANSWER2}": '''
raise KeyboardInterrupt
''',
}
