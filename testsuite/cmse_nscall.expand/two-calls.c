/* SPDX-License-Identifier: GPL-3.0-or-later */
/* two-calls.c - two non-secure calls in one function, through two
   pointers and twice through the same pointer: each gets a complete
   sequence of its own, and each derives r12 from the register holding its
   own target (never from r12, which the first callee may have changed).
   Rules: AAPCS 6.1.1 (r12 is not preserved across a call; the pointers
   live in callee-saved registers or memory); plugin/sequence.h.  */
/* { dg-do compile } */
/* { dg-final { check-function-bodies "**" } } */
/* { dg-final { scan-assembler-times {\tblxns\tr12\n} 4 } } */
/* { dg-final { scan-assembler-not {\tbic\tr12, r12, #1\n} } } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_t (int);
typedef void __attribute__ ((cmse_nonsecure_call)) ns_v_t (void);

/*
** two_targets:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[01]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r1, r12
**	...
**	blxns	r12
**	...
**	pop	\{r4-r11\}
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[01]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r1, r12
**	...
**	blxns	r12
**	...
**	pop	\{r4-r11\}
**	...
*/
int
two_targets (ns_t *p, ns_t *q)
{
  return p (1) + q (2);
}

/*
** same_target_twice:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[01]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r0, r12
**	...
**	blxns	r12
**	...
**	pop	\{r4-r11\}
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[01]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r0, r12
**	...
**	blxns	r12
**	...
**	pop	\{r4-r11\}
**	...
*/
void
same_target_twice (ns_v_t *p)
{
  p ();
  p ();
}
