// SPDX-License-Identifier: GPL-3.0-or-later
//
// analyse.h - decide for every non-secure call site of an image whether
// the code proves the call safe.
//
// Example: an image with one plugin-expanded call at 0x10000234 in
// call_ns gives one result { addr 0x10000234, function "call_ns+0x1c",
// pass true, has_note true }; GCC 12's `bl __gnu_cmse_nonsecure_call' on a
// DSP core gives { pass false, reasons { "APSR.GE not cleared ..." } }.
// Options: cmse_check_options (DSP and erratum overrides).
// Limits: straight-line code only (see docs/image-checker.md): a branch,
// a branch target or an untracked change of sp inside a sequence ends
// what can be proven, and the site FAILs with "cannot prove".

#ifndef CMSE_NSCALL_CHECK_ANALYSE_H
#define CMSE_NSCALL_CHECK_ANALYSE_H

#include "elf-image.h"

#include <string>
#include <vector>

struct cmse_check_options
{
  int dsp = -1;       // 1/0: the core has (no) DSP extension; -1: from notes/attributes
  int erratum = -1;   // 1/0: VLLDM erratum mitigation required (not); -1: auto
  int fp = -1;        // 1/0: the core has (no) FP registers; -1: from notes/attributes
};

struct cmse_site_result
{
  std::string section;         // name of the code section
  uint32_t addr;               // the blxns, or the bl to libgcc's helper
  std::string function;        // "symbol+0xoff" or "?"
  std::string kind;            // "inline" or "libgcc helper at 0x..."
  bool pass;
  std::vector<std::string> reasons;   // why it fails, most basic first
  bool has_note;
  std::string note_version;    // plugin version from the note
};

// Check every call site of IMAGE.  Takes OPTIONS; appends to *PROBLEMS
// image-level findings that are not a call site (a note pointing at no
// blxns).  Returns the sites in address order.
std::vector<cmse_site_result> cmse_check_image (const cmse_image &image,
                                                const cmse_check_options &options,
                                                std::vector<std::string> *problems);

#endif // CMSE_NSCALL_CHECK_ANALYSE_H
