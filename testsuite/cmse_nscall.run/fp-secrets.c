/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fp-secrets.c - floating-point state across a non-secure call.  Secure
   float values live across the call (in s16-s31 under hard float), FPSCR
   flags raised by a Secure division by zero, and planted 0x5EC7F5NN in
   s0-s31: NS must see none of it, and the Secure float values must be
   intact afterwards although NS trashed s16-s31.  Without an FPU in the
   Secure code (soft float, Baseline) only the integer part is checked.  */
/* { dg-do run } */

#include "harness.h"

typedef float __attribute__ ((cmse_nonsecure_call)) ns_t (float);

static float __attribute__ ((noinline))
call (ns_t *f, float x, float *keep)
{
  float k0 = harness_opaque_f (harness_f32 (HARNESS_SECRET_LIVEF (0)));
  float k1 = harness_opaque_f (harness_f32 (HARNESS_SECRET_LIVEF (1)));
  float k2 = harness_opaque_f (harness_f32 (HARNESS_SECRET_LIVEF (2)));
  float k3 = harness_opaque_f (harness_f32 (HARNESS_SECRET_LIVEF (3)));
  volatile float zero = 0.0f;
  keep[4] = 1.0f / zero;		/* raises DZC in FPSCR (hardware FP) */
  HARNESS_PLANT_SECRETS ();
  float r = f (x);
  keep[0] = harness_opaque_f (k0);
  keep[1] = harness_opaque_f (k1);
  keep[2] = harness_opaque_f (k2);
  keep[3] = harness_opaque_f (k3);
  return r;
}

int
main (void)
{
  float keep[5];
  harness_ns_reset ();
  harness_ns_reply.r0 = 0x3e800000u;	/* 0.25f */
  harness_ns_reply.s[0] = 0x3e800000u;
  float r = call ((ns_t *) harness_ns_recorder, 4.0f, keep);
  check_called ("f (4.0f)", 1);
  check_true ("result 0.25f", r == 0.25f);
  for (unsigned i = 0; i < 4; i++)
    check_live ("float live across the call", harness_bits (keep[i]), HARNESS_SECRET_LIVEF (i));
#if defined (__ARM_PCS_VFP)
  check_eq ("s0 = 4.0f", harness_ns_record.s[0], 0x40800000u);
  check_no_secret_in_record ("f (float)", HARNESS_ARG_S (0));
#else
  check_eq ("r0 = 4.0f", harness_ns_record.r[0], 0x40800000u);
  check_no_secret_in_record ("f (float)", HARNESS_ARG_R (0));
#endif
#if HARNESS_HAVE_FP_SECRETS
  check_eq ("FP registers were recorded", harness_ns_record.fp_valid, 1);
#endif
  return harness_exit ();
}
