"""autograder.library.ship: the probe-side modules shipped into the kernel with an assignment's probes."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from autograder.library import ship

ROOT = Path(__file__).resolve().parents[1]


def test_every_assignments_probes_carry_the_current_library_modules():
    """Is the shipped block of every grading/probes.py up to date (else regenerate it)?"""
    paths = [p for p in sorted((ROOT / "solutions").glob("*/grading/probes.py")) if ship.BEGIN in p.read_text()]
    assert all(ship.shipped(p.read_text()) == p.read_text() for p in paths), \
        "run python -m autograder.library.ship on " + ", ".join(map(str, paths))


def test_shipped_modules_work_where_autograder_cannot_be_imported(tmp_path):
    """In a kernel that cannot import autograder, does the block make every probe module importable,
    those that import one another included?"""
    probes = tmp_path / "probes.py"
    body = "".join(f"from autograder.library import {name}\n" for name in ship.PROBE_MODULES)
    body += ("from autograder.library.probe_calls import describe\nprint(describe(2.5))\n"
             "from autograder.library.probe_training import run_loop\nprint(run_loop({}, 'train', {'cases': []}, "
             "loss=None, sgd=True))\n")
    probes.write_text(ship.shipped('"""p"""\n' + body))
    code = "import sys; sys.modules['autograder'] = None; exec(open(sys.argv[1]).read())"
    out = subprocess.run([sys.executable, "-c", code, str(probes)], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "'type': 'builtins.float'" in out.stdout and "no function named train is defined" in out.stdout


def test_probe_side_modules_import_only_probe_modules_shipped_before_them():
    """A shipped module is built from its source in the kernel: it may import only those built before it."""
    for i, name in enumerate(ship.PROBE_MODULES):
        text = (ROOT / "autograder" / "library" / f"{name}.py").read_text()
        imported = set(re.findall(r"^\s*(?:from|import) (autograder[\w.]*)", text, flags=re.M))
        assert imported <= {f"autograder.library.{m}" for m in ship.PROBE_MODULES[:i]}, (name, imported)


def test_shipped_replaces_an_old_block_and_keeps_the_rest():
    text = '"""doc"""\n' + ship.BEGIN + "\nold\n" + ship.END + "\nimport os\n"
    new = ship.shipped(text)
    assert new.startswith('"""doc"""\n') and new.endswith("import os\n") and "\nold\n" not in new
    assert ship.shipped(new) == new


def test_check_mode_fails_on_a_stale_file(tmp_path):
    path = tmp_path / "probes.py"
    path.write_text('"""p"""\nx = 1\n')
    assert ship.main(["--check", str(path)]) == 1
    assert ship.main([str(path)]) == 0 and ship.main(["--check", str(path)]) == 0


def test_modules_built_before_from_the_same_source_are_kept_and_others_rebuilt(tmp_path):
    """Where the zygote built the modules from the block before the kernel started, the probes'
    own block keeps them when it ships the same sources, and builds its own when they differ."""
    first = tmp_path / "first.py"
    first.write_text(ship.block())
    # (the block holds each module's source as a literal: a new line there is written \\n)
    changed = ship.block().replace("def describe(", "SHIPPED_LATER = True\\n\\n\\ndef describe(", 1)
    assert changed != ship.block()
    (tmp_path / "changed.py").write_text(changed)
    code = ("import sys; sys.modules['autograder'] = None\n"
            "exec(open('first.py').read(), {})\n"
            "built = sys.modules['autograder.library.probe_calls']\n"
            "exec(open('first.py').read(), {})\n"
            "print(sys.modules['autograder.library.probe_calls'] is built)\n"
            "exec(open('changed.py').read(), {})\n"
            "now = sys.modules['autograder.library.probe_calls']\n"
            "print(now is built, getattr(now, 'SHIPPED_LATER', False))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "False", "True"]
