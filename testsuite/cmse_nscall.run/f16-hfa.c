/* SPDX-License-Identifier: GPL-3.0-or-later */
/* f16-hfa.c - hard float: a struct of two _Float16 is a homogeneous
   aggregate passed in the low halves of s0 and s1.  The upper halves are
   not part of the argument and may hold Secure data (vcvtb writes only
   the low half): the NS callee must see them zero.  */
/* { dg-do run } */
/* { dg-skip-if "FP registers carry arguments only under hard float" { target *-*-* } { "-mfloat-abi=soft" "-mfloat-abi=softfp" } { "" } } */
/* { dg-additional-options "-mfp16-format=ieee" } */

#include "harness.h"

struct h2 { _Float16 a, b; };
typedef void __attribute__ ((cmse_nonsecure_call)) ns_t (struct h2);

static void __attribute__ ((noinline))
call (ns_t *f, float x, float y)
{
  struct h2 v = { (_Float16) x, (_Float16) y };
  f (v);
}

int
main (void)
{
  harness_ns_reset ();
  /* Floats whose upper halves are the secret pattern 0x5ec7.  */
  union { uint32_t u; float f; } x = { 0x5ec7a123u }, y = { 0x5ec7b456u };
  call ((ns_t *) harness_ns_recorder, harness_opaque_f (x.f),
        harness_opaque_f (y.f));
  check_called ("f(struct h2)", 1);
  check_eq ("s0 upper half zero", harness_ns_record.s[0] >> 16, 0u);
  check_eq ("s1 upper half zero", harness_ns_record.s[1] >> 16, 0u);
  return harness_exit ();
}
