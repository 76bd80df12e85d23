# SPDX-License-Identifier: GPL-3.0-or-later
#
# DejaGnuSuite.cmake - register each area of testsuite/ as one CTest test.
#
# Every folder testsuite/cmse_nscall.AREA/ holds one AREA.exp driver.  For
# each, this writes build/testsuite/cmse_nscall.AREA/site.exp (from
# testsuite/site.exp.in) and adds the CTest test "cmse_nscall.AREA", which
# runs
#   runtest --tool cmse_nscall --srcdir <src>/testsuite AREA.exp
# in that folder, then testsuite/summarize on its .sum/.log.  Areas run in
# parallel under "ctest -j".
#
# Cache variables: CMSE_NSCALL_QEMU (qemu-system-arm), CMSE_NSCALL_RUNTEST.
# Limits: a missing runtest or QEMU stops configuration with the package.

find_program(CMSE_NSCALL_RUNTEST NAMES runtest)
if(NOT CMSE_NSCALL_RUNTEST)
  message(FATAL_ERROR "DejaGnu's runtest not found. Install it with: "
                      "apt-get install dejagnu")
endif()
find_program(CMSE_NSCALL_QEMU NAMES qemu-system-arm)
if(NOT CMSE_NSCALL_QEMU)
  message(FATAL_ERROR "qemu-system-arm not found. Install it with: "
                      "apt-get install qemu-system-arm")
endif()

set(CMSE_NSCALL_TESTSUITE "${CMAKE_CURRENT_SOURCE_DIR}/testsuite")
file(GLOB _cmse_areas LIST_DIRECTORIES true CONFIGURE_DEPENDS
     "${CMSE_NSCALL_TESTSUITE}/cmse_nscall.*")
foreach(_area_dir IN LISTS _cmse_areas)
  if(NOT IS_DIRECTORY "${_area_dir}")
    continue()
  endif()
  get_filename_component(_area "${_area_dir}" NAME)
  file(GLOB _exp RELATIVE "${_area_dir}" "${_area_dir}/*.exp")
  list(LENGTH _exp _n_exp)
  if(_n_exp EQUAL 0)
    message(WARNING "${_area_dir} has no .exp driver; it is not run")
    continue()
  elseif(NOT _n_exp EQUAL 1)
    message(FATAL_ERROR "${_area_dir} must hold exactly one .exp driver")
  endif()
  set(CMSE_NSCALL_OBJDIR "${CMAKE_CURRENT_BINARY_DIR}/testsuite/${_area}")
  file(MAKE_DIRECTORY "${CMSE_NSCALL_OBJDIR}")
  configure_file("${CMSE_NSCALL_TESTSUITE}/site.exp.in"
                 "${CMSE_NSCALL_OBJDIR}/site.exp" @ONLY)
  add_test(NAME "${_area}"
    COMMAND sh -c "\"$1\" --tool cmse_nscall --srcdir \"$2\" \"$3\" >/dev/null; sh \"$2/summarize\" --quiet ."
            sh "${CMSE_NSCALL_RUNTEST}" "${CMSE_NSCALL_TESTSUITE}" "${_exp}"
    WORKING_DIRECTORY "${CMSE_NSCALL_OBJDIR}")
endforeach()
