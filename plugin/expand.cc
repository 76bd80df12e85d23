// SPDX-License-Identifier: GPL-3.0-or-later
//
// expand.cc - the RTL pass that replaces each tagged call by the
// non-secure call sequence (sequence.cc), after register allocation, the
// prologue and scheduling, so that the registers it saves and clears are
// the final hard registers and nothing moves code into the sequence.
//
// Before (RTL, just before the "mach" pass):
//   (call_insn (set (reg:SI r0) (call (mem:SI (reg:SI r3)) ...)))   site 1
// After: one volatile asm insn per instruction:
//   push {r4-r11} / bic r12, r3, #1 / ... / blxns r12 / ... / pop {r4-r11}
// Each insn that moves sp carries REG_CFA_ADJUST_CFA (or, when the CFA is
// the frame pointer r7, which the sequence clears, REG_CFA_DEF_CFA through
// the copy of r7 saved on the stack), so a debugger can unwind from
// anywhere in the sequence.
//
// Options: none.  Limits: Armv8-M Mainline; one instruction per insn
// except the erratum's IT block, so arm_reorg's literal-pool placement,
// which counts 4 bytes per asm insn, stays within 2 bytes per call.

#include "cmse_nscall-gcc.h"
#include "cmse_nscall.h"
#include "passes.h"
#include "sequence.h"
#include "site.h"
#include "arch.h"
#include "notes.h"

