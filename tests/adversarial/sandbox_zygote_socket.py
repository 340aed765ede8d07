"""Goes for the machinery that started the kernel. Warm kernels are forked by a root "zygote"
that keeps capabilities (to build each kernel's namespaces) and listens on a UNIX socket in
the run folder, which the kernel can see: the attack looks for every socket it can find there
(and anywhere under /var/tmp, /run, /tmp and its home) and tries to connect, to ask for a
kernel running as uid 0. It also lists the file descriptors it inherited and tries to read the
kernel connection files of other kernels. The zygote's socket is root's and mode 0600, other
kernels' folders are 0700 of another uid: nothing connects or reads. On success the case
defines a correct first function (undeserved points). Expected: the first part 0, the others
score what the reference scores."""

EXPECTED = {"{PART0}": 0}

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import glob, json, os, socket, stat
_own = os.environ.get("HOME", "/home/student")
_sockets, _reached = [], []
for _root in ("/var/tmp", "/run", "/tmp", _own):
    for _dir, _dirs, _files in os.walk(_root):
        for _name in _files + _dirs:
            _path = os.path.join(_dir, _name)
            try:
                if stat.S_ISSOCK(os.lstat(_path).st_mode):
                    _sockets.append(_path)
            except OSError:
                pass
try:
    from ipykernel.kernelapp import IPKernelApp
    _mine = os.path.dirname(os.path.abspath(IPKernelApp.instance().connection_file))
except Exception:
    _mine = "/nonexistent"
for _path in _sockets:
    if os.path.dirname(_path) == _mine:
        continue  # our own kernel's channels
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as _s:
            _s.settimeout(3)
            _s.connect(_path)
            _reached.append(_path)
    except OSError as _e:
        print("socket refused:", os.path.basename(_path), type(_e).__name__)
for _path in glob.glob("/var/tmp/*/*/kernel.json") + glob.glob("/tmp/*/kernel.json"):
    if os.path.dirname(_path) == _mine:
        continue
    try:
        open(_path).read()
        _reached.append(_path)
    except OSError:
        pass
_fds = {}
for _fd in os.listdir("/proc/self/fd"):
    try:
        _fds[_fd] = os.readlink(f"/proc/self/fd/{_fd}")
    except OSError:
        pass
print("sockets seen:", len(_sockets), "descriptors:", len(_fds))
if _reached:
    _ag_escaped("connected to or read " + ", ".join(_reached[:5]))
''',
}
