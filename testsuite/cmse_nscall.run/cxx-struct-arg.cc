// SPDX-License-Identifier: GPL-3.0-or-later
// cxx-struct-arg.cc - C++: a struct and a union passed by value to an NS
// call (GCC 12's native expansion crashes on this in C++ at every level,
// anchors.md).  Padding must arrive zero as in C.
/* { dg-do run } */

#include "harness.h"

struct Packet { uint8_t kind; uint16_t len; };
union Word { uint32_t u; float f; };

typedef int __attribute__ ((cmse_nonsecure_call)) ns_fn_t (Packet, Word);

static __attribute__ ((noinline)) int
call (ns_fn_t *f)
{
  union { Packet p; uint32_t w; } u;
  u.w = harness_opaque (0xffffffffu);
  u.p.kind = 0x42;
  u.p.len = 0x0123;
  Word w;
  w.u = harness_opaque (0x0a0b0c0du);
  HARNESS_PLANT_SECRETS ();
  return f (u.p, w);
}

int
main ()
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 5;
  check_eq ("result", (uint32_t) call ((ns_fn_t *) harness_ns_recorder), 5u);
  check_eq ("Packet in r0, padding zero", harness_ns_record.r[0], 0x01230042u);
  check_eq ("Word in r1", harness_ns_record.r[1], 0x0a0b0c0du);
  check_no_secret_in_record ("f (Packet, Word)", HARNESS_ARG_R (0) | HARNESS_ARG_R (1));
  check_called ("one call", 1);
  return harness_exit ();
}
