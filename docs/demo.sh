#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# demo.sh - what "make demo" shows: docs/examples/seed.c compiled for a
# Cortex-M33 Secure image, first by GCC alone (a call to libgcc's
# __gnu_cmse_nonsecure_call), then with the plugin: its version line, then
# the inline hardened sequence, which docs/sequence.md explains line by line.
#
# Example: sh docs/demo.sh build
# Options: $1 = the CMake build tree (default build).
# Limits: reads the target compiler from the build tree's CMake cache.
set -eu
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
cc=$(sed -n 's/^CMSE_NSCALL_TARGET_CC_PATH:FILEPATH=//p' "$build/CMakeCache.txt")
plugin=$(cd "$build" && pwd)/cmse_nscall.so
flags="-mcpu=cortex-m33 -mcmse -O2 -S -o - $here/examples/seed.c"
# Only the function's instructions: no directives (but the .inst of the
# erratum fix), no comments.
body() { awk '/^[[:space:]]*\.inst/ || !/^[[:space:]]*[.@]/'; }
echo "== GCC alone: $cc $flags"
"$cc" $flags | body
echo
echo "== with the plugin: $cc -fplugin=$plugin $flags"
"$cc" -fplugin="$plugin" -fplugin-arg-cmse_nscall-version $flags | body
echo
echo "docs/sequence.md explains each instruction."
