// SPDX-License-Identifier: GPL-3.0-or-later
//
// site.h - the table of non-secure call sites of one translation unit and
// the private mark that carries a site's number from GIMPLE to RTL.
//
// Before (GIMPLE, as the front end left it):
//   r = p (x);               fntype int (int) [[cmse::nonsecure_call]]
// After cmse_nscall_mark (right after "ssa"):
//   t = __asm__ ("" : "=r" : "0" p);    hides the target from the optimiser
//   r = t (x);               fntype int (int) __attribute__(("cmse_nscall site" (0)))
// After cmse_nscall_notail (the last GIMPLE pass), which numbers the sites:
//   r = t (x);               fntype int (int) __attribute__(("cmse_nscall site 7" (7)))
// The private mark's name has a space, so no source can spell it; GCC's
// back end sees an ordinary indirect call (no libgcc helper, ordinary
// register allocation), and the RTL pass finds site 7 again.  The number is in the name as well,
// because GCC hashes type attributes by name only (site.cc).
//
// Why two steps: the mark (a type attribute) is streamed into LTO objects
// with the call, but this table lives in one process.  Site 0 means
// "marked, not numbered"; the table is filled by the pass that runs last
// before expansion in whichever process compiles the function to code
// (cc1, or lto1 at the link), so it never depends on another process.
//
// Options: none.  Limits: one table per process.

#ifndef CMSE_NSCALL_SITE_H
#define CMSE_NSCALL_SITE_H

#include "abi.h"

struct cmse_nscall_site
{
  cmse_nscall_layout layout;   // registers, padding masks, result
  location_t location;         // the first call with this layout
};

// Record a call site; returns its number (1, 2, ...).  Calls with equal
// layouts share a number (and LOCATION, the first one's).
unsigned cmse_nscall_add_site (const cmse_nscall_layout &layout, location_t loc);

// The site numbered ID, or NULL when there is none.
const cmse_nscall_site *cmse_nscall_get_site (unsigned id);

// FNTYPE with every user mark and any private mark removed and the
// private mark for site ID added (0: marked, not numbered yet).
// build_type_attribute_variant, so FNTYPE is not modified.
tree cmse_nscall_site_fntype (tree fntype, unsigned id);

// Whether FNTYPE carries the private mark, numbered or not.
bool cmse_nscall_private_mark_p (const_tree fntype);

// The site number in the private mark of FNTYPE, or 0 without one or
// when it is not numbered yet.
unsigned cmse_nscall_site_of_fntype (const_tree fntype);

// The site number carried by CALL_INSN INSN's (use (const_int ID)) tag in
// CALL_INSN_FUNCTION_USAGE (added after expand), or 0.
unsigned cmse_nscall_site_of_insn (const rtx_insn *insn);

// Add that tag to INSN.  Why: RTL cross-jumping compares call patterns
// but not MEM_EXPR (cfgcleanup.cc old_insns_match_p), and would merge a
// marked call with an unmarked one; a distinct usage list prevents it.
void cmse_nscall_tag_insn (rtx_insn *insn, unsigned id);

#endif // CMSE_NSCALL_SITE_H
