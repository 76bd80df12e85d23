/* SPDX-License-Identifier: GPL-3.0-or-later */
/* double-args.c - double arguments/results and VFP back-filling.
   f (float a, double b, float c): hard float puts a in s0, b in d1 (s2-s3)
   and back-fills c into s1; soft/softfp put a in r0, b in r2:r3, c on the
   stack - not allowed for a non-secure call, so the soft variant here is
   f (float, double) with a in r0 and b in r2:r3 (r1 = alignment gap).
   Result: double in d0 (hard) or r0:r1.  */
/* { dg-do run } */

#include "harness.h"

#if defined (__ARM_PCS_VFP)
typedef double __attribute__ ((cmse_nonsecure_call)) ns_t (float, double, float);
#else
typedef double __attribute__ ((cmse_nonsecure_call)) ns_t (float, double);
#endif

static double __attribute__ ((noinline))
call (ns_t *f, float a, double b, float c)
{
  HARNESS_PLANT_SECRETS ();
#if defined (__ARM_PCS_VFP)
  return f (a, b, c);
#else
  (void) c;
  return f (a, b);
#endif
}

int
main (void)
{
  union { double d; uint32_t w[2]; } res;

  harness_ns_reset ();
  /* 2.718281828459045 = 0x4005bf0a8b145769 */
  harness_ns_reply.r0 = 0x8b145769u;
  harness_ns_reply.r1 = 0x4005bf0au;
  harness_ns_reply.s[0] = 0x8b145769u;
  harness_ns_reply.s[1] = 0x4005bf0au;
  res.d = call ((ns_t *) harness_ns_recorder, 0.5f, -3.0, 8.0f);
  check_called ("f(float,double,...)", 1);
#if defined (__ARM_PCS_VFP)
  check_eq ("s0 = 0.5f", harness_ns_record.s[0], 0x3f000000u);
  check_eq ("s1 = 8.0f (back-filled)", harness_ns_record.s[1], 0x41000000u);
  check_eq ("s2 = lo(-3.0)", harness_ns_record.s[2], 0x00000000u);
  check_eq ("s3 = hi(-3.0)", harness_ns_record.s[3], 0xc0080000u);
  check_no_secret_in_record ("f(float,double,float)", HARNESS_ARG_S (0) | HARNESS_ARG_S (1)
			     | HARNESS_ARG_D (1));
#else
  check_eq ("r0 = 0.5f", harness_ns_record.r[0], 0x3f000000u);
  check_eq ("r2 = lo(-3.0)", harness_ns_record.r[2], 0x00000000u);
  check_eq ("r3 = hi(-3.0)", harness_ns_record.r[3], 0xc0080000u);
  check_no_secret_in_record ("f(float,double)", HARNESS_ARG_R (0) | HARNESS_ARG_R (2)
			     | HARNESS_ARG_R (3));
#endif
  check_eq ("double result lo", res.w[0], 0x8b145769u);
  check_eq ("double result hi", res.w[1], 0x4005bf0au);
  return harness_exit ();
}
