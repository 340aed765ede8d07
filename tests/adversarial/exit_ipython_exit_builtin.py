"""IPython's own ``exit()`` in the last answer cell (a plot cell in every assignment) instead
of a plot: it asks the kernel to shut down, which happens a moment later. Every part probed
before keeps its reference marks; the last part gets 0 whether its probe finds the kernel
gone or finds no figure."""

EXPECTED = {"{PART-1}": 0}

ANSWERS = {
    "{ANSWER-1}": '''
exit()
''',
}
