// SPDX-License-Identifier: GPL-3.0-or-later
//
// attribute.h - the marks that make a function type a non-secure call:
// GCC's own cmse_nonsecure_call (with -mcmse) and the plugin's
// [[cmse::nonsecure_call]] / __attribute__((cmse_nscall)).
//
// Example: both of these mark ns_fn:
//   typedef int __attribute__((cmse_nonsecure_call)) ns_fn (int);
//   typedef int ns_fn (int) [[cmse::nonsecure_call]];
// Options: none.  Limits: see docs/diagnostics.md.

#ifndef CMSE_NSCALL_ATTRIBUTE_H
#define CMSE_NSCALL_ATTRIBUTE_H

// Register the plugin's spellings (PLUGIN_ATTRIBUTES) and the checks on
// declarations (PLUGIN_FINISH_DECL, PLUGIN_START_PARSE_FUNCTION).  Takes
// the plugin's base name as given to plugin_init.
void cmse_nscall_register_attributes (const char *plugin_name);

// Whether FNTYPE (a FUNCTION_TYPE or METHOD_TYPE) carries GCC's
// cmse_nonsecure_call or the plugin's cmse_nscall (which is what
// [[cmse::nonsecure_call]] is stored as).
bool cmse_nscall_marked_type_p (const_tree fntype);

// A copy of the attribute list ATTRS without the marks (the list itself
// is not modified: it may be shared by other types).
tree cmse_nscall_without_marks (tree attrs);

// Record that the signature of FNTYPE was checked where it was marked, and
// whether it was REJECTED there (an error was reported).
void cmse_nscall_note_signature (const_tree fntype, bool rejected);

// Whether the signature of FNTYPE was checked where it was marked, so a
// call site need not repeat its diagnostics.
bool cmse_nscall_signature_checked_p (const_tree fntype);

// Whether the signature of FNTYPE has already been rejected with an error.
bool cmse_nscall_signature_rejected_p (const_tree fntype);

#endif // CMSE_NSCALL_ATTRIBUTE_H
