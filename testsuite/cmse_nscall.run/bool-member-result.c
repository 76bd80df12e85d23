/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bool-member-result.c - a small struct returned in r0 whose _Bool member
   GCC uses as 0 or 1 without checking: a hostile NS reply of 0x1234ff42
   must leave the member 0 (bit 0 of byte 0 is clear) and the narrow
   unsigned member in range, so table[r.b] stays in bounds.  */
/* { dg-do run } */

#include "harness.h"

struct result { _Bool ok; unsigned char level; };
typedef struct result __attribute__ ((cmse_nonsecure_call)) ns_t (void);

static const int table[2] = { 111, 222 };

static int __attribute__ ((noinline))
use (ns_t *f)
{
  struct result r = f ();
  return table[r.ok] + r.level;
}

int
main (void)
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 0x1234ff42u;   /* ok byte 0x42 -> 0; level 0xff */
  check_eq ("struct { _Bool } member from 0x42 reads as 0",
            (uint32_t) use ((ns_t *) harness_ns_recorder), 111u + 0xffu);
  harness_ns_reply.r0 = 0x00000703u;   /* ok byte 0x03 -> 1; level 7 */
  check_eq ("struct { _Bool } member from 0x03 reads as 1",
            (uint32_t) use ((ns_t *) harness_ns_recorder), 222u + 7u);
  check_called ("struct result f ()", 2);
  return harness_exit ();
}
