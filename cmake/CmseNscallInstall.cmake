# SPDX-License-Identifier: GPL-3.0-or-later
#
# CmseNscallInstall.cmake - where "make install" (and the Debian package)
# puts the plugin, and the three build-system helpers generated beside it,
# each naming the plugin by its final ABSOLUTE path plus
# -fplugin-arg-cmse_nscall-expect-version=<version>:
#   <prefix>/lib/cmake/cmse_nscall/cmse_nscall-config.cmake (+ -version)
#       imported INTERFACE target cmse_nscall::cmse_nscall (compile AND link
#       options); found by find_package(cmse_nscall) also from cross
#       toolchain files that set CMAKE_FIND_ROOT_PATH=<prefix> with
#       CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY (the Pico SDK's does);
#   <prefix>/share/pkgconfig/cmse_nscall.pc   Cflags and Libs both carry
#       the plugin flags;
#   <gcc lib dir>/cmse_nscall.specs   adds the plugin whenever -mcmse is
#       given, to cc1/cc1plus (also with -E, .S) and to lto1 when used at
#       the link; found by "-specs=cmse_nscall.specs" like nosys.specs.
#
# Example: with Debian's /usr/bin/arm-none-eabi-gcc 12.2.1 and no
# CMAKE_INSTALL_PREFIX given, the prefix is /usr and
#   /usr/lib/gcc/arm-none-eabi/12.2.1/plugin/cmse_nscall.so
#   /usr/lib/gcc/arm-none-eabi/12.2.1/cmse_nscall.specs
#   /usr/lib/cmake/cmse_nscall/cmse_nscall-config.cmake
#   /usr/share/pkgconfig/cmse_nscall.pc
# With -DCMAKE_INSTALL_PREFIX=/tmp/p everything moves below /tmp/p (the
# test suite's install area uses that) and the helpers name /tmp/p paths.
#
# Inputs: CMSE_NSCALL_TARGET_CC_PATH, CMSE_NSCALL_PLUGIN_DIR
#   (TargetGccPlugin.cmake), CMSE_NSCALL_VERSION (CMakeLists.txt).
# Cache variables: CMSE_NSCALL_COMPILER_PREFIX (default: the directory
#   above the compiler driver's bin/), CMSE_NSCALL_PLUGIN_INSTALL_DIR
#   (default: the compiler's plugin directory moved below the install
#   prefix).
# Limits: the plugin is usable only where it is installed with the paths
#   the helpers name; a DESTDIR staging install carries the final paths.

# A cross toolchain file (Pico SDK style) roots its package search at the
# compiler's prefix: /usr/bin/arm-none-eabi-gcc -> /usr.
get_filename_component(_cmse_bindir "${CMSE_NSCALL_TARGET_CC_PATH}" DIRECTORY)
get_filename_component(_cmse_prefix "${_cmse_bindir}" DIRECTORY)
set(CMSE_NSCALL_COMPILER_PREFIX "${_cmse_prefix}" CACHE PATH
    "Prefix of the target compiler (the directory above its bin/)")
if(CMAKE_INSTALL_PREFIX_INITIALIZED_TO_DEFAULT)
  set(CMAKE_INSTALL_PREFIX "${CMSE_NSCALL_COMPILER_PREFIX}" CACHE PATH
      "Install prefix (default: the target compiler's prefix)" FORCE)
endif()

# GCC prints "<prefix>/bin/../lib/gcc/..." for a relocated toolchain.
get_filename_component(_cmse_plugin_dir "${CMSE_NSCALL_PLUGIN_DIR}" ABSOLUTE)
file(RELATIVE_PATH _cmse_plugin_rel "${CMSE_NSCALL_COMPILER_PREFIX}"
     "${_cmse_plugin_dir}")
if(_cmse_plugin_rel MATCHES "^\\.\\./")
  # The plugin directory is not below the compiler's prefix: only the
  # compiler's own directory works.
  set(_cmse_plugin_default "${_cmse_plugin_dir}")
