// SPDX-License-Identifier: GPL-3.0-or-later
//
// sequence.cc - build the Armv8-M Mainline non-secure call sequence.
//
// Two forms (before/after for  float (*)(float)  hard float, target r3):
//  lazy     sub sp,#136; vlstm sp ... vlldm sp; add sp,#136 hide and
//           restore all FP state (s0-s31, FPSCR), relying on FPCCR_S.TS = 1
//           as Secure firmware using FP must set.  On Armv8-M Mainline
//           hard-float FP arguments cross it in core "shuttle" registers:
//             vmov r5, s0; sub sp,#136; vlstm sp; vmov s0, r5;
//             movs r4,#0; vmsr fpscr, r4 ... blxns r12; vmov r0, s0;
//             (erratum fix); vlldm sp; vmov s0, r0; add sp,#136
//           (no FP argument but an FP result: vmov r4, s0 before VLSTM, so
//           the Secure FP context is active and VLSTM saves it,
//           CVE-2024-7883).
//  explicit hard-float FP arguments or results on Armv8.1-M, or on
//           Mainline when the FP argument words do not fit the shuttles
//           (r5-r11 and the r0-r3 without a core argument): vpush
//           {d8-d15}; save FPSCR on the stack; zero FPSCR and every s
//           register that carries no argument; after the call restore
//           FPSCR and d8-d15.  Armv8.1-M: vpush {d8-d15}; vscclrm the
//           free s registers and VPR; vstr fpcxts (FPSCR and SFPA saved,
//           FPSCR = FPDSCR_NS for the callee) ... vldr fpcxts; vpop.
// In both, r4-r11 are pushed first and popped last, so the Secure values
// are restored whatever the callee does; every core register r0-r11 that
// carries no argument receives the (public) callee address; argument
// padding is cleared; APSR gets the callee address too (GE included when
// the DSP extension exists).
//
// Options: none.  Limits: Mainline (Armv8-M and Armv8.1-M) here; Baseline
// in cmse_nscall_baseline_sequence.

#include "cmse_nscall-gcc.h"
#include "cmse_nscall.h"
#include "sequence.h"

