/* SPDX-License-Identifier: GPL-3.0-or-later */
/* seed-u32.c - the seed example: a `uint32_t fn (void)' NS function at an
   address cast from an integer constant (as firmware reads it from a
   Non-secure vector table or a fixed map), the equivalent of Rust's
   `extern "cmse-nonsecure-call" fn () -> u32'.  */
/* { dg-do run } */

#include "harness.h"

typedef uint32_t __attribute__ ((cmse_nonsecure_call)) ns_u32_fn (void);

static uint32_t __attribute__ ((noinline))
call_fixed (void)
{
  HARNESS_PLANT_SECRETS ();
  return ((ns_u32_fn *) HARNESS_NS_RECORDER_ADDR) ();
}

int
main (void)
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 0xfeedf00du;
  check_eq ("u32 result", call_fixed (), 0xfeedf00du);
  check_called ("fn ()", 1);
  check_eq ("entry", harness_ns_record.entry, HARNESS_ENTRY_RECORDER);
  check_no_secret_in_record ("fn ()", 0);
  return harness_exit ();
}
