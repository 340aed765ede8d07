"""Tries the outside world: a DNS lookup (example.com) and TCP connections to public
resolvers (1.1.1.1:53, 8.8.8.8:53), each with a 3 s timeout, sending nothing. The kernel's
network namespace has only a loopback interface, so all fail at once. On success the case
defines a correct model (undeserved points). Expected: model 0, other parts are the
reference."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
{KERNEL_LIB}
import socket
_reached = []
try:
    socket.getaddrinfo("example.com", 80)
    _reached.append("dns")
except OSError as _e:
    print("dns refused:", type(_e).__name__)
for _address in (("1.1.1.1", 53), ("8.8.8.8", 53)):
    try:
        socket.create_connection(_address, timeout=3).close()
        _reached.append(_address[0])
    except OSError as _e:
        print(_address[0], "refused:", type(_e).__name__)
if _reached:
    _ag_escaped("network reached: " + ", ".join(_reached))
''',
}
