"""The second-to-last answer cell (PA2's fit_BGD) ignores SIGINT (and SIGTERM) and then
spins (for at most 200 s): the grader's interrupt at the cell timeout is swallowed, so the
grader must kill the kernel instead of waiting. Parts probed before keep their reference
marks; the last two parts, whose probes can no longer run, get 0."""

EXPECTED = {"{PART-2}": 0, "{PART-1}": 0}

ANSWERS = {
    "{ANSWER-2}": '''
import signal, time
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
_stop = time.monotonic() + 200
while time.monotonic() < _stop:
    try:
        pass
    except BaseException:
        pass
''',
}
