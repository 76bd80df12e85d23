/* SPDX-License-Identifier: GPL-3.0-or-later */
/* int-args.c - non-secure calls with 0 to 4 int arguments.
   Before: r0-r12, s0-s31, APSR, FPSCR hold 0x5EC7xxxx secrets; after the
   sequence the NS callee must see only the arguments in r0..r(n-1) and
   nothing secret anywhere else, and the int result must come back intact.
   Uses harness_ns_recorder_clobber for two arities (r2, r3, r12 trashed).  */
/* { dg-do run } */

#include "harness.h"

typedef int __attribute__ ((cmse_nonsecure_call)) ns0_t (void);
typedef int __attribute__ ((cmse_nonsecure_call)) ns1_t (int);
typedef int __attribute__ ((cmse_nonsecure_call)) ns2_t (int, int);
typedef int __attribute__ ((cmse_nonsecure_call)) ns3_t (int, int, int);
typedef int __attribute__ ((cmse_nonsecure_call)) ns4_t (int, int, int, int);

static int __attribute__ ((noinline))
call0 (ns0_t *f)
{
  HARNESS_PLANT_SECRETS ();
  return f ();
}

static int __attribute__ ((noinline))
call1 (ns1_t *f, int a)
{
  HARNESS_PLANT_SECRETS ();
  return f (a);
}

static int __attribute__ ((noinline))
call2 (ns2_t *f, int a, int b)
{
  HARNESS_PLANT_SECRETS ();
  return f (a, b);
}

static int __attribute__ ((noinline))
call3 (ns3_t *f, int a, int b, int c)
{
  HARNESS_PLANT_SECRETS ();
  return f (a, b, c);
}

static int __attribute__ ((noinline))
call4 (ns4_t *f, int a, int b, int c, int d)
{
  HARNESS_PLANT_SECRETS ();
  return f (a, b, c, d);
}

static void
expect (const char *name, int got, unsigned nargs)
{
  static const uint32_t args[4] = { 0x0a0b0c01u, 0xfffffffeu, 0x00000003u, 0x7abcdef4u };
  check_called (name, 1);
  check_eq (name, (uint32_t) got, 0x600d0000u + nargs);
  for (unsigned i = 0; i < nargs; i++)
    check_eq ("argument register", harness_ns_record.r[i], args[i]);
  check_no_secret_in_record (name, (1u << nargs) - 1);
}

int
main (void)
{
  int r;

  harness_ns_reset ();
  harness_ns_reply.r0 = 0x600d0000u;
  r = call0 ((ns0_t *) harness_ns_recorder);
  expect ("f()", r, 0);

  harness_ns_reset ();
  harness_ns_reply.r0 = 0x600d0001u;
  r = call1 ((ns1_t *) harness_ns_recorder, 0x0a0b0c01);
  expect ("f(a)", r, 1);

  harness_ns_reset ();
  harness_ns_reply.r0 = 0x600d0002u;
  r = call2 ((ns2_t *) harness_ns_recorder_clobber, 0x0a0b0c01, -2);
  expect ("f(a,b)", r, 2);

  harness_ns_reset ();
  harness_ns_reply.r0 = 0x600d0003u;
  r = call3 ((ns3_t *) harness_ns_recorder, 0x0a0b0c01, -2, 3);
  expect ("f(a,b,c)", r, 3);

  harness_ns_reset ();
  harness_ns_reply.r0 = 0x600d0004u;
  r = call4 ((ns4_t *) harness_ns_recorder_clobber, 0x0a0b0c01, -2, 3, 0x7abcdef4);
  expect ("f(a,b,c,d)", r, 4);

  return harness_exit ();
}
