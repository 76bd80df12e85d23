// SPDX-License-Identifier: GPL-3.0-or-later
//
// sequence.h - the instructions that replace one non-secure call, as text,
// one instruction (or one IT block) per step, with each step's effect on
// the stack pointer so the RTL pass can describe it in the CFI.
//
// Example, int (*)(int) on Cortex-M33 soft float, target in r3:
//   push {r4-r11}          sp -32
//   bic r12, r3, #1
//   sub sp, sp, #136        sp -136
//   vlstm sp
//   mov r1, r12 ... mov r11, r12
//   msr APSR_nzcvqg, r12
//   blxns r12
//   mrs r4, control ; lsls r4, r4, #28 ; it mi ; vmovmi.f32 s0, s0 (erratum)
//   vlldm sp
//   add sp, sp, #136        sp +136
//   pop {r4-r11}           sp +32
// Options: none.  Limits: Armv8-M Mainline, Baseline and Armv8.1-M.

#ifndef CMSE_NSCALL_SEQUENCE_H
#define CMSE_NSCALL_SEQUENCE_H

#include <string>
#include <vector>

#include "abi.h"
#include "arch.h"

struct cmse_nscall_step
{
  std::string text;    // assembler text of one instruction or IT block
  int sp_delta;        // bytes the step moves sp by: -32 for a push of 8
  // Callee-saved registers whose current (caller's) value this step stores:
  // (hard register number, byte offset from sp after the step).
  std::vector<std::pair<unsigned, int> > saves;
  // Callee-saved registers that hold their saved value again after it.
  std::vector<unsigned> restores;
  bool is_call;        // the blxns itself
};

// The sequence for one call, for TARGET's profile (Mainline, Baseline or
// Armv8.1-M; not CMSE_NSCALL_NO_CMSE).  Takes the site's LAYOUT, the TARGET
// of the function being compiled and TARGET_REGNO, the core register (0-14)
// holding the callee address, and NORETURN.  Returns the steps in
// execution order.
// Rules followed: Armv8-M ARM (DDI0553) BLXNS requires bit 0 of the
// target clear to enter Non-secure state; AAPCS 6.1.1 r4-r11 are
// callee-saved and 6.1.2 s16-s31 callee-saved; libgcc's
// cmse_nonsecure_call.S for the VLLDM erratum (CVE-2021-35465) sequence;
// CVE-2024-7883 (the Secure FP context is made active before VLSTM when
// an FP result crosses VLLDM in core registers).
// NORETURN: the callee's type says it never returns; a udf after the
// sequence stops a hostile callee that returns anyway from falling into
// whatever code follows.
std::vector<cmse_nscall_step>
cmse_nscall_sequence (const cmse_nscall_layout &layout,
                      const cmse_nscall_target &target,
                      unsigned target_regno, bool noreturn);

// Whether VALUE is a Thumb-2 modified immediate (Armv7-M/Armv8-M ARM,
// "Modified immediate constants in Thumb instructions").
bool cmse_nscall_thumb2_immediate_p (uint32_t value);

#endif // CMSE_NSCALL_SEQUENCE_H
