/* SPDX-License-Identifier: GPL-3.0-or-later */
/* struct-all-padding.c - a register that is part of an argument but holds
   only padding is zeroed (movs rN, #0), not left as it is and not given
   the callee address (it is part of the argument's image, which must look
   as if built in zeroed memory).  Rules: AAPCS 5.3 and 6.5 C.3/C.5
   (struct { char c; long long v; } is 16 bytes, 8-aligned: r0 = c and 3
   padding bytes, r1 = 4 padding bytes, r2:r3 = v); plugin/sequence.cc
   cmse_nscall_mask_core_args.  GCC 12 passes r1 uncleared (anchors.md).  */
/* { dg-do compile } */
/* { dg-final { check-function-bodies "**" } } */

struct cll { char c; long long v; };
struct ill { int i; long long v; };

typedef int __attribute__ ((cmse_nonsecure_call)) ns_cll_t (struct cll);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_ill_t (struct ill);

/*
** pass_cll:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	uxtb	r0, r0
**	movs	r1, #0
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
pass_cll (ns_cll_t *p, struct cll x)
{
  return p (x);
}

/*
** pass_ill:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	movs	r1, #0
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r4, r12
**	...
**	blxns	r12
**	...
*/
int
pass_ill (ns_ill_t *p, struct ill x)
{
  return p (x);
}
