/* SPDX-License-Identifier: GPL-3.0-or-later */
/* union-padding.c - union arguments.  A bit is padding of a union only when
   it is padding in every member:
     union { struct { uint8_t a; uint16_t b; } s; uint8_t c; }
   byte 1 is padding in s and outside c -> must be zero; bytes 0, 2, 3 carry
   s's data.  A union of two scalars (int, float) has no padding and must
   arrive unchanged (GCC 12 overwrote such a register with the target).  */
/* { dg-do run } */

#include "harness.h"

union u1 { struct { uint8_t a; uint16_t b; } s; uint8_t c; };
union u2 { int i; float f; };

typedef void __attribute__ ((cmse_nonsecure_call)) ns_t (union u1, union u2);

static void __attribute__ ((noinline))
call (ns_t *f)
{
  union { union u1 u; uint32_t w; } x;
  union u2 y;
  x.w = harness_opaque (0xffffffffu);
  x.u.s.a = 0x11;
  x.u.s.b = 0x2233;
  y.i = (int) harness_opaque (0x0a1b2c3du);
  HARNESS_PLANT_SECRETS ();
  f (x.u, y); /* { dg-warning "padding in one union member but data in another" } */
}

int
main (void)
{
  harness_ns_reset ();
  call ((ns_t *) harness_ns_recorder);
  check_called ("f(union u1, union u2)", 1);
  check_eq ("union u1 in r0, common padding byte zero", harness_ns_record.r[0], 0x22330011u);
  check_eq ("union u2 in r1 unchanged", harness_ns_record.r[1], 0x0a1b2c3du);
  check_no_secret_in_record ("f(union u1, union u2)", HARNESS_ARG_R (0) | HARNESS_ARG_R (1));
  return harness_exit ();
}
