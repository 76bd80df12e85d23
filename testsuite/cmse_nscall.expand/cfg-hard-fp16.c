/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cfg-hard-fp16.c - -mfloat-abi=hard, a half-precision argument: it is
   passed in the low 16 bits of s0; the upper 16 bits are not part of the
   value and are cleared through a core register (vmov r5, s0;
   uxth r5, r5; vmov s0, r5), after FPSCR is saved and before it is
   zeroed.  Rules: AAPCS 6.5 (VFP variant: a half-precision value occupies
   the bottom 16 bits of an s register, the rest is unspecified);
   plugin/sequence.cc (partly live s registers are masked with r5 as the
   work register).  Anchors.md: GCC 14-15 leave the upper bits (8.1-M).  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mcmse -mfloat-abi=hard -mfpu=fpv5-sp-d16 -mfp16-format=ieee" } */
/* { dg-final { check-function-bodies "**" } } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_h_t (__fp16);

/*
** pass_h:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vpush	\{d8-d15\}
**	vmrs	r4, fpscr
**	push	\{r4, r5\}
**	vmov	r5, s0
**	uxth	r5, r5
**	vmov	s0, r5
**	movs	r4, #0
**	vmsr	fpscr, r4
**	vmov	s1, r4
**	vmov	d1, r4, r4
**	vmov	d2, r4, r4
**	vmov	d3, r4, r4
**	vmov	d4, r4, r4
**	vmov	d5, r4, r4
**	vmov	d6, r4, r4
**	vmov	d7, r4, r4
**	vmov	d8, r4, r4
**	vmov	d9, r4, r4
**	vmov	d10, r4, r4
**	vmov	d11, r4, r4
**	vmov	d12, r4, r4
**	vmov	d13, r4, r4
**	vmov	d14, r4, r4
**	vmov	d15, r4, r4
**	mov	r0, r12
**	mov	r1, r12
**	mov	r2, r12
**	mov	r3, r12
**	mov	r4, r12
**	mov	r5, r12
**	mov	r6, r12
**	mov	r7, r12
**	mov	r8, r12
**	mov	r9, r12
**	mov	r10, r12
**	mov	r11, r12
**	msr	APSR_nzcvqg, r12
**	blxns	r12
**	pop	\{r4, r5\}
**	vmsr	fpscr, r4
**	vpop	\{d8-d15\}
**	pop	\{r4-r11\}
**	...
*/
int
pass_h (ns_h_t *p, __fp16 h)
{
  return p (h);
}
