#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-release.sh - build the plugin and run the whole suite against the
# arm-none-eabi-gcc of another Debian release, inside a chroot of that
# release, on a Debian 12 machine.
#
# Example (what "make check-gcc14" runs, as root):
#   sh cmake/check-release.sh trixie build-gcc14
# The first time: debootstrap makes /var/cache/cmse-nscall/chroots/trixie,
# cmake/ensure-deps.sh installs the packages the build and the suite need
# inside it; then, every time: /proc, /sys, /dev and this checkout are
# bind-mounted into it, "make check BUILD=build-gcc14" runs there (plugin
# build, DejaGnu, QEMU; the build tree lands in ./build-gcc14 of this
# checkout), then "make check-deb BUILD=build-gcc14" (the release's Debian
# package built, lintian-checked, installed, used and removed inside the
# chroot), and everything is unmounted again, also on failure or Ctrl-C.
# A later run reuses the chroot as it is (delete the directory to start
# afresh; nothing is mounted there between runs).
#
# Arguments: RELEASE (a Debian suite name: trixie, forky, ...), BUILD (the
#   build tree for that release, relative to the checkout).
# Environment: CMSE_NSCALL_CHROOTS (folder holding one chroot per release,
#   default /var/cache/cmse-nscall/chroots), CMSE_NSCALL_MIRROR (default
#   http://deb.debian.org/debian), CMSE_NSCALL_FOREIGN_PLUGINS (passed on
#   to the suite: plugins built for other releases, see load.exp).
# Then, on this machine: the plugin built for RELEASE loaded into the
#   host's own arm-none-eabi-gcc must be refused naming both releases
#   ("PASS: ..." or "FAIL: ..." per C and C++).
# Exit status: 1 when "make check" or "make check-deb" in the chroot or
#   the host-side check failed; 2 when the chroot cannot be made.
# Limits: needs root (debootstrap, mount, chroot); the host's debootstrap
#   has no script for releases newer than itself, so Debian's rolling
#   "sid" script is named explicitly (it serves trixie and forky alike).
#   The chroot is made outside the checkout, which must not be under it.
set -eu

if [ $# -ne 2 ]; then
  echo "usage: check-release.sh RELEASE BUILD-DIR" >&2
  exit 2
fi
release=$1
build=$2
chroots=${CMSE_NSCALL_CHROOTS:-/var/cache/cmse-nscall/chroots}
mirror=${CMSE_NSCALL_MIRROR:-http://deb.debian.org/debian}
src=$(cd "$(dirname "$0")/.." && pwd -P)
root=$chroots/$release

if [ "$(id -u)" != 0 ]; then
  echo "check-release: making and entering the $release chroot needs root" \
       "(debootstrap, mount, chroot); run this as root" >&2
  exit 2
fi

sh "$src/cmake/ensure-deps.sh" debootstrap
mkdir -p "$chroots"
chroots=$(cd "$chroots" && pwd -P)
root=$chroots/$release
case "$root/" in
  "$src"/*) echo "check-release: the chroot folder $root lies inside the" \
                 "checkout; set CMSE_NSCALL_CHROOTS elsewhere" >&2
            exit 2 ;;
esac

# One run per chroot at a time: two would mount over each other and the
# first to finish would unmount the other's /proc.
exec 9>"$chroots/$release.lock"
flock 9

# Mount points made by this run, the latest first: unmounted in that order.
mounted=""
cleanup() {
  status=$?
  trap - EXIT INT TERM HUP
  for m in $mounted; do
    umount "$m" 2>/dev/null || umount -l "$m" || status=2
  done
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# Refuse to delete or reuse a folder that still has something mounted in
# it (a run killed with SIGKILL leaves its mounts behind).
check_no_mounts() {
  if awk -v p="$1/" '{ if (index($2 "/", p) == 1) { print $2; found = 1 } }
                     END { exit !found }' /proc/mounts; then
    echo "check-release: the mounts above are still under $1; unmount them" \
         "first (umount PATH)" >&2
    exit 2
  fi
}

mount_in() {  # mount_in TYPE-OR-BIND SOURCE TARGET-INSIDE-ROOT
  target=$root$3
  mkdir -p "$target"
  if [ "$1" = bind ]; then
    mount --bind "$2" "$target"
  else
    mount -t "$1" "$2" "$target"
  fi
  mounted="$target $mounted"
}

if [ ! -e "$root/.cmse-nscall-ready" ]; then
  check_no_mounts "$root"
  partial=$root.partial
  check_no_mounts "$partial"
  rm -rf "$partial"
  echo "check-release: making the $release chroot in $root (debootstrap)"
  debootstrap --variant=minbase "$release" "$partial" "$mirror" \
    /usr/share/debootstrap/scripts/sid >"$chroots/$release.debootstrap.log" 2>&1 || {
    echo "check-release: debootstrap failed; see $chroots/$release.debootstrap.log" >&2
    exit 2
  }
  # Debian testing's Release file carries a Valid-Until date that the
  # archive may have passed between two publications; apt then refuses
  # every update.  The chroot only installs the suite's tools.
  echo 'Acquire::Check-Valid-Until "false";' \
    >"$partial/etc/apt/apt.conf.d/99cmse-nscall"
  rm -rf "$root"
  mv "$partial" "$root"
  touch "$root/.cmse-nscall-ready"
fi
check_no_mounts "$root"

mount_in proc proc /proc
mount_in sysfs sysfs /sys
mount_in bind /dev /dev
mount_in bind "$src" "$src"

echo "check-release: $release chroot $root, build tree $src/$build"
status=0
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
  LANG=C.UTF-8 CMSE_NSCALL_FOREIGN_PLUGINS="${CMSE_NSCALL_FOREIGN_PLUGINS:-}" \
  sh -c 'cd "$1" && sh cmake/ensure-deps.sh || exit 1
         rc=0; make check BUILD="$2" || rc=1
         make check-deb BUILD="$2" || rc=1; exit $rc' \
  sh "$src" "$build" || status=$?

# The other direction of the suite's foreign-plugin check (load.exp): the
# plugin just built for RELEASE, loaded into this machine's own
# arm-none-eabi-gcc (cc1 and cc1plus), must be refused by its version
# check naming both releases, not by the dynamic loader.
host_cc=$(command -v arm-none-eabi-gcc || true)
plugin=$src/$build/cmse_nscall.so
if [ -n "$host_cc" ] && [ -f "$plugin" ]; then
  built=$(chroot "$root" arm-none-eabi-gcc -dumpfullversion)
  here=$("$host_cc" -dumpfullversion)
  if [ "$built" != "$here" ]; then
    expected="error: cmse_nscall was built for GCC $(echo "$built" | sed 's/\./\\./g') ([0-9]*) targeting arm-none-eabi but was loaded into GCC $(echo "$here" | sed 's/\./\\./g') ([0-9]*) targeting arm-none-eabi; rebuild it against this compiler"
    for lang in c c++; do
      name="$build/cmse_nscall.so (GCC $built) loaded into this machine's GCC $here ($lang) is refused, naming both releases"
      rc=0
      out=$("$host_cc" -mcpu=cortex-m33 -mcmse -fplugin="$plugin" -x "$lang" \
              -S -o /dev/null /dev/null 2>&1) || rc=$?
      if [ $rc != 0 ] && printf '%s\n' "$out" | grep -q "$expected"; then
        echo "PASS: $name"
      else
        echo "FAIL: $name"
        printf '%s\n' "$out"
        status=1
      fi
    done
  fi
fi
exit $status
