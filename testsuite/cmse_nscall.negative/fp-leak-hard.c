/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fp-leak-hard.c - negative control for hard float: a hand-written call in
   the shape of the plugin's lazy hard-float form (the float argument
   crosses VLSTM in r5 and is written back to s0; FPSCR zeroed; r0-r11
   cleared; the result crosses VLLDM in r0) with one defect: after VLSTM it
   also writes a Secure value (0x5ec7f505) into s5.  The recorder check
   must report "FAIL: s5 leaked secret 0x5ec7f505".  Proves the FP leak
   check can fail for an s register written after VLSTM, the registers the
   lazy hard-float form itself writes.  Hard float only (the argument is
   in s0); other configurations are UNSUPPORTED.  */
/* { dg-do run } */
/* { dg-skip-if "the argument is in s0 only under hard float" { target *-*-* } { "*" } { "-mfloat-abi=hard" } } */
/* { dg-cmse-run-xfail "FAIL: s5 leaked secret 0x5ec7f505" "s5 written after VLSTM" } */

#include "harness.h"

#if defined (__ARM_FEATURE_SIMD32)
# define FLAGS "msr APSR_nzcvqg, r12\n\t"
#else
# define FLAGS "msr APSR_nzcvq, r12\n\t"
#endif

/* VLSTM needs an 8-aligned sp: the call to harness_ns_reset makes this
   function non-leaf, so GCC keeps its frame 8-aligned (AAPCS 5.2.1.2),
   and the asm moves sp by 32 + 136.  */
static float __attribute__ ((noinline))
raw_lazy_hard (uint32_t target, float x)
{
  harness_ns_reset ();
  harness_ns_reply.s[0] = 0x3f800000u;	/* 1.0f */
  HARNESS_PLANT_SECRETS ();
  register uint32_t r0 __asm__ ("r0") = target;
  register float s0 __asm__ ("s0") = x;
  __asm__ volatile (
    "push {r4-r11}\n\t"
    "bic r12, r0, #1\n\t"
    "vmov r5, s0\n\t"
    "sub sp, sp, #136\n\t"
    "vlstm sp\n\t"
    "vmov s0, r5\n\t"
    "movw r6, #0xf505\n\tmovt r6, #0x5ec7\n\tvmov s5, r6\n\t"	/* the defect */
    "movs r4, #0\n\tvmsr fpscr, r4\n\t"
    "mov r0, r12\n\tmov r1, r12\n\tmov r2, r12\n\tmov r3, r12\n\t"
    "mov r4, r12\n\tmov r5, r12\n\tmov r6, r12\n\tmov r7, r12\n\t"
    "mov r8, r12\n\tmov r9, r12\n\tmov r10, r12\n\tmov r11, r12\n\t"
    FLAGS
    "blxns r12\n\t"
    "vmov r0, s0\n\t"
    "mrs r4, control\n\tlsls r4, r4, #28\n\tit mi\n\t"
    ".inst.w 0xeeb00a40\n\t"	/* vmovmi.f32 s0, s0 (VLLDM erratum) */
    "vlldm sp\n\t"
    "vmov s0, r0\n\t"
    "add sp, sp, #136\n\t"
    "pop {r4-r11}\n\t"
    : "+r" (r0), "+t" (s0)
    :
    : "r1", "r2", "r3", "r12", "lr", "cc", "memory", "s1", "s2", "s3", "s4",
      "s5", "s6", "s7", "s8", "s9", "s10", "s11", "s12", "s13", "s14", "s15");
  return s0;
}

int
main (void)
{
  float r = raw_lazy_hard ((uint32_t) harness_ns_recorder, 2.0f);
  check_called ("raw lazy hard-float call", 1);
  check_eq ("s0 = 2.0f", harness_ns_record.s[0], 0x40000000u);
  check_eq ("result 1.0f", harness_bits (r), 0x3f800000u);
  check_no_secret_in_record ("raw lazy hard-float call", HARNESS_ARG_S (0));
  return harness_exit ();
}
