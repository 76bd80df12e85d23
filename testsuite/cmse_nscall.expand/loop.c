/* SPDX-License-Identifier: GPL-3.0-or-later */
/* loop.c - a non-secure call inside a loop: every iteration runs the whole
   sequence (save, clear, blxns, restore), and the loop's own state, kept
   in callee-saved registers that the sequence overwrites with the callee
   address, is intact afterwards because pop {r4-r11} restores it.
   Rules: AAPCS 6.1.1 (r4-r11 callee-saved, so GCC may keep the counter,
   the sum and the pointer in them across the call); plugin/sequence.h
   (push {r4-r11} first, pop {r4-r11} last, for each call).  */
/* { dg-do compile } */
/* { dg-final { check-function-bodies "**" } } */
/* { dg-final { scan-assembler-times {\tpush\t\{r4-r11\}\n} 1 } } */
/* { dg-final { scan-assembler-times {\tblxns\tr12\n} 1 } } */
/* { dg-final { scan-assembler-times {\tpop\t\{r4-r11\}\n} 1 } } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_t (int);

/* A label (the loop head or body) comes before the sequence and a branch
   back after it.  */
/*
** sum:
**	...
**	\.L[0-9]+:
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
**	pop	\{r4-r11\}
**	...
**	b(?:ne|lt|gt|le|ge|eq)?	\.L[0-9]+
**	...
*/
int
sum (ns_t *p, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p (i);
  return s;
}
