/* SPDX-License-Identifier: GPL-3.0-or-later */
/* narrow-enum.c - a small enum result (1 byte: arm-none-eabi uses short
   enums) with garbage above bit 7.  NS returns 0x5a5a5a02 = COLOUR_BLUE
   in the low byte: a switch over the enum must take the BLUE arm and the
   value must index a 3-entry table in range.  */
/* { dg-do run } */

#include "harness.h"

enum colour { COLOUR_RED, COLOUR_GREEN, COLOUR_BLUE };

typedef enum colour __attribute__ ((cmse_nonsecure_call)) ns_t (void);

static unsigned __attribute__ ((noinline))
as_unsigned (ns_t *f)
{
  return f ();
}

static int __attribute__ ((noinline))
classify (ns_t *f)
{
  switch (f ())
    {
    case COLOUR_RED: return 10;
    case COLOUR_GREEN: return 11;
    case COLOUR_BLUE: return 12;
    default: return -1;
    }
}

int
main (void)
{
  ns_t *f = (ns_t *) harness_ns_recorder;
  _Static_assert (sizeof (enum colour) == 1, "short enums");

  harness_ns_reset ();
  harness_ns_reply.r0 = 0x5a5a5a02u;
  unsigned v = as_unsigned (f);
  check_true ("(unsigned) f () <= 255", v <= 255);
  check_eq ("enum result", v, COLOUR_BLUE);
  check_eq ("switch (f ())", (uint32_t) classify (f), 12u);
  check_called ("enum colour f ()", 2);
  return harness_exit ();
}
