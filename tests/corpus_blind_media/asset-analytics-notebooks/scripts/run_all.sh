#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/../notebooks"
mkdir -p ../out
for nb in 01_asset_usage_analytics 02_aep_asset_events; do
  papermill "${nb}.ipynb" "../out/${nb}-$(date +%Y%m).ipynb" --cwd .
done
