// SPDX-License-Identifier: GPL-3.0-or-later
//
// report.h - print the verdicts of cmse-nscall-check as text or JSON.
//
// Example (text):
//   secure.elf: 0x10000234 call_ns+0x1c PASS (note: cmse_nscall 0.1.0)
//   secure.elf: 0x10000290 main+0x40 FAIL r4 is not saved before the call ... (no note)
//   secure.elf: 2 call sites: 1 PASS, 1 FAIL, 1 without a note
// Example (JSON): {"file": "secure.elf", "sites": [{"address": "0x10000234",
//   "function": "call_ns+0x1c", "verdict": "PASS", ...}], "summary": {...}}
// Options: ALL_REASONS prints every reason, not only the first.
// Limits: none.

#ifndef CMSE_NSCALL_CHECK_REPORT_H
#define CMSE_NSCALL_CHECK_REPORT_H

#include "analyse.h"

#include <stdio.h>
#include <string>
#include <vector>

// Print the sites of FILE (RELOCATABLE: addresses are section offsets,
// printed with the section name) and image-level PROBLEMS to OUT, one
// line per site and a summary line.  Returns nothing.
void cmse_report_text (FILE *out, const std::string &file, bool relocatable,
                       const std::vector<cmse_site_result> &sites,
                       const std::vector<std::string> &problems, bool all_reasons);

// The same as one JSON object (no trailing newline), for tools.
void cmse_report_json (FILE *out, const std::string &file, bool relocatable,
                       const std::vector<cmse_site_result> &sites,
                       const std::vector<std::string> &problems);

#endif // CMSE_NSCALL_CHECK_REPORT_H
