#!/usr/bin/env bash
# Sets up .venv/ with Manchette and its pinned dependencies; `--dev` adds the test tools.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
pip=(.venv/bin/python -m pip --disable-pip-version-check -q)
"${pip[@]}" install -r requirements.txt
"${pip[@]}" install --no-deps --require-hashes -r requirements-model.txt
"${pip[@]}" install --no-deps -e .
if [[ "${1:-}" == "--dev" ]]; then
  "${pip[@]}" install -r requirements-dev.txt
fi
