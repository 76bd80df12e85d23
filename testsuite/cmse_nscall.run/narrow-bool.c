/* SPDX-License-Identifier: GPL-3.0-or-later */
/* narrow-bool.c - _Bool results from NS must be normalised: NS returns
   r0 = 2 and r0 = 0xffffff00; whatever value the Secure side settles on,
   it must be 0 or 1 when read as an integer, so `b == 1' and `b != 0'
   cannot disagree.  Also the pass-through `return ns ();' in a _Bool
   function (GCC keeps r0 as is).  */
/* { dg-do run } */

#include "harness.h"

typedef _Bool __attribute__ ((cmse_nonsecure_call)) ns_t (void);

static unsigned __attribute__ ((noinline))
as_unsigned (ns_t *f)
{
  return f ();
}

static _Bool __attribute__ ((noinline))
pass_through (ns_t *f)
{
  return f ();
}

static int __attribute__ ((noinline))
consistent (ns_t *f)
{
  _Bool b = f ();
  return (b == 1) == (b != 0);
}

int
main (void)
{
  ns_t *f = (ns_t *) harness_ns_recorder;
  harness_ns_reset ();

  harness_ns_reply.r0 = 2;
  check_true ("_Bool from r0=2 reads as 0 or 1", as_unsigned (f) <= 1);
  check_true ("_Bool from r0=2: b==1 agrees with b!=0", consistent (f));
  unsigned p = (unsigned) harness_opaque (pass_through (f));
  check_true ("_Bool passed straight on reads as 0 or 1", p <= 1);

  harness_ns_reply.r0 = 0xffffff00u;
  check_true ("_Bool from r0=0xffffff00 reads as 0 or 1", as_unsigned (f) <= 1);
  check_called ("_Bool f ()", 4);
  return harness_exit ();
}
