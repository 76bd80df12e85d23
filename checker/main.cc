// SPDX-License-Identifier: GPL-3.0-or-later
//
// main.cc - cmse-nscall-check: prove every Armv8-M non-secure call
// (blxns) in linked Secure images and relocatable objects, whoever
// compiled them.
//
// Example:
//   $ cmse-nscall-check secure.elf
//   secure.elf: 0x10000234 call_ns+0x1c PASS (note: cmse_nscall 0.1.0)
//   secure.elf: 1 call site: 1 PASS, 0 FAIL, 0 without a note
//   $ echo $?
//   0
// Options: see cmse_check_usage below (--help); every one is documented
// there and in docs/image-checker.md.
// Limits: see docs/image-checker.md "What it cannot prove".
// Exit status: 0 every site PASS; 1 a site FAILs (or a note names no
// call site); 2 usage error or unreadable file.

#include "analyse.h"
#include "disasm.h"
#include "elf-image.h"
#include "report.h"
#include "../plugin/cmse_nscall.h"

#include <stdio.h>
#include <string.h>
#include <string>
#include <vector>

static void
cmse_check_usage (FILE *out)
{
  fputs ("Usage: cmse-nscall-check [OPTION]... FILE...\n"
         "Prove that every Armv8-M non-secure call (blxns) in the executable\n"
         "sections of each ELF FILE (a linked image or a relocatable object) is\n"
         "safe: r4-r11 saved and restored, every register that carries no argument\n"
         "cleared, argument padding masked, bit 0 of the target cleared, APSR (and\n"
         "GE on DSP cores) cleared, FP state hidden or cleared with FPSCR, the\n"
         "VLLDM erratum mitigated, narrow results re-extended.  What cannot be\n"
         "proven FAILs.  Sites compiled by the cmse_nscall plugin carry a note\n"
         "saying which registers carry arguments; sites without one are checked\n"
         "assuming no register carries an argument, and are marked \"(no note)\".\n"
         "\n"
         "Options:\n"
         "  --json             one JSON array with an object per FILE on stdout\n"
         "  --all-reasons      print every reason a site fails, not only the first\n"
         "  --dsp=yes|no       the core has (no) DSP extension, so APSR.GE must (need\n"
         "                     not) be cleared; default: from the notes, else the\n"
         "                     build attributes (Tag_DSP_extension, Tag_CPU_name).\n"
         "                     A linked image has one set of attributes, merged over\n"
         "                     all its objects: give --dsp and --fp for sites\n"
         "                     without a note in Baseline code linked with Mainline\n"
         "                     objects\n"
         "  --erratum=yes|no   the VLLDM erratum (CVE-2021-35465) mitigation is (not)\n"
         "                     required; default: from the notes, else yes for\n"
         "                     Cortex-M33, M35P and M55 build attributes\n"
         "  --fp=yes|no        the core has (no) FP registers, whose Secure contents\n"
         "                     must be hidden or cleared; default: from the notes,\n"
         "                     else the build attributes (Tag_FP_arch, Tag_MVE_arch)\n"
         "  --help             print this help and exit\n"
         "  --version          print the version and exit\n"
         "  --                 end of options\n"
         "\n"
         "One line per call site: FILE: ADDRESS FUNCTION+OFFSET PASS|FAIL [first\n"
         "reason] (note: ...|no note); then FILE: N call site(s): P PASS, F FAIL,\n"
         "U without a note.  In objects ADDRESS is SECTION+OFFSET.\n"
         "Exit status: 0 all PASS, 1 any FAIL, 2 usage error or unreadable file.\n",
         out);
}

// Parse "--NAME=yes|no" ARG into *VALUE (1/0).  Returns false on another value.
static bool
cmse_check_yes_no (const char *arg, const char *name, int *value, bool *matched)
{
  size_t len = strlen (name);
  if (strncmp (arg, name, len) != 0 || arg[len] != '=')
    return true;
  *matched = true;
  const char *v = arg + len + 1;
  if (!strcmp (v, "yes"))
    *value = 1;
  else if (!strcmp (v, "no"))
    *value = 0;
  else
    {
      fprintf (stderr, "cmse-nscall-check: %s takes yes or no, not '%s'\n", name, v);
      return false;
    }
  return true;
}

int
main (int argc, char **argv)
{
  cmse_check_options options;
  bool json = false, all_reasons = false;
  std::vector<std::string> files;
  bool options_done = false;
  for (int i = 1; i < argc; i++)
    {
      const char *a = argv[i];
      if (options_done || a[0] != '-' || !a[1])
        {
          files.push_back (a);
          continue;
        }
      bool matched = false;
      if (!strcmp (a, "--"))
        options_done = true;
      else if (!strcmp (a, "--json"))
        json = true;
      else if (!strcmp (a, "--all-reasons"))
        all_reasons = true;
      else if (!strcmp (a, "--help"))
        {
          cmse_check_usage (stdout);
          return 0;
        }
      else if (!strcmp (a, "--version"))
        {
          printf ("cmse-nscall-check %s (reads note format 1 of cmse_nscall)\n",
                  CMSE_NSCALL_VERSION);
          return 0;
        }
      else
        {
          if (!cmse_check_yes_no (a, "--dsp", &options.dsp, &matched)
              || !cmse_check_yes_no (a, "--erratum", &options.erratum, &matched)
              || !cmse_check_yes_no (a, "--fp", &options.fp, &matched))
            return 2;
          if (!matched)
            {
              fprintf (stderr, "cmse-nscall-check: unknown option '%s'\n"
                       "Try 'cmse-nscall-check --help'.\n", a);
              return 2;
            }
        }
    }
  if (files.empty ())
    {
      cmse_check_usage (stderr);
      return 2;
    }
  std::string error;
  if (!cmse_disasm_init (&error))
    {
      fprintf (stderr, "cmse-nscall-check: %s\n", error.c_str ());
      return 2;
    }
  int status = 0;
  if (json)
    fputs ("[", stdout);
  for (size_t f = 0; f < files.size (); f++)
    {
      cmse_image image;
      if (!cmse_image_read (files[f], &image, &error))
        {
          fprintf (stderr, "cmse-nscall-check: %s\n", error.c_str ());
          status = 2;
          continue;
        }
      std::vector<std::string> problems;
      std::vector<cmse_site_result> sites = cmse_check_image (image, options, &problems);
      if (json)
        {
          if (f)
            fputs (", ", stdout);
          cmse_report_json (stdout, files[f], image.relocatable, sites, problems);
        }
      else
        cmse_report_text (stdout, files[f], image.relocatable, sites, problems,
                          all_reasons);
      bool failed = !problems.empty ();
      for (const cmse_site_result &s : sites)
        failed |= !s.pass;
      if (failed && status == 0)
        status = 1;
    }
  if (json)
    fputs ("]\n", stdout);
  return status;
}
