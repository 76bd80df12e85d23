// SPDX-License-Identifier: GPL-3.0-or-later
//
// cmse_nscall.cc - plugin entry point: version check, option parsing,
// PLUGIN_INFO, and the registration of the attribute and passes.
//
// Example:
//   arm-none-eabi-gcc -mcpu=cortex-m33 -mcmse -fplugin=cmse_nscall -c app.c
// loads the plugin; "-fplugin-arg-cmse_nscall-help" lists its options.
//
// Options: see options.cc.  Limits: arm-none-eabi GCC 12.2 only (version.cc).

#include "cmse_nscall-gcc.h"
#include "cmse_nscall.h"

int plugin_is_GPL_compatible;

cmse_nscall_settings cmse_nscall_config;

static struct plugin_info cmse_nscall_plugin_info = {
  .version = CMSE_NSCALL_VERSION,
  .help = NULL,     // filled in by plugin_init from the option table
};

int
plugin_init (struct plugin_name_args *plugin_info,
             struct plugin_gcc_version *version)
{
  // The version check comes first: nothing else is safe to touch in a
  // compiler whose internal structures may differ from our headers'.
  if (!cmse_nscall_version_matches (version))
    return 1;

  if (!cmse_nscall_parse_arguments (plugin_info->argc, plugin_info->argv,
                                    &cmse_nscall_config))
    return 1;

  cmse_nscall_plugin_info.help = cmse_nscall_help_text ();
  register_callback (plugin_info->base_name, PLUGIN_INFO, NULL,
                     &cmse_nscall_plugin_info);

  if (cmse_nscall_config.show_version)
    fprintf (stderr, "%s %s, built for GCC %s\n", CMSE_NSCALL_NAME,
             CMSE_NSCALL_VERSION, cmse_nscall_built_for ());
  if (cmse_nscall_config.show_help)
    cmse_nscall_print_help ();

  return 0;
}
