/* SPDX-License-Identifier: GPL-3.0-or-later */
/* spellings.c - the three ways to mark a non-secure call type (GCC's
   __attribute__ ((cmse_nonsecure_call)), the plugin's C2x
   [[cmse::nonsecure_call]] and GNU __attribute__ ((cmse_nscall))) all get
   the same inline sequence, each with its own argument registers kept.
   Rules: plugin/attribute.cc (the spellings); plugin/sequence.h; AAPCS
   6.5 (r0..r(N-1) carry N int arguments).  */
/* { dg-do compile } */
/* { dg-additional-options "-std=gnu2x" } */
/* { dg-final { check-function-bodies "**" } } */
/* { dg-final { scan-assembler-times {\tblxns\tr12\n} 3 } } */
/* { dg-final { scan-assembler-not {__gnu_cmse_nonsecure_call} } } */

typedef int ns_std_t (int) [[cmse::nonsecure_call]];
typedef int __attribute__ ((cmse_nscall)) ns_gnu_t (int, int);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_gcc_t (int, int, int);

/*
** via_std:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r1, r12
**	mov	r2, r12
**	mov	r3, r12
**	mov	r4, r12
**	...
**	blxns	r12
**	...
*/
int
via_std (ns_std_t *p, int a)
{
  return p (a);
}

/*
** via_gnu:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r2, r12
**	mov	r3, r12
**	mov	r4, r12
**	...
**	blxns	r12
**	...
*/
int
via_gnu (ns_gnu_t *p, int a, int b)
{
  return p (a, b);
}

/*
** via_gcc:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r3, r12
**	mov	r4, r12
**	...
**	blxns	r12
**	...
*/
int
via_gcc (ns_gcc_t *p, int a, int b, int c)
{
  return p (a, b, c);
}
