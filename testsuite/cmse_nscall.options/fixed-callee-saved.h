/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fixed-callee-saved.h - the body of fixed-r4.c, fixed-r9.c and
   fixed-r11.c: -ffixed-REG with a global register variable in a register
   the non-secure call sequence saves, clears and uses.  The value must not
   reach the Non-secure callee (the sequence overwrites REG like any
   register that carries no argument) and must be back after the call
   (push/pop {r4-r11}, Baseline: through r4-r7).  A clear error would also
   do; the plugin gives correct code, and this proves it by execution.
   The including file defines FIXED_REG (its name, "r4") and FIXED_NUM (4)
   and gives the matching -ffixed-REG.  */

#include "harness.h"

register uint32_t fixed_val __asm__ (FIXED_REG);

typedef uint32_t __attribute__ ((cmse_nonsecure_call)) ns_t (uint32_t);

static uint32_t __attribute__ ((noinline))
call (ns_t *f)
{
  return f (fixed_val ^ 1u);
}

int
main (void)
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 5;
  fixed_val = HARNESS_SECRET_LIVE (FIXED_NUM);
  uint32_t r = call ((ns_t *) harness_ns_recorder_clobber);
  uint32_t after = fixed_val;
  check_called ("f", 1);
  check_eq ("result", r, 5);
  check_live ("global register variable in " FIXED_REG, after,
              HARNESS_SECRET_LIVE (FIXED_NUM));
  check_eq ("argument r0", harness_ns_record.r[0],
            HARNESS_SECRET_LIVE (FIXED_NUM) ^ 1u);
  check_no_secret_in_record ("f (" FIXED_REG " fixed)", HARNESS_ARG_R (0));
  return harness_exit ();
}
