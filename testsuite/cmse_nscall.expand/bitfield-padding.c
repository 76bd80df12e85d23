/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bitfield-padding.c - bit-field struct arguments: the bits of an unnamed
   bit-field and the bits no bit-field covers are padding (C11 6.7.2.1p12:
   an unnamed bit-field is not a member) and are cleared; named bit-fields
   are kept.  Rules: AAPCS 8.1.8 (bit-field allocation, little-endian:
   first field at bit 0); plugin/sequence.cc cmse_nscall_mask_core (uxtb/uxth
   when a low register keeps its low byte or half-word, else one or two
   bfc for one or two runs of cleared bits, movw/movt + and for more).
   Anchors.md: GCC 12-15 leave unnamed bit-field bits set.  */
/* { dg-do compile } */
/* { dg-final { check-function-bodies "**" } } */

struct gap { unsigned a : 3; unsigned : 5; unsigned b : 4; };   /* live 0x00000f07 */
struct low { unsigned a : 4; unsigned b : 4; };                 /* live 0x000000ff */
struct comb { unsigned a : 1; unsigned : 1; unsigned b : 1; unsigned : 1;
              unsigned c : 1; };                                /* live 0x00000015 */
struct sgn { int a : 5; int : 3; int b : 8; };                  /* live 0x0000ff1f */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_gap_t (struct gap);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_low_t (struct low);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_comb_t (struct comb);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_sgn_t (struct sgn);

/* Cleared: bits 3-7 (the unnamed :5) and 12-31: two runs.  */
/*
** pass_gap:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	bfc	r0, #3, #5
**	bfc	r0, #12, #20
**	sub	sp, sp, #136
**	...
**	blxns	r12
**	...
*/
int
pass_gap (ns_gap_t *p, struct gap x)
{
  return p (x);
}

/* Cleared: bits 8-31, one run (0xffffff00 is not a modified immediate).  */
/*
** pass_low:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	uxtb	r0, r0
**	sub	sp, sp, #136
**	...
**	blxns	r12
**	...
*/
int
pass_low (ns_low_t *p, struct low x)
{
  return p (x);
}

/* Cleared: bit 1, bit 3, bits 5-31: three runs, so the live mask 0x15 is
   built in the scratch register r4 (saved by the push, cleared later).  */
/*
** pass_comb:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	movw	r4, #0x15
**	movt	r4, #0
**	and	r0, r0, r4
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
pass_comb (ns_comb_t *p, struct comb x)
{
  return p (x);
}

/* Signed bit-fields: cleared bits 5-7 (unnamed :3) and 16-31.  */
/*
** pass_sgn:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	bfc	r0, #5, #3
**	bfc	r0, #16, #16
**	sub	sp, sp, #136
**	...
**	blxns	r12
**	...
*/
int
pass_sgn (ns_sgn_t *p, struct sgn x)
{
  return p (x);
}
