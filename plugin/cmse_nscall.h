// SPDX-License-Identifier: GPL-3.0-or-later
//
// cmse_nscall.h - declarations shared by the plugin's files (no GCC headers
// here: those come from cmse_nscall-gcc.h, included first by each .cc).
//
// The plugin turns every call through a pointer to a Non-secure function
//     typedef int __attribute__((cmse_nonsecure_call)) ns_fn (int);
//     r = ((ns_fn *) 0x00200001) (x);
// from "mov r4, r3; bl __gnu_cmse_nonsecure_call" (GCC 12 native) into an
// inline, hardened sequence: push {r4-r11}; bic; clear; msr; blxns; pop.
//
// Options: see cmse_nscall_option_table in options.cc and docs/options.md.
// Limits: arm-none-eabi GCC 12.2, 14.2 or 15.3 plugin headers.

#ifndef CMSE_NSCALL_H
#define CMSE_NSCALL_H

#define CMSE_NSCALL_NAME "cmse_nscall"
// The plugin's version, e.g. "0.1.0": one source, project(VERSION) in
// CMakeLists.txt (or its CMSE_NSCALL_VERSION_OVERRIDE), given to the compiler
// as a definition, so the plugin, the package and the generated build-system
// helpers (expect-version=) always agree.
#ifndef CMSE_NSCALL_VERSION
#error "CMSE_NSCALL_VERSION comes from the build: configure with CMake"
#endif

// What -fplugin-arg-cmse_nscall-KEY[=VALUE] asked for.
struct cmse_nscall_settings
{
  bool disabled;        // "disable": load, change nothing
  bool show_help;       // "help": print the option list to stderr
  bool show_version;    // "version": print the version line to stderr
  const char *expected_version; // "expect-version=V": V, or NULL
};

extern cmse_nscall_settings cmse_nscall_config;

// Parse the plugin's arguments (options.cc).  Takes ARGC key/value pairs
// exactly as GCC's plugin loader gives them (plugin.h struct plugin_argument)
// and fills *SETTINGS.  Returns false after reporting every unknown key,
// missing value, unexpected value or version mismatch (expect-version=V
// differing from CMSE_NSCALL_VERSION) with error(); true when all were
// valid.
bool cmse_nscall_parse_arguments (int argc, const struct plugin_argument *argv,
                                  cmse_nscall_settings *settings);

// Write the option list (for "help" and PLUGIN_INFO) to stderr.
void cmse_nscall_print_help (void);

// The multi-line help text registered with PLUGIN_INFO, shown by --help.
const char *cmse_nscall_help_text (void);

// Check that the compiler loading the plugin is the release and target the
// plugin was built for (version.cc).  Takes the running compiler's version
// record (gcc-plugin.h struct plugin_gcc_version).  Returns true when basever,
// datestamp, devphase, revision and the --target= of the configure line all
// match; otherwise reports one error() naming both versions and targets and
// returns false.  Why not plugin_default_version_check: it also compares the
// whole configure line, which embeds a random build directory, so every
// rebuild of the same GCC release would be refused.
bool cmse_nscall_version_matches (const struct plugin_gcc_version *running);

// The "12.2.1 (arm-none-eabi)" description of the build-time compiler.
const char *cmse_nscall_built_for (void);

#endif // CMSE_NSCALL_H
