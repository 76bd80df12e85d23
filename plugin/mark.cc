// SPDX-License-Identifier: GPL-3.0-or-later
//
// mark.cc - find the non-secure calls, check them, and carry their mark
// safely from the front end to the RTL expansion.
//
// Before (after the "ssa" pass):
//   _1 = ns_cb_3 (5);                  [fntype int (int) [[cmse::nonsecure_call]]]
// After cmse_nscall_mark:
//   __asm__ __volatile__("" : "=r" t_4 : "0" ns_cb_3);
//   _1 = t_4 (5);                      [fntype int (int) "cmse_nscall site"(0)]
// After cmse_nscall_notail (last GIMPLE pass), which numbers the site:
//   _1 = t_4 (5);                      [fntype int (int) "cmse_nscall site 1"(1)]
// The empty asm costs no instruction.  It keeps the optimiser from seeing
// through the target (no inlining or devirtualisation of a call through
// (ns_fn *) &secure_fn) and from merging this call with an unmarked call
// through the same pointer (GIMPLE tail merging compares target and
// arguments, not the function type: tree-ssa-tail-merge.cc).
//
// LTO (docs/lto.md): when the unit is also written as LTO bytecode, the
// asm is not empty but refers to the link-guard symbol
//   __asm__ __volatile__(".reloc ., R_ARM_NONE, \"cmse_nscall 0.1.0: ...\"" ...)
// and cmse_nscall_notail empties it again wherever the plugin compiles the
// function to code (cc1 for a fat object, lto1 at the link).  lto-wrapper
// does not pass -fplugin on to lto1 by itself; a link without the plugin
// keeps the reference, and ld fails with
//   undefined reference to `cmse_nscall 0.1.0: add -fplugin=cmse_nscall
//   to the link command of this -flto build'
// in each function whose non-secure calls would have been compiled by GCC
// alone.  R_ARM_NONE adds no byte; the reference sits in the function's
// own section, so --gc-sections drops it only with the function.
//
// Diagnostics here: the target check, the call-site limits (abi.cc) for
// signatures not already rejected where they were marked; at an LTO link,
// calls compiled without the plugin or by another version of it.
// Options: none.  Limits: see docs/sequence.md and docs/lto.md.

#include "cmse_nscall-gcc.h"
#include "cmse_nscall.h"
#include "abi.h"
#include "attribute.h"
#include "passes.h"
#include "site.h"
#include "arch.h"

