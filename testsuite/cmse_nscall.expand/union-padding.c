/* SPDX-License-Identifier: GPL-3.0-or-later */
/* union-padding.c - union arguments.  The caller cannot know which member
   is active, so a bit is cleared only when it is padding in every member
   (anchors.md, GCC's rule too); bits that are padding in one member and
   data in another are passed as they are, with a -Wattributes warning at
   the call (plugin/abi.h).  Rules: AAPCS 5.3 (a union is as large as its
   largest member; the rest of the register is unspecified);
   plugin/sequence.cc cmse_nscall_mask_core.  */
/* { dg-do compile } */
/* { dg-final { check-function-bodies "**" } } */

union same_pad
{
  struct { char a; short b; } x;
  struct { unsigned char p; unsigned short q; } y;
};                                      /* byte 1 padding in both */
union char_short { char c; short s; };  /* bytes 2-3 padding in both */
union int_float { int i; float f; };    /* no padding */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_same_t (union same_pad);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_cs_t (union char_short);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_if_t (union int_float);

/* Byte 1 is padding in every member: cleared, and no warning.  */
/*
** pass_same:
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
pass_same (ns_same_t *p, union same_pad u)
{
  return p (u);
}

/* Bits 16-31 cleared; bits 8-15 (data in s, padding in c) kept, with a
   warning.  */
/*
** pass_char_short:
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
pass_char_short (ns_cs_t *p, union char_short u)
{
  return p (u); /* { dg-warning "padding in one union member but data in another" } */
}

/* All 32 bits are data in both members: r0 untouched, no warning.  */
/*
** pass_int_float:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r1, r12
**	...
**	blxns	r12
**	...
*/
int
pass_int_float (ns_if_t *p, union int_float u)
{
  return p (u);
}
