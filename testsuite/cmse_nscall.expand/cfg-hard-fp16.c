/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cfg-hard-fp16.c - -mfloat-abi=hard, a half-precision argument: it is
   passed in the low 16 bits of s0; the upper 16 bits are not part of the
   value.  In the lazy hard-float form of Armv8-M Mainline the argument
   travels across VLSTM in the shuttle r5 and the upper bits are cleared
   there (vmov r5, s0; uxth r5, r5; ... vlstm sp; vmov s0, r5), before
   FPSCR is set to 0.  Rules: AAPCS 6.5 (VFP variant: a half-precision
   value occupies the bottom 16 bits of an s register, the rest is
   unspecified); plugin/sequence.cc (partly live argument words are
   masked in their shuttle).  Anchors.md: GCC 14-15 leave the upper bits
   (8.1-M).  The .inst.w after "it mi" is not shown by
   check-function-bodies.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mcmse -mfloat-abi=hard -mfpu=fpv5-sp-d16 -mfp16-format=ieee" } */
/* { dg-final { check-function-bodies "**" } } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_h_t (__fp16);

/*
** pass_h:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vmov	r5, s0
**	uxth	r5, r5
**	sub	sp, sp, #136
**	vlstm	sp
**	vmov	s0, r5
**	movs	r4, #0
**	vmsr	fpscr, r4
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
**	mrs	r4, control
**	lsls	r4, r4, #28
**	it	mi
**	vlldm	sp
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	...
*/
int
pass_h (ns_h_t *p, __fp16 h)
{
  return p (h);
}