namespace {

// The asm template that carries the link guard (see the header).  The
// symbol name is quoted (GNU as 2.26 and later) so that ld's
// "undefined reference" line is the instruction to the user; it names the
// version so that bytecode marked by another version of the plugin is
// not compiled by this one.
#define CMSE_NSCALL_LTO_GUARD_PREFIX ".reloc ., R_ARM_NONE, \"" CMSE_NSCALL_NAME " "
const char cmse_nscall_lto_guard[]
  = CMSE_NSCALL_LTO_GUARD_PREFIX CMSE_NSCALL_VERSION ": add -fplugin="
    CMSE_NSCALL_NAME " to the link command of this -flto build\"";

// Number of marked calls in the function the GIMPLE passes last saw,
// compared by the tag pass with what it finds in RTL.
tree cmse_nscall_counted_function;
unsigned cmse_nscall_counted_calls;

// Replace the target of CALL (before GSI) by an opaque copy, made by an
// asm whose template is TEMPLATE_TEXT ("" or the LTO link guard).
void
cmse_nscall_hide_target (gcall *call, gimple_stmt_iterator *gsi,
                         const char *template_text)
{
  tree target = gimple_call_fn (call);
  tree copy = make_ssa_name (TREE_TYPE (target));
  vec<tree, va_gc> *inputs = NULL;
  vec<tree, va_gc> *outputs = NULL;
  vec_safe_push (outputs, build_tree_list (build_tree_list (NULL_TREE,
                                                            build_string (3, "=r")),
                                           copy));
  vec_safe_push (inputs, build_tree_list (build_tree_list (NULL_TREE,
                                                           build_string (2, "0")),
                                          target));
  gasm *hide = gimple_build_asm_vec (template_text, inputs, outputs, NULL, NULL);
  gimple_asm_set_volatile (hide, true);
  gimple_set_location (hide, gimple_location (call));
  SSA_NAME_DEF_STMT (copy) = hide;
  gsi_insert_before (gsi, hide, GSI_SAME_STMT);
  gimple_call_set_fn (call, copy);
}

// Where to report on CALL: its location, else its function's.
location_t
cmse_nscall_call_location (const gcall *call)
{
  location_t loc = gimple_location (call);
  if (loc == UNKNOWN_LOCATION)
    loc = DECL_SOURCE_LOCATION (current_function_decl);
  return loc;
}

// The sequence overwrites r0-r3 and r12 and the call overwrites lr; a
// register made call-saved by -fcall-saved-REG would come back changed.
// Returns false after an error at LOC about the call through FNTYPE.
bool
cmse_nscall_call_clobbers_ok (tree fntype, location_t loc)
{
  for (unsigned regno : { 0u, 1u, 2u, 3u, 12u, (unsigned) LR_REGNUM })
    if (!default_function_abi.clobbers_full_reg_p (regno))
      {
        error_at (loc, "%<-fcall-saved-%s%> cannot be used with non-secure "
                  "calls: the call through %qT overwrites %s", reg_names[regno],
                  fntype, reg_names[regno]);
        return false;
      }
  return true;
}

void
cmse_nscall_mark_call (gcall *call, gimple_stmt_iterator *gsi)
{
  tree fntype = gimple_call_fntype (call);
  location_t loc = cmse_nscall_call_location (call);

  if (!cmse_nscall_call_clobbers_ok (fntype, loc))
    return;

  cmse_nscall_target target = cmse_nscall_current_target ();
  if (target.profile == CMSE_NSCALL_NO_CMSE)
    {
      error_at (loc, "call through non-secure call type %qT needs the "
                "Armv8-M Security Extension, which %qs does not have",
                fntype, target.name);
      return;
    }

  // Each signature is diagnosed once: where it was marked when it could be
  // checked there, else at its first call.  A call left unexpanded always
  // comes with an error, so it can never reach the object file.
  cmse_nscall_layout layout;
  bool checked = cmse_nscall_signature_checked_p (fntype);
  switch (cmse_nscall_layout_signature (fntype, loc, !checked, &layout))
    {
    case CMSE_NSCALL_OK:
      if (!checked)
        cmse_nscall_note_signature (fntype, false);
      break;
    case CMSE_NSCALL_INCOMPLETE:
      error_at (loc, "call through non-secure call type %qT: a parameter "
                "or the result has an incomplete type", fntype);
      return;
    case CMSE_NSCALL_REJECTED:
      // Rejected here but not where it was marked: an attribute added to
      // the type after the mark (pcs) changed its placement.
      if (checked && !cmse_nscall_signature_rejected_p (fntype))
        cmse_nscall_layout_signature (fntype, loc, true, NULL);
      cmse_nscall_note_signature (fntype, true);
      return;
    }

  // Numbered later (cmse_nscall_notail), in the process that expands it.
  gimple_call_set_fntype (call, cmse_nscall_site_fntype (fntype, 0));
  cmse_nscall_hide_target (call, gsi,
                           flag_generate_lto || flag_generate_offload
                           ? cmse_nscall_lto_guard : "");
  update_stmt (call);
}

const pass_data cmse_nscall_mark_pass_data = {
  .type = GIMPLE_PASS,
  .name = "cmse_nscall_mark",
  .optinfo_flags = OPTGROUP_NONE,
  .tv_id = TV_NONE,
  .properties_required = PROP_cfg | PROP_ssa,
  .properties_provided = 0,
  .properties_destroyed = 0,
  .todo_flags_start = 0,
  .todo_flags_finish = TODO_update_ssa,
};

class cmse_nscall_mark_pass : public gimple_opt_pass
{
public:
  cmse_nscall_mark_pass (gcc::context *ctxt)
    : gimple_opt_pass (cmse_nscall_mark_pass_data, ctxt)
  {}

  unsigned int
  execute (function *fun) final override
  {
    basic_block bb;
    FOR_EACH_BB_FN (bb, fun)
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
           gsi_next (&gsi))
        {
          gcall *call = dyn_cast<gcall *> (gsi_stmt (gsi));
          if (call && cmse_nscall_marked_type_p (gimple_call_fntype (call)))
            cmse_nscall_mark_call (call, &gsi);
        }
    return 0;
  }
};

const pass_data cmse_nscall_notail_pass_data = {
  .type = GIMPLE_PASS,
  .name = "cmse_nscall_notail",
  .optinfo_flags = OPTGROUP_NONE,
  .tv_id = TV_NONE,
  .properties_required = PROP_cfg,
  .properties_provided = 0,
  .properties_destroyed = 0,
  .todo_flags_start = 0,
  .todo_flags_finish = 0,
};

