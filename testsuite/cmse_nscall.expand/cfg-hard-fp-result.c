/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cfg-hard-fp-result.c - -mfloat-abi=hard on Armv8-M Mainline, FP result
   and no FP argument: the lazy hard-float form.  Before VLSTM, vmov r4, s0
   (a harmless FP read: r4 is saved and gets the callee address later)
   makes the Secure FP context active (CONTROL_S.SFPA = 1), so VLSTM saves
   s0-s31 and FPSCR and VLLDM loads what was saved; without it, with SFPA
   = 0 at the call, VLSTM would save nothing and the move of the result
   after the call would activate the context, so VLLDM would load a
   never-written area (CVE-2024-7883, as Clang 19 does).  No FP
   instruction runs between VLSTM and BLXNS, so FPSCR is hidden by VLSTM
   as in the soft-float lazy form (no vmsr).  After BLXNS the result
   (s0, or d0 = s0:s1) waits in r0 (r0, r1) across the erratum check and
   VLLDM, which reloads s0-s31, and is moved back after it.  Rules: AAPCS
   6.1.2 and 6.6 (an FP result in s0 / d0 under the VFP variant);
   Armv8-M ARM VLSTM/VLLDM (FPCCR_S.TS = 1 required); CVE-2024-7883;
   plugin/sequence.cc.  The .inst.w after "it mi" is not shown by
   check-function-bodies.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mcmse -mfloat-abi=hard -mfpu=fpv5-sp-d16" } */
/* { dg-final { check-function-bodies "**" } } */
/* { dg-final { scan-assembler-not {\tvpush\t} } } */
/* { dg-final { scan-assembler-not {\tvmsr\t} } } */
/* { dg-final { scan-assembler-times {\tvmov\tr4, s0\n\tsub\tsp, sp, #136\n\tvlstm\tsp\n} 2 } } */

typedef float __attribute__ ((cmse_nonsecure_call)) ns_f_t (void);
typedef double __attribute__ ((cmse_nonsecure_call)) ns_d_t (int);

/*
** ret_f:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vmov	r4, s0
**	sub	sp, sp, #136
**	vlstm	sp
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
**	vmov	r0, s0
**	mrs	r4, control
**	lsls	r4, r4, #28
**	it	mi
**	vlldm	sp
**	vmov	s0, r0
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	...
*/
float
ret_f (ns_f_t *p)
{
  return p ();
}

/* x in r0 is kept; the double result through r0, r1.  */
/*
** ret_d:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vmov	r4, s0
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
**	vmov	r0, r1, d0
**	mrs	r4, control
**	lsls	r4, r4, #28
**	it	mi
**	vlldm	sp
**	vmov	d0, r0, r1
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	...
*/
double
ret_d (ns_d_t *p, int x)
{
  return p (x);
}
