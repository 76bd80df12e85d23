/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bitfield-unnamed.c - bit-field struct arguments.  Bits of an unnamed
   non-zero-width bit-field are padding: with the Secure copy starting from
   all-ones, NS must see them zero.
     struct { unsigned a:4; unsigned :4; unsigned b:8; unsigned :0;
              unsigned char c; }   r0 = c << 16 | b << 8 | a   (bits 4-7 zero)
   GCC 12's native expansion leaves bits 4-7 set (anchors.md).  */
/* { dg-do run } */

#include "harness.h"

struct bf
{
  unsigned a : 4;
  unsigned : 4;
  unsigned b : 8;
  unsigned char c;
};

struct bf2
{
  unsigned short x : 3;
  unsigned short : 5;
  unsigned short y : 7;
};

typedef void __attribute__ ((cmse_nonsecure_call)) ns_t (struct bf, struct bf2);

static void __attribute__ ((noinline))
call (ns_t *f)
{
  union { struct bf s; uint32_t w; } u;
  union { struct bf2 s; uint16_t h[2]; } v;
  u.w = harness_opaque (0xffffffffu);
  v.h[0] = (uint16_t) harness_opaque (0xffff);
  v.h[1] = (uint16_t) harness_opaque (0xffff);
  u.s.a = 0x5;
  u.s.b = 0xa6;
  u.s.c = 0x3c;
  v.s.x = 0x6;
  v.s.y = 0x55;
  HARNESS_PLANT_SECRETS ();
  f (u.s, v.s);
}

int
main (void)
{
  harness_ns_reset ();
  call ((ns_t *) harness_ns_recorder);
  check_called ("f(struct bf, struct bf2)", 1);
  check_eq ("bit-fields in r0, unnamed and padding bits zero", harness_ns_record.r[0],
	    0x003ca605u);
  /* x in bits 0-2, unnamed 3-7, y in 8-14, bit 15 and bytes 2-3 padding.  */
  check_eq ("bit-fields in r1, unnamed and padding bits zero", harness_ns_record.r[1],
	    0x00005506u);
  check_no_secret_in_record ("f(struct bf, struct bf2)", HARNESS_ARG_R (0) | HARNESS_ARG_R (1));
  return harness_exit ();
}
