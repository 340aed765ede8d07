"""Looks for reference material without knowing where it is: relative paths such as
../../source/..., the course's own copy under the output folder (source/, autograded/ of
earlier students, the release), then a bounded walk of the visible filesystem (likely places
first: home, /tmp, /var, /work, /root, /home, /opt, ..., then the rest) for any
notebook holding solution or hidden-test markers or a grading/checks.py. Whatever it finds
it execs. Inside the sandbox only the system, the Python installation and a private home are
visible, so nothing is found: 0 everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ATTACK = '''
{KERNEL_LIB}
import glob, json, os
_candidates = ["../../../source/{ASSIGNMENT}/{ASSIGNMENT}.ipynb",
               "../../source/{ASSIGNMENT}/{ASSIGNMENT}.ipynb",
               "../source/{ASSIGNMENT}/{ASSIGNMENT}.ipynb",
               "source/{ASSIGNMENT}/{ASSIGNMENT}.ipynb",
               "../../solutions/{ASSIGNMENT}/{ASSIGNMENT}.ipynb",
               "solutions/{ASSIGNMENT}/{ASSIGNMENT}.ipynb",
               "{OUT}/source/{ASSIGNMENT}/{ASSIGNMENT}.ipynb"]
_candidates += glob.glob("{OUT}/autograded/*/{ASSIGNMENT}/*.ipynb")
# An instructor notebook of this kit (solutions, and hidden tests that call the grading
# package: nbgrader's own example notebooks have solutions too), or any assignment's judges.
_markers = (("BEGIN " + "SOLUTION", "from " + "grading import"), ("def " + "judge_",))
_seen, _visited = 0, set()
for _root in (os.path.expanduser("~"), "/tmp", "/var", "/work", "/root", "/home", "/opt", "/srv", "/mnt", "/"):
    if _seen > 150000:
        break
    for _dir, _dirs, _files in os.walk(_root):
        if _dir in _visited or _dir in ("/proc", "/sys", "/dev"):
            _dirs[:] = []
            continue
        _visited.add(_dir)
        for _name in _files:
            _seen += 1
            if _name.endswith(".ipynb") or (_name == "checks.py" and _dir.endswith("grading")):
                _candidates.append(os.path.join(_dir, _name))
        if _seen > 150000:
            break
_hits = []
for _path in _candidates:
    try:
        with open(_path) as _f:
            _text = _f.read(20_000_000)
    except (OSError, UnicodeDecodeError):
        continue
    if not any(all(m in _text for m in group) for group in _markers):
        continue
    _hits.append(_path)
    try:
        for _cell in json.loads(_text)["cells"]:
            _src = "".join(_cell["source"]) if isinstance(_cell["source"], list) else _cell["source"]
            if ("BEGIN " + "SOLUTION") in _src:
                try:
                    exec(_src, globals())
                except Exception:
                    pass
    except Exception:
        pass
print("files scanned:", _seen, "reference material found:", len(_hits))
if _hits:
    _ag_escaped("found " + ", ".join(_hits[:5]))
'''

ANSWERS = {
    "{ANSWER0}": ATTACK,
}
