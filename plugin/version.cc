// SPDX-License-Identifier: GPL-3.0-or-later
//
// version.cc - accept the GCC release and target the plugin was built for,
// refuse any other with a message that names both.
//
// Example: built against arm-none-eabi-gcc 12.2.1 and loaded into the host
// gcc 12.2.0:
//   error: cmse_nscall was built for GCC 12.2.1 (20221205) targeting
//   arm-none-eabi but was loaded into GCC 12.2.0 (20220819) targeting
//   x86_64-linux-gnu; rebuild it against this compiler
//
// Options: none.  Limits: the target is read from the "--target=" word of
// the configure line; a compiler configured without one (a native build) is
// described as "the host".

#include "cmse_nscall-gcc.h"
#include "cmse_nscall.h"

// The value of "--target=" in a configure command line, or "" when absent.
static std::string
cmse_nscall_configured_target (const char *configure_line)
{
  const char *key = "--target=";
  const char *at = configure_line ? strstr (configure_line, key) : NULL;
  if (!at)
    return "";
  at += strlen (key);
  size_t len = strcspn (at, " \t'\"");
  return std::string (at, len);
}

static std::string
cmse_nscall_describe (const struct plugin_gcc_version *v)
{
  std::string target = cmse_nscall_configured_target (v->configuration_arguments);
  std::string text = std::string (v->basever) + " (" + v->datestamp;
  if (v->devphase[0])
    text += std::string (" ") + v->devphase;
  if (v->revision[0])
    text += std::string (" ") + v->revision;
  text += ") targeting " + (target.empty () ? std::string ("the host") : target);
  return text;
}

const char *
cmse_nscall_built_for (void)
{
  static std::string text = cmse_nscall_describe (&gcc_version);
  return text.c_str ();
}

bool
cmse_nscall_version_matches (const struct plugin_gcc_version *running)
{
  const struct plugin_gcc_version *built = &gcc_version;
  bool same = strcmp (running->basever, built->basever) == 0
              && strcmp (running->datestamp, built->datestamp) == 0
              && strcmp (running->devphase, built->devphase) == 0
              && strcmp (running->revision, built->revision) == 0
              && (cmse_nscall_configured_target (running->configuration_arguments)
                  == cmse_nscall_configured_target (built->configuration_arguments));
  if (!same)
    error ("%s was built for GCC %s but was loaded into GCC %s; "
           "rebuild it against this compiler",
           CMSE_NSCALL_NAME, cmse_nscall_built_for (),
           cmse_nscall_describe (running).c_str ());
  return same;
}
