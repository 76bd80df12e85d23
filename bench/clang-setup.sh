#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# clang-setup.sh - find, or make, the Clang 19 that `make bench' compares
# the plugin with, and print how to run it.
#
# Example:  sh bench/clang-setup.sh
#   clang-19 installed, or installable (root) from the system's archive:
#     prints "clang-19" (Debian 12 has clang-19 19.1.7 in bookworm main
#     since a point release; Debian 13 has it too)
#   an older Debian 12 archive without it, as root: builds once, then
#     reuses, a minimal Debian 13 (trixie) tree with clang-19 under
#     /var/cache/cmse-nscall/bench-clang and prints
#     "chroot:/var/cache/cmse-nscall/bench-clang"
#   when neither works: prints nothing, says why on stderr, exits 0, and
#     the benchmark leaves Clang out with that note (it never fails on it).
# Options (environment):
#   CMSE_NSCALL_BENCH_CLANG=CMD    use CMD (a clang-19 on this system) as is;
#                                  "none" leaves Clang out
#   CMSE_NSCALL_BENCH_CLANG_ROOT=DIR   the chroot directory (default above)
#   CMSE_NSCALL_BENCH_MIRROR=URL   Debian mirror for debootstrap
#                                  (default http://deb.debian.org/debian)
# Limits: bookworm-backports has no clang-19, hence the chroot for an
#   archive without it; making it needs root, debootstrap (installed here
#   when missing) and about 700 MB and a few minutes once.  The chroot only
#   compiles objects (-c); linking is done outside with arm-none-eabi-gcc.
set -eu
log() { echo "clang-setup: $*" >&2; }

if [ -n "${CMSE_NSCALL_BENCH_CLANG:-}" ]; then
  [ "$CMSE_NSCALL_BENCH_CLANG" = none ] || echo "$CMSE_NSCALL_BENCH_CLANG"
  exit 0
fi
if command -v clang-19 >/dev/null 2>&1; then
  echo clang-19
  exit 0
fi
root=${CMSE_NSCALL_BENCH_CLANG_ROOT:-/var/cache/cmse-nscall/bench-clang}
mirror=${CMSE_NSCALL_BENCH_MIRROR:-http://deb.debian.org/debian}
if [ -x "$root/usr/bin/clang-19" ]; then
  echo "chroot:$root"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  log "no clang-19 on this system and not root, so no chroot with one can be made;"
  log "set CMSE_NSCALL_BENCH_CLANG=/path/to/clang-19, or run make bench as root"
  exit 0
fi
# A host whose archive has clang-19 just installs it (after one apt-get
# update when the package lists are empty, as on a fresh image).
if ! apt-cache show clang-19 >/dev/null 2>&1; then
  apt-get update -qq >/dev/null 2>&1 || true
fi
if apt-cache show clang-19 >/dev/null 2>&1; then
  log "installing clang-19"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang-19 >/dev/null \
    && command -v clang-19 >/dev/null 2>&1 && { echo clang-19; exit 0; }
  log "apt-get install clang-19 failed; trying a Debian 13 chroot"
fi
if ! command -v debootstrap >/dev/null 2>&1; then
  log "installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null || {
    log "debootstrap cannot be installed; Clang is left out"; exit 0; }
fi
# Debian 12's debootstrap has no script for trixie under every version;
# trixie is laid out like sid, so the sid script makes it.
script=/usr/share/debootstrap/scripts/sid
[ -f /usr/share/debootstrap/scripts/trixie ] && script=/usr/share/debootstrap/scripts/trixie
stage="$root.partial"
rm -rf "$stage"
mkdir -p "$(dirname "$root")"
log "making a Debian 13 chroot with clang-19 in $root (once; a few minutes)"
if ! debootstrap --variant=minbase trixie "$stage" "$mirror" "$script" >"$stage.log" 2>&1; then
  log "debootstrap failed (see $stage.log); Clang is left out"
  exit 0
fi
if ! chroot "$stage" sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang-19 && apt-get clean' >>"$stage.log" 2>&1; then
  log "apt-get install clang-19 in the chroot failed (see $stage.log); Clang is left out"
  exit 0
fi
rm -f "$stage.log"
mv "$stage" "$root"
echo "chroot:$root"
