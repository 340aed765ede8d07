"""An endless loop (bounded at 300 s of wall time, far beyond any timeout) in the third
answer cell (PA2's fit_GD, PA1's softmax, PA3's cross_entropy). The grader interrupts it at
the cell timeout; the KeyboardInterrupt ends the cell and the rest of the notebook runs on.
Its function is never defined: 0 on its part. Every other part scores what the reference
scores: later parts are probed on the grader's own inputs (PA2's plot_GD cell is replayed
with the grader's losses, PA3's plot cell with its curves), not on what the loop left."""

EXPECTED = {"{PART2}": 0}

ANSWERS = {
    "{ANSWER2}": '''
import time
_stop = time.monotonic() + 300
while time.monotonic() < _stop:
    pass
''',
}
