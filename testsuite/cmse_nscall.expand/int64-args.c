/* SPDX-License-Identifier: GPL-3.0-or-later */
/* int64-args.c - 64-bit arguments.  Rules: AAPCS 6.5 C.3/C.4 (a
   doubleword-aligned argument goes in an even register pair: long long
   uses r0:r1 or r2:r3; (int, long long) puts the int in r0, skips r1 and
   puts the long long in r2:r3, so r1 carries nothing and must be
   overwritten, like every register that carries no argument);
   plugin/sequence.h (clears r0-r11 in ascending order with mov rK, r12).
   A long long result is returned in r0:r1 and needs no re-extension.  */
/* { dg-do compile } */
/* { dg-final { check-function-bodies "**" } } */
/* { dg-final { scan-assembler-not {__gnu_cmse_nonsecure_call} } } */
/* { dg-final { scan-assembler-not {\t(?:uxt|sxt)[bh]\t} } } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_ll_t (long long);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_i_ll_t (int, long long);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_ll_ll_t (long long, long long);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_ll_i_t (long long, int);
typedef long long __attribute__ ((cmse_nonsecure_call)) ns_ret_ll_t (void);

/* r0:r1 = x; r2, r3 carry nothing.  */
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
**	msr	APSR_nzcvqg?, r12
**	blxns	r12
**	...
*/
int
pass_ll (ns_ll_t *p, long long x)
{
  return p (x);
}

/* r0 = i; r1 skipped (even pair rule); r2:r3 = x.  */
/*
** pass_i_ll:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r1, r12
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
*/
int
pass_i_ll (ns_i_ll_t *p, int i, long long x)
{
  return p (i, x);
}

/* r0:r1 = x, r2:r3 = y: nothing of r0-r3 is overwritten.  */
/*
** pass_ll_ll:
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
*/
int
pass_ll_ll (ns_ll_ll_t *p, long long x, long long y)
{
  return p (x, y);
}

/* r0:r1 = x, r2 = i, r3 carries nothing.  */
/*
** pass_ll_i:
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
*/
int
pass_ll_i (ns_ll_i_t *p, long long x, int i)
{
  return p (x, i);
}

/* A 64-bit result comes back in r0:r1, whole: the pop of r4-r11 is the
   last instruction of the sequence (no extension, no masking).  */
/*
** ret_ll:
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
long long
ret_ll (ns_ret_ll_t *p)
{
  return p ();
}