namespace {

// Scratch registers: r4 and r5 are free once r4-r11 are on the stack, and
// are cleared or restored before Non-secure code runs or Secure code
// resumes.  r12 (ip) is never an argument register (AAPCS 6.1.1) and holds
// the callee address from the bic on.
const unsigned cmse_nscall_scratch = 4;
const unsigned cmse_nscall_scratch2 = 5;
const unsigned cmse_nscall_ip = 12;

// Bytes VLSTM stores: s0-s31 (128), FPSCR (4) and a reserved word.
const int cmse_nscall_vlstm_area = 136;

std::string
cmse_nscall_reg (unsigned regno)
{
  return "r" + std::to_string (regno);
}

std::string
cmse_nscall_hex (uint32_t value)
{
  char buf[16];
  snprintf (buf, sizeof buf, "%#x", value);
  return buf;
}

void
cmse_nscall_add (std::vector<cmse_nscall_step> &steps, const std::string &text,
                 int sp_delta = 0)
{
  cmse_nscall_step step;
  step.text = text;
  step.sp_delta = sp_delta;
  step.is_call = false;
  steps.push_back (step);
}

// The last step stores registers FIRST.. FIRST+COUNT-1, 4 bytes apart from
// sp (after the step) + OFFSET.
void
cmse_nscall_saves (std::vector<cmse_nscall_step> &steps, unsigned first,
                   unsigned count, int offset = 0)
{
  for (unsigned i = 0; i < count; i++)
    steps.back ().saves.push_back (std::make_pair (first + i, offset + 4 * (int) i));
}

// After the last step, registers FIRST.. FIRST+COUNT-1 are back.
void
cmse_nscall_restores (std::vector<cmse_nscall_step> &steps, unsigned first,
                      unsigned count)
{
  for (unsigned i = 0; i < count; i++)
    steps.back ().restores.push_back (first + i);
}

// Clear the bits of core register REG that are not in LIVE, with the
// shortest of: uxtb/uxth (r0-r7, LIVE 0xff or 0xffff), one bic with an
// immediate, one or two bfc, or movw/movt of LIVE into SCRATCH and an and.
void
cmse_nscall_mask_core (std::vector<cmse_nscall_step> &steps, unsigned reg,
                       uint32_t live, unsigned scratch)
{
  uint32_t clear = ~live;
  if (clear == 0)
    return;
  std::string r = cmse_nscall_reg (reg);
  // A low register keeping its low byte or half-word: the 16-bit
  // extension is half the size of a bic or bfc.
  if (reg <= 7 && (live == 0xff || live == 0xffff))
    {
      cmse_nscall_add (steps, (live == 0xff ? "uxtb\t" : "uxth\t") + r + ", " + r);
      return;
    }
  if (cmse_nscall_thumb2_immediate_p (clear))
    {
      cmse_nscall_add (steps, "bic\t" + r + ", " + r + ", #" + cmse_nscall_hex (clear));
      return;
    }
  std::vector<std::pair<unsigned, unsigned> > runs;   // (lsb, width)
  for (unsigned bit = 0; bit < 32;)
    {
      if (!(clear >> bit & 1))
        {
          bit++;
          continue;
        }
      unsigned lsb = bit;
      while (bit < 32 && (clear >> bit & 1))
        bit++;
      runs.push_back (std::make_pair (lsb, bit - lsb));
    }
  if (runs.size () <= 2)
    {
      for (const std::pair<unsigned, unsigned> &run : runs)
        cmse_nscall_add (steps, "bfc\t" + r + ", #" + std::to_string (run.first)
                                + ", #" + std::to_string (run.second));
      return;
    }
  std::string s = cmse_nscall_reg (scratch);
  cmse_nscall_add (steps, "movw\t" + s + ", #" + cmse_nscall_hex (live & 0xffff));
  cmse_nscall_add (steps, "movt\t" + s + ", #" + cmse_nscall_hex (live >> 16));
  cmse_nscall_add (steps, "and\t" + r + ", " + r + ", " + s);
}

// Every core register r0-r11 but the argument registers: on Mainline each
// gets the callee address, which Non-secure code knows anyway; on
// Armv8.1-M one clrm zeroes them and APSR.
void
cmse_nscall_clear_core (std::vector<cmse_nscall_step> &steps,
                        const cmse_nscall_layout &layout, bool v8_1m)
{
  if (v8_1m)
    {
      std::string list;
      for (unsigned reg = 0; reg <= 11; reg++)
        if (reg >= 4 || !(layout.core_args >> reg & 1))
          list += cmse_nscall_reg (reg) + ", ";
      cmse_nscall_add (steps, "clrm\t{" + list + "APSR}");
      return;
    }
  for (unsigned reg = 0; reg <= 11; reg++)
    if (reg >= 4 || !(layout.core_args >> reg & 1))
      cmse_nscall_add (steps, "mov\t" + cmse_nscall_reg (reg) + ", "
                              + cmse_nscall_reg (cmse_nscall_ip));
}

// Padding inside an argument is zero, as if the argument had been built in
// zeroed memory: partly used registers are masked, and a register that is
// all padding is set to 0.
void
cmse_nscall_mask_core_args (std::vector<cmse_nscall_step> &steps,
                            const cmse_nscall_layout &layout)
{
  for (unsigned reg = 0; reg < 4; reg++)
    {
      if (!(layout.core_args >> reg & 1))
        continue;
      if (layout.core_live[reg] == 0)
        cmse_nscall_add (steps, "movs\t" + cmse_nscall_reg (reg) + ", #0");
      else
        cmse_nscall_mask_core (steps, reg, layout.core_live[reg], cmse_nscall_scratch);
    }
}

// Whether the call has hard-float FP arguments or an FP result.
bool
cmse_nscall_has_vfp (const cmse_nscall_layout &layout)
{
  if (layout.vfp_result)
    return true;
  for (uint32_t live : layout.vfp_live)
    if (live)
      return true;
  return false;
}

// One move between FP registers and core "shuttle" registers: COUNT (1 or
// 2) s registers from SREG on (2: the d register SREG / 2) and the core
// registers CORE[0..COUNT-1].
struct cmse_nscall_shuttle
{
  unsigned sreg;
  unsigned count;
  unsigned core[2];
};

// Plan the moves of the s registers in MASK (bit N = sN, N < 16) to core
// registers taken in order from POOL: a pair s2k/s2k+1 both in MASK moves
// as dk with one vmov of two core registers.  Returns false when POOL is
// too short.
bool
cmse_nscall_plan_shuttles (unsigned mask, const std::vector<unsigned> &pool,
                           std::vector<cmse_nscall_shuttle> *moves)
{
  size_t next = 0;
  for (unsigned sreg = 0; sreg < 16; sreg++)
    {
      if (!(mask >> sreg & 1))
        continue;
      cmse_nscall_shuttle move;
      move.sreg = sreg;
      move.count = (sreg % 2 == 0 && (mask >> (sreg + 1) & 1)) ? 2 : 1;
      if (next + move.count > pool.size ())
        return false;
      for (unsigned i = 0; i < move.count; i++)
        move.core[i] = pool[next++];
      moves->push_back (move);
      sreg += move.count - 1;
    }
  return true;
}

// vmov from FP registers to the shuttles (TO_CORE) or back.
void
cmse_nscall_move_shuttles (std::vector<cmse_nscall_step> &steps,
                           const std::vector<cmse_nscall_shuttle> &moves, bool to_core)
{
  for (const cmse_nscall_shuttle &m : moves)
    {
      std::string core = cmse_nscall_reg (m.core[0]);
      std::string fp = "s" + std::to_string (m.sreg);
      if (m.count == 2)
        {
          core += ", " + cmse_nscall_reg (m.core[1]);
          fp = "d" + std::to_string (m.sreg / 2);
        }
      cmse_nscall_add (steps, "vmov\t" + (to_core ? core + ", " + fp : fp + ", " + core));
    }
}

// The FP argument registers of LAYOUT (bit N = sN).
unsigned
cmse_nscall_vfp_arg_mask (const cmse_nscall_layout &layout)
{
  unsigned mask = 0;
  for (unsigned sreg = 0; sreg < 16; sreg++)
    if (layout.vfp_live[sreg])
      mask |= 1u << sreg;
  return mask;
}

// Shuttles for the arguments: r5-r11 (saved by the push; r4 stays the
// scratch of the masks and of FPSCR), then r0-r3 that carry no core
// argument; all of them receive the callee address before the blxns.
bool
cmse_nscall_plan_arg_shuttles (const cmse_nscall_layout &layout,
                               std::vector<cmse_nscall_shuttle> *moves)
{
  std::vector<unsigned> pool;
  for (unsigned reg = 5; reg <= 11; reg++)
    pool.push_back (reg);
  for (unsigned reg = 0; reg < 4; reg++)
    if (!(layout.core_args >> reg & 1))
      pool.push_back (reg);
  return cmse_nscall_plan_shuttles (cmse_nscall_vfp_arg_mask (layout), pool, moves);
}

// Shuttles for the result across VLLDM: r0-r3 (call-clobbered, no result
// in them under AAPCS-VFP), then r5-r11 (the pop restores them after the
// move back); never r4, the erratum fix's scratch.  An AAPCS-VFP result
// is at most 8 words (an HFA of four doubles, AAPCS 6.1.2.1), so they fit;
// returns false otherwise.
bool
cmse_nscall_plan_result_shuttles (const cmse_nscall_layout &layout,
                                  std::vector<cmse_nscall_shuttle> *moves)
{
  std::vector<unsigned> pool = { 0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11 };
  return cmse_nscall_plan_shuttles (layout.vfp_result & 0xffff, pool, moves);
}

// Armv8-M Mainline hard float: whether the lazy form carries the FP
// arguments across VLSTM and the FP result across VLLDM (both fit their
// shuttles); otherwise the explicit form is used.
bool
cmse_nscall_lazy_hard_p (const cmse_nscall_layout &layout, bool v8_1m)
{
  std::vector<cmse_nscall_shuttle> args, result;
  return !v8_1m && cmse_nscall_has_vfp (layout)
         && cmse_nscall_plan_arg_shuttles (layout, &args)
         && cmse_nscall_plan_result_shuttles (layout, &result);
}

// s registers that carry argument bits partly: clear the other bits
// through a core scratch register (r5, saved with r4-r11).
void
cmse_nscall_mask_fp_args (std::vector<cmse_nscall_step> &steps,
                          const cmse_nscall_layout &layout)
{
  for (unsigned sreg = 0; sreg < 16; sreg++)
    {
      uint32_t live = layout.vfp_live[sreg];
      if (live == 0 || live == 0xffffffffu)
        continue;
      std::string name = "s" + std::to_string (sreg);
      std::string tmp = cmse_nscall_reg (cmse_nscall_scratch2);
      cmse_nscall_add (steps, "vmov\t" + tmp + ", " + name);
      cmse_nscall_mask_core (steps, cmse_nscall_scratch2, live, cmse_nscall_scratch);
      cmse_nscall_add (steps, "vmov\t" + name + ", " + tmp);
    }
}

// Hard float with FP arguments or results: everything by hand.  Mainline:
// FPSCR copied to the stack, then zeroed, and every s register that carries
// no argument zeroed from a zero core register.  Armv8.1-M: FP registers and
// VPR cleared by vscclrm, one range per run of free registers, then FPCXT_S
// (FPSCR and CONTROL_S.SFPA) saved with one vstr, which also gives the
// callee FPSCR = FPDSCR_NS.
void
cmse_nscall_explicit_fp_before (std::vector<cmse_nscall_step> &steps,
                                const cmse_nscall_layout &layout, bool v8_1m)
{
  const std::string zero = cmse_nscall_reg (cmse_nscall_scratch);
  if (v8_1m)
    {
      // The vpush is an FP instruction: with CONTROL_S.SFPA 0 and
      // FPCCR_S.ASPEN 1 it creates the Secure FP context, so the vscclrm
      // after it is never the NOP it is while SFPA is 0 and ASPEN 1
      // (Armv8.1-M ARM, VSCCLRM; QEMU trans_VSCCLRM).
      cmse_nscall_add (steps, "vpush\t{d8-d15}", -64);
      cmse_nscall_saves (steps, FIRST_VFP_REGNUM + 16, 16);
      cmse_nscall_mask_fp_args (steps, layout);
      std::vector<std::pair<unsigned, unsigned> > runs;   // free s registers
      for (unsigned sreg = 0; sreg < 32;)
        {
          if (sreg < 16 && layout.vfp_live[sreg])
            {
              sreg++;
              continue;
            }
          unsigned first = sreg;
          while (sreg < 32 && !(sreg < 16 && layout.vfp_live[sreg]))
            sreg++;
          runs.push_back (std::make_pair (first, sreg - 1));
        }
      for (const std::pair<unsigned, unsigned> &run : runs)
        cmse_nscall_add (steps, "vscclrm\t{s" + std::to_string (run.first)
                                + (run.second > run.first
                                   ? "-s" + std::to_string (run.second) : "")
                                + ", vpr}");
      // Last FP-side step: reading FPCXT_S resets FPSCR to FPDSCR_NS and
      // clears CONTROL_S.SFPA (Armv8.1-M ARM, FPCXT_S; QEMU
      // gen_M_fp_sysreg_read), so the callee gets Non-secure's default
      // FPSCR, LTPSIZE included (4 on MVE cores: no tail predication;
      // cmse_nscall.run/fpscr-ltpsize.c).  An FP instruction after it
      // would create a new Secure FP context, FPSCR = FPDSCR_S: nothing
      // but core-register steps may follow before the blxns.
      cmse_nscall_add (steps, "vstr\tfpcxts, [sp, #-8]!", -8);
      return;
    }
  cmse_nscall_add (steps, "vpush\t{d8-d15}", -64);
  cmse_nscall_saves (steps, FIRST_VFP_REGNUM + 16, 16);
  // FPSCR's mode bits (rounding, flush-to-zero, default NaN) are Secure
  // state the callee may change: keep a copy for after the call.
  cmse_nscall_add (steps, "vmrs\t" + zero + ", fpscr");
  cmse_nscall_add (steps, "push\t{r4, r5}", -8);
  cmse_nscall_mask_fp_args (steps, layout);
  cmse_nscall_add (steps, "movs\t" + zero + ", #0");
  cmse_nscall_add (steps, "vmsr\tfpscr, " + zero);
  for (unsigned d = 0; d < 16; d++)
    {
      bool lo_arg = d < 8 && layout.vfp_live[2 * d] != 0;
      bool hi_arg = d < 8 && layout.vfp_live[2 * d + 1] != 0;
      if (!lo_arg && !hi_arg)
        cmse_nscall_add (steps, "vmov\td" + std::to_string (d) + ", " + zero + ", " + zero);
      else if (!lo_arg)
        cmse_nscall_add (steps, "vmov\ts" + std::to_string (2 * d) + ", " + zero);
      else if (!hi_arg)
        cmse_nscall_add (steps, "vmov\ts" + std::to_string (2 * d + 1) + ", " + zero);
    }
}

// After the call: FPSCR back (Armv8.1-M: FPCXT_S, so the callee's flags do
// not survive), d8-d15 back.
void
cmse_nscall_explicit_fp_after (std::vector<cmse_nscall_step> &steps, bool v8_1m)
{
  if (v8_1m)
    {
      // SFPA and FPSCR back first, so the vpop runs in the restored
      // Secure FP context rather than creating one.
      cmse_nscall_add (steps, "vldr\tfpcxts, [sp], #8", 8);
      cmse_nscall_add (steps, "vpop\t{d8-d15}", 64);
      cmse_nscall_restores (steps, FIRST_VFP_REGNUM + 16, 16);
      return;
    }
  const std::string saved = cmse_nscall_reg (cmse_nscall_scratch);
  cmse_nscall_add (steps, "pop\t{r4, r5}", 8);
  cmse_nscall_add (steps, "vmsr\tfpscr, " + saved);
  cmse_nscall_add (steps, "vpop\t{d8-d15}", 64);
  cmse_nscall_restores (steps, FIRST_VFP_REGNUM + 16, 16);
}

// Re-establish what GCC assumes of the result once Non-secure code has
// written r0-r1: an integral result fits its precision (uxtb, sxth,
// "and #1" for _Bool, ubfx/sbfx for other widths), and an aggregate's
// _Bool and narrow unsigned members fit theirs.  r12 is free here: it is
// call-clobbered and no longer holds anything.
void
cmse_nscall_check_result (std::vector<cmse_nscall_step> &steps,
                          const cmse_nscall_layout &layout)
{
  unsigned bits = layout.result_bits;
  if (bits == 1 && !layout.result_signed)
    cmse_nscall_add (steps, "and\tr0, r0, #1");
  else if (bits == 8 || bits == 16)
    cmse_nscall_add (steps, std::string (layout.result_signed ? "sxt" : "uxt")
                            + (bits == 8 ? "b" : "h") + "\tr0, r0");
  else if (bits)
    cmse_nscall_add (steps, std::string (layout.result_signed ? "sbfx" : "ubfx")
                            + "\tr0, r0, #0, #" + std::to_string (bits));
  for (unsigned reg = 0; reg < 2; reg++)
    if (layout.result_live[reg] != 0xffffffffu)
      cmse_nscall_mask_core (steps, reg, layout.result_live[reg], cmse_nscall_ip);
}

// Baseline has neither bfc, ubfx nor "and #imm": keep LIVE bits of low
// register REG with uxtb/uxth when they are the low byte or half-word,
// else with a movw/movt mask in low register SCRATCH and ands.
void
cmse_nscall_baseline_mask (std::vector<cmse_nscall_step> &steps, unsigned reg,
                           uint32_t live, unsigned scratch)
{
  std::string r = cmse_nscall_reg (reg);
  if (live == 0xffffffffu)
    return;
  if (live == 0)
    cmse_nscall_add (steps, "movs\t" + r + ", #0");
  else if (live == 0xff || live == 0xffff)
    cmse_nscall_add (steps, (live == 0xff ? "uxtb\t" : "uxth\t") + r + ", " + r);
  else
    {
      std::string t = cmse_nscall_reg (scratch);
      cmse_nscall_add (steps, "movw\t" + t + ", #" + cmse_nscall_hex (live & 0xffff));
      cmse_nscall_add (steps, "movt\t" + t + ", #" + cmse_nscall_hex (live >> 16));
      cmse_nscall_add (steps, "ands\t" + r + ", " + t);
    }
}

// The result checks of cmse_nscall_check_result with Baseline
// instructions; r2 is the scratch (results use r0-r1 only).
void
cmse_nscall_baseline_check_result (std::vector<cmse_nscall_step> &steps,
                                   const cmse_nscall_layout &layout)
{
  unsigned bits = layout.result_bits;
  if (bits == 8 || bits == 16)
    cmse_nscall_add (steps, std::string (layout.result_signed ? "sxt" : "uxt")
                            + (bits == 8 ? "b" : "h") + "\tr0, r0");
  else if (bits)
    {
      std::string shift = "#" + std::to_string (32 - bits);
      cmse_nscall_add (steps, "lsls\tr0, r0, " + shift);
      cmse_nscall_add (steps, std::string (layout.result_signed ? "asrs" : "lsrs")
                              + "\tr0, r0, " + shift);
    }
  for (unsigned reg = 0; reg < 2; reg++)
    cmse_nscall_baseline_mask (steps, reg, layout.result_live[reg], 2);
}

// Armv8-M Mainline and Armv8.1-M Mainline.
std::vector<cmse_nscall_step>
cmse_nscall_mainline_sequence (const cmse_nscall_layout &layout,
                               const cmse_nscall_target &target,
                               unsigned target_regno, bool v8_1m)
{
  std::vector<cmse_nscall_step> steps;
  const std::string ip = cmse_nscall_reg (cmse_nscall_ip);
  const std::string scratch = cmse_nscall_reg (cmse_nscall_scratch);
  bool lazy_hard = cmse_nscall_lazy_hard_p (layout, v8_1m);
  bool explicit_fp = cmse_nscall_has_vfp (layout) && !lazy_hard;
  std::vector<cmse_nscall_shuttle> arg_moves, result_moves;
  if (lazy_hard)
    {
      cmse_nscall_plan_arg_shuttles (layout, &arg_moves);
      cmse_nscall_plan_result_shuttles (layout, &result_moves);
    }

  cmse_nscall_add (steps, "push\t{r4-r11}", -32);
  cmse_nscall_saves (steps, 4, 8);
  cmse_nscall_add (steps, "bic\t" + ip + ", " + cmse_nscall_reg (target_regno) + ", #1");
  cmse_nscall_mask_core_args (steps, layout);

  if (explicit_fp)
    cmse_nscall_explicit_fp_before (steps, layout, v8_1m);
  else
    {
      if (lazy_hard)
        {
          // The FP arguments go to core registers before VLSTM, which
          // hides every FP register.  Reading them is an FP instruction,
          // so the Secure FP context is active (CONTROL_S.SFPA = 1) and
          // VLSTM saves it; with no FP argument, a read of s0 does the
          // same, or VLSTM would save nothing and VLLDM after the FP
          // result move would load a never-written area (CVE-2024-7883).
          cmse_nscall_move_shuttles (steps, arg_moves, true);
          if (arg_moves.empty ())
            cmse_nscall_add (steps, "vmov\t" + scratch + ", s0");
          // Half-precision arguments: only the low half-word is the
          // argument (AAPCS 6.1.2.1); the rest is cleared in the shuttle.
          for (const cmse_nscall_shuttle &m : arg_moves)
            for (unsigned i = 0; i < m.count; i++)
              {
                uint32_t live = layout.vfp_live[m.sreg + i];
                if (live != 0xffffffffu)
                  cmse_nscall_mask_core (steps, m.core[i], live, cmse_nscall_scratch);
              }
        }
      cmse_nscall_add (steps, "sub\tsp, sp, #" + std::to_string (cmse_nscall_vlstm_area),
                       -cmse_nscall_vlstm_area);
      cmse_nscall_add (steps, "vlstm\tsp");
      if (!arg_moves.empty ())
        {
          // The first FP instruction after VLSTM performs the lazy
          // preservation (saving, and with FPCCR_S.TS = 1 clearing, s0-s31
          // and FPSCR); then the arguments come back, and FPSCR gets a
          // defined value rather than whatever the preservation left.
          cmse_nscall_move_shuttles (steps, arg_moves, false);
          cmse_nscall_add (steps, "movs\t" + scratch + ", #0");
          cmse_nscall_add (steps, "vmsr\tfpscr, " + scratch);
        }
    }

  cmse_nscall_clear_core (steps, layout, v8_1m);
  if (!v8_1m)
    cmse_nscall_add (steps, std::string ("msr\tAPSR_nzcvq") + (target.has_dsp ? "g" : "")
                            + ", " + ip);
  cmse_nscall_add (steps, "blxns\t" + ip);
  steps.back ().is_call = true;

  if (explicit_fp)
    cmse_nscall_explicit_fp_after (steps, v8_1m);
  else
    {
      // The FP result would be overwritten by VLLDM: it waits in core
      // registers.
      cmse_nscall_move_shuttles (steps, result_moves, true);
      if (target.vlldm_erratum_fix && v8_1m)
        // CVE-2021-35465 on Armv8.1-M, as GCC does it: clear VPR first.
        cmse_nscall_add (steps, "vscclrm\t{vpr}");
      else if (target.vlldm_erratum_fix)
        {
          // CVE-2021-35465: touch the FP unit before VLLDM when the Secure
          // FP context is active (CONTROL_S.SFPA, bit 3), and only then,
          // so VLLDM never loads an area VLSTM did not write
          // (CVE-2024-7883).  .inst: vmovne.f32 s0, s0 also assembles
          // for targets without FP instructions.
          // r4 is free until the pop restores it, and a low register lets
          // a 16-bit lsls move SFPA into the N flag (2 bytes less than
          // tst.w).
          cmse_nscall_add (steps, "mrs\tr4, control");
          cmse_nscall_add (steps, "lsls\tr4, r4, #28");
          cmse_nscall_add (steps, "it\tmi\n\t.inst.w\t0xeeb00a40");
        }
      cmse_nscall_add (steps, "vlldm\tsp");
      cmse_nscall_move_shuttles (steps, result_moves, false);
      cmse_nscall_add (steps, "add\tsp, sp, #" + std::to_string (cmse_nscall_vlstm_area),
                       cmse_nscall_vlstm_area);
    }
  cmse_nscall_add (steps, "pop\t{r4-r11}", 32);
  cmse_nscall_restores (steps, 4, 8);
  cmse_nscall_check_result (steps, layout);
  return steps;
}

// Armv8-M Baseline: Thumb-1 push/pop reach r0-r7 and lr only, so r8-r11
// are saved through r4-r7; bit 0 is cleared with bics in a low register
// (r4, which then holds the callee address and clears the others); there
// is no FP state and no GE field.
std::vector<cmse_nscall_step>
cmse_nscall_baseline_sequence (const cmse_nscall_layout &layout,
                               unsigned target_regno)
{
  std::vector<cmse_nscall_step> steps;
  const unsigned target = 4;
  cmse_nscall_add (steps, "push\t{r4-r7}", -16);
  cmse_nscall_saves (steps, 4, 4);
  if (target_regno >= 4 && target_regno <= 7)
    {
      // The callee address is in one of r4-r7 (four integer arguments
      // leave GCC no r0-r3): r8-r11 go through the other three, r9-r11
      // with one push and r8 with a second, so the stack holds r8-r11
      // from the lowest address up as after push {r4-r7}, and the pops
      // below fit.  One instruction less than copying the address away
      // and back.
      std::vector<unsigned> carriers;
      for (unsigned reg = 4; reg <= 7; reg++)
        if (reg != target_regno)
          carriers.push_back (reg);
      std::string list;
      for (unsigned i = 0; i < 3; i++)
        {
          cmse_nscall_add (steps, "mov\t" + cmse_nscall_reg (carriers[2 - i]) + ", r"
                                  + std::to_string (11 - i));
          list += (i ? ", " : "") + cmse_nscall_reg (carriers[i]);
        }
      cmse_nscall_add (steps, "push\t{" + list + "}", -12);
      cmse_nscall_saves (steps, 9, 3);
      cmse_nscall_add (steps, "mov\t" + cmse_nscall_reg (carriers[0]) + ", r8");
      cmse_nscall_add (steps, "push\t{" + cmse_nscall_reg (carriers[0]) + "}", -4);
      cmse_nscall_saves (steps, 8, 1);
    }
  else
    {
      cmse_nscall_add (steps, "mov\tr7, r11");
      cmse_nscall_add (steps, "mov\tr6, r10");
      cmse_nscall_add (steps, "mov\tr5, r9");
      cmse_nscall_add (steps, "mov\tr4, r8");
      cmse_nscall_add (steps, "push\t{r4-r7}", -16);
      cmse_nscall_saves (steps, 8, 4);
    }
  // Bit 0 is cleared in r4, or in place when the address is in r0-r3: a
  // register of those that carries no argument is call-clobbered (AAPCS
  // 6.1.1), so nothing reads it after the call.  Either way r4 ends up
  // with the cleared address, and the others are filled from FILLER.
  unsigned filler = target;
  if (target_regno <= 3)
    filler = target_regno;
  else if (target_regno != target)
    cmse_nscall_add (steps, "mov\tr4, " + cmse_nscall_reg (target_regno));
  cmse_nscall_add (steps, "movs\tr5, #1");
  cmse_nscall_add (steps, "bics\t" + cmse_nscall_reg (filler) + ", r5");
  for (unsigned reg = 0; reg < 4; reg++)
    if (layout.core_args >> reg & 1)
      cmse_nscall_baseline_mask (steps, reg, layout.core_live[reg], 5);
  for (unsigned reg = 0; reg <= 12; reg++)
    if (reg != filler && (reg >= 4 || !(layout.core_args >> reg & 1)))
      cmse_nscall_add (steps, "mov\t" + cmse_nscall_reg (reg) + ", "
                              + cmse_nscall_reg (filler));
  cmse_nscall_add (steps, "msr\tAPSR_nzcvq, r4");
  cmse_nscall_add (steps, "blxns\tr4");
  steps.back ().is_call = true;
  cmse_nscall_add (steps, "pop\t{r4-r7}", 16);
  cmse_nscall_add (steps, "mov\tr8, r4");
  cmse_nscall_add (steps, "mov\tr9, r5");
  cmse_nscall_add (steps, "mov\tr10, r6");
  cmse_nscall_add (steps, "mov\tr11, r7");
  cmse_nscall_restores (steps, 8, 4);
  cmse_nscall_add (steps, "pop\t{r4-r7}", 16);
  cmse_nscall_restores (steps, 4, 4);
  cmse_nscall_baseline_check_result (steps, layout);
  // Thumb-1 targets print inline asm in divided syntax unless
  // -masm-syntax-unified (arm.h ASM_APP_ON); these texts are unified.
  for (cmse_nscall_step &step : steps)
    step.text = ".syntax unified\n\t" + step.text;
  return steps;
}

} // anonymous namespace