else()
  set(_cmse_plugin_default "${CMAKE_INSTALL_PREFIX}/${_cmse_plugin_rel}")
endif()
set(CMSE_NSCALL_PLUGIN_INSTALL_DIR "${_cmse_plugin_default}" CACHE PATH
    "Directory cmse_nscall.so is installed to (absolute)")
if(NOT IS_ABSOLUTE "${CMSE_NSCALL_PLUGIN_INSTALL_DIR}")
  message(FATAL_ERROR "CMSE_NSCALL_PLUGIN_INSTALL_DIR must be absolute")
endif()

# The values the templates in cmake/*.in use.
set(CMSE_NSCALL_INSTALLED_PLUGIN
    "${CMSE_NSCALL_PLUGIN_INSTALL_DIR}/cmse_nscall.so")
set(CMSE_NSCALL_HELPER_FLAGS
    "-fplugin=${CMSE_NSCALL_INSTALLED_PLUGIN} -fplugin-arg-cmse_nscall-expect-version=${CMSE_NSCALL_VERSION}")
get_filename_component(CMSE_NSCALL_SPECS_INSTALL_DIR
    "${CMSE_NSCALL_PLUGIN_INSTALL_DIR}" DIRECTORY)
set(CMSE_NSCALL_CONFIG_INSTALL_DIR "${CMAKE_INSTALL_PREFIX}/lib/cmake/cmse_nscall")
set(CMSE_NSCALL_PC_INSTALL_DIR "${CMAKE_INSTALL_PREFIX}/share/pkgconfig")

set(_cmse_gen "${CMAKE_CURRENT_BINARY_DIR}/install")
configure_file("${CMAKE_CURRENT_SOURCE_DIR}/cmake/cmse_nscall-config.cmake.in"
               "${_cmse_gen}/cmse_nscall-config.cmake" @ONLY)
configure_file("${CMAKE_CURRENT_SOURCE_DIR}/cmake/cmse_nscall.pc.in"
               "${_cmse_gen}/cmse_nscall.pc" @ONLY)
configure_file("${CMAKE_CURRENT_SOURCE_DIR}/cmake/cmse_nscall.specs.in"
               "${_cmse_gen}/cmse_nscall.specs" @ONLY)
include(CMakePackageConfigHelpers)
# ARCH_INDEPENDENT: the users are cross builds whose pointer size (4) is
# not the host's that built the plugin.
write_basic_package_version_file("${_cmse_gen}/cmse_nscall-config-version.cmake"
  VERSION "${CMSE_NSCALL_VERSION}" COMPATIBILITY SameMinorVersion
  ARCH_INDEPENDENT)

install(TARGETS cmse_nscall LIBRARY DESTINATION "${CMSE_NSCALL_PLUGIN_INSTALL_DIR}")
install(FILES "${_cmse_gen}/cmse_nscall-config.cmake"
              "${_cmse_gen}/cmse_nscall-config-version.cmake"
        DESTINATION "${CMSE_NSCALL_CONFIG_INSTALL_DIR}")
# The optional post-link image check rides along when the tree has it.
if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/cmake/CmseNscallCheck.cmake")
  install(FILES "${CMAKE_CURRENT_SOURCE_DIR}/cmake/CmseNscallCheck.cmake"
          DESTINATION "${CMSE_NSCALL_CONFIG_INSTALL_DIR}")
endif()
install(FILES "${_cmse_gen}/cmse_nscall.pc"
        DESTINATION "${CMSE_NSCALL_PC_INSTALL_DIR}")
install(FILES "${_cmse_gen}/cmse_nscall.specs"
        DESTINATION "${CMSE_NSCALL_SPECS_INSTALL_DIR}")

message(STATUS "cmse_nscall ${CMSE_NSCALL_VERSION} installs to "
               "${CMSE_NSCALL_INSTALLED_PLUGIN}")
