/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ge-flags.c - APSR.GE on cores with the DSP extension: Secure code sets
   GE with `sadd8' (as SIMD code does) just before the call; the NS callee
   must see GE = 0 (or bits the target address explains).  On Baseline
   (no GE) the same call still checks N Z C V Q.  GCC 12's libgcc helper
   clears only nzcvq (anchors.md).  */
/* { dg-do run } */

#include "harness.h"

typedef int __attribute__ ((cmse_nonsecure_call)) ns_t (int);

static int __attribute__ ((noinline))
call (ns_t *f, int x)
{
#if defined (__ARM_FEATURE_SIMD32)
  uint32_t a = harness_opaque (0x01010101u), d;
  /* Every signed byte sum 1 + 1 is >= 0: GE = 0b1111.  */
  __asm__ volatile ("sadd8 %0, %1, %1" : "=r" (d) : "r" (a));
  (void) d;
#endif
  return f (x);
}

int
main (void)
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 3;
  check_eq ("result", (uint32_t) call ((ns_t *) harness_ns_recorder, 0x0a0a), 3u);
  check_eq ("argument", harness_ns_record.r[0], 0x0a0au);
  check_no_secret_in_record ("GE set by sadd8", HARNESS_ARG_R (0));
#if defined (__ARM_FEATURE_SIMD32)
  check_eq ("APSR.GE at NS entry", harness_ns_record.apsr & 0x000f0000u & ~harness_ns_record.target,
	    0u);
#endif
  return harness_exit ();
}
