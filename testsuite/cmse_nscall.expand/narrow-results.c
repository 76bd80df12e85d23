/* SPDX-License-Identifier: GPL-3.0-or-later */
/* narrow-results.c - a result narrower than a register is re-extended by
   the caller right after the sequence (the first instruction after
   pop {r4-r11}), because the Non-secure callee controls all 32 bits of r0
   and GCC otherwise trusts them (CVE-2024-0151; table[f()] would index
   with all 32 bits).  Rules: AAPCS 6.6 / 5.1.1 (a result smaller than 4
   bytes is zero- or sign-extended to a word by the callee, and GCC's
   caller relies on it: arm_promote_function_mode); plugin/abi.h
   (uxtb/sxtb/uxth/sxth by size and signedness; plain char is unsigned on
   Arm, AAPCS 5.1.1).  */
/* { dg-do compile } */
/* { dg-final { check-function-bodies "**" } } */

typedef unsigned char __attribute__ ((cmse_nonsecure_call)) ns_uc_t (void);
typedef signed char __attribute__ ((cmse_nonsecure_call)) ns_sc_t (void);
typedef char __attribute__ ((cmse_nonsecure_call)) ns_c_t (void);
typedef unsigned short __attribute__ ((cmse_nonsecure_call)) ns_us_t (void);
typedef short __attribute__ ((cmse_nonsecure_call)) ns_ss_t (void);

int table[256];

/* unsigned char: zero-extend the low byte. */
/*
** ret_uc:
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
unsigned char
ret_uc (ns_uc_t *p)
{
  return p ();
}

/* signed char: sign-extend the low byte. */
/*
** ret_sc:
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
signed char
ret_sc (ns_sc_t *p)
{
  return p ();
}

/* plain char is unsigned on Arm (AAPCS 5.1.1, 8.1.1).  (The + 1 keeps
   this function distinct from ret_uc, which identical-code folding would
   otherwise merge it with at -Os.)  */
/*
** ret_c:
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
int
ret_c (ns_c_t *p)
{
  return p () + 1;
}

/* unsigned short: zero-extend the low halfword. */
/*
** ret_us:
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
unsigned short
ret_us (ns_us_t *p)
{
  return p ();
}

/* short: sign-extend the low halfword. */
/*
** ret_ss:
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
**	sxth	r0, r0
**	...
*/
short
ret_ss (ns_ss_t *p)
{
  return p ();
}

/* The classic misuse: the result indexes an array.  */
/*
** index_table:
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
int
index_table (ns_uc_t *p)
{
  return table[p ()];
}
