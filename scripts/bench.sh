#!/usr/bin/env bash
# Benchmarks against PyTorch eager, and the generator's speed; rewrites the tables of docs/benchmarks.md (and its
# chart, docs/benchmarks.png / .html). Arguments go to bench/Zoo.Bench (e.g. --filter resnet50 --rounds 3).
# Run it on a quiet machine: both sides share the same cores.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build bench/Zoo.Bench -c Release -nologo -clp:ErrorsOnly
dotnet build bench/Zoo.Generator.Bench -c Release -nologo -clp:ErrorsOnly
dotnet run -c Release --no-build --project bench/Zoo.Bench -- --markdown docs/benchmarks.md "$@"
dotnet run -c Release --no-build --project bench/Zoo.Generator.Bench -- --markdown docs/benchmarks.md
