#!/usr/bin/env bash
# Installs what Zoo needs on a fresh Debian 12 machine, and does nothing when it is already there.
#   - libtorch (Debian's 1.13.1, CPU) to build the native shim against
#   - OpenBLAS (pthread): without it Debian's libtorch multiplies matrices on the reference BLAS, ~35x slower
#   - python3-torch / python3-torchvision: reference outputs for the parity tests and the benchmarks
#   - the Fashion-MNIST data set (Debian package) for the demo and the training tests
#   - stb (image decoding in the native shim), cmake/ninja/g++ for the native build
#   - chromium for rendering checks of plots; node/npm packages (ajv, plotly.js) from package-lock.json
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(
  libtorch-dev libopenblas0-pthread python3-torch python3-torchvision dataset-fashion-mnist
  libstb-dev cmake ninja-build g++ chromium
)

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm packages (schema validation in tests, plotly.js for offline reports), pinned by package-lock.json.
if [ -f package.json ] && { [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  echo "setup: installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

command -v dotnet >/dev/null || { echo "setup: the .NET SDK 10 is required (dotnet not found on PATH)" >&2; exit 1; }
