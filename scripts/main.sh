#!/usr/bin/env bash
# Sets up the machine (scripts/setup.sh), builds, and runs the main job. Extra arguments go to the job.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet run --project samples/FashionMnistCnn -c Release -- "$@"
