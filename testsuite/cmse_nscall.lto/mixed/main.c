/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c - the LTO half of lto.exp's mixed link: compiled with -flto and
   the plugin, linked with mixed/nolto.c (an ordinary object).  Both units
   make a non-secure call; each must reach the recorder with its argument,
   return its result and leak no secret.  Without the plugin on the link
   line this unit's call makes the link fail (the other unit's object
   cannot hide that).  Limits: lto.exp builds it; not a dg test.  */

#include "harness.h"

typedef uint32_t __attribute__ ((cmse_nonsecure_call)) ns_u32_fn (uint32_t);

uint32_t lto_mixed_nolto_call (uint32_t x);

static uint32_t __attribute__ ((noinline))
lto_mixed_lto_call (uint32_t x)
{
  HARNESS_PLANT_SECRETS ();
  return ((ns_u32_fn *) HARNESS_NS_RECORDER_ADDR) (x);
}

int
main (void)
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 0x1234abcdu;
  check_eq ("LTO unit result", lto_mixed_lto_call (7), 0x1234abcdu);
  check_eq ("LTO unit argument", harness_ns_record.r[0], 7);
  check_no_secret_in_record ("LTO unit", HARNESS_ARG_R (0));
  harness_ns_reply.r0 = 0x5678ef01u;
  check_eq ("non-LTO unit result", lto_mixed_nolto_call (9), 0x5678ef01u);
  check_eq ("non-LTO unit argument", harness_ns_record.r[0], 9);
  check_no_secret_in_record ("non-LTO unit", HARNESS_ARG_R (0));
  check_called ("both units", 2);
  return harness_exit ();
}
