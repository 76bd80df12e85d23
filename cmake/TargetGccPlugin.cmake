# SPDX-License-Identifier: GPL-3.0-or-later
#
# TargetGccPlugin.cmake - find the target compiler and its plugin headers.
#
# Example: with CMSE_NSCALL_TARGET_CC=arm-none-eabi-gcc this sets
#   CMSE_NSCALL_PLUGIN_DIR = /usr/lib/gcc/arm-none-eabi/12.2.1/plugin
# (what "arm-none-eabi-gcc -print-file-name=plugin" prints).
#
# Cache variables: CMSE_NSCALL_TARGET_CC, CMSE_NSCALL_TARGET_CXX.
# Limits: stops configuration with the Debian package to install when the
# compiler, its plugin headers or gmp.h are missing.

set(CMSE_NSCALL_TARGET_CC "arm-none-eabi-gcc" CACHE STRING
    "Target C compiler whose plugin headers the plugin is built against")

find_program(CMSE_NSCALL_TARGET_CC_PATH NAMES "${CMSE_NSCALL_TARGET_CC}")
if(NOT CMSE_NSCALL_TARGET_CC_PATH)
  message(FATAL_ERROR
    "Target compiler '${CMSE_NSCALL_TARGET_CC}' not found. "
    "Install it with: apt-get install gcc-arm-none-eabi "
    "(or set -DCMSE_NSCALL_TARGET_CC=...)")
endif()

# The C++ driver sits beside the C driver: arm-none-eabi-gcc -> -g++.
string(REGEX REPLACE "gcc(-[0-9.]+|)$" "g++\\1" _cmse_default_cxx
       "${CMSE_NSCALL_TARGET_CC_PATH}")
set(CMSE_NSCALL_TARGET_CXX "${_cmse_default_cxx}" CACHE STRING
    "Target C++ compiler used by the C++ tests")

execute_process(
  COMMAND "${CMSE_NSCALL_TARGET_CC_PATH}" -print-file-name=plugin
  OUTPUT_VARIABLE CMSE_NSCALL_PLUGIN_DIR
  OUTPUT_STRIP_TRAILING_WHITESPACE
  RESULT_VARIABLE _cmse_rc)
if(NOT _cmse_rc EQUAL 0 OR NOT IS_DIRECTORY "${CMSE_NSCALL_PLUGIN_DIR}")
  message(FATAL_ERROR
    "'${CMSE_NSCALL_TARGET_CC_PATH} -print-file-name=plugin' did not name a "
    "directory; this compiler was built without plugin support.")
endif()

if(NOT EXISTS "${CMSE_NSCALL_PLUGIN_DIR}/include/plugin-version.h")
  message(FATAL_ERROR
    "GCC plugin headers missing: ${CMSE_NSCALL_PLUGIN_DIR}/include/"
    "plugin-version.h. On Debian they come with the compiler package: "
    "apt-get install gcc-arm-none-eabi")
endif()

include(CheckIncludeFileCXX)
check_include_file_cxx(gmp.h CMSE_NSCALL_HAVE_GMP_H)
if(NOT CMSE_NSCALL_HAVE_GMP_H)
  message(FATAL_ERROR
    "gmp.h not found; GCC's plugin headers need it. "
    "Install it with: apt-get install libgmp-dev")
endif()

execute_process(
  COMMAND "${CMSE_NSCALL_TARGET_CC_PATH}" -dumpfullversion
  OUTPUT_VARIABLE CMSE_NSCALL_TARGET_GCC_VERSION
  OUTPUT_STRIP_TRAILING_WHITESPACE)
message(STATUS "Target compiler: ${CMSE_NSCALL_TARGET_CC_PATH} "
               "(GCC ${CMSE_NSCALL_TARGET_GCC_VERSION})")
message(STATUS "Plugin directory: ${CMSE_NSCALL_PLUGIN_DIR}")
