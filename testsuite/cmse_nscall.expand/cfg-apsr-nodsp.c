/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cfg-apsr-nodsp.c - plain Armv8-M Mainline without the DSP extension has
   no GE bits: the sequence writes APSR_nzcvq (APSR_nzcvqg would be
   UNPREDICTABLE there).  Rules: Armv8-M ARM (MSR, mask bit 0 'g' only
   with the DSP extension); plugin/arch.h (has_dsp from arm_arch7em).  */
/* { dg-do compile } */
/* { dg-options "-march=armv8-m.main -mcmse" } */
/* { dg-final { scan-assembler-times {\tmsr\tAPSR_nzcvq, r12\n\tblxns\tr12\n} 2 } } */
/* { dg-final { scan-assembler-not {APSR_nzcvqg} } } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_t (int);

int
call_int (ns_t *p, int x)
{
  return p (x);
}

typedef void __attribute__ ((cmse_nonsecure_call)) ns_v_t (void);

void
call_void (ns_v_t *p)
{
  p ();
}
