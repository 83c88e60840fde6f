#!/usr/bin/env bash
# Packs the three NuGet packages into artifacts/packages: Zoo.Torch (binding + native shim), Zoo (the zoo) and
# Zoo.Generator (the spec generator), each Release, with symbols (.snupkg) beside Zoo.Torch and Zoo.
# Extra arguments go to dotnet pack (-p:PackageOutputPath=/elsewhere/ packs somewhere else).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Reproducible packages: every file in them is dated by the last commit (NuGet's DeterministicTimestamp reads this).
if [ -z "${SOURCE_DATE_EPOCH:-}" ] && git rev-parse --git-dir >/dev/null 2>&1; then
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
  export SOURCE_DATE_EPOCH
fi
[ -f node_modules/plotly.js-dist-min/plotly.min.js ] ||
  echo "pack: node_modules/plotly.js-dist-min is missing (npm ci installs it): the Zoo package will not carry plotly.js" >&2
dotnet pack Zoo.Packages.slnf -c Release -nologo "$@"
# samples/ZooConsumer restores into its own folder; drop its copies so that its next restore takes these packages.
rm -rf artifacts/sample-packages/zoo artifacts/sample-packages/zoo.torch artifacts/sample-packages/zoo.generator
