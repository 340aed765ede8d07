"""Connects to a TCP listener the test started on the host's loopback (127.0.0.1:{PORT}),
also as localhost and ::1, and sends a line. The kernel has its own network namespace (its
loopback is not the host's), so every attempt is refused and the listener records no
connection (a cold kernel's own loopback listener, ipykernel's debugger, whose random port
number may by chance be the host listener's, is left alone: reaching it is no way out). On success the case defines a correct first function (undeserved points). Expected:
the first part 0, the others score what the reference scores."""

NEEDS = {"listener": True}

EXPECTED = {"{PART0}": 0}

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import socket
_reached = []
# A cold kernel listens on a random loopback port of its own namespace (ipykernel's debugger); when
# that number happens to be the host listener's, a connection there reaches only the kernel.
_own = set()
for _table in ("/proc/net/tcp", "/proc/net/tcp6"):
    try:
        _rows = [_l.split() for _l in open(_table).read().splitlines()[1:]]
    except OSError:
        continue
    _own |= {int(_r[1].rsplit(":", 1)[1], 16) for _r in _rows if len(_r) > 3 and _r[3] == "0A"}
for _host in ("127.0.0.1", "localhost", "::1"):
    if {PORT} in _own:
        print(_host, "skipped: port {PORT} is a listener of this sandbox, not the host's")
        continue
    try:
        with socket.create_connection((_host, {PORT}), timeout=3) as _s:
            _s.sendall(b"agadv network_loopback_listener\\n")
        _reached.append(_host)
    except OSError as _e:
        print(_host, "refused:", type(_e).__name__)
if _reached:
    _ag_escaped("reached the host listener via " + ", ".join(_reached))
''',
}
