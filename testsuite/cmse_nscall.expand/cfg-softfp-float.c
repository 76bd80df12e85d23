/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cfg-softfp-float.c - -mfloat-abi=softfp: FP values are passed and
   returned in core registers (float in r0, double in r0:r1), so the lazy
   form is used (the FP registers carry nothing) and the core argument
   registers are kept.  Rules: AAPCS 6.5/6.6 (base standard: FP arguments
   in core registers); plugin/sequence.cc.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mcmse -mfloat-abi=softfp -mfpu=fpv5-sp-d16" } */
/* { dg-final { check-function-bodies "**" } } */
/* { dg-final { scan-assembler-not {\tvpush\t} } } */
/* { dg-final { scan-assembler-not {\tvmrs\t} } } */

typedef float __attribute__ ((cmse_nonsecure_call)) ns_f_t (float);
typedef double __attribute__ ((cmse_nonsecure_call)) ns_d_t (double, float);

/*
** pass_f:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
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
float
pass_f (ns_f_t *p, float x)
{
  return p (x);
}

/*
** pass_d_f:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
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
double
pass_d_f (ns_d_t *p, double x, float y)
{
  return p (x, y);
}
