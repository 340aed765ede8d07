#!/usr/bin/env bash
# Install everything the kit needs on a fresh Debian/Ubuntu machine (idempotent):
# bubblewrap for the sandbox (when root, or with sudo), then a virtualenv with the pins.
# As an ordinary user: PYTHON must be a Python 3.11 you can read (not one under root's
# home, such as root's pyenv: the venv keeps running it), e.g. PYTHON=/usr/bin/python3.11.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
PYTHON="${PYTHON:-python3}"

if ! command -v bwrap >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null
    else
        echo "warning: bubblewrap is not installed and cannot be installed here;" \
             "grading will refuse to run student code without --unsafe-no-sandbox" >&2
    fi
fi

"$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || {
    echo "error: $PYTHON is $("$PYTHON" --version 2>&1); this kit pins Python 3.11" \
         "(as an ordinary user, one you can read: PYTHON=/usr/bin/python3.11 $0)" >&2; exit 1; }
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
# torch's CPU build: pip would otherwise pick the CUDA build on Linux x86_64, whose libraries
# (3 GB of address space once loaded) leave no room under the kernels' 3 GiB memory limit.
if [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] &&
   ! "$VENV/bin/python" -c 'import sys, torch; sys.exit("+cpu" not in torch.__version__)' 2>/dev/null; then
    "$VENV/bin/python" -m pip install -q "torch==2.13.0+cpu" 2>/dev/null ||
        "$VENV/bin/python" -m pip install -q "torch==2.13.0+cpu" --extra-index-url https://download.pytorch.org/whl/cpu
fi
"$VENV/bin/python" -m pip install -q -r requirements.txt
# jsonschema (through jupyter-events' format extra) imports rfc3987_syntax, which builds a Lark
# grammar at import: 1.7 s of CPU in every process that imports nbformat (nbconvert, nbval,
# JupyterLab, nbgrader; jsonschema#1392). jsonschema works without it, losing only the "iri"
# format check, which no schema here uses. The grader blocks the import itself as well (cli.py).
"$VENV/bin/python" -m pip uninstall -y -q rfc3987-syntax >/dev/null 2>&1 || true
"$VENV/bin/python" -m pip install -q --no-deps -e .
touch "$VENV/.installed"
