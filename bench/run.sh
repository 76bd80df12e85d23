#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run.sh - the whole of `make bench': find Clang 19, measure the call sites
# (bench/sites.py) and the compile time (bench/compile_time.py), write the
# tables and the plot (bench/report.py) and, unless told not to, the
# generated part of docs/performance.md and docs/performance.png.
#
# Example: sh bench/run.sh build      (make bench calls it)
#   -> build/bench/{sites,compile-time,scaling}.csv, tables.md, bench.png,
#      listings/O2/m33-soft/plugin.txt ..., docs/performance.md updated
# Options (environment; make bench passes them on):
#   BENCH_PYTHON  Python 3 with matplotlib (default /usr/bin/python3, Debian's)
#   BENCH_REPS    runs per compile-time median (default 5)
#   BENCH_SCALING_REPS  runs per point of the scaling curve (default 3)
#   BENCH_OPT     optimisation levels of the call-site tables (default "-O2 -Os")
#   BENCH_CONFIGS execution configurations (default all of the test suite)
#   BENCH_DOC     the document to update (default docs/performance.md;
#                 empty: leave docs/ alone)
#   CMSE_NSCALL_TARGET_CC  the arm-none-eabi GCC (default arm-none-eabi-gcc)
#   CMSE_NSCALL_BENCH_CLANG  see bench/clang-setup.sh ("none": no Clang)
# Limits: about 5 minutes on 2 cores with the defaults (mostly compile
#   time); timings are CPU seconds and vary with the machine's load.
set -eu
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
py=${BENCH_PYTHON:-/usr/bin/python3}
out="$build/bench"
cc=${CMSE_NSCALL_TARGET_CC:-arm-none-eabi-gcc}
doc=${BENCH_DOC-$root/docs/performance.md}
clang=$(sh "$here/clang-setup.sh")
note=""
if [ -z "$clang" ]; then
  note="no clang-19 on this machine and none could be installed (bench/clang-setup.sh)"
  echo "bench: NOTE: Clang 19 is left out: $note" >&2
fi
mkdir -p "$out"
"$py" "$here/sites.py" --root "$root" --build "$build" --out "$out" --cc "$cc" \
  --clang "$clang" --opt="${BENCH_OPT:--O2 -Os}" --configs "${BENCH_CONFIGS:-}"
"$py" "$here/compile_time.py" --build "$build" --out "$out" --cc "$cc" \
  --reps "${BENCH_REPS:-5}" --scaling-reps "${BENCH_SCALING_REPS:-3}"
"$py" "$here/report.py" --out "$out" --cc "$cc" --clang "$clang" --clang-note "$note" \
  ${doc:+--doc "$doc"} --command "make bench"
