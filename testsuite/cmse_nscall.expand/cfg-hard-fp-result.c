/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cfg-hard-fp-result.c - -mfloat-abi=hard, FP result and no FP argument:
   still the explicit form (VLLDM after the call would overwrite the
   result in s0/d0, and reading it before VLLDM is CVE-2024-7883), with
   every s register zeroed before the call (none carries an argument), and
   nothing FP between BLXNS and the restore of FPSCR: the result in s0 or
   d0 is left as the callee returned it.  Rules: AAPCS 6.1.2 and 6.6 (an
   FP result in s0 / d0 under the VFP variant); CVE-2024-7883;
   plugin/sequence.cc (explicit form when the result is in an FP
   register).  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mcmse -mfloat-abi=hard -mfpu=fpv5-sp-d16" } */
/* { dg-final { check-function-bodies "**" } } */
/* { dg-final { scan-assembler-not {\tvlstm\t} } } */
/* { dg-final { scan-assembler-not {\tvlldm\t} } } */

typedef float __attribute__ ((cmse_nonsecure_call)) ns_f_t (void);
typedef double __attribute__ ((cmse_nonsecure_call)) ns_d_t (int);

/*
** ret_f:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vpush	\{d8-d15\}
**	vmrs	r4, fpscr
**	push	\{r4, r5\}
**	movs	r4, #0
**	vmsr	fpscr, r4
**	vmov	d0, r4, r4
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
float
ret_f (ns_f_t *p)
{
  return p ();
}

/*
** ret_d:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vpush	\{d8-d15\}
**	vmrs	r4, fpscr
**	push	\{r4, r5\}
**	movs	r4, #0
**	vmsr	fpscr, r4
**	vmov	d0, r4, r4
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
double
ret_d (ns_d_t *p, int x)
{
  return p (x);
}
