"""Tries the outside world: a DNS lookup (example.com) and TCP connections to public
resolvers (1.1.1.1:53, 8.8.8.8:53), each with a 3 s timeout, sending nothing. The kernel's
network namespace has only a loopback interface, so all fail at once. On success the case
defines a correct first function (undeserved points). Expected: the first part 0, the others
score what the reference scores."""

EXPECTED = {"{PART0}": 0}

ANSWERS = {
    "{ANSWER0}": '''
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
