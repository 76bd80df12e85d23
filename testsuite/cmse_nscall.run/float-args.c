/* SPDX-License-Identifier: GPL-3.0-or-later */
/* float-args.c - float arguments and results.  Hard float: arguments in
   s0, s1, result in s0; every other s register (s2-s15 included) must be
   cleared of the planted secrets.  Soft/softfp: the same values travel in
   r0, r1.  The NS result pattern must reach the Secure caller bit-exact.  */
/* { dg-do run } */

#include "harness.h"

typedef float __attribute__ ((cmse_nonsecure_call)) ns_ff_t (float, float);
typedef float __attribute__ ((cmse_nonsecure_call)) ns_fv_t (void);

static float __attribute__ ((noinline))
call_ff (ns_ff_t *f, float a, float b)
{
  HARNESS_PLANT_SECRETS ();
  return f (a, b);
}

static float __attribute__ ((noinline))
call_fv (ns_fv_t *f)
{
  HARNESS_PLANT_SECRETS ();
  return f ();
}

int
main (void)
{
  const uint32_t result = 0x40490fdbu;	/* pi */

  harness_ns_reset ();
  harness_ns_reply.r0 = result;
  harness_ns_reply.s[0] = result;
  float r = call_ff ((ns_ff_t *) harness_ns_recorder, 1.5f, -2.25f);
  check_called ("f(float,float)", 1);
#if defined (__ARM_PCS_VFP)
  check_eq ("s0 = 1.5f", harness_ns_record.s[0], 0x3fc00000u);
  check_eq ("s1 = -2.25f", harness_ns_record.s[1], 0xc0100000u);
  check_no_secret_in_record ("f(float,float)", HARNESS_ARG_S (0) | HARNESS_ARG_S (1));
#else
  check_eq ("r0 = 1.5f", harness_ns_record.r[0], 0x3fc00000u);
  check_eq ("r1 = -2.25f", harness_ns_record.r[1], 0xc0100000u);
  check_no_secret_in_record ("f(float,float)", HARNESS_ARG_R (0) | HARNESS_ARG_R (1));
#endif
  check_eq ("float result", harness_bits (r), result);

  harness_ns_reset ();
  harness_ns_reply.r0 = 0xbf800000u;	/* -1.0f */
  harness_ns_reply.s[0] = 0xbf800000u;
  harness_ns_reply.r1 = 0x5ec7dead;	/* must not matter: float is in one reg */
  r = call_fv ((ns_fv_t *) harness_ns_recorder_clobber);
  check_called ("f()", 1);
  check_no_secret_in_record ("f()", 0);
  check_true ("float result == -1.0f", r == -1.0f);

  return harness_exit ();
}
