"""Connects to a TCP listener the test started on the host's loopback (127.0.0.1:{PORT}),
also as localhost and ::1, and sends a line. The kernel has its own network namespace (its
loopback is not the host's), so every attempt is refused and the listener records no
connection. On success the case defines a correct model (undeserved points). Expected:
model 0, other parts are the reference."""

NEEDS = {"listener": True}

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
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
