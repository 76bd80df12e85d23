/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ge-native.c - negative control: the plugin disabled
   (-fplugin-arg-cmse_nscall-disable), so GCC's native -mcmse expansion
   makes the call, just after Secure code set APSR.GE with `sadd8' (as SIMD
   code does).  GCC's native Mainline expansion (libgcc's
   __gnu_cmse_nonsecure_call in GCC 12, 14 and 15) clears only N Z C V Q,
   so the Non-secure callee sees GE = 0b1111 and the check below fails.
   The same program with the plugin (cmse_nscall.run/ge-flags.c) passes.
   Proves the harness sees a GE leak whatever the GCC release.
   Only where the leak exists: cores with the DSP extension (no GE on
   Cortex-M23), and Armv8-M Mainline, not Armv8.1-M, whose native
   expansion clears APSR with CLRM.  */
/* { dg-do run } */
/* { dg-additional-options "-fplugin-arg-cmse_nscall-disable" } */
/* { dg-skip-if "no APSR.GE on Armv8-M Baseline" { target *-*-* } { "-mcpu=cortex-m23" } { "" } } */
/* { dg-skip-if "GCC's Armv8.1-M expansion clears APSR with CLRM" { target *-*-* } { "-mcpu=cortex-m55" } { "" } } */
/* { dg-cmse-run-xfail "FAIL: APSR.GE at NS entry" "GCC's own expansion leaves APSR.GE" } */

#include "harness.h"

typedef int __attribute__ ((cmse_nonsecure_call)) ns_t (int);

static int __attribute__ ((noinline))
call (ns_t *f, int x)
{
  uint32_t a = harness_opaque (0x01010101u), d;
  /* Every signed byte sum 1 + 1 is >= 0: GE = 0b1111.  */
  __asm__ volatile ("sadd8 %0, %1, %1" : "=r" (d) : "r" (a));
  (void) d;
  return f (x);
}

int
main (void)
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 3;
  check_eq ("result", (uint32_t) call ((ns_t *) harness_ns_recorder, 0x0a0a), 3u);
  check_eq ("APSR.GE at NS entry",
	    harness_ns_record.apsr & 0x000f0000u & ~harness_ns_record.target, 0u);
  return harness_exit ();
}
