// SPDX-License-Identifier: GPL-3.0-or-later
//
// predefine.cc - what the plugin adds to the C-family preprocessor: the
// predefined macro __CMSE_NSCALL__ and the include directory that holds the
// public header <cmse_nscall.h>.
//
// Example: plugin 0.1.0 loaded from /usr/lib/gcc/arm-none-eabi/12.2.1/plugin
//   arm-none-eabi-gcc -fplugin=cmse_nscall -dM -E -x c /dev/null
//     ... #define __CMSE_NSCALL__ 100 ...   (absent without the plugin)
//   #include <cmse_nscall.h>   found in .../plugin/cmse_nscall/include with
//     no -I, as if "-isystem .../plugin/cmse_nscall/include" had been given.
//
// Options: with -fplugin-arg-cmse_nscall-disable the macro is not defined
// (nothing expands the plugin's marks, so code must not think it is
// protected by them); the include directory is still added, so the header
// is found and says what is wrong.  With -undef the macro is not defined
// either: like __GNUC__, it is one of the compiler-specific macros that
// -undef removes.
// Limits: C, C++ and assembler-with-cpp (cc1 -E, cc1plus); other front ends
// and lto1 have no C preprocessor, and there both hooks do nothing.  Input
// that is already preprocessed (-fpreprocessed, the second step of
// -save-temps) gets no macro: it expands no macros.

#include "cmse_nscall-gcc.h"
#include "cmse_nscall.h"

namespace {

// MAJOR*10000 + MINOR*100 + PATCH of a "MAJOR.MINOR.PATCH" version string
// (the scheme of __GNUC__-style numbers, cf. GCCPLUGIN_VERSION), or -1 when
// TEXT is not three dot-separated numbers with MINOR and PATCH below 100.
// Evaluated at compile time so a malformed CMSE_NSCALL_VERSION cannot build.
constexpr long
cmse_nscall_parse_number (const char *text, long value, int digits)
{
  return (*text >= '0' && *text <= '9')
         ? cmse_nscall_parse_number (text + 1, value * 10 + (*text - '0'),
                                     digits + 1)
         : (digits == 0 ? -1 : value);
}

constexpr const char *
cmse_nscall_skip_number (const char *text)
{
  return (*text >= '0' && *text <= '9')
         ? cmse_nscall_skip_number (text + 1) : text;
}

constexpr long
cmse_nscall_version_field (const char *text, int field)
{
  return field == 0 ? cmse_nscall_parse_number (text, 0, 0)
         : (*cmse_nscall_skip_number (text) == '.'
            ? cmse_nscall_version_field (cmse_nscall_skip_number (text) + 1,
                                         field - 1)
            : -1);
}

constexpr bool
cmse_nscall_version_well_formed (const char *text)
{
  return cmse_nscall_version_field (text, 0) >= 0
         && cmse_nscall_version_field (text, 1) >= 0
         && cmse_nscall_version_field (text, 1) < 100
         && cmse_nscall_version_field (text, 2) >= 0
         && cmse_nscall_version_field (text, 2) < 100
         && *cmse_nscall_skip_number (cmse_nscall_skip_number (
              cmse_nscall_skip_number (text) + 1) + 1) == '\0';
}

static_assert (cmse_nscall_version_well_formed (CMSE_NSCALL_VERSION),
               "CMSE_NSCALL_VERSION must be MAJOR.MINOR.PATCH, "
               "MINOR and PATCH below 100");

constexpr long cmse_nscall_version_number
  = cmse_nscall_version_field (CMSE_NSCALL_VERSION, 0) * 10000
    + cmse_nscall_version_field (CMSE_NSCALL_VERSION, 1) * 100
    + cmse_nscall_version_field (CMSE_NSCALL_VERSION, 2);

// PLUGIN_INCLUDE_FILE callback (GCC's c-opts.cc cb_file_change raises it
// for every file change, GCC_DATA being the file name).  c_finish_options
// switches to the pseudo-file "<built-in>" right before it defines the
// predefined macros, once per main input file, and that is when ours is
// defined.  The other conditions exclude the same name met again later: a
// .i file's line markers (-fpreprocessed) and a "#line N "<built-in>"" in a
// source, where the builtins (__GNUC__) are already defined.  -undef leaves
// __GNUC__ undefined but also gets no macro from us.
void
cmse_nscall_define_macro (void *gcc_data, void *)
{
  const char *file = (const char *) gcc_data;
  // The pseudo-file's name is translated (c-opts.cc: _("<built-in>")).
  if (!file || strcmp (file, _("<built-in>")) != 0)
    return;
  if (cmse_nscall_config.disabled || flag_undef)
    return;
  if (!parse_in || cpp_get_options (parse_in)->preprocessed)
    return;
  static const unsigned char gnuc[] = "__GNUC__";
  static const unsigned char ours[] = "__CMSE_NSCALL__";
  if (cpp_defined (parse_in, gnuc, sizeof gnuc - 1)
      || cpp_defined (parse_in, ours, sizeof ours - 1))
    return;
  cpp_define_formatted (parse_in, "__CMSE_NSCALL__=%ld",
                        cmse_nscall_version_number);
}

} // anonymous namespace

// Takes the plugin's base name and full path (plugin_name_args base_name and
// full_name) and registers the macro hook; adds <directory of the plugin
// file>/cmse_nscall/include to the system include chain (INC_SYSTEM, the
// chain of -isystem: searched after -I, before the standard directories, its
// headers are system headers) when that directory exists.  Must run in
// plugin_init: c_common_post_options builds the include chains from the
// added paths after plugins are initialised (toplev.cc: initialize_plugins,
// then lang_hooks.post_options).  Returns nothing; in a compiler without a
// C preprocessor (lto1: no parse_in, no add_path) nothing is added.
void
cmse_nscall_register_predefines (const char *plugin_name,
                                 const char *plugin_path)
{
  register_callback (plugin_name, PLUGIN_INCLUDE_FILE,
                     cmse_nscall_define_macro, NULL);
  if (!add_path || !plugin_path)
    return;
  std::string dir (plugin_path);
  size_t slash = dir.rfind ('/');
  dir = (slash == std::string::npos ? std::string (".")
         : dir.substr (0, slash)) + "/" CMSE_NSCALL_NAME "/include";
  struct stat st;
  if (stat (dir.c_str (), &st) == 0 && S_ISDIR (st.st_mode))
    add_path (xstrdup (dir.c_str ()), INC_SYSTEM, /*cxx_aware=*/1,
              /*user_supplied_p=*/false);
}
