/* SPDX-License-Identifier: GPL-3.0-or-later */
/* target-reuse.c - the target pointer used again after the call:
   `p (); return (uintptr_t) p;' must return the pointer as it was (Thumb
   bit included), and a second call through it must reach the same entry.
   GCC 12 clears the LSB in place in r4 and trusts r4 after the call, where
   the NS callee left 0xdead0004 (anchors.md).  */
/* { dg-do run } */

#include "harness.h"

typedef void __attribute__ ((cmse_nonsecure_call)) ns_t (void);

static uintptr_t __attribute__ ((noinline))
call_and_return_target (ns_t *p)
{
  p ();
  return (uintptr_t) p;
}

static void __attribute__ ((noinline))
call_twice (ns_t *p)
{
  p ();
  p ();
}

int
main (void)
{
  ns_t *p = (ns_t *) harness_ns_recorder;
  harness_ns_reset ();
  uintptr_t back = call_and_return_target (p);
  check_eq ("target pointer after the call", back, (uintptr_t) harness_ns_recorder);
  call_twice (p);
  check_called ("three calls", 3);
  check_eq ("second call's entry", harness_ns_record.log_entry[1], HARNESS_ENTRY_RECORDER);
  check_eq ("third call's entry", harness_ns_record.log_entry[2], HARNESS_ENTRY_RECORDER);
  return harness_exit ();
}
