/* SPDX-License-Identifier: GPL-3.0-or-later */
/* narrow-native.c - negative control: the plugin disabled
   (-fplugin-arg-cmse_nscall-disable), so GCC's native -mcmse expansion
   handles an unsigned char result that NS returns with garbage above bit 7.
   GCC 12.2 trusts r0 (CVE-2024-0151), so the check below fails there.
   GCC 14.2 and 15.3 carry the CVE fix (they re-extend the result in
   arm.cc's cmse_nonsecure_call expansion): the same run must pass with
   them, so a release that lost the fix, or a harness that no longer
   sees the garbage, is a FAIL or an XPASS.  */
/* { dg-do run } */
/* { dg-additional-options "-fplugin-arg-cmse_nscall-disable" } */
/* { dg-cmse-run-xfail "FAIL: narrow result in range" "CVE-2024-0151 in GCC 12's own expansion" { target gcc12 } } */

#include "harness.h"

typedef unsigned char __attribute__ ((cmse_nonsecure_call)) ns_t (void);

static unsigned __attribute__ ((noinline))
get (ns_t *f)
{
  return f ();
}

int
main (void)
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 0xabcdef80u;
  check_true ("narrow result in range: (unsigned) f () <= 255",
	      get ((ns_t *) harness_ns_recorder) <= 255);
  return harness_exit ();
}
