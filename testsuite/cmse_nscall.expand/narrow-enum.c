/* SPDX-License-Identifier: GPL-3.0-or-later */
/* narrow-enum.c - enum results.  arm-none-eabi uses short enums (AAPCS
   7.1.3, the "short enums" variant chosen by GCC for bare-metal EABI
   targets: -fshort-enums is the default), so an enum whose values fit a
   byte is a 1-byte type and is re-extended like unsigned or signed char
   (CVE-2024-0151); an enum needing 4 bytes is a full word and is not.
   The _Static_asserts pin the sizes this test relies on.  Rules: AAPCS
   7.1.3, 6.6; plugin/abi.h.  */
/* { dg-do compile } */
/* { dg-final { check-function-bodies "**" } } */

enum small { SMALL_A, SMALL_B, SMALL_C };             /* 0..2: unsigned char */
enum neg { NEG_A = -1, NEG_B = 1 };                   /* -1..1: signed char */
enum half { HALF_A, HALF_B = 0x8000 };                /* unsigned short */
enum word { WORD_A, WORD_B = 0x10000 };               /* 4 bytes */

_Static_assert (sizeof (enum small) == 1, "short enums");
_Static_assert (sizeof (enum neg) == 1, "short enums");
_Static_assert (sizeof (enum half) == 2, "short enums");
_Static_assert (sizeof (enum word) == 4, "short enums");

typedef enum small __attribute__ ((cmse_nonsecure_call)) ns_small_t (void);
typedef enum neg __attribute__ ((cmse_nonsecure_call)) ns_neg_t (void);
typedef enum half __attribute__ ((cmse_nonsecure_call)) ns_half_t (void);
typedef enum word __attribute__ ((cmse_nonsecure_call)) ns_word_t (void);

/* One unsigned byte. */
/*
** ret_small:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r0, r12
**	...
**	msr	APSR_nzcvqg?, r12
**	blxns	r12
**	...
**	vlldm	sp
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	uxtb	r0, r0
**	...
*/
enum small
ret_small (ns_small_t *p)
{
  return p ();
}

/* One signed byte. */
/*
** ret_neg:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r0, r12
**	...
**	msr	APSR_nzcvqg?, r12
**	blxns	r12
**	...
**	vlldm	sp
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	sxtb	r0, r0
**	...
*/
enum neg
ret_neg (ns_neg_t *p)
{
  return p ();
}

/* One unsigned halfword. */
/*
** ret_half:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r0, r12
**	...
**	msr	APSR_nzcvqg?, r12
**	blxns	r12
**	...
**	vlldm	sp
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	uxth	r0, r0
**	...
*/
enum half
ret_half (ns_half_t *p)
{
  return p ();
}

/* A word: no extension after the pop (the next instruction, if any, is
   not an extension of r0).  */
/*
** ret_word:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r0, r12
**	...
**	msr	APSR_nzcvqg?, r12
**	blxns	r12
**	...
**	vlldm	sp
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	(?!(?:uxt|sxt)[bh]|and	r0)[^\n]*
**	...
*/
enum word
ret_word (ns_word_t *p)
{
  return p ();
}
