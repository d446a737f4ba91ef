#!/usr/bin/env bash
# Set up eventwire with its test tools in a fresh virtual environment and run the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
. .venv/bin/activate
pip install --quiet --upgrade pip
pip install --quiet -e ".[dev]"
python -m pytest -q "$@"
