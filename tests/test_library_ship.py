"""autograder.library.ship: the probe-side modules shipped into the kernel with an assignment's probes."""

from __future__ import annotations

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
    """In a kernel that cannot import autograder, does the block make its probe modules importable?"""
    probes = tmp_path / "probes.py"
    probes.write_text(ship.shipped('"""p"""\nfrom autograder.library.probe_calls import describe\nprint(describe(2.5))\n'))
    code = "import sys; sys.modules['autograder'] = None; exec(open(sys.argv[1]).read())"
    out = subprocess.run([sys.executable, "-c", code, str(probes)], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "'type': 'builtins.float'" in out.stdout


def test_probe_side_modules_import_nothing_from_the_package():
    for name in ship.PROBE_MODULES:
        text = (ROOT / "autograder" / "library" / f"{name}.py").read_text()
        assert "from autograder" not in text and "import autograder" not in text


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
