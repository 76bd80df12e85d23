/* SPDX-License-Identifier: GPL-3.0-or-later */
/* seq-explicit-hard.c - under -mfloat-abi=hard a call whose FP argument
   words do not fit the core shuttles of the lazy hard-float form (float
   in s0, int in r0, five doubles in d1-d5: 11 words, but only r5-r11 and
   r1-r3 are free, 10; plugin/sequence.cc) and with an FP result uses the
   explicit form: save d8-d15 and FPSCR, zero FPSCR and every s register
   that carries no argument (s1, then d6-d15), clear r1-r11, blxns,
   restore FPSCR and d8-d15.  No vlstm.  */
/* { dg-do compile } */
/* { dg-skip-if "explicit FP form needs the VFP variant" { target *-*-* } { "-mfloat-abi=soft" "-mfloat-abi=softfp" } { "" } } */

typedef float __attribute__ ((cmse_nscall)) ff (float, int, double, double, double,
                                               double, double);

float callf (ff *p, float a, int b) { return p (a, b, 1.0, 2.0, 3.0, 4.0, 5.0); }

/* { dg-final { check-function-bodies "**" } } */
/* { dg-final { scan-assembler-not "vlstm" } } */
/*
** callf:
** ...
**	push	\{r4-r11\}
**	bic	r12, r[0-9]+, #1
**	vpush	\{d8-d15\}
**	vmrs	r4, fpscr
**	push	\{r4, r5\}
**	movs	r4, #0
**	vmsr	fpscr, r4
**	vmov	s1, r4
**	vmov	d6, r4, r4
**	vmov	d7, r4, r4
**	vmov	d8, r4, r4
**	vmov	d9, r4, r4
**	vmov	d10, r4, r4
**	vmov	d11, r4, r4
**	vmov	d12, r4, r4
**	vmov	d13, r4, r4
**	vmov	d14, r4, r4
**	vmov	d15, r4, r4
**	mov	r1, r12
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
**	pop	\{r4, r5\}
**	vmsr	fpscr, r4
**	vpop	\{d8-d15\}
**	pop	\{r4-r11\}
** ...
*/
