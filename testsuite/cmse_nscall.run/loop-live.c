/* SPDX-License-Identifier: GPL-3.0-or-later */
/* loop-live.c - an NS call in a loop with many values live across it.
   Eight 0x5EC7A0NN secrets and the loop state stay live through ten calls
   to the clobbering NS callee (r2-r12, s8-s31, flags trashed each time);
   after the loop every live value must be intact, each call must have
   seen its own argument, and the accumulated NS results must add up.  */
/* { dg-do run } */

#include "harness.h"

typedef int __attribute__ ((cmse_nonsecure_call)) ns_t (int);

static uint32_t __attribute__ ((noinline))
loop (ns_t *f, int n)
{
  HARNESS_LIVE_DECL (a);
  uint32_t sum = 0;
  for (int i = 0; i < n; i++)
    {
      sum += (uint32_t) f (i * 3 + 1);
      sum ^= a0 + a7;
    }
  HARNESS_LIVE_CHECK (a);
  return sum;
}

int
main (void)
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 5;
  uint32_t sum = loop ((ns_t *) harness_ns_recorder_clobber, 10);
  uint32_t want = 0;
  for (int i = 0; i < 10; i++)
    {
      want += 5;
      want ^= HARNESS_SECRET_LIVE (0) + HARNESS_SECRET_LIVE (7);
    }
  check_eq ("sum of results", sum, want);
  check_called ("loop", 10);
  for (unsigned i = 0; i < 10; i++)
    check_eq ("argument of call i", harness_ns_record.log_r0[i], i * 3 + 1);
  /* The last call's entry state: the live secrets must not be visible.  */
  check_no_secret_in_record ("last call in loop", HARNESS_ARG_R (0));
  return harness_exit ();
}
