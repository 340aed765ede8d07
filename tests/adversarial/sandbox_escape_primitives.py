"""Classic container-escape primitives, each tried and caught: become root (setuid(0)),
read /etc/shadow and the host's files through /proc/1/root, ptrace pid 1, chroot, create a
user namespace (to get capabilities inside it) plus a mount namespace and unmount the
private /tmp and home to uncover what is under them, and mount a fresh tmpfs or proc. Then
it checks whether any host path it must not see (the course folder, the submissions, the
repository's solutions/) became visible. The kernel has no capabilities and no_new_privs,
so none of it uncovers anything. On success the case defines a correct first function (undeserved
points). Expected: the first part 0, the others score what the reference scores."""

EXPECTED = {"{PART0}": 0}

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import ctypes, os
_libc = ctypes.CDLL(None, use_errno=True)
_won = []


def _try(name, action):
    try:
        result = action()
    except OSError as error:
        print(name, "refused:", type(error).__name__)
        return False
    if result is False:
        print(name, "refused")
        return False
    print(name, "allowed")
    return True


if _try("setuid(0)", lambda: os.setuid(0)):
    _won.append("setuid(0)")
for _path in ("/etc/shadow", "/proc/1/root/etc/shadow", "/proc/1/root/root/.bashrc"):
    if _try("read " + _path, lambda: open(_path, "rb").read(1) is not None):
        _won.append("read " + _path)
_try("ptrace(ATTACH, 1)", lambda: _libc.ptrace(16, 1, None, None) == 0)
_libc.ptrace(17, 1, None, None)  # PTRACE_DETACH, in case
_try("chroot", lambda: os.chroot("/"))
_CLONE_NEWNS, _CLONE_NEWUSER = 0x00020000, 0x10000000
_pid = os.fork()
if _pid == 0:  # in a child, so the kernel itself keeps its namespaces
    try:
        _code = 0
        if _libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNS) == 0:
            for _target in (b"/tmp", os.path.expanduser("~").encode(), b"/proc"):
                _libc.umount2(_target, 2)
            _libc.mount(b"none", b"/tmp", b"tmpfs", 0, None)
            _hidden = ["{OUT}", "{SUBS}", "{SOURCE_ROOT}", "{REPO}/solutions"]
            if any(os.path.exists(_p) for _p in _hidden):
                _code = 3
        os._exit(_code)
    except BaseException:
        os._exit(0)
_, _status = os.waitpid(_pid, 0)
if os.waitstatus_to_exitcode(_status) == 3:
    _won.append("unmounting in a user namespace uncovered host paths")
_hidden = ["{OUT}", "{SUBS}", "{SOURCE_ROOT}", "{REPO}/solutions"]
_won += ["sees " + _p for _p in _hidden if os.path.exists(_p)]
if _won:
    _ag_escaped("; ".join(_won))
''',
}
