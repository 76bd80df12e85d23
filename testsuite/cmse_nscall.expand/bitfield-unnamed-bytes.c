/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bitfield-unnamed-bytes.c - unnamed bit-fields that happen to be a whole
   number of bytes on a byte boundary (unsigned : 8, unsigned : 16) are
   padding like any other unnamed bit-field and must be cleared.  Rules:
   C11 6.7.2.1p12 (an unnamed bit-field is not a member: its bits are
   padding); AAPCS 8.1.8; plugin/abi.cc ("an unnamed bit-field is
   padding"); anchors.md (uncleared unnamed bit-field bits are a defect the
   plugin must not have).  Note for the reader: GCC's layout turns such a
   field into an ordinary byte-sized field (DECL_BIT_FIELD cleared,
   DECL_BIT_FIELD_TYPE kept), which a check of DECL_BIT_FIELD alone
   misses.  */
/* { dg-do compile } */
/* { dg-final { check-function-bodies "**" } } */

struct byte_gap { unsigned char a; unsigned : 8; unsigned char b; unsigned char c; };
struct half_gap { unsigned short a; unsigned : 16; };
struct bf_gap { unsigned a : 8; unsigned : 8; unsigned b : 16; };

typedef int __attribute__ ((cmse_nonsecure_call)) ns_byte_t (struct byte_gap);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_half_t (struct half_gap);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_bf_t (struct bf_gap);

/* Cleared: bits 8-15 (0x0000ff00, a modified immediate).  */
/*
** pass_byte_gap:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	bic	r0, r0, #0xff00
**	sub	sp, sp, #136
**	...
**	blxns	r12
**	...
*/
int
pass_byte_gap (ns_byte_t *p, struct byte_gap x)
{
  return p (x);
}

/* Cleared: bits 16-31.  */
/*
** pass_half_gap:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	uxth	r0, r0
**	sub	sp, sp, #136
**	...
**	blxns	r12
**	...
*/
int
pass_half_gap (ns_half_t *p, struct half_gap x)
{
  return p (x);
}

/* Cleared: bits 8-15.  */
/*
** pass_bf_gap:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	bic	r0, r0, #0xff00
**	sub	sp, sp, #136
**	...
**	blxns	r12
**	...
*/
int
pass_bf_gap (ns_bf_t *p, struct bf_gap x)
{
  return p (x);
}
