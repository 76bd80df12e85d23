// SPDX-License-Identifier: GPL-3.0-or-later
//
// cmse_nscall.cc - plugin entry point: version check, option parsing,
// PLUGIN_INFO, and the registration of the attribute and passes.
//
// Example:
//   arm-none-eabi-gcc -mcpu=cortex-m33 -mcmse -fplugin=cmse_nscall -c app.c
// loads the plugin; "-fplugin-arg-cmse_nscall-help" lists its options.
//
// Options: see options.cc.  Limits: arm-none-eabi GCC 12.2, 14.2 or 15.3,
// the release it was built for only (version.cc).

#include "cmse_nscall-gcc.h"
#include "cmse_nscall.h"
#include "attribute.h"
#include "passes.h"
#include "predefine.h"

int plugin_is_GPL_compatible;

cmse_nscall_settings cmse_nscall_config;

// Insert PASS relative to the first instance of REFERENCE.
static void
cmse_nscall_register_pass (const char *plugin_name, opt_pass *pass,
                           const char *reference,
                           enum pass_positioning_ops where)
{
  struct register_pass_info info;
  info.pass = pass;
  info.reference_pass_name = reference;
  info.ref_pass_instance_number = 1;
  info.pos_op = where;
  register_callback (plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &info);
}

static void
cmse_nscall_register_passes (const char *plugin_name)
{
  // Right after "ssa", before any inlining, devirtualisation, tail merging
  // or cloning: each call site still has the function type the source gave
  // it, and the CFG and SSA form exist for the asm that hides the target.
  // "ssa" runs in cc1 only, before the bytecode of -flto is written, so
  // the mark (a type attribute) and the asm travel in LTO objects.
  cmse_nscall_register_pass (plugin_name, cmse_nscall_make_mark_pass (g),
                             "ssa", PASS_POS_INSERT_AFTER);
  // After "optimized", the last GIMPLE pass: "tailc" (which sets the tail
  // flag) has run on every path, and expand reads the flag next.  It runs
  // in the process that turns the function into code (cc1, or lto1 at an
  // -flto link), so the site table it fills is that process's own.
  cmse_nscall_register_pass (plugin_name, cmse_nscall_make_notail_pass (g),
                             "optimized", PASS_POS_INSERT_AFTER);
  // Right after "expand": the first RTL pass that can merge calls
  // (cross-jumping in the first cfgcleanup) comes later.
  cmse_nscall_register_pass (plugin_name, cmse_nscall_make_tag_pass (g),
                             "expand", PASS_POS_INSERT_AFTER);
  // Before "mach": registers are final, the prologue (which saved lr for
  // this call) and sched2 have run, and "mach" (arm_reorg) still places
  // literal pools around the new instructions and "dwarf2" builds the CFI
  // from their notes.
  cmse_nscall_register_pass (plugin_name, cmse_nscall_make_expand_pass (g),
                             "mach", PASS_POS_INSERT_BEFORE);
}

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

  // Even when disabled, the plugin's own spellings stay registered, so a
  // use of them is an error instead of an ignored attribute and an
  // unprotected call.
  cmse_nscall_register_attributes (plugin_info->base_name);
  cmse_nscall_register_predefines (plugin_info->base_name,
                                   plugin_info->full_name);
  if (!cmse_nscall_config.disabled)
    cmse_nscall_register_passes (plugin_info->base_name);
  else
    // Where the numbering pass would sit (after "optimized", in the
    // process that generates code): at an -flto link, guards in bytecode
    // the plugin prepared are an error naming "disable", instead of ld's
    // misleading "add -fplugin=cmse_nscall" (docs/lto.md).
    cmse_nscall_register_pass (plugin_info->base_name,
                               cmse_nscall_make_disabled_guard_pass (g),
                               "optimized", PASS_POS_INSERT_AFTER);

  return 0;
}
