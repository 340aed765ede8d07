"""Connects to a TCP listener the test started on the host's loopback (127.0.0.1:{PORT}),
also as localhost and ::1, and sends a line. The kernel has its own network namespace (its
loopback is not the host's), so every attempt is refused and the listener records no
connection. On success the case defines a correct first function (undeserved points). Expected:
the first part 0, the others score what the reference scores."""

NEEDS = {"listener": True}

EXPECTED = {"{PART0}": 0}

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import socket
_reached = []
for _host in ("127.0.0.1", "localhost", "::1"):
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
