/* SPDX-License-Identifier: GPL-3.0-or-later */
/* seq-lazy.c - the whole inline sequence of a call with two int arguments
   (r0, r1) and no FP argument or result, the "lazy" form used under every
   float ABI: save r4-r11, callee address to r12 with bit 0 cleared, hide
   the FP state (sub sp / vlstm), give every non-argument register r2-r11
   and the flags (APSR_nzcvqg: Cortex-M33 has the DSP extension) the
   public callee address, blxns, the CVE-2021-35465 guard before vlldm,
   restore.  r0 and r1 are not touched between the bic and the blxns.  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall)) f2 (int, int);

int call2 (f2 *p, int a, int b) { return p (a, b); }

/* { dg-final { check-function-bodies "**" } } */
/*
** call2:
** ...
**	push	\{r4-r11\}
**	bic	r12, r[0-9]+, #1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r2, r12
**	mov	r3, r12
**	mov	r4, r12
**	mov	r5, r12
**	mov	r6, r12
**	mov	r7, r12
**	mov	r8, r12
**	mov	r9, r12
**	mov	r10, r12
**	mov	r11, r12
**	msr	APSR_nzcvqg, r12
**	blxns	r12
**	mrs	r4, control
**	lsls	r4, r4, #28
**	it	mi
**	vlldm	sp
**	add	sp, sp, #136
**	pop	\{r4-r11\}
** ...
*/
