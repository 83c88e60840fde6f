#!/usr/bin/env bash
# Sets up the machine (scripts/setup.sh), builds the zoo command, and runs the main job: `zoo compare`, which trains
# ResNet-20 without attention and with SE, CBAM, ECA and GC blocks on Fashion-MNIST under one recipe and writes a
# report comparing their accuracy and cost (reports/compare-fashion-mnist/). Extra arguments go to `zoo compare`:
#   ./scripts/main.sh --full                      # the full recipe: all 60,000 training images, 30 epochs
#   ./scripts/main.sh --data cifar10 --full       # CIFAR-10 (downloaded to ~/.cache/zoo/datasets, or --data-dir)
#   ./scripts/main.sh --device cuda --full        # on a GPU (a CUDA libtorch: LIBTORCH=/path/to/libtorch)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/Zoo.Cli -c Release -nologo -clp:ErrorsOnly
exec src/Zoo.Cli/bin/Release/net10.0/zoo compare "$@"
