/* SPDX-License-Identifier: GPL-3.0-or-later */
/* int-args.c - int (*)(int x N) for N = 0..4: which core registers the
   sequence keeps and which it overwrites with the (public) callee address.
   Rules: AAPCS 6.5 (the first four word arguments are in r0-r3, the rest
   of r0-r3 carry nothing); Armv8-M Security Extension (BLXNS leaves every
   register as it is, so each register not carrying an argument must be
   overwritten before it: r(N)-r3 and r4-r11, whose Secure values were
   saved by push {r4-r11}); plugin/sequence.h (order: push, bic of the
   target into r12, sub sp/vlstm, mov rK, r12 for K ascending, msr APSR,
   blxns r12; after it vlldm, add sp, pop {r4-r11}).  Argument registers
   are never written between push and blxns.  */
/* { dg-do compile } */
/* { dg-final { check-function-bodies "**" } } */
/* { dg-final { scan-assembler-not {__gnu_cmse_nonsecure_call} } } */
/* { dg-final { scan-assembler-times {\tblxns\tr12\n} 5 } } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns0_t (void);
/*
** call0:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
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
**	msr	APSR_nzcvqg?, r12
**	blxns	r12
**	...
**	vlldm	sp
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	...
*/
int
call0 (ns0_t *p)
{
  return p ();
}

typedef int __attribute__ ((cmse_nonsecure_call)) ns1_t (int);
/*
** call1:
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
**	msr	APSR_nzcvqg?, r12
**	blxns	r12
**	...
**	vlldm	sp
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	...
*/
int
call1 (ns1_t *p, int a)
{
  return p (a);
}

typedef int __attribute__ ((cmse_nonsecure_call)) ns2_t (int, int);
/*
** call2:
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
**	msr	APSR_nzcvqg?, r12
**	blxns	r12
**	...
**	vlldm	sp
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	...
*/
int
call2 (ns2_t *p, int a, int b)
{
  return p (a, b);
}

typedef int __attribute__ ((cmse_nonsecure_call)) ns3_t (int, int, int);
/*
** call3:
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
**	msr	APSR_nzcvqg?, r12
**	blxns	r12
**	...
**	vlldm	sp
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	...
*/
int
call3 (ns3_t *p, int a, int b, int c)
{
  return p (a, b, c);
}

typedef int __attribute__ ((cmse_nonsecure_call)) ns4_t (int, int, int, int);
/*
** call4:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r4, r12
**	mov	r5, r12
**	mov	r6, r12
**	mov	r7, r12
**	mov	r8, r12
**	mov	r9, r12
**	mov	r10, r12
**	mov	r11, r12
**	msr	APSR_nzcvqg?, r12
**	blxns	r12
**	...
**	vlldm	sp
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	...
*/
int
call4 (ns4_t *p, int a, int b, int c, int d)
{
  return p (a, b, c, d);
}
