"""Kills upwards and sideways from the last answer cell: SIGKILL to its parent
(the sandbox's init, owned by root: refused), to its process group, then to every process it
may signal (kill(-1)), which includes the kernel itself. The kernel dies; parts probed
before keep their reference marks, the last part gets 0, and the grader itself is untouched."""

EXPECTED = {"{PART-1}": 0}

ANSWERS = {
    "{ANSWER-1}": '''
import os, signal
for _target in (lambda: os.kill(os.getppid(), signal.SIGKILL),
                lambda: os.kill(1, signal.SIGKILL),
                lambda: os.killpg(0, signal.SIGKILL),
                lambda: os.kill(-1, signal.SIGKILL)):
    try:
        _target()
    except OSError as _e:
        print("refused:", _e)
''',
}