namespace {

// The register holding the callee address in CALL_INSN INSN, or -1.
int
cmse_nscall_call_target_regno (rtx_insn *insn)
{
  rtx call = get_call_rtx_from (insn);
  if (!call || !MEM_P (XEXP (call, 0)))
    return -1;
  rtx address = XEXP (XEXP (call, 0), 0);
  if (!REG_P (address) || !HARD_REGISTER_P (address)
      || REGNO (address) > LR_REGNUM || REGNO (address) == SP_REGNUM)
    return -1;
  return REGNO (address);
}

// Whether the prologue saved callee-saved register REGNO (so the CFI
// already says where the caller's value is).  arm.cc saves the callee-saved
// core registers that are ever live and the frame pointer, and VFP
// registers in d pairs (s16 live saves d8, that is s16 and s17).
bool
cmse_nscall_prologue_saved_p (unsigned regno)
{
  if (IS_VFP_REGNUM (regno))
    {
      unsigned pair = regno - ((regno - FIRST_VFP_REGNUM) & 1);
      return df_regs_ever_live_p (pair) || df_regs_ever_live_p (pair + 1);
    }
  return df_regs_ever_live_p (regno)
         || (frame_pointer_needed && regno == HARD_FRAME_POINTER_REGNUM);
}

// A callee-saved register the sequence stored: where, as the depth (bytes
// the sequence had pushed) after the storing step and the offset from sp
// then.
struct cmse_nscall_saved_slot
{
  unsigned regno;
  int depth;
  int offset;
};

// What the CFI notes so far have said: the stored registers that need a
// rule, and where the frame pointer's copy is (for an r7-based CFA).
struct cmse_nscall_cfa_state
{
  std::vector<cmse_nscall_saved_slot> saved;
  bool r7_stored;
  cmse_nscall_saved_slot r7;
};

// The address of SLOT when the sequence has pushed DEPTH bytes.
rtx
cmse_nscall_slot_address (const cmse_nscall_saved_slot &slot, int depth)
{
  return plus_constant (Pmode, stack_pointer_rtx, slot.offset + depth - slot.depth);
}

rtx
cmse_nscall_reg_rtx (unsigned regno)
{
  return gen_rtx_REG (IS_VFP_REGNUM (regno) ? (machine_mode) SFmode
                                             : (machine_mode) SImode, regno);
}

// Mark INSN frame-related when a CFA note was put on it.  A step whose
// registers all keep the prologue's rule (e.g. Baseline's `mov r8, r4'
// when the prologue saved r8) gets no note; marked anyway, dwarf2cfi.cc
// would read the asm pattern itself as the CFI expression and stop with an
// internal error in dwarf2out_frame_debug_expr (it wants a SET).
void
cmse_nscall_mark_frame_related (rtx_insn *insn)
{
  for (rtx note = REG_NOTES (insn); note; note = XEXP (note, 1))
    switch (REG_NOTE_KIND (note))
      {
      case REG_CFA_DEF_CFA:
      case REG_CFA_ADJUST_CFA:
      case REG_CFA_OFFSET:
      case REG_CFA_EXPRESSION:
      case REG_CFA_RESTORE:
        RTX_FRAME_RELATED_P (insn) = 1;
        return;
      default:
        break;
      }
}

// Describe in the CFI the STEP just emitted as INSN.  DEPTH_AFTER is the
// number of bytes the sequence has pushed once the step is done;
// FRAME_POINTER_CFA_OFFSET is CFA - r7 when the CFA is r7-based, or -1
// when it is sp-based.  STATE carries what earlier steps stored.
//
// Registers the sequence stores and then overwrites (r4-r11, s16-s31) get
// save rules, so a debugger stopped inside the sequence shows the callers'
// values; registers the prologue saved keep their rule.  With an sp-based
// CFA, CFA-relative rules (REG_CFA_OFFSET) stay true while sp moves.  With
// the r7-based CFA, which the sequence must move to the stored copy of r7
// (it clears r7), a CFA-relative rule means nothing, so each rule is an
// address expression from sp (REG_CFA_EXPRESSION), restated after each
// move of sp.  Notes are applied in list order and add_reg_note prepends,
// so the CFA note, added last, is applied first.
void
cmse_nscall_note_cfa (rtx_insn *insn, const cmse_nscall_step &step,
                      int depth_after, HOST_WIDE_INT frame_pointer_cfa_offset,
                      cmse_nscall_cfa_state *state)
{
  bool sp_based = frame_pointer_cfa_offset < 0;

  for (const std::pair<unsigned, int> &save : step.saves)
    {
      cmse_nscall_saved_slot slot = { save.first, depth_after, save.second };
      if (save.first == HARD_FRAME_POINTER_REGNUM)
        {
          state->r7_stored = true;
          state->r7 = slot;
        }
      if (cmse_nscall_prologue_saved_p (save.first))
        continue;
      state->saved.push_back (slot);
      if (sp_based)
        {
          rtx reg = cmse_nscall_reg_rtx (slot.regno);
          add_reg_note (insn, REG_CFA_OFFSET,
                        gen_rtx_SET (gen_rtx_MEM (GET_MODE (reg),
                                                  cmse_nscall_slot_address (slot, depth_after)),
                                     reg));
        }
    }

  for (unsigned regno : step.restores)
    for (size_t k = 0; k < state->saved.size (); k++)
      if (state->saved[k].regno == regno)
        {
          add_reg_note (insn, REG_CFA_RESTORE, cmse_nscall_reg_rtx (regno));
          state->saved.erase (state->saved.begin () + k);
          break;
        }

  if (sp_based)
    {
      if (step.sp_delta)
        add_reg_note (insn, REG_CFA_ADJUST_CFA,
                      gen_rtx_SET (stack_pointer_rtx,
                                   plus_constant (Pmode, stack_pointer_rtx,
                                                  step.sp_delta)));
      cmse_nscall_mark_frame_related (insn);
      return;
    }

  if (step.sp_delta || !step.saves.empty ())
    for (const cmse_nscall_saved_slot &slot : state->saved)
      {
        rtx reg = cmse_nscall_reg_rtx (slot.regno);
        add_reg_note (insn, REG_CFA_EXPRESSION,
                      gen_rtx_SET (gen_rtx_MEM (GET_MODE (reg),
                                                cmse_nscall_slot_address (slot, depth_after)),
                                   reg));
      }
  bool r7_back = false;
  for (unsigned regno : step.restores)
    r7_back |= regno == HARD_FRAME_POINTER_REGNUM;
  if (r7_back)
    {
      state->r7_stored = false;
      add_reg_note (insn, REG_CFA_DEF_CFA,
                    plus_constant (Pmode, hard_frame_pointer_rtx,
                                   frame_pointer_cfa_offset));
    }
  else if (state->r7_stored && (step.sp_delta || !step.saves.empty ()))
    // The sequence clears r7: the CFA is the stored copy of r7 plus the
    // usual offset.
    add_reg_note (insn, REG_CFA_DEF_CFA,
                  plus_constant (Pmode,
                                 gen_rtx_MEM (Pmode,
                                              cmse_nscall_slot_address (state->r7,
                                                                        depth_after)),
                                 frame_pointer_cfa_offset));
  cmse_nscall_mark_frame_related (insn);
}

// Emit TEXT as a volatile basic asm insn before the call BEFORE, at the
// call's source location (final.cc prints the file of an asm's location
// and does not expect it to be unknown).
rtx_insn *
cmse_nscall_emit_text (const std::string &text, rtx_insn *before)
{
  location_t loc = INSN_LOCATION (before);
  if (loc == UNKNOWN_LOCATION)
    loc = DECL_SOURCE_LOCATION (current_function_decl);
  rtx body = gen_rtx_ASM_INPUT_loc (VOIDmode, ggc_strdup (text.c_str ()), loc);
  MEM_VOLATILE_P (body) = 1;
  return emit_insn_before_setloc (body, before, INSN_LOCATION (before));
}

// Emit the blxns step TEXT before the call BEFORE as an extended asm that
// clobbers every register the callee may change (AAPCS 6.1.1: r0-r3, r12,
// lr, the flags; 6.1.2: s0-s15).  Why: once the call insn is gone, the
// only record of those clobbers would be lost, and IPA-RA
// (final.cc collect_fn_hard_reg_usage) would tell this function's callers
// that r1-r3 survive it.
rtx_insn *
cmse_nscall_emit_call_text (const std::string &text, rtx_insn *before)
{
  location_t loc = INSN_LOCATION (before);
  rtx asm_rtx = gen_rtx_ASM_OPERANDS (VOIDmode, ggc_strdup (text.c_str ()), "",
                                      0, rtvec_alloc (0), rtvec_alloc (0),
                                      rtvec_alloc (0), loc);
  MEM_VOLATILE_P (asm_rtx) = 1;
  auto_vec<rtx> parts;
  parts.safe_push (asm_rtx);
  for (unsigned regno = 0; regno < FIRST_PSEUDO_REGISTER; regno++)
    if (default_function_abi.clobbers_full_reg_p (regno) && !fixed_regs[regno])
      parts.safe_push (gen_rtx_CLOBBER (VOIDmode,
                                        gen_rtx_REG (reg_raw_mode[regno], regno)));
  rtvec vec = rtvec_alloc (parts.length ());
  for (unsigned i = 0; i < parts.length (); i++)
    RTVEC_ELT (vec, i) = parts[i];
  return emit_insn_before_setloc (gen_rtx_PARALLEL (VOIDmode, vec), before, loc);
}

// Where to report a problem with CALL_INSN INSN of site SITE: the call's
// own location; the site's (the first call with its layout) only when the
// insn has none.
location_t
cmse_nscall_insn_location (const rtx_insn *insn, const cmse_nscall_site *site)
{
  location_t loc = INSN_LOCATION (insn);
  return loc != UNKNOWN_LOCATION ? loc : site->location;
}

// Replace CALL_INSN INSN of site SITE by its sequence, or report an error.
// (The sequence's stack is not in -fstack-usage: GCC writes that in
// "pro_and_epilogue", before this pass; see docs/sequence.md.)
void
cmse_nscall_expand_call (rtx_insn *insn, const cmse_nscall_site *site)
{
  location_t loc = cmse_nscall_insn_location (insn, site);
  int target_regno = cmse_nscall_call_target_regno (insn);
  if (target_regno < 0)
    {
      error_at (loc, "%s could not find the callee address of "
                "this non-secure call in a register; please report this",
                CMSE_NSCALL_NAME);
      return;
    }
  // The target is read here, where the call is expanded: inlining can
  // carry a call marked in one function into another compiled for a
  // different profile (#pragma GCC target, target attribute).
  cmse_nscall_target target = cmse_nscall_current_target ();
  if (target.profile == CMSE_NSCALL_NO_CMSE)
    {
      error_at (loc, "%s cannot expand this non-secure call in "
                "%qD, compiled for %qs, which lacks the Armv8-M Security "
                "Extension", CMSE_NSCALL_NAME, current_function_decl,
                target.name);
      return;
    }
  bool noreturn = find_reg_note (insn, REG_NORETURN, NULL_RTX) != NULL_RTX;
  std::vector<cmse_nscall_step> steps
    = cmse_nscall_sequence (site->layout, target, target_regno, noreturn);

  // Unwind information: sp-based CFA gets adjustments; an r7-based one
  // (frame pointer) must leave r7 before the sequence clears it.
  HOST_WIDE_INT frame_pointer_cfa_offset = -1;
  if (frame_pointer_needed)
    frame_pointer_cfa_offset = cfun->machine->stack_offsets.locals_base;

  int depth = 0;
  cmse_nscall_cfa_state cfa_state;
  cfa_state.r7_stored = false;
  for (const cmse_nscall_step &step : steps)
    {
      if (&step == &steps.front ())
        cmse_nscall_emit_note (site->layout, target, noreturn, insn);
      rtx_insn *emitted = step.is_call
                          ? cmse_nscall_emit_call_text (step.text, insn)
                          : cmse_nscall_emit_text (step.text, insn);
      depth -= step.sp_delta;
      if (step.sp_delta || !step.saves.empty () || !step.restores.empty ())
        cmse_nscall_note_cfa (emitted, step, depth, frame_pointer_cfa_offset,
                              &cfa_state);
    }

  // Var-tracking's description of the call's arguments is a note on the
  // call insn itself (REG_CALL_ARG_LOCATION) and goes with it.
  delete_insn (insn);
}

const pass_data cmse_nscall_expand_pass_data = {
  .type = RTL_PASS,
  .name = "cmse_nscall_expand",
  .optinfo_flags = OPTGROUP_NONE,
  .tv_id = TV_NONE,
  .properties_required = 0,
  .properties_provided = 0,
  .properties_destroyed = 0,
  .todo_flags_start = 0,
  .todo_flags_finish = 0,
};

class cmse_nscall_expand_pass : public rtl_opt_pass
{
public:
  cmse_nscall_expand_pass (gcc::context *ctxt)
    : rtl_opt_pass (cmse_nscall_expand_pass_data, ctxt)
  {}

  unsigned int
  execute (function *) final override
  {
    // "*free_cfg" has dropped the insn-to-block map; inserting and deleting
    // without it leaves stale block heads and ends for "mach"
    // (thumb2_reorg), which crashes.  Rebuild it for our edits, then free
    // it again as "mach" expects.
    compute_bb_for_insn ();
    rtx_insn *next;
    for (rtx_insn *insn = get_insns (); insn; insn = next)
      {
        next = NEXT_INSN (insn);
        unsigned id = cmse_nscall_site_of_insn (insn);
        if (!id)
          continue;
        const cmse_nscall_site *site = cmse_nscall_get_site (id);
        if (SIBLING_CALL_P (insn))
          {
            error_at (cmse_nscall_insn_location (insn, site),
                      "%s found this non-secure call "
                      "turned into a sibling call; please report this",
                      CMSE_NSCALL_NAME);
            continue;
          }
        cmse_nscall_expand_call (insn, site);
      }
    free_bb_for_insn ();
    return 0;
  }
};

} // anonymous namespace

opt_pass *
cmse_nscall_make_expand_pass (gcc::context *ctxt)
{
  return new cmse_nscall_expand_pass (ctxt);
}
