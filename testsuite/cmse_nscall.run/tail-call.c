/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tail-call.c - NS calls in tail position: `return f (x);' and a void
   `f (x);' at the end of a function.  A sibling call (a plain branch) to NS
   code is not allowed; the call must still go through the full sequence,
   return here and deliver the result.  */
/* { dg-do run } */

#include "harness.h"

typedef int __attribute__ ((cmse_nonsecure_call)) ns_t (int);
typedef void __attribute__ ((cmse_nonsecure_call)) ns_v_t (int);

static int __attribute__ ((noinline))
tail (ns_t *f, int x)
{
  HARNESS_PLANT_SECRETS ();
  return f (x + 2);
}

static void __attribute__ ((noinline))
tail_void (ns_v_t *f, int x)
{
  HARNESS_PLANT_SECRETS ();
  f (x);
}

int
main (void)
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 0x0badc0deu;
  int r = tail ((ns_t *) harness_ns_recorder, 40);
  check_eq ("return f (x + 2)", (uint32_t) r, 0x0badc0deu);
  check_eq ("argument", harness_ns_record.r[0], 42);
  check_no_secret_in_record ("return f (x)", HARNESS_ARG_R (0));

  harness_ns_reset ();
  tail_void ((ns_v_t *) harness_ns_recorder_clobber, 9);
  check_eq ("argument of void tail call", harness_ns_record.r[0], 9);
  check_no_secret_in_record ("f (x) at the end", HARNESS_ARG_R (0));
  check_called ("void tail call", 1);
  return harness_exit ();
}
