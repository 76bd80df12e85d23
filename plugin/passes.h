// SPDX-License-Identifier: GPL-3.0-or-later
//
// passes.h - constructors of the plugin's passes; cmse_nscall.cc registers
// them and says why each sits where it does.
//
//   cmse_nscall_mark     GIMPLE  check limits and target, swap in the
//                                private mark, hide the target (cc1 only)
//   cmse_nscall_notail   GIMPLE  number the sites, keep marked calls out of
//                                sibcall expansion, drop LTO link guards
//   cmse_nscall_tag      RTL     tag each marked CALL_INSN with its site
//   cmse_nscall_expand   RTL     replace each tagged call by the sequence
//   cmse_nscall_disabled_guard  GIMPLE  only with "disable", at an -flto
//                                link: bytecode the plugin prepared is an
//                                error saying so
//
// Options: none.  Limits: see each pass's file.

#ifndef CMSE_NSCALL_PASSES_H
#define CMSE_NSCALL_PASSES_H

opt_pass *cmse_nscall_make_mark_pass (gcc::context *ctxt);
opt_pass *cmse_nscall_make_notail_pass (gcc::context *ctxt);
opt_pass *cmse_nscall_make_tag_pass (gcc::context *ctxt);
opt_pass *cmse_nscall_make_expand_pass (gcc::context *ctxt);
opt_pass *cmse_nscall_make_disabled_guard_pass (gcc::context *ctxt);

#endif // CMSE_NSCALL_PASSES_H
