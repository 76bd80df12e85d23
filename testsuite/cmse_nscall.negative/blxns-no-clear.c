/* SPDX-License-Identifier: GPL-3.0-or-later */
/* blxns-no-clear.c - negative control: a hand-written BLXNS that saves
   r4-r11 but clears nothing, with a Secure value in r5 (0x5ec7e705) and the
   planted secrets in the other registers.  The recorder check must report
   "FAIL: r5 leaked secret 0x5ec7e705" (and more).  Proves the leak check
   can fail.  Baseline instructions only, so it runs in every configuration.  */
/* { dg-do run } */
/* { dg-cmse-run-xfail "FAIL: r5 leaked secret 0x5ec7e705" "BLXNS without clearing" } */

#include "harness.h"

static uint32_t __attribute__ ((noinline))
raw_blxns (uint32_t target)
{
  register uint32_t r0 __asm__ ("r0") = target;
  HARNESS_PLANT_GPR_SECRETS ();
  r0 = target;
  /* GCC hands Thumb-1 (Baseline) inline asm to the assembler in divided
     syntax; this block is written in unified syntax.  */
  __asm__ volatile (
    ".syntax unified\n\t"
    "push {r4-r7, lr}\n\t"
    "mov r4, r8\n\tmov r5, r9\n\tmov r6, r10\n\tmov r7, r11\n\t"
    "push {r4-r7}\n\t"
    "movw r5, #0xe705\n\tmovt r5, #0x5ec7\n\t"
    "movs r1, #1\n\tbics r0, r1\n\t"
    "blxns r0\n\t"
    "pop {r4-r7}\n\t"
    "mov r8, r4\n\tmov r9, r5\n\tmov r10, r6\n\tmov r11, r7\n\t"
    "pop {r4-r7}\n\t"
    "pop {r1}\n\t"
    "mov lr, r1\n\t"
    : "+l" (r0) : : "r1", "r2", "r3", "r12", "lr", "cc", "memory");
  return r0;
}

int
main (void)
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 11;
  uint32_t r = raw_blxns ((uint32_t) harness_ns_recorder);
  check_eq ("result", r, 11);
  check_called ("raw BLXNS", 1);
  check_no_secret_in_record ("raw BLXNS", HARNESS_ARG_R (0));
  return harness_exit ();
}
