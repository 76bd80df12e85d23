#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ensure-deps.sh - make sure the Debian packages the build and the test
# suite need are installed; install the missing ones when run as root,
# otherwise stop with the exact apt-get line to run.
#
# Example: sh cmake/ensure-deps.sh        (the Makefile calls it)
#   on a fresh Debian 12 as root: apt-get update, then installs the list;
#   the second time: prints nothing and does nothing.
# Options: CMSE_NSCALL_SKIP_DEPS=1 skips the check (a toolchain that is not
#   Debian's, e.g. set through CMSE_NSCALL_TARGET_CC).
# Limits: Debian and its derivatives (dpkg-query, apt-get).
set -eu
[ "${CMSE_NSCALL_SKIP_DEPS:-0}" = 1 ] && exit 0
packages="g++ cmake make libgmp-dev gcc-arm-none-eabi libnewlib-arm-none-eabi dejagnu qemu-system-arm python3"
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "ensure-deps: not a Debian system; install the equivalents of: $packages" >&2
  echo "ensure-deps: then run with CMSE_NSCALL_SKIP_DEPS=1" >&2
  exit 1
fi
missing=""
for p in $packages; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    *" installed") ;;
    *) missing="$missing $p" ;;
  esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "ensure-deps: missing Debian packages:$missing" >&2
  echo "ensure-deps: install them with: sudo apt-get install --no-install-recommends$missing" >&2
  exit 1
fi
echo "ensure-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
