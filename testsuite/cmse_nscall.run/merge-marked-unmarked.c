/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merge-marked-unmarked.c - a marked and an unmarked call through the same
   pointer with the same arguments on two branches.  Only the marked branch
   runs (the pointer is NS code); if the optimiser merges the two calls
   (tail merging / cross-jumping look at the target, not the function
   type), the NS call becomes a plain BLX and the run ends in a SecureFault
   (INVTRAN).  GCC 12 merges at -Os (anchors.md).  */
/* { dg-do run } */

#include "harness.h"

typedef int __attribute__ ((cmse_nonsecure_call)) ns_t (int);
typedef int plain_t (int);

static int __attribute__ ((noinline))
dispatch (void *p, int secure_target, int x)
{
  int r;
  if (secure_target)
    r = ((plain_t *) p) (x);
  else
    r = ((ns_t *) p) (x);
  return r + 1;
}

static int
secure_fn (int x)
{
  return x * 2;
}

int
main (void)
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 20;
  int r = dispatch ((void *) harness_ns_recorder, harness_opaque (0), 5);
  check_eq ("NS branch result", (uint32_t) r, 21u);
  check_called ("NS branch", 1);
  check_eq ("argument", harness_ns_record.r[0], 5);
  r = dispatch ((void *) secure_fn, harness_opaque (1), 5);
  check_eq ("Secure branch result", (uint32_t) r, 11u);
  check_called ("Secure branch does not enter NS", 1);
  return harness_exit ();
}
