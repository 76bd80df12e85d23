// SPDX-License-Identifier: GPL-3.0-or-later
// narrow-precision.cc - a C++ enum with underlying type bool has one value
// bit: GCC indexes tables with it unchecked, so the plugin must cut a
// hostile NS reply (0x42) down to bit 0 (re-extension by TYPE_PRECISION,
// not by byte size; found by hostile testing: uxtb let 0x42 through).
// { dg-do run }

#include "harness.h"

enum class flag : bool { off, on };
typedef flag __attribute__ ((cmse_nonsecure_call)) ns_flag_t (void);

static const int table[2] = { 10, 20 };

static int __attribute__ ((noinline))
lookup (ns_flag_t *f)
{
  return table[(int) f ()];
}

int
main (void)
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 0x42;   // bit 0 clear: must read as flag::off
  check_eq ("enum : bool from 0x42 indexes table[0]",
            (uint32_t) lookup ((ns_flag_t *) harness_ns_recorder), 10u);
  harness_ns_reply.r0 = 0xffffff43u;   // bit 0 set: flag::on
  check_eq ("enum : bool from 0xffffff43 indexes table[1]",
            (uint32_t) lookup ((ns_flag_t *) harness_ns_recorder), 20u);
  check_called ("flag f ()", 2);
  return harness_exit ();
}
