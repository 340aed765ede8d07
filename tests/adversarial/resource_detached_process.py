"""Leaves a daemon behind: a double fork with setsid() in the first answer cell, the grandchild
ignoring SIGHUP, SIGTERM and SIGINT and sleeping 600 s, plus a ``sleep 600`` started in a new
session. The test checks that no process of the sandbox's uids is alive once grading has
finished (the kernel's pid namespace dies with it). Score: the first part 0, the others score
what the reference scores."""

EXPECTED = {"{PART0}": 0}

ANSWERS = {
    "{ANSWER0}": '''
import os, signal, time
_pid = os.fork()
if _pid == 0:
    try:
        os.setsid()
        if os.fork() == 0:
            for _sig in (signal.SIGHUP, signal.SIGTERM, signal.SIGINT):
                signal.signal(_sig, signal.SIG_IGN)
            time.sleep(600)
    finally:
        os._exit(0)
os.waitpid(_pid, 0)
import subprocess
subprocess.Popen(["sleep", "600"], start_new_session=True, stdin=subprocess.DEVNULL,
                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("daemons left behind")
''',
}
