/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fp-result-inactive.c - a float result from a call made while the Secure
   FP context is inactive (CONTROL_S.SFPA = 0, as in a Secure entry
   function that has not used FP yet): CVE-2024-7883.  The stack below
   the caller is painted with 0x5EC7B0NN first, where the sequence's
   136-byte VLSTM area will be; CONTROL.SFPA and FPCA are cleared just
   before the call.  If VLSTM saved nothing and an FP instruction then
   activated the context before VLLDM (the Clang 19 defect: the move of
   the result out of s0), VLLDM would load s0-s31 from the painted area.
   Checked right after the call: no s register holds a painted word, the
   result is the callee's, and under hard float (where the plugin's lazy
   form activates the context before VLSTM, or the explicit form saves
   d8-d15) s16-s31 are not the values the hostile callee left there
   (0xDEADF5NN).  Without FP in the Secure code (soft float, Baseline)
   only the result is checked.  */
/* { dg-do run } */

#include "harness.h"

#define PAINT_WORDS 192

typedef float __attribute__ ((cmse_nonsecure_call)) ns_fv_t (void);

static void __attribute__ ((noinline))
paint (void)
{
  volatile uint32_t area[PAINT_WORDS];
  for (unsigned i = 0; i < PAINT_WORDS; i++)
    area[i] = 0x5EC7B000u | (i & 0xff);
}

static float __attribute__ ((noinline))
call_inactive (ns_fv_t *f, uint32_t *fp_after)
{
#if defined (__ARM_FP)
  uint32_t control;
  /* CONTROL bits 3 (SFPA) and 2 (FPCA): no active FP context.  */
  __asm__ volatile ("mrs %0, control\n\t"
                    "bic %0, %0, #12\n\t"
                    "msr control, %0\n\t"
                    "isb" : "=&r" (control) :: "memory");
#endif
  float r = f ();
#if defined (__ARM_FP)
  __asm__ volatile ("vstmia %0, {s0-s31}" :: "r" (fp_after) : "memory");
#else
  (void) fp_after;
#endif
  return r;
}

/* How many of W[FIRST..LAST) match PATTERN in their upper 24 bits.  The
   volatile reads keep this loop scalar: GCC 14 vectorised it with MVE and
   kept the pattern in the callee-saved d8-d9 across the call, which the
   check then counted as "painted" after d8-d15 were (rightly) restored.  */
static unsigned __attribute__ ((noinline))
count_pattern (const volatile uint32_t *w, unsigned first, unsigned last,
               uint32_t pattern)
{
  unsigned n = 0;
  for (unsigned i = first; i < last; i++)
    if ((w[i] & 0xffffff00u) == pattern)
      n++;
  return n;
}

int
main (void)
{
  uint32_t fp_after[32] = { 0 };
  harness_ns_reset ();
  harness_ns_reply.r0 = 0xbf800000u;	/* -1.0f */
  harness_ns_reply.s[0] = 0xbf800000u;
  paint ();
  float r = call_inactive ((ns_fv_t *) harness_ns_recorder, fp_after);
  check_called ("f ()", 1);
  check_eq ("result -1.0f", harness_bits (r), 0xbf800000u);
  check_no_secret_in_record ("f ()", 0);
#if defined (__ARM_FP)
  unsigned painted = count_pattern (fp_after, 0, 32, 0x5EC7B000u);
  check_eq ("s registers loaded from the never-written VLSTM area", painted, 0);
#endif
#if defined (__ARM_PCS_VFP)
  unsigned callee_left = count_pattern (fp_after, 16, 32, 0xDEADF500u);
  check_eq ("s16-s31 still hold the callee's values", callee_left, 0);
#endif
  return harness_exit ();
}
