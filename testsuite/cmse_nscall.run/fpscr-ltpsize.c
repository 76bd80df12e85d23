/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fpscr-ltpsize.c - FPSCR as the Non-secure callee finds it on a core
   with MVE (Armv8.1-M, e.g. Cortex-M55 with -mfloat-abi=hard).  FPSCR is
   not banked; its LTPSIZE field (bits 18:16) must read 4, "no loop tail
   predication", or every MVE vector instruction of the callee is
   predicated by the element count in lr (Armv8.1-M ARM, loop tail
   predication) and loads/stores silently drop elements.  The explicit
   hard-float form used to write FPSCR := 0 (LTPSIZE 0); found by
   cmse_nscall.fuzz (program 7/568, m55-hard: a callee whose struct copy
   GCC vectorised returned 0.0); the form now leaves FPSCR to the FPCXT_S
   save, which loads FPDSCR_NS (LTPSIZE 4 on the an547's MVE core).  The
   flags must still be clear.  Both
   forms are checked: float (*)(float) (explicit) and int (*)(int)
   (lazy).  Without MVE there is no LTPSIZE and only the flags are
   checked.  */
/* { dg-do run } */

#include "harness.h"

typedef float __attribute__ ((cmse_nonsecure_call)) nsf_t (float);
typedef int __attribute__ ((cmse_nonsecure_call)) nsi_t (int);

static void
check_fpscr (const char *where)
{
  if (!harness_ns_record.fp_valid)
    {
      check_true ("FP state not recorded: nothing to check (soft float)", 1);
      return;
    }
#if defined (__ARM_FEATURE_MVE)
  check_eq (where, (harness_ns_record.fpscr >> 16) & 7u, 4u);
#endif
  check_eq ("FPSCR flags clear", harness_ns_record.fpscr & 0xf800009fu, 0u);
}

int
main (void)
{
  volatile float zero = 0.0f;
  volatile float inf = 1.0f / zero;	/* Secure DZC flag */
  (void) inf;
  harness_ns_reset ();
  harness_ns_reply.s[0] = 0x3f800000u;
  harness_ns_reply.r0 = 0x3f800000u;
  float r = ((nsf_t *) harness_ns_recorder) (2.0f);
  check_called ("f (float)", 1);
  check_true ("float result", r == 1.0f);
  check_fpscr ("LTPSIZE seen by NS, float (*)(float): 4");

  harness_ns_reset ();
  harness_ns_reply.r0 = 7;
  int i = ((nsi_t *) harness_ns_recorder) (3);
  check_eq ("int result", (uint32_t) i, 7u);
  check_fpscr ("LTPSIZE seen by NS, int (*)(int): 4");
  return harness_exit ();
}
