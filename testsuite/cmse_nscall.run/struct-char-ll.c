/* SPDX-License-Identifier: GPL-3.0-or-later */
/* struct-char-ll.c - struct { char c; long long v; } by value: 16 bytes,
   8-aligned, in r0-r3: r0 = c and 3 padding bytes, r1 = 4 padding bytes,
   r2:r3 = v.  NS must see c, zeros, and v intact.  GCC 12 passes r1
   uncleared and overwrites r3 with the call target (anchors.md).  */
/* { dg-do run } */

#include "harness.h"

struct cll { char c; long long v; };

typedef int __attribute__ ((cmse_nonsecure_call)) ns_t (struct cll);

static int __attribute__ ((noinline))
call (ns_t *f)
{
  union { struct cll s; uint32_t w[4]; } u;
  for (int i = 0; i < 4; i++)
    u.w[i] = harness_opaque (0xffffffffu);
  u.s.c = 0x21;
  u.s.v = 0x0102030405060708ll;
  HARNESS_PLANT_SECRETS ();
  return f (u.s);
}

int
main (void)
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 77;
  int r = call ((ns_t *) harness_ns_recorder);
  check_called ("f(struct cll)", 1);
  check_eq ("r0 = c, padding zero", harness_ns_record.r[0], 0x21u);
  check_eq ("r1 = padding, zero", harness_ns_record.r[1], 0u);
  check_eq ("r2 = lo(v)", harness_ns_record.r[2], 0x05060708u);
  check_eq ("r3 = hi(v)", harness_ns_record.r[3], 0x01020304u);
  check_eq ("result", (uint32_t) r, 77u);
  check_no_secret_in_record ("f(struct cll)", 0xfu);
  return harness_exit ();
}
