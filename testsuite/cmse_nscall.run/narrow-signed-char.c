/* SPDX-License-Identifier: GPL-3.0-or-later */
/* narrow-signed-char.c - signed char result with garbage from NS: r0 =
   0x12345680 must read as -128 and r0 = 0xffffff7f as 127 (sign-extended
   from bit 7, CVE-2024-0151).  */
/* { dg-do run } */

#include "harness.h"

typedef signed char __attribute__ ((cmse_nonsecure_call)) ns_t (void);

static int __attribute__ ((noinline))
as_int (ns_t *f)
{
  return f ();
}

static long long __attribute__ ((noinline))
as_ll (ns_t *f)
{
  return f ();
}

int
main (void)
{
  ns_t *f = (ns_t *) harness_ns_recorder;

  harness_ns_reset ();
  harness_ns_reply.r0 = 0x12345680u;
  int v = as_int (f);
  check_eq ("signed char 0x80 -> -128", (uint32_t) v, (uint32_t) -128);
  check_true ("-128 <= f () <= 127", v >= -128 && v <= 127);

  harness_ns_reply.r0 = 0xffffff7fu;
  long long w = as_ll (f);
  check_eq64 ("signed char 0x7f -> 127 as long long", (uint64_t) w, 127);
  check_called ("signed char f ()", 2);
  return harness_exit ();
}
