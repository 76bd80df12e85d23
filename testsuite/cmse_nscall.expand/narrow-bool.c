/* SPDX-License-Identifier: GPL-3.0-or-later */
/* narrow-bool.c - a _Bool result is normalised to 0 or 1 by keeping bit 0
   (and r0, r0, #1) right after the sequence, also when the Secure
   function passes it straight on (return p ();).  Rules: C11 6.2.5p2 and
   AAPCS 5.1.1 (a _Bool is 0 or 1, one byte, extended to a word in r0);
   CVE-2024-0151 (the callee controls r0); plugin/abi.h
   (CMSE_NSCALL_NARROW_BOOL).  Anchors.md: GCC 12-15 pass a byte 2 on as
   "true and != 1".  */
/* { dg-do compile } */
/* { dg-final { check-function-bodies "**" } } */

#include <stdbool.h>

typedef _Bool __attribute__ ((cmse_nonsecure_call)) ns_b_t (void);
typedef bool __attribute__ ((cmse_nonsecure_call)) ns_bool_t (int);

/* Returned straight on. */
/*
** ret_bool:
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
**	and	r0, r0, #1
**	...
*/
_Bool
ret_bool (ns_b_t *p)
{
  return p ();
}

/* Used as a condition.  */
/*
** test_bool:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r1, r12
**	...
**	blxns	r12
**	...
**	vlldm	sp
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	and	r0, r0, #1
**	...
*/
int
test_bool (ns_bool_t *p, int x)
{
  return p (x) ? 10 : 20;
}