// Whether the asm STMT is a link guard of some version of the plugin.
bool
cmse_nscall_lto_guard_p (gasm *stmt)
{
  return strncmp (gimple_asm_string (stmt), CMSE_NSCALL_LTO_GUARD_PREFIX,
                  strlen (CMSE_NSCALL_LTO_GUARD_PREFIX)) == 0;
}

// The link guard in the asm ASM (see the header): the plugin is
// compiling this function to code, so the reference is dropped.  A guard
// of another version of the plugin means bytecode marked by that version
// (its private mark may mean something else): an error naming both.
void
cmse_nscall_drop_lto_guard (gasm *stmt)
{
  if (!cmse_nscall_lto_guard_p (stmt))
    return;
  const char *text = gimple_asm_string (stmt);
  if (strcmp (text, cmse_nscall_lto_guard) != 0)
    {
      const char *version = text + strlen (CMSE_NSCALL_LTO_GUARD_PREFIX);
      error_at (gimple_location (stmt),
                "this non-secure call was prepared for %<-flto%> by %s "
                "%.*s, but the link uses %s %s; compile and link with the "
                "same version", CMSE_NSCALL_NAME,
                (int) strcspn (version, ":\""), version, CMSE_NSCALL_NAME,
                CMSE_NSCALL_VERSION);
      return;
    }
  cmse_nscall_gimple_asm_set_string (stmt, "");
}

// Number the marked call CALL as a site of this process's table.
// Returns false after an error.  At an LTO link (in_lto_p) the call was
// marked and checked by cc1 in another process; what that check needed
// from the compiler's options is checked again here.
bool
cmse_nscall_number_call (gcall *call)
{
  tree fntype = gimple_call_fntype (call);
  location_t loc = cmse_nscall_call_location (call);
  if (in_lto_p && !cmse_nscall_call_clobbers_ok (fntype, loc))
    return false;
  cmse_nscall_layout layout;
  if (cmse_nscall_layout_signature (fntype, loc, false, &layout) != CMSE_NSCALL_OK)
    {
      error_at (loc, "%s cannot lay out the arguments of the non-secure "
                "call through %qT again; please report this",
                CMSE_NSCALL_NAME, fntype);
      return false;
    }
  unsigned id = cmse_nscall_add_site (layout, loc);
  gimple_call_set_fntype (call, cmse_nscall_site_fntype (fntype, id));
  return true;
}

class cmse_nscall_notail_pass : public gimple_opt_pass
{
public:
  cmse_nscall_notail_pass (gcc::context *ctxt)
    : gimple_opt_pass (cmse_nscall_notail_pass_data, ctxt)
  {}

  // Number each marked call in this process's site table, and keep it
  // from becoming a sibling call: that would leave the Non-secure callee
  // running with this function's frame gone and its return address
  // Secure.  Drop the LTO link guards: this is code the plugin compiles.
  unsigned int
  execute (function *fun) final override
  {
    cmse_nscall_counted_function = fun->decl;
    cmse_nscall_counted_calls = 0;
    basic_block bb;
    FOR_EACH_BB_FN (bb, fun)
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
           gsi_next (&gsi))
        {
          if (gasm *stmt = dyn_cast<gasm *> (gsi_stmt (gsi)))
            {
              cmse_nscall_drop_lto_guard (stmt);
              continue;
            }
          gcall *call = dyn_cast<gcall *> (gsi_stmt (gsi));
          if (!call)
            continue;
          tree fntype = gimple_call_fntype (call);
          if (!cmse_nscall_private_mark_p (fntype))
            {
              // Only bytecode from a cc1 without the plugin (or with
              // "disable") reaches lto1 with a user mark on a call.
              if (in_lto_p && cmse_nscall_marked_type_p (fntype))
                error_at (cmse_nscall_call_location (call),
                          "the call through non-secure call type %qT was "
                          "compiled without %s; add %<-fplugin=%s%> to the "
                          "command that compiles this file", fntype,
                          CMSE_NSCALL_NAME, CMSE_NSCALL_NAME);
              continue;
            }
          if (!cmse_nscall_number_call (call))
            continue;
          gimple_call_set_tail (call, false);
          gimple_call_set_must_tail (call, false);
          cmse_nscall_counted_calls++;
        }
    return 0;
  }
};

