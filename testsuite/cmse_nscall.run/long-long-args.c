/* SPDX-License-Identifier: GPL-3.0-or-later */
/* long-long-args.c - 64-bit arguments and result: long long in r0:r1 and
   r2:r3, and (int, long long), where AAPCS skips r1 to align the 64-bit
   value to r2:r3 - r1 then carries no argument and must hold no secret.
   Before: secrets everywhere; after: NS sees exactly the argument words,
   and the 64-bit result from r0:r1 arrives whole.  */
/* { dg-do run } */

#include "harness.h"

typedef long long __attribute__ ((cmse_nonsecure_call)) ns_ll_t (long long);
typedef long long __attribute__ ((cmse_nonsecure_call)) ns_ll2_t (long long, long long);
typedef unsigned long long __attribute__ ((cmse_nonsecure_call)) ns_ill_t (int, unsigned long long);

static long long __attribute__ ((noinline))
call_ll (ns_ll_t *f, long long a)
{
  HARNESS_PLANT_SECRETS ();
  return f (a);
}

static long long __attribute__ ((noinline))
call_ll2 (ns_ll2_t *f, long long a, long long b)
{
  HARNESS_PLANT_SECRETS ();
  return f (a, b);
}

static unsigned long long __attribute__ ((noinline))
call_ill (ns_ill_t *f, int a, unsigned long long b)
{
  HARNESS_PLANT_SECRETS ();
  return f (a, b);
}

int
main (void)
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 0x89abcdefu;
  harness_ns_reply.r1 = 0x01234567u;
  long long r = call_ll ((ns_ll_t *) harness_ns_recorder, -0x0102030405060708ll);
  check_called ("f(ll)", 1);
  check_eq ("f(ll) r0", harness_ns_record.r[0], 0xfaf9f8f8u);
  check_eq ("f(ll) r1", harness_ns_record.r[1], 0xfefdfcfbu);
  check_eq64 ("f(ll) result", (uint64_t) r, 0x0123456789abcdefull);
  check_no_secret_in_record ("f(ll)", HARNESS_ARG_R (0) | HARNESS_ARG_R (1));

  harness_ns_reset ();
  harness_ns_reply.r0 = 0xffffffffu;
  harness_ns_reply.r1 = 0x7fffffffu;
  r = call_ll2 ((ns_ll2_t *) harness_ns_recorder_clobber, 0x0a0b0c0d01020304ll,
		0x0506070809000102ll);
  check_called ("f(ll,ll)", 1);
  check_eq ("f(ll,ll) r0", harness_ns_record.r[0], 0x01020304u);
  check_eq ("f(ll,ll) r1", harness_ns_record.r[1], 0x0a0b0c0du);
  check_eq ("f(ll,ll) r2", harness_ns_record.r[2], 0x09000102u);
  check_eq ("f(ll,ll) r3", harness_ns_record.r[3], 0x05060708u);
  check_eq64 ("f(ll,ll) result", (uint64_t) r, 0x7fffffffffffffffull);
  check_no_secret_in_record ("f(ll,ll)", 0xfu);

  harness_ns_reset ();
  harness_ns_reply.r0 = 0x00000001u;
  harness_ns_reply.r1 = 0x80000000u;
  unsigned long long u = call_ill ((ns_ill_t *) harness_ns_recorder, 0x0a0b0c0d,
				   0xfedcba9876543210ull);
  check_called ("f(int,ll)", 1);
  check_eq ("f(int,ll) r0", harness_ns_record.r[0], 0x0a0b0c0du);
  check_eq ("f(int,ll) r2", harness_ns_record.r[2], 0x76543210u);
  check_eq ("f(int,ll) r3", harness_ns_record.r[3], 0xfedcba98u);
  check_eq64 ("f(int,ll) result", u, 0x8000000000000001ull);
  /* r1 is the alignment gap: scanned.  */
  check_no_secret_in_record ("f(int,ll)", HARNESS_ARG_R (0) | HARNESS_ARG_R (2) | HARNESS_ARG_R (3));

  return harness_exit ();
}
