#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ensure-deps.sh - make sure the Debian packages the build and the test
# suite need are installed; install the missing ones when run as root,
# otherwise stop with the exact apt-get line to run.
#
# Example: sh cmake/ensure-deps.sh        (the Makefile calls it)
#          sh cmake/ensure-deps.sh dpkg-dev lintian   (just these)
#   on a fresh Debian 12 as root: apt-get update, then installs the list;
#   the second time: prints nothing and does nothing.
#   sh cmake/ensure-deps.sh debootstrap   (check-release.sh calls it)
#   the same for the packages named instead of the suite's list.
# The C library of arm-none-eabi: Debian 12 and 13 package newlib
#   (libnewlib-arm-none-eabi); Debian testing (forky) dropped it for picolibc
#   (picolibc-arm-none-eabi).  Either one installed is enough; when neither
#   is, newlib is installed if the archive has it, else picolibc.
# Options: CMSE_NSCALL_SKIP_DEPS=1 skips the check (a toolchain that is not
#   Debian's, e.g. set through CMSE_NSCALL_TARGET_CC).
# Limits: Debian and its derivatives (dpkg-query, apt-get, apt-cache).
set -eu
[ "${CMSE_NSCALL_SKIP_DEPS:-0}" = 1 ] && exit 0
# python3: the bench smoke area and the fuzz generators; go-md2man: the man
# page cmse_nscall(7) from docs/; help2man: cmse-nscall-check(1) from its
# --help; clang: the test suite
# checks <cmse_nscall.h> with Clang's -mcmse too (cmse_nscall.load);
# pkg-config, ccache: the install area uses the installed helpers with them;
# binutils-multiarch-dev (libopcodes for all targets), libelf-dev: the image
# checker cmse-nscall-check (docs/image-checker.md).
packages="g++ cmake make python3 libgmp-dev gcc-arm-none-eabi dejagnu qemu-system-arm go-md2man help2man clang pkg-config ccache binutils-multiarch-dev libelf-dev"
target_libcs="libnewlib-arm-none-eabi picolibc-arm-none-eabi"
need_libc=1
# Arguments name other packages to ensure instead (make-deb.sh, check-release.sh).
[ $# -gt 0 ] && { packages="$*"; need_libc=0; }
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "ensure-deps: not a Debian system; install the equivalents of: $packages" \
       "and newlib or picolibc for arm-none-eabi" >&2
  echo "ensure-deps: then run with CMSE_NSCALL_SKIP_DEPS=1" >&2
  exit 1
fi
installed() {
  case "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" in
    *" installed") return 0 ;;
    *) return 1 ;;
  esac
}
missing=""
for p in $packages; do
  installed "$p" || missing="$missing $p"
done
if [ $need_libc = 1 ]; then
  for p in $target_libcs; do
    installed "$p" && need_libc=0
  done
fi
[ -z "$missing" ] && [ $need_libc = 0 ] && exit 0
# The first C library of the list that the package lists offer, else the
# first of the list (package lists not fetched yet).
choose_libc() {
  for p in $target_libcs; do
    if apt-cache policy "$p" 2>/dev/null | grep -q '^ *Candidate: [^(]'; then
      echo "$p"
      return
    fi
  done
  echo "${target_libcs%% *}"
}
if [ "$(id -u)" != 0 ]; then
  [ $need_libc = 1 ] && missing="$missing $(choose_libc)"
  echo "ensure-deps: missing Debian packages:$missing" >&2
  echo "ensure-deps: install them with: sudo apt-get install --no-install-recommends$missing" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
[ $need_libc = 1 ] && missing="$missing $(choose_libc)"
echo "ensure-deps: installing:$missing"
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