const pass_data cmse_nscall_tag_pass_data = {
  .type = RTL_PASS,
  .name = "cmse_nscall_tag",
  .optinfo_flags = OPTGROUP_NONE,
  .tv_id = TV_NONE,
  .properties_required = 0,
  .properties_provided = 0,
  .properties_destroyed = 0,
  .todo_flags_start = 0,
  .todo_flags_finish = 0,
};

class cmse_nscall_tag_pass : public rtl_opt_pass
{
public:
  cmse_nscall_tag_pass (gcc::context *ctxt)
    : rtl_opt_pass (cmse_nscall_tag_pass_data, ctxt)
  {}

  unsigned int
  execute (function *fun) final override
  {
    unsigned tagged = 0;
    for (rtx_insn *insn = get_insns (); insn; insn = NEXT_INSN (insn))
      {
        if (!CALL_P (insn))
          continue;
        rtx call = get_call_rtx_from (insn);
        if (!call || !MEM_P (XEXP (call, 0)) || !MEM_EXPR (XEXP (call, 0)))
          continue;
        unsigned id = cmse_nscall_site_of_fntype (TREE_TYPE (MEM_EXPR (XEXP (call, 0))));
        if (!id)
          continue;
        cmse_nscall_tag_insn (insn, id);
        tagged++;
      }
    // Expansion found every call the GIMPLE passes counted, or the
    // missing one would silently be an ordinary call.
    if (cmse_nscall_counted_function == fun->decl
        && tagged < cmse_nscall_counted_calls)
      error_at (DECL_SOURCE_LOCATION (fun->decl),
                "%s lost track of %u of the %u non-secure calls in %qD "
                "during RTL expansion; please report this",
                CMSE_NSCALL_NAME, cmse_nscall_counted_calls - tagged,
                cmse_nscall_counted_calls, fun->decl);
    return 0;
  }
};

const pass_data cmse_nscall_disabled_guard_pass_data = {
  .type = GIMPLE_PASS,
  .name = "cmse_nscall_disabled_guard",
  .optinfo_flags = OPTGROUP_NONE,
  .tv_id = TV_NONE,
  .properties_required = PROP_cfg,
  .properties_provided = 0,
  .properties_destroyed = 0,
  .todo_flags_start = 0,
  .todo_flags_finish = 0,
};

// With "disable", at an -flto link only: bytecode the plugin prepared
// still carries link guards.  Left alone they would stop the link with
// the guard's "add -fplugin=cmse_nscall" text, wrong for a link that has
// the plugin; this says what is really the matter, once per function.
class cmse_nscall_disabled_guard_pass : public gimple_opt_pass
{
public:
  cmse_nscall_disabled_guard_pass (gcc::context *ctxt)
    : gimple_opt_pass (cmse_nscall_disabled_guard_pass_data, ctxt)
  {}

  bool
  gate (function *) final override
  {
    return in_lto_p;
  }

  unsigned int
  execute (function *fun) final override
  {
    basic_block bb;
    FOR_EACH_BB_FN (bb, fun)
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
           gsi_next (&gsi))
        {
          gasm *stmt = dyn_cast<gasm *> (gsi_stmt (gsi));
          if (!stmt || !cmse_nscall_lto_guard_p (stmt))
            continue;
          error_at (gimple_location (stmt),
                    "this non-secure call in %qD was prepared for %<-flto%> "
                    "by %s, which this link disables "
                    "(%<-fplugin-arg-%s-disable%>), so it would not be "
                    "protected; link without %<disable%>, or compile "
                    "without the plugin", fun->decl, CMSE_NSCALL_NAME,
                    CMSE_NSCALL_NAME);
          return 0;
        }
    return 0;
  }
};

} // anonymous namespace

opt_pass *
cmse_nscall_make_disabled_guard_pass (gcc::context *ctxt)
{
  return new cmse_nscall_disabled_guard_pass (ctxt);
}

opt_pass *
cmse_nscall_make_mark_pass (gcc::context *ctxt)
{
  return new cmse_nscall_mark_pass (ctxt);
}

opt_pass *
cmse_nscall_make_notail_pass (gcc::context *ctxt)
{
  return new cmse_nscall_notail_pass (ctxt);
}

opt_pass *
cmse_nscall_make_tag_pass (gcc::context *ctxt)
{
  return new cmse_nscall_tag_pass (ctxt);
}
