/* SPDX-License-Identifier: GPL-3.0-or-later */
/* narrow-short.c - short and unsigned short results with garbage above
   bit 15: 0xdead8001 must read as -32767 (short) and 0x8001 (unsigned
   short); the two calls go to two different NS entry points.  */
/* { dg-do run } */

#include "harness.h"

typedef short __attribute__ ((cmse_nonsecure_call)) ns_s_t (int);
typedef unsigned short __attribute__ ((cmse_nonsecure_call)) ns_us_t (int);

static int __attribute__ ((noinline))
get_s (ns_s_t *f)
{
  return f (1);
}

static unsigned __attribute__ ((noinline))
get_us (ns_us_t *f)
{
  return f (2);
}

int
main (void)
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 0xdead8001u;
  int s = get_s ((ns_s_t *) harness_ns_recorder);
  unsigned u = get_us ((ns_us_t *) harness_ns_recorder_b);
  check_eq ("short 0x8001 -> -32767", (uint32_t) s, (uint32_t) -32767);
  check_eq ("unsigned short 0x8001", u, 0x8001u);
  check_true ("(unsigned) f () <= 65535", u <= 65535);
  check_called ("short f ()", 2);
  check_eq ("first call entry", harness_ns_record.log_entry[0], HARNESS_ENTRY_RECORDER);
  check_eq ("second call entry", harness_ns_record.log_entry[1], HARNESS_ENTRY_RECORDER_B);
  return harness_exit ();
}
