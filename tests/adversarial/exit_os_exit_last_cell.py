"""os._exit(0) in the last answer cell: the kernel process ends on the spot. Every
part probed before that cell keeps its (reference) marks; the last part, whose probe can no
longer run, gets 0. The run is reported, not crashed, and no verdict comes from the dead
kernel."""

EXPECTED = {"{PART-1}": 0}

ANSWERS = {
    "{ANSWER-1}": '''
import os
os._exit(0)
''',
}
