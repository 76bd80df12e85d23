#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-deb.sh - build the Debian package, install it with dpkg -i, check
# that the installed plugin and helpers work by their short names, remove
# it ("make check-deb"; CI runs it after "make check").
#
# Example: sh cmake/check-deb.sh build/deb
#   PASS: package Depends on gcc-arm-none-eabi (= 15:12.2.rel1-1)
#   PASS: -fplugin=cmse_nscall: blxns, no __gnu_cmse_nonsecure_call
#   ...
#   check-deb: 12 passed, 0 failed
# and exits 1 when anything failed.
# Options: DEB_BUILD_OPTIONS as for cmake/make-deb.sh; unset, it is
#   "nocheck": CI has just run the same suite with "make check".
# Limits: must run as root on Debian; refuses to run when the package is
#   already installed (it removes it at the end).
set -u
src=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$src/build/deb}
pkg=gcc-arm-none-eabi-cmse-nscall
cc=arm-none-eabi-gcc
passed=0
failed=0

check() {   # check NAME COMMAND...: PASS when COMMAND succeeds
  name=$1; shift
  if "$@" >"$tmp/out" 2>&1; then
    echo "PASS: $name"; passed=$((passed + 1))
  else
    echo "FAIL: $name"; sed 's/^/  | /' "$tmp/out"; failed=$((failed + 1))
  fi
}
finish() {
  echo "check-deb: $passed passed, $failed failed"
  [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
  exit $?
}

if [ "$(id -u)" != 0 ]; then
  echo "FAIL: check-deb installs a package: run it as root"; failed=1; passed=0; tmp=; finish
fi
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q " installed"; then
  echo "FAIL: $pkg is already installed; remove it first (check-deb removes what it installs)"
  failed=1; tmp=; finish
fi
tmp=$(mktemp -d)
trap 'dpkg -r "$pkg" >/dev/null 2>&1; rm -rf "$tmp"' EXIT

export DEB_BUILD_OPTIONS="${DEB_BUILD_OPTIONS-nocheck}"
echo "check-deb: building the package (DEB_BUILD_OPTIONS=$DEB_BUILD_OPTIONS)"
if ! sh "$src/cmake/make-deb.sh" "$out" >"$tmp/build.log" 2>&1; then
  echo "FAIL: make-deb (last lines of the log):"; tail -40 "$tmp/build.log" | sed 's/^/  | /'
  failed=1; finish
fi
deb=$(tail -1 "$tmp/build.log")
echo "PASS: package built and lintian reports no error: $deb"; passed=$((passed + 1))
grep -E "^[EW]: $pkg( |:)" "$tmp/build.log" | sed 's/^/  lintian /'

# The tools the checks below use (a nocheck build does not need them).
sh "$src/cmake/ensure-deps.sh" pkg-config cmake >"$tmp/deps.log" 2>&1 ||
  { echo "FAIL: installing pkg-config and cmake:"; sed 's/^/  | /' "$tmp/deps.log"; failed=$((failed + 1)); }
check "dpkg -i installs it" dpkg -i "$deb"
gcc_version=$(dpkg-query -W -f='${Version}' gcc-arm-none-eabi)
check "package Depends on gcc-arm-none-eabi (= $gcc_version)" \
  sh -c "dpkg-query -W -f='\${Depends}' $pkg | grep -F 'gcc-arm-none-eabi (= $gcc_version)'"

cat >"$tmp/s.c" <<'EOT'
typedef int __attribute__ ((cmse_nonsecure_call)) ns_fn (int);
int call_ns (ns_fn *f, int x) { return f (x) + 1; }
EOT
expanded() {   # expanded ASM: the plugin's sequence, not GCC's helper call
  grep -q 'blxns' "$1" && ! grep -q '__gnu_cmse_nonsecure_call' "$1"
}
compile() {    # compile OUT FLAGS...: assembly of s.c for Cortex-M33
  o=$1; shift
  $cc -mcpu=cortex-m33 -mcmse -O2 "$@" -S "$tmp/s.c" -o "$tmp/$o" && expanded "$tmp/$o"
}
check "-fplugin=cmse_nscall (short name): blxns, no __gnu_cmse_nonsecure_call" \
  compile short.s -fplugin=cmse_nscall
check "control: without the plugin GCC calls __gnu_cmse_nonsecure_call" \
  sh -c "$cc -mcpu=cortex-m33 -mcmse -O2 -S '$tmp/s.c' -o '$tmp/none.s' && grep -q __gnu_cmse_nonsecure_call '$tmp/none.s'"
check "-specs=cmse_nscall.specs (short name): the expansion" \
  compile specs.s -specs=cmse_nscall.specs
check "pkg-config --cflags cmse_nscall (default search path): the expansion" \
  sh -c "flags=\$(pkg-config --cflags cmse_nscall) && $cc -mcpu=cortex-m33 -mcmse -O2 \$flags -S '$tmp/s.c' -o '$tmp/pc.s' && grep -q blxns '$tmp/pc.s' && ! grep -q __gnu_cmse_nonsecure_call '$tmp/pc.s'"

# A Pico SDK style toolchain: the compiler's prefix is the package root.
mkdir -p "$tmp/fw"
cat >"$tmp/fw/toolchain.cmake" <<EOT
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_C_COMPILER $cc)
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
find_program(_cc $cc)
get_filename_component(_bin "\${_cc}" DIRECTORY)
get_filename_component(CMAKE_FIND_ROOT_PATH "\${_bin}" DIRECTORY)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
EOT
cat >"$tmp/fw/CMakeLists.txt" <<EOT
cmake_minimum_required(VERSION 3.18)
project(fw C)
find_package(cmse_nscall REQUIRED)
add_library(fw OBJECT s.c)
target_compile_options(fw PRIVATE -mcpu=cortex-m33 -mcmse -O2 -S)
target_link_libraries(fw PRIVATE cmse_nscall::cmse_nscall)
EOT
cp "$tmp/s.c" "$tmp/fw/s.c"
check "find_package(cmse_nscall) with a Pico SDK style toolchain: the expansion" \
  sh -c "cmake -S '$tmp/fw' -B '$tmp/fw/b' -DCMAKE_TOOLCHAIN_FILE='$tmp/fw/toolchain.cmake' && cmake --build '$tmp/fw/b' && obj=\$(find '$tmp/fw/b' -name 's.c.obj') && grep -q blxns \"\$obj\" && ! grep -q __gnu_cmse_nonsecure_call \"\$obj\""

check "the guide is in /usr/share/doc/$pkg and the man page names it" \
  sh -c "test -f /usr/share/doc/$pkg/sequence.md && test -f /usr/share/doc/$pkg/examples/seed.c \
         && zcat -f /usr/share/man/man7/cmse_nscall.7* | grep -q /usr/share/doc/$pkg/README.md"
check "man pages cmse_nscall(7) and cmse-nscall-check(1) are installed" \
  sh -c "test -f /usr/share/man/man7/cmse_nscall.7.gz && test -f /usr/share/man/man1/cmse-nscall-check.1.gz"
check "dpkg -r removes it" dpkg -r "$pkg"
check "after removal -fplugin=cmse_nscall no longer loads" \
  sh -c "! $cc -mcpu=cortex-m33 -mcmse -fplugin=cmse_nscall -S '$tmp/s.c' -o '$tmp/gone.s'"
finish
