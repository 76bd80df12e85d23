// SPDX-License-Identifier: GPL-3.0-or-later
//
// predefine.h - the plugin's additions to the C-family preprocessor
// (predefine.cc): the macro __CMSE_NSCALL__ and the include directory of
// <cmse_nscall.h>.
//
// Example: cmse_nscall_register_predefines ("cmse_nscall",
//   "/usr/lib/gcc/arm-none-eabi/12.2.1/plugin/cmse_nscall.so") makes
//   "#include <cmse_nscall.h>" find .../plugin/cmse_nscall/include/cmse_nscall.h
//   and defines __CMSE_NSCALL__ to 100 for plugin version 0.1.0.
// Options: none of its own; "disable" and -undef suppress the macro.
// Limits: see predefine.cc.

#ifndef CMSE_NSCALL_PREDEFINE_H
#define CMSE_NSCALL_PREDEFINE_H

// Register the macro hook and add the header directory.  Takes the plugin's
// base name and the full path of its shared object (struct plugin_name_args
// base_name, full_name).  Must be called from plugin_init, before GCC builds
// its include chains.
void cmse_nscall_register_predefines (const char *plugin_name,
                                      const char *plugin_path);

#endif // CMSE_NSCALL_PREDEFINE_H
