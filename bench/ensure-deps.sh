#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ensure-deps.sh - the Debian packages `make bench' needs on top of those of
# the build and the test suite (cmake/ensure-deps.sh): Debian's Python 3 and
# matplotlib for the plot.  Installs the missing ones when run as root,
# otherwise stops with the apt-get line to run.  Clang 19 is looked after
# by bench/clang-setup.sh, which never stops the benchmark.
#
# Example: sh bench/ensure-deps.sh     (make bench calls it)
#   fresh Debian 12 as root: apt-get update, installs python3-matplotlib;
#   the second time: prints nothing and does nothing.
# Options: CMSE_NSCALL_SKIP_DEPS=1 skips the check.
# Limits: Debian and its derivatives (dpkg-query, apt-get).
set -eu
[ "${CMSE_NSCALL_SKIP_DEPS:-0}" = 1 ] && exit 0
packages="python3 python3-matplotlib"
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
  echo "bench/ensure-deps: missing Debian packages:$missing" >&2
  echo "bench/ensure-deps: install them with: sudo apt-get install --no-install-recommends$missing" >&2
  exit 1
fi
echo "bench/ensure-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
