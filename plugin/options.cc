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
// Options (each key at most once; none takes a value today):
//   help     print the option list to stderr
//   version  print the plugin's version and the GCC it was built for
//   disable  load, but change nothing: GCC's own behaviour; the plugin's
//            own spellings of the mark are then errors
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

const cmse_nscall_option cmse_nscall_option_table[] = {
  { "help", CMSE_NSCALL_NO_VALUE,
    "print this list of options to stderr",
    cmse_nscall_apply_help },
  { "version", CMSE_NSCALL_NO_VALUE,
    "print the plugin version and the GCC release it was built for",
    cmse_nscall_apply_version },
  { "disable", CMSE_NSCALL_NO_VALUE,
    "load but change nothing: GCC's own -mcmse handling stays in force "
    "and the plugin's own spellings of the mark are errors",
    cmse_nscall_apply_disable },
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
      for (int j = 0; j < i; j++)
        if (strcmp (argv[j].key, key) == 0)
          {
            error ("%s option %qs given more than once", CMSE_NSCALL_NAME, key);
            ok = false;
            break;
          }
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
