"""Looks for what other students' kernels left on the machine: it walks every folder it can
see outside its own kernel folder (/var/tmp, where warm kernels' run folder lives, /tmp and
its home; at most 5000 files, 1 MB of each and 32 MB in all, so that a Python environment
installed under /tmp cannot make it outrun the cell timeout) and reads every file it may,
looking for traces of another kernel, such as another kernel's connection banner
(``--existing .../kernel.json`` naming another kernel folder). It also writes a line to its
own file descriptors 1 and 2, the way C libraries and subprocesses write, as a mailbox for
later kernels. A kernel must see nothing of any other submission's run. On success the case
defines a correct first function (undeserved points). Expected: the first part 0, the others
score what the reference scores."""

EXPECTED = {"{PART0}": 0}


ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import os, re
os.write(1, b"AGADV-MAILBOX fd1\\n")
os.write(2, b"AGADV-MAILBOX fd2\\n")
try:
    from ipykernel.kernelapp import IPKernelApp
    _mine = os.path.dirname(os.path.abspath(IPKernelApp.instance().connection_file))
except Exception:
    _mine = "/nonexistent"
_traces, _seen, _budget = [], 0, 32_000_000  # files, and bytes read in all
for _root in ("/var/tmp", "/tmp", os.path.expanduser("~")):
    for _dir, _dirs, _files in os.walk(_root):
        if _dir.startswith(_mine):
            continue
        for _name in _files:
            _seen += 1
            if _seen > 5000 or _budget <= 0:  # bounded: a Python installed under /tmp holds ~50 000 files
                break
            _path = os.path.join(_dir, _name)
            try:
                with open(_path, "rb") as _f:
                    _data = _f.read(min(1_000_000, _budget))
                _budget -= len(_data)
            except OSError:
                continue
            if b"kernel.json" not in _data:  # the regex below is slow on long binary runs
                continue
            _text = _data.decode(errors="replace")
            _others = {m for m in re.findall(r"(/\\S+)/kernel\\.json", _text) if m != _mine}
            if _others:
                _traces.append(f"{_path} ({len(_others)} other kernels)")
        if _seen > 5000 or _budget <= 0:
            break
print("files looked at:", _seen)
if _traces:
    _ag_escaped("traces of other kernels in " + ", ".join(_traces[:3]))
''',
}
