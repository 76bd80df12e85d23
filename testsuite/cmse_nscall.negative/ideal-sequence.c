/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ideal-sequence.c - positive control: a hand-written complete Mainline
   non-secure call sequence (the Rust/Clang shape from anchors.md: save
   r4-r11, clear the target's LSB, VLSTM, every free GPR := target, clear
   APSR including GE, BLXNS, VLLDM erratum fix, VLLDM, restore) must PASS
   every check with secrets planted everywhere.  Proves the checks do not
   fail a correct sequence.  Mainline only (VLSTM, MSR APSR_nzcvqg).  */
/* { dg-do run } */
/* { dg-skip-if "Mainline sequence" { target *-*-* } { "-mcpu=cortex-m23" } { "" } } */

#include "harness.h"

static uint32_t __attribute__ ((noinline))
call_ideal (uint32_t target, uint32_t arg)
{
  register uint32_t r0 __asm__ ("r0") = arg;
  register uint32_t r1 __asm__ ("r1") = target;
  __asm__ volatile (
    "push {r4-r11}\n\t"
    /* VLSTM needs an 8-byte aligned area: align sp, keep the old one.  */
    "mov r4, sp\n\tbic r5, r4, #7\n\tmov sp, r5\n\tsub sp, sp, #8\n\tstr r4, [sp]\n\t"
    "bic r1, r1, #1\n\t"
    "sub sp, sp, #136\n\t"
    "vlstm sp\n\t"
    "mov r2, r1\n\tmov r3, r1\n\tmov r4, r1\n\tmov r5, r1\n\tmov r6, r1\n\t"
    "mov r7, r1\n\tmov r8, r1\n\tmov r9, r1\n\tmov r10, r1\n\tmov r11, r1\n\t"
    "mov r12, r1\n\t"
#if defined (__ARM_FEATURE_SIMD32)
    "msr APSR_nzcvqg, r1\n\t"
#else
    "msr APSR_nzcvq, r1\n\t"
#endif
    "blxns r1\n\t"
    "mrs r12, control\n\ttst r12, #8\n\tit ne\n\t"
    ".inst.w 0xeeb00a40\n\t"	/* vmovne.f32 s0, s0 (VLLDM erratum) */
    "vlldm sp\n\t"
    "add sp, sp, #136\n\t"
    "ldr r4, [sp]\n\tmov sp, r4\n\t"
    "pop {r4-r11}\n\t"
    : "+r" (r0), "+r" (r1) : : "r2", "r3", "r12", "lr", "cc", "memory");
  return r0;
}

int
main (void)
{
  HARNESS_LIVE_DECL (a);
  harness_ns_reset ();
  harness_ns_reply.r0 = 42;
  HARNESS_PLANT_SECRETS ();
  uint32_t r = call_ideal ((uint32_t) harness_ns_recorder, 7);
  check_called ("ideal sequence", 1);
  check_eq ("argument r0", harness_ns_record.r[0], 7);
  check_eq ("result", r, 42);
  check_no_secret_in_record ("ideal sequence", HARNESS_ARG_R (0));
  HARNESS_LIVE_CHECK (a);
  return harness_exit ();
}
