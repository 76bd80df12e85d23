/* SPDX-License-Identifier: GPL-3.0-or-later */
/* two-targets.c - two different NS calls in one function, with values live
   across both: f (x) then g (y) through two pointers to two NS entry
   points.  The log must show both entries in order with their arguments,
   the results must combine correctly and the live values survive.  */
/* { dg-do run } */

#include "harness.h"

typedef int __attribute__ ((cmse_nonsecure_call)) ns_t (int);

static int __attribute__ ((noinline))
both (ns_t *f, ns_t *g, int x)
{
  HARNESS_LIVE_DECL (a);
  int r = f (x);
  HARNESS_PLANT_SECRETS ();
  r = r * 1000 + g (x + 1);
  HARNESS_LIVE_CHECK (a);
  return r;
}

int
main (void)
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 7;
  int r = both ((ns_t *) harness_ns_recorder, (ns_t *) harness_ns_recorder_b, 40);
  check_eq ("f (x) * 1000 + g (x + 1)", (uint32_t) r, 7007u);
  check_called ("f then g", 2);
  check_eq ("first entry", harness_ns_record.log_entry[0], HARNESS_ENTRY_RECORDER);
  check_eq ("first argument", harness_ns_record.log_r0[0], 40);
  check_eq ("second entry", harness_ns_record.log_entry[1], HARNESS_ENTRY_RECORDER_B);
  check_eq ("second argument", harness_ns_record.log_r0[1], 41);
  check_no_secret_in_record ("g (x + 1)", HARNESS_ARG_R (0));
  return harness_exit ();
}
