"""What a kernel spends preparing its cells' text, side by side in one run: ipykernel's way
against the zygote's (``zygote_server._transform_each_cell_once``).

    python benchmarks/cell_transform.py                 # every assignment, 60 corpus cases each
    python benchmarks/cell_transform.py -n 200 --assignment pa2_gradient_descent

For every code cell of each submission (its public corpus cases, built as the tests build
them), ipykernel's way is what it does per request: IPython's ``transform_cell`` to ask
whether the cell needs an event loop, the compile that answers it, then ``transform_cell``
again inside ``run_cell``.  The zygote's way is the same three calls with its patch in place
(the second transform of the same text reuses the first, a plain cell's is computed without
tokenizing, and a cell without ``await``/``async`` is not compiled to learn it needs no
loop).  Both ways must give the same transformed text for every cell; the script checks it.
It prints the CPU milliseconds per submission each way and their ratio.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def _cells(assignment: str, n: int) -> list[list[str]]:
    from notebooks import load_case, submission

    paths = sorted((ROOT / "tests" / "corpus" / assignment).glob("*/*.py"))[:n]
    return [[c.source for c in submission(load_case(p)[1], assignment=assignment).cells if c.cell_type == "code"]
            for p in paths]


def _per_request(shell, should_be_async, cells: list[str]) -> list[str]:
    """What ipykernel asks of IPython for each cell (``do_execute``, then ``run_cell``)."""
    out = []
    for cell in cells:
        try:
            first = shell.transform_cell(cell)
        except Exception:  # noqa: BLE001 - ipykernel runs the cell as it is; run_cell reports it
            first = cell
        should_be_async(first)
        try:
            out.append(shell.transform_cell(cell))
        except Exception as error:  # noqa: BLE001 - compared as the error each way raises
            out.append(repr(error))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assignment", default="all")
    parser.add_argument("-n", type=int, default=60, help="corpus cases per assignment")
    args = parser.parse_args()
    from IPython.core import interactiveshell

    from autograder.execution import zygote_server

    names = sorted(p.name for p in (ROOT / "tests" / "corpus").iterdir() if p.is_dir()) \
        if args.assignment == "all" else [args.assignment]
    work = {name: _cells(name, args.n) for name in names}
    shell = interactiveshell.InteractiveShell.instance()

    def measure() -> dict:
        out = {}
        for name, notebooks in work.items():
            should_be_async = interactiveshell._should_be_async  # as should_run_async finds it
            start = time.process_time()
            texts = [_per_request(shell, should_be_async, cells) for cells in notebooks]
            out[name] = ((time.process_time() - start) / len(notebooks) * 1000, texts)
        return out

    ipykernel = measure()
    zygote_server._transform_each_cell_once()
    zygote = measure()
    print(f"{'assignment':24s} {'submissions':>11s} {'ipykernel ms':>13s} {'zygote ms':>10s} {'ratio':>6s}  same text")
    for name in names:
        (base, base_texts), (ours, our_texts) = ipykernel[name], zygote[name]
        print(f"{name:24s} {len(work[name]):11d} {base:13.1f} {ours:10.1f} {base / ours:6.1f}  "
              f"{'yes' if base_texts == our_texts else 'NO'}")


if __name__ == "__main__":
    main()
