/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cfg-hard-no-fp.c - -mfloat-abi=hard, but neither an FP argument nor an
   FP result: the lazy form (sub sp, sp, #136; vlstm sp ... vlldm sp;
   add sp, sp, #136), which saves and hides all of s0-s31 and FPSCR in
   one instruction (with FPCCR_S.TS = 1, as Secure firmware that uses FP
   must set), so no vpush, vmrs or vmov.  Rules: Armv8-M (VLSTM/VLLDM);
   AAPCS 6.5/6.6 (no VFP register carries anything into or out of these
   calls); plugin/sequence.cc (lazy form).  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mcmse -mfloat-abi=hard -mfpu=fpv5-sp-d16" } */
/* { dg-final { check-function-bodies "**" } } */
/* { dg-final { scan-assembler-not {\tvpush\t} } } */
/* { dg-final { scan-assembler-not {\tvmrs\t} } } */
/* { dg-final { scan-assembler-not {\tvmsr\t} } } */
/* { dg-final { scan-assembler-not {\tvmov\t} } } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_i_t (int);
typedef long long __attribute__ ((cmse_nonsecure_call)) ns_ll_t (long long);

/*
** pass_i:
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
int
pass_i (ns_i_t *p, int x)
{
  return p (x);
}

/*
** pass_ll:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
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
long long
pass_ll (ns_ll_t *p, long long x)
{
  return p (x);
}
