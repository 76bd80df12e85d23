/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cfg-apsr-march-dsp.c - -march=armv8-m.main+dsp: the DSP extension comes
   from the architecture option, not a CPU name, and GE is cleared too.
   Rules: Armv8-M ARM (GE bits exist with the DSP extension); plugin/arch.h
   (has_dsp read per function from arm_arch7em).  */
/* { dg-do compile } */
/* { dg-options "-march=armv8-m.main+dsp -mcmse" } */
/* { dg-final { scan-assembler-times {\tmsr\tAPSR_nzcvqg, r12\n\tblxns\tr12\n} 2 } } */

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
