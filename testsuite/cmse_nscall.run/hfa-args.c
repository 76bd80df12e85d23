/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hfa-args.c - a homogeneous float aggregate by value, struct { float x, y; }:
   in s0, s1 under hard float, and returned in s0, s1 (GCC 12's native
   expansion hits an internal compiler error, anchors.md); in r0, r1 under
   soft/softfp, where an 8-byte struct result would go through memory,
   which a non-secure call cannot do, so that variant returns void.  */
/* { dg-do run } */

#include "harness.h"

struct vec2 { float x, y; };

#if defined (__ARM_PCS_VFP)
typedef struct vec2 __attribute__ ((cmse_nonsecure_call)) ns_t (struct vec2);
#else
typedef void __attribute__ ((cmse_nonsecure_call)) ns_t (struct vec2);
#endif

static struct vec2 __attribute__ ((noinline))
call (ns_t *f, struct vec2 v)
{
  HARNESS_PLANT_SECRETS ();
#if defined (__ARM_PCS_VFP)
  return f (v);
#else
  f (v);
  return v;
#endif
}

int
main (void)
{
  struct vec2 in = { 1.0f, -0.5f };
  harness_ns_reset ();
  harness_ns_reply.s[0] = 0x40000000u;	/* 2.0f */
  harness_ns_reply.s[1] = 0x40400000u;	/* 3.0f */
  struct vec2 out = call ((ns_t *) harness_ns_recorder, in);
  check_called ("f (struct vec2)", 1);
#if defined (__ARM_PCS_VFP)
  check_eq ("s0 = x", harness_ns_record.s[0], 0x3f800000u);
  check_eq ("s1 = y", harness_ns_record.s[1], 0xbf000000u);
  check_true ("result {2.0f, 3.0f}", out.x == 2.0f && out.y == 3.0f);
  check_no_secret_in_record ("f (struct vec2)", HARNESS_ARG_S (0) | HARNESS_ARG_S (1));
#else
  check_eq ("r0 = x", harness_ns_record.r[0], 0x3f800000u);
  check_eq ("r1 = y", harness_ns_record.r[1], 0xbf000000u);
  check_true ("argument unchanged", out.x == 1.0f && out.y == -0.5f);
  check_no_secret_in_record ("f (struct vec2)", HARNESS_ARG_R (0) | HARNESS_ARG_R (1));
#endif
  return harness_exit ();
}
