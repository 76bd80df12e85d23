#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# demo.sh - what "make demo" shows: the plugin loading into
# arm-none-eabi-gcc, its version and its options.
#
# Example: sh docs/demo.sh build
# Options: $1 = the CMake build tree (default build).
# Limits: reads the target compiler from the build tree's CMake cache.
set -eu
build=${1:-build}
cc=$(sed -n 's/^CMSE_NSCALL_TARGET_CC_PATH:FILEPATH=//p' "$build/CMakeCache.txt")
plugin=$(cd "$build" && pwd)/cmse_nscall.so
set -x
"$cc" -mcpu=cortex-m33 -mcmse -fplugin="$plugin" \
    -fplugin-arg-cmse_nscall-version -fplugin-arg-cmse_nscall-help \
    -x c -c /dev/null -o /dev/null
