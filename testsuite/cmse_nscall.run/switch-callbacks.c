/* SPDX-License-Identifier: GPL-3.0-or-later */
/* switch-callbacks.c - NS callbacks chosen in a switch, two different
   pointers called with the same arguments on different branches (the shape
   of a vendor TrustZone template; GCC 12 crashes on it at -O2/-Os,
   anchors.md).  Each branch must reach its own NS entry with the argument.  */
/* { dg-do run } */

#include "harness.h"

typedef void __attribute__ ((cmse_nonsecure_call)) ns_cb_t (uint32_t);

static ns_cb_t *cb_a, *cb_b;

static void __attribute__ ((noinline))
notify (int event, uint32_t data)
{
  switch (event)
    {
    case 1:
      cb_a (data);
      break;
    case 2:
      cb_b (data);
      break;
    default:
      break;
    }
}

int
main (void)
{
  cb_a = (ns_cb_t *) harness_ns_recorder;
  cb_b = (ns_cb_t *) harness_ns_recorder_b;
  harness_ns_reset ();
  notify (harness_opaque (2), 0x0b0b);
  notify (harness_opaque (1), 0x0a0a);
  notify (harness_opaque (3), 0x0c0c);
  check_called ("two callbacks", 2);
  check_eq ("first: cb_b", harness_ns_record.log_entry[0], HARNESS_ENTRY_RECORDER_B);
  check_eq ("first argument", harness_ns_record.log_r0[0], 0x0b0b);
  check_eq ("second: cb_a", harness_ns_record.log_entry[1], HARNESS_ENTRY_RECORDER);
  check_eq ("second argument", harness_ns_record.log_r0[1], 0x0a0a);
  check_no_secret_in_record ("cb_a (data)", HARNESS_ARG_R (0));
  return harness_exit ();
}
