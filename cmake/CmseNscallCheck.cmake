# SPDX-License-Identifier: GPL-3.0-or-later
#
# CmseNscallCheck.cmake - run cmse-nscall-check on a linked Secure image as
# a post-link step, so that a build fails when a non-secure call in it
# cannot be proven safe (docs/image-checker.md).
#
# Example (a firmware project's CMakeLists.txt):
#   include(CmseNscallCheck)          # installed in <prefix>/lib/cmake/cmse_nscall,
#                                     # the package's CMake folder
#   add_executable(secure.elf main.c)
#   cmse_nscall_check_image(secure.elf)                 # fail the link on FAIL
#   cmse_nscall_check_image(other.elf WARN_ONLY ARGS --dsp=no)
# Options of cmse_nscall_check_image(<target> [WARN_ONLY] [ARGS <arg>...]):
#   WARN_ONLY  report, but do not fail the build
#   ARGS       further options for the checker (see cmse-nscall-check --help)
# Cache variables: CMSE_NSCALL_CHECK (the checker; found on PATH, or next to
#   this file's install prefix as <prefix>/bin/cmse-nscall-check).
# Limits: the check runs after each link of <target>; with no checker found
#   the function warns once and adds nothing (the step is optional).

if(NOT CMSE_NSCALL_CHECK)
  get_filename_component(_cmse_nscall_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
  find_program(CMSE_NSCALL_CHECK cmse-nscall-check
    HINTS "${_cmse_nscall_prefix}/bin")
endif()

# cmse_nscall_check_image(<target> [WARN_ONLY] [ARGS <arg>...]): add a
# POST_BUILD command running the checker on <target>'s output file.
# Takes an executable target; returns nothing.  Errors: a target that
# does not exist stops configuration (message FATAL_ERROR).
function(cmse_nscall_check_image target)
  cmake_parse_arguments(PARSE_ARGV 1 _cnc "WARN_ONLY" "" "ARGS")
  if(NOT TARGET "${target}")
    message(FATAL_ERROR "cmse_nscall_check_image: no target named ${target}")
  endif()
  if(NOT CMSE_NSCALL_CHECK)
    message(WARNING "cmse_nscall_check_image(${target}): cmse-nscall-check not "
                    "found; the image will not be checked")
    return()
  endif()
  set(_cmd "${CMSE_NSCALL_CHECK}" ${_cnc_ARGS} "$<TARGET_FILE:${target}>")
  if(_cnc_WARN_ONLY)
    set(_cmd sh -c "\"$0\" \"$@\" || echo 'cmse-nscall-check: FAIL (WARN_ONLY)'" ${_cmd})
  endif()
  add_custom_command(TARGET "${target}" POST_BUILD
    COMMAND ${_cmd}
    COMMENT "cmse-nscall-check ${target}"
    VERBATIM)
endfunction()
