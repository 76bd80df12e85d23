/* SPDX-License-Identifier: GPL-3.0-or-later */
/* target-reuse.c - the target pointer used again after the call.  The
   sequence clears the Thumb bit in a copy (bic r12, rN, #1), never in the
   register that holds the pointer, and that register, if callee-saved, is
   restored by pop {r4-r11}; so `p (); return (uintptr_t) p;' returns p
   unchanged.  Rules: Armv8-M (BLXNS needs bit 0 of the target clear to
   enter Non-secure state); AAPCS 6.1.1 (GCC keeps p in r4-r11 or memory
   across the call and trusts it afterwards).  Anchors.md: GCC 12-15 clear
   bit 0 in place in r4 and trust r4 after the call.  */
/* { dg-do compile } */
/* { dg-final { check-function-bodies "**" } } */
/* { dg-final { scan-assembler-not {\tbic\t(r[0-9]+), \1, #1\n} } } */
/* { dg-final { scan-assembler-not {\tlsrs\t} } } */

#include <stdint.h>

typedef void __attribute__ ((cmse_nonsecure_call)) ns_t (void);

/*
** call_and_return_target:
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
uintptr_t
call_and_return_target (ns_t *p)
{
  p ();
  return (uintptr_t) p;
}
