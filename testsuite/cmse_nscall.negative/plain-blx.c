/* SPDX-License-Identifier: GPL-3.0-or-later */
/* plain-blx.c - negative control: a call to NS code through a pointer
   WITHOUT cmse_nonsecure_call is a plain BLX, which the core refuses with a
   SecureFault, SFSR.INVTRAN (qemu-trustzone.md).  Proves the harness's NS
   region really is Non-secure and that faults are reported by name.
   Expected: XFAIL when the output shows INVTRAN, FAIL for any other
   failure, XPASS (a failure of the suite) if the call went through.  */
/* { dg-do run } */
/* { dg-cmse-run-xfail "SecureFault.*\n.*INVTRAN" "plain BLX to NS code" } */

#include "harness.h"

typedef int plain_t (int);

int
main (void)
{
  plain_t *f = (plain_t *) harness_opaque ((uint32_t) harness_ns_recorder);
  harness_ns_reset ();
  int r = f (1);
  check_eq ("plain call returned", (uint32_t) r, 0);
  return harness_exit ();
}
