/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cfg-apsr-dsp.c - Cortex-M33 has the DSP extension, so APSR has the GE
   bits, which SIMD instructions in Secure code leave set: the sequence
   writes APSR_nzcvqg (N, Z, C, V, Q and GE[3:0]) from the public callee
   address before BLXNS.  Rules: Armv8-M ARM (MSR APSR_nzcvqg requires the
   DSP extension; GE exists only with it); anchors.md (GE leak: GCC 12-15
   clear only nzcvq).  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mcmse" } */
/* { dg-final { scan-assembler-times {\tmsr\tAPSR_nzcvqg, r12\n\tblxns\tr12\n} 2 } } */
/* { dg-final { scan-assembler-not {\tmsr\tAPSR_nzcvq, } } } */

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
