// SPDX-License-Identifier: GPL-3.0-or-later
//
// options.cc - strict parsing of -fplugin-arg-cmse_nscall-KEY[=VALUE].
//
// Example:
//   arm-none-eabi-gcc -fplugin=cmse_nscall -fplugin-arg-cmse_nscall-help ...
//     prints the option list below to stderr and compiles as usual;
//   -fplugin-arg-cmse_nscall-dsiable
//     error: unknown cmse_nscall option 'dsiable'; ...
//
//   -fplugin-arg-cmse_nscall-expect-version=0.2.0  (plugin 0.1.0 installed)
//     error: cmse_nscall plugin is version '0.1.0', but the build expects
//     version '0.2.0' ...
//
// Options (each key at most once, except that expect-version may repeat
// with the same value: a pkg-config user's compile-and-link line carries
// both Cflags and Libs):
//   help        print the option list to stderr
//   version     print the plugin's version and the GCC it was built for
//   disable     load, but change nothing: GCC's own behaviour; the plugin's
//               own spellings of the mark are then errors
//   expect-version=V
//               refuse to run unless the plugin is version V.  Every
//               installed helper (CMake package, pkg-config file, specs
//               file) emits it beside the plugin's absolute path, so a build
//               cache keys on the version and a flag line generated for
//               another installation fails loudly (docs/build-systems.md).
// Limits: a new key is one row of cmse_nscall_option_table.

#include "cmse_nscall-gcc.h"
#include "cmse_nscall.h"

namespace {

enum cmse_nscall_value_kind
{
  CMSE_NSCALL_NO_VALUE,         // "-fplugin-arg-cmse_nscall-KEY" only
  CMSE_NSCALL_REQUIRED_VALUE    // "-fplugin-arg-cmse_nscall-KEY=VALUE"
};

struct cmse_nscall_option
{
  const char *key;
  cmse_nscall_value_kind value_kind;
  // True when the key may be given again with the very same value.
  bool repeat_same_value;
  const char *help;
  // Record the option; VALUE is NULL for CMSE_NSCALL_NO_VALUE.  Returns
  // false after an error() about a malformed value.
  bool (*apply) (const char *value, cmse_nscall_settings *settings);
};

bool
cmse_nscall_apply_help (const char *, cmse_nscall_settings *settings)
{
  settings->show_help = true;
  return true;
}

bool
cmse_nscall_apply_version (const char *, cmse_nscall_settings *settings)
{
  settings->show_version = true;
  return true;
}

bool
cmse_nscall_apply_disable (const char *, cmse_nscall_settings *settings)
{
  settings->disabled = true;
  return true;
}

// A cache (ccache, the build system's own) keys on the command line and at
// best on the plugin's size and mtime; the version on the command line makes
// an upgrade of the plugin a different key, and this check makes a flag line
// left over from another installation an error instead of a silent build
// with a plugin the flags were not made for.
bool
cmse_nscall_apply_expect_version (const char *value,
                                  cmse_nscall_settings *settings)
{
  settings->expected_version = value;
  if (strcmp (value, CMSE_NSCALL_VERSION) == 0)
    return true;
  error ("%s plugin is version %qs, but the build expects version %qs "
         "(%<-fplugin-arg-%s-expect-version=%s%>); the flags were made for "
         "another installation: take them again from the CMake package, "
         "pkg-config file or specs file of the installed plugin",
         CMSE_NSCALL_NAME, CMSE_NSCALL_VERSION, value, CMSE_NSCALL_NAME,
         value);
  return false;
}

const cmse_nscall_option cmse_nscall_option_table[] = {
  { "help", CMSE_NSCALL_NO_VALUE, false,
    "print this list of options to stderr",
    cmse_nscall_apply_help },
  { "version", CMSE_NSCALL_NO_VALUE, false,
    "print the plugin version and the GCC release it was built for",
    cmse_nscall_apply_version },
  { "disable", CMSE_NSCALL_NO_VALUE, false,
    "load but change nothing: GCC's own -mcmse handling stays in force "
    "and the plugin's own spellings of the mark are errors",
    cmse_nscall_apply_disable },
  { "expect-version", CMSE_NSCALL_REQUIRED_VALUE, true,
    "error unless this plugin's version is VALUE (build caches key on it)",
    cmse_nscall_apply_expect_version },
};

const cmse_nscall_option *
cmse_nscall_find_option (const char *key)
{
  for (const cmse_nscall_option &option : cmse_nscall_option_table)
    if (strcmp (option.key, key) == 0)
      return &option;
  return NULL;
}

} // anonymous namespace

const char *
cmse_nscall_help_text (void)
{
  static std::string text;
  if (text.empty ())
    {
      text = "Hardened inline non-secure calls for Armv8-M.  Options "
             "(-fplugin-arg-" CMSE_NSCALL_NAME "-KEY):\n";
      for (const cmse_nscall_option &option : cmse_nscall_option_table)
        {
          text += "  ";
          text += option.key;
          if (option.value_kind == CMSE_NSCALL_REQUIRED_VALUE)
            text += "=VALUE";
          text += "\n      ";
          text += option.help;
          text += "\n";
        }
    }
  return text.c_str ();
}

void
cmse_nscall_print_help (void)
{
  fputs (cmse_nscall_help_text (), stderr);
}

bool
cmse_nscall_parse_arguments (int argc, const struct plugin_argument *argv,
                             cmse_nscall_settings *settings)
{
  bool ok = true;
  for (int i = 0; i < argc; i++)
    {
      const char *key = argv[i].key;
      const char *value = argv[i].value;
      const cmse_nscall_option *option = cmse_nscall_find_option (key);
      if (!option)
        {
          error ("unknown %s option %qs; "
                 "%<-fplugin-arg-%s-help%> lists the valid ones",
                 CMSE_NSCALL_NAME, key, CMSE_NSCALL_NAME);
          ok = false;
          continue;
        }
      bool same_again = false;
      for (int j = 0; j < i; j++)
        if (strcmp (argv[j].key, key) == 0)
          {
            if (option->repeat_same_value && value && argv[j].value
                && strcmp (argv[j].value, value) == 0)
              {
                same_again = true;   // already applied (and diagnosed)
                break;
              }
            error ("%s option %qs given more than once", CMSE_NSCALL_NAME, key);
            ok = false;
            break;
          }
      if (same_again)
        continue;
      if (option->value_kind == CMSE_NSCALL_NO_VALUE && value)
        {
          error ("%s option %qs takes no value, but %<=%s%> was given",
                 CMSE_NSCALL_NAME, key, value);
          ok = false;
          continue;
        }
      if (option->value_kind == CMSE_NSCALL_REQUIRED_VALUE
          && (!value || !*value))
        {
          error ("%s option %qs needs a value: %<-fplugin-arg-%s-%s=VALUE%>",
                 CMSE_NSCALL_NAME, key, CMSE_NSCALL_NAME, key);
          ok = false;
          continue;
        }
      ok &= option->apply (value, settings);
    }
  return ok;
}
