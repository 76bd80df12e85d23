/* SPDX-License-Identifier: GPL-3.0-or-later */
/* target-callee-saved.c - the callee address in a callee-saved register
   r4-r7 with four int arguments in r0-r3, the shape where the Armv8-M
   Baseline sequence saves r8-r11 through the three other registers of
   r4-r7 (plugin/sequence.cc).  Each call_in_rN is entered through
   harness_call_keeping_callee_saved, so r4-r11 hold the caller's
   0x5EC7C5NN; the NS callee (which trashes r4-r11) must be reached with the
   four arguments and no secret, and afterwards the caller's r4-r11 and
   the target pointer must be as before.  Nothing else in call_in_rN
   touches r8-r11 (no planted secrets, no live values: either would make
   GCC's own prologue save them), so only the sequence keeps them.
   The address is put in r4, r5, r6 and (optimising only: r7 is the -O0
   frame pointer) r7 by an asm operand; where the compiler really keeps it
   is checked in cmse_nscall.expand/body-m23-target-callee-saved.c.  */
/* { dg-do run } */

#include "harness.h"

typedef int __attribute__ ((cmse_nonsecure_call)) ns4_t (int, int, int, int);

static ns4_t *volatile callee;
static int result;
static uintptr_t target_after;

#define CALL_WITH_TARGET_IN(reg)                                             \
  static void __attribute__ ((noinline))                                     \
  call_in_##reg (void)                                                       \
  {                                                                          \
    register ns4_t *t __asm__ (#reg) = callee;                               \
    __asm__ ("" : "+r" (t));                                                 \
    result = t (0x0a0b0c01, -2, 3, 0x7abcdef4);                              \
    target_after = (uintptr_t) t;                                            \
  }

CALL_WITH_TARGET_IN (r4)
CALL_WITH_TARGET_IN (r5)
CALL_WITH_TARGET_IN (r6)
#if defined (__OPTIMIZE__)
CALL_WITH_TARGET_IN (r7)
#endif

static void
run (void (*call) (void), const char *where)
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 0x600d0004u;
  callee = (ns4_t *) harness_ns_recorder_clobber;
  result = 0;
  target_after = 0;
  harness_call_keeping_callee_saved (call);
  check_called (where, 1);
  check_eq (where, (uint32_t) result, 0x600d0004u);
  check_eq ("r0", harness_ns_record.r[0], 0x0a0b0c01u);
  check_eq ("r1", harness_ns_record.r[1], 0xfffffffeu);
  check_eq ("r2", harness_ns_record.r[2], 3u);
  check_eq ("r3", harness_ns_record.r[3], 0x7abcdef4u);
  check_no_secret_in_record (where, 0xf);
  check_callee_saved_kept (where);
  check_eq ("target pointer after the call", target_after,
            (uintptr_t) harness_ns_recorder_clobber);
}

int
main (void)
{
  run (call_in_r4, "target in r4");
  run (call_in_r5, "target in r5");
  run (call_in_r6, "target in r6");
#if defined (__OPTIMIZE__)
  run (call_in_r7, "target in r7");
#endif
  return harness_exit ();
}
