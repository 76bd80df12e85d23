/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fixed-ip.c - -ffixed-ip (r12) with a global register variable in ip,
   the register the sequence puts the callee address in (bic ip, rN, #1;
   blxns ip).  ip is call-clobbered (AAPCS 6.1.1: veneers may change it),
   so no value is expected to survive any call; what must hold is that the
   Secure value does not reach the Non-secure callee (ip holds the public
   callee address at the blxns) and that the call works.  */
/* { dg-do run } */
/* { dg-additional-options "-ffixed-ip" } */

#include "harness.h"

register uint32_t fixed_val __asm__ ("ip");

typedef uint32_t __attribute__ ((cmse_nonsecure_call)) ns_t (uint32_t);

static uint32_t __attribute__ ((noinline))
call (ns_t *f, uint32_t x)
{
  fixed_val = HARNESS_SECRET_LIVE (12);
  return f (x);
}

int
main (void)
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 9;
  uint32_t r = call ((ns_t *) harness_ns_recorder, 3);
  check_called ("f", 1);
  check_eq ("result", r, 9);
  check_eq ("argument r0", harness_ns_record.r[0], 3);
  check_no_secret_in_record ("f (ip fixed)", HARNESS_ARG_R (0));
  return harness_exit ();
}
