#!/usr/bin/env bash
# Sets up the machine (scripts/setup.sh), builds the solution, and runs every test project.
# The last line is the total, in the form "N passed, N failed" (skipped tests are counted on the line before).
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
configuration=Release

echo "== build"
if ! dotnet build Zoo.sln -c "$configuration" -nologo -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

log=$(mktemp)
echo "== test"
# One project at a time keeps the 2-core machine from thrashing between heavy test projects.
dotnet test Zoo.sln -c "$configuration" --no-build -nologo -m:1 --blame-hang-timeout 15m "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Sum the per-project summaries ("Passed!  - Failed:     0, Passed:     9, Skipped:     0, Total: ...").
read -r passed failed skipped < <(grep -E '^(Passed|Failed)! +- Failed:' "$log" | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 \1 \3/' |
  awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
projects=$(grep -cE '^(Passed|Failed)! +- Failed:' "$log")
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status without a failed test (a crash or a hang?)"
  failed=1
fi
echo "test projects: $projects, skipped tests: $skipped"
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
