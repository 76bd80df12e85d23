/* SPDX-License-Identifier: GPL-3.0-or-later */
/* result-aggregate.c - a small struct returned in r0 whose members GCC
   trusts to be in range: a _Bool member is read as 0 or 1 without
   normalising, so after the sequence only its value bit is kept; the
   bytes of r0 beyond the 2-byte struct carry nothing and are cleared.
   struct { _Bool b; unsigned char c; }: live bits 0x0000ff01, cleared
   bits 1-7 and 16-31, two runs: bfc r0, #1, #7; bfc r0, #16, #16, right
   after pop {r4-r11}.  Signed narrow members (short) are not masked: GCC
   re-extends them itself (wide-results.c).  Rules: C11 6.2.5p2 (_Bool
   holds 0 or 1); AAPCS 6.6 (a composite of at most 4 bytes is returned in
   r0) and 5.3 (layout); CVE-2024-0151 (the callee controls r0);
   plugin/sequence.cc cmse_nscall_check_result.  */
/* { dg-do compile } */
/* { dg-final { check-function-bodies "**" } } */

struct bc { _Bool b; unsigned char c; };

typedef struct bc __attribute__ ((cmse_nonsecure_call)) ns_bc_t (void);

/*
** ret_bc:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r0, r12
**	...
**	blxns	r12
**	...
**	vlldm	sp
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	bfc	r0, #1, #7
**	bfc	r0, #16, #16
**	...
*/
int
ret_bc (ns_bc_t *p)
{
  struct bc x = p ();
  return x.b + x.c;
}