bool
cmse_nscall_thumb2_immediate_p (uint32_t value)
{
  uint32_t b0 = value & 0xff;
  uint32_t b1 = (value >> 8) & 0xff;
  if (value <= 0xff || value == (b0 | b0 << 16) || value == (b1 << 8 | b1 << 24)
      || value == b0 * 0x01010101u)
    return true;
  // An 8-bit value with its top bit set, rotated right by 8 to 31.
  for (unsigned rot = 8; rot < 32; rot++)
    {
      uint32_t unrotated = value << rot | value >> (32 - rot);
      if (unrotated <= 0xff && (unrotated & 0x80))
        return true;
    }
  return false;
}

std::vector<cmse_nscall_step>
cmse_nscall_sequence (const cmse_nscall_layout &layout,
                      const cmse_nscall_target &target,
                      unsigned target_regno, bool noreturn)
{
  std::vector<cmse_nscall_step> steps
    = target.profile == CMSE_NSCALL_BASELINE
      ? cmse_nscall_baseline_sequence (layout, target_regno)
      : cmse_nscall_mainline_sequence (layout, target, target_regno,
                                       target.profile == CMSE_NSCALL_V8_1M);
  if (noreturn)
    cmse_nscall_add (steps, "udf\t#0");
  return steps;
}
