#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# make-deb.sh - build the Debian binary package gcc-arm-none-eabi-cmse-nscall
# ("make deb"), outside the source tree, and check it with lintian.
#
# Example: sh cmake/make-deb.sh build/deb
#   copies the source (git's file list, or the tree without build*/ and
#   .git) to build/deb/cmse-nscall-0.1.0/, writes its debian/changelog with
#   the version of CMakeLists.txt's project(VERSION), installs the missing
#   Build-Depends (as root, like cmake/ensure-deps.sh), runs
#   "dpkg-buildpackage -b" there and "lintian --fail-on error" on the result;
#   prints the path of the .deb last.
# Options: DEB_BUILD_OPTIONS=nocheck skips the DejaGnu suite in the build
#   (and its tools in the Build-Depends: the nocheck build profile);
#   parallel=N (default 2).
# Limits: Debian (dpkg-dev, apt-get); needs root to install what is missing.
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$src/build/deb}
mkdir -p "$out"
out=$(cd "$out" && pwd)

version=$(sed -n 's/^project(cmse_nscall VERSION \([0-9][0-9.]*\)[ )].*/\1/p' "$src/CMakeLists.txt")
if [ -z "$version" ]; then
  echo "make-deb: no 'project(cmse_nscall VERSION x.y.z' line in CMakeLists.txt" >&2
  exit 1
fi

opts=" ${DEB_BUILD_OPTIONS:-} "
case "$opts" in
  *" nocheck "*) export DEB_BUILD_PROFILES="${DEB_BUILD_PROFILES:+$DEB_BUILD_PROFILES }nocheck" ;;
esac
case "$opts" in
  *" parallel="*) ;;
  *) DEB_BUILD_OPTIONS="${DEB_BUILD_OPTIONS:+$DEB_BUILD_OPTIONS }parallel=2" ;;
esac
export DEB_BUILD_OPTIONS

# The tools that build and check a .deb, then the package's own list.
sh "$src/cmake/ensure-deps.sh" dpkg-dev debhelper lintian

work="$out/cmse-nscall-$version"
rm -rf "$work"
mkdir -p "$work"
if git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  # Tracked and new files, not ignored ones (build trees).
  (cd "$src" && git ls-files -co --exclude-standard -z | xargs -0 tar -cf - --no-recursion) |
    tar -xf - -C "$work"
else
  (cd "$src" && tar -cf - --exclude=./.git --exclude='./build*' .) | tar -xf - -C "$work"
fi

# debian/changelog is generated so the package version has one source.
date=$(git -C "$src" log -1 --format=%aD 2>/dev/null || date -R)
cat > "$work/debian/changelog" <<EOT
cmse-nscall ($version) unstable; urgency=medium

  * Package of cmse-nscall $version, built by "make deb".

 -- cmse-nscall maintainers <cmse-nscall@example.org>  $date
EOT

cd "$work"
if ! dpkg-checkbuilddeps >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    dpkg-checkbuilddeps || true
    echo "make-deb: install the Build-Depends above (as root: apt-get build-dep $work)" >&2
    exit 1
  fi
  echo "make-deb: installing the Build-Depends"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  profiles=""
  [ -n "${DEB_BUILD_PROFILES:-}" ] && profiles="-P $(echo "$DEB_BUILD_PROFILES" | tr ' ' ',')"
  # shellcheck disable=SC2086
  apt-get build-dep -y -qq --no-install-recommends $profiles ./ >/dev/null
  dpkg-checkbuilddeps
fi

dpkg-buildpackage -b -us -uc
arch=$(dpkg-architecture -qDEB_HOST_ARCH)
deb="$out/gcc-arm-none-eabi-cmse-nscall_${version}_$arch.deb"
echo "make-deb: lintian $deb"
lintian --fail-on error --display-info "$deb"
echo "$deb"
