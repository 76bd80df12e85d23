/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cfg-hard-fp-args.c - -mfloat-abi=hard with FP arguments on Armv8-M
   Mainline: the lazy hard-float form.  After push {r4-r11} and the bic,
   the FP argument words are copied to core "shuttle" registers (r5-r11,
   then r0-r3 that carry no core argument; a d register whose two halves
   are both arguments with one vmov rX, rY, dN); sub sp, #136; vlstm sp
   (hides and saves s0-s31 and FPSCR; FPCCR_S.TS = 1 required); the
   arguments are written back from the shuttles; FPSCR set to 0 (movs r4,
   #0; vmsr fpscr, r4); then every core register r0-r11 without a core
   argument, shuttles included, gets the callee address.  Reading the
   arguments before VLSTM makes the Secure FP context active, so VLSTM
   saves it and VLLDM after the call loads what it saved (CVE-2024-7883).
   After BLXNS: an FP result is moved to r0 (r0, r1 for a double) before
   the erratum check and VLLDM (which reloads s0-s31) and back after it.
   When the argument words do not fit the shuttles (more than 7 + the free
   r0-r3), the explicit form remains: vpush {d8-d15}, FPSCR saved and
   zeroed, every non-argument s register zeroed, no VLSTM/VLLDM.
   Rules: AAPCS 6.1.2 (s0-s15 argument/scratch, s16-s31 callee-saved) and
   6.5 (VFP variant: back-filling, doubles in even pairs, homogeneous
   aggregates in consecutive s registers); Armv8-M ARM VLSTM/VLLDM (lazy
   preservation, FPCCR_S.TS); CVE-2024-7883; plugin/sequence.cc.
   Anchors.md: GCC 12 fills s registers with 1.0 and ICEs on homogeneous
   aggregates.  The .inst.w of the erratum fix after "it mi" is not shown
   by check-function-bodies.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mcmse -mfloat-abi=hard -mfpu=fpv5-sp-d16" } */
/* { dg-final { check-function-bodies "**" } } */
/* { dg-final { scan-assembler-times {\tvlstm\t} 6 } } */
/* { dg-final { scan-assembler-times {\tvlldm\t} 6 } } */
/* { dg-final { scan-assembler-times {\tvpush\t\{d8-d15\}} 2 } } */

struct hfa3 { float a, b, c; };

typedef float __attribute__ ((cmse_nonsecure_call)) ns_ff_t (float);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_fi_t (float, int);
typedef void __attribute__ ((cmse_nonsecure_call)) ns_fdf_t (float, double, float);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_hfa_t (struct hfa3);
typedef double __attribute__ ((cmse_nonsecure_call)) ns_dd_t (double);
typedef void __attribute__ ((cmse_nonsecure_call)) ns_d5f_t (double, double, double,
                                                             double, double, float);
typedef void __attribute__ ((cmse_nonsecure_call)) ns_d6_t (double, double, double,
                                                            double, double, double);
typedef void __attribute__ ((cmse_nonsecure_call)) ns_i4d4_t (int, int, int, int, double,
                                                              double, double, double);

/* s0 = x through r5; the float result comes back through r0.  */
/*
** pass_f:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vmov	r5, s0
**	sub	sp, sp, #136
**	vlstm	sp
**	vmov	s0, r5
**	movs	r4, #0
**	vmsr	fpscr, r4
**	mov	r0, r12
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
**	vmov	r0, s0
**	mrs	r4, control
**	lsls	r4, r4, #28
**	it	mi
**	vlldm	sp
**	vmov	s0, r0
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	...
*/
float
pass_f (ns_ff_t *p, float x)
{
  return p (x);
}

/* s0 = x and r0 = i: r0 kept, r1-r11 get the callee address; int result.  */
/*
** pass_f_i:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vmov	r5, s0
**	sub	sp, sp, #136
**	vlstm	sp
**	vmov	s0, r5
**	movs	r4, #0
**	vmsr	fpscr, r4
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
**	mrs	r4, control
**	lsls	r4, r4, #28
**	it	mi
**	vlldm	sp
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	...
*/
int
pass_f_i (ns_fi_t *p, float x, int i)
{
  return p (x, i);
}

/* x in s0, y in d1 (s2:s3), z back-filled into s1: d0 and d1 whole.  */
/*
** pass_f_d_f:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vmov	r5, r6, d0
**	vmov	r7, r8, d1
**	sub	sp, sp, #136
**	vlstm	sp
**	vmov	d0, r5, r6
**	vmov	d1, r7, r8
**	movs	r4, #0
**	vmsr	fpscr, r4
**	mov	r0, r12
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
**	mrs	r4, control
**	lsls	r4, r4, #28
**	it	mi
**	vlldm	sp
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	...
*/
void
pass_f_d_f (ns_fdf_t *p, float x, double y, float z)
{
  p (x, y, z);
}

/* A homogeneous aggregate of three floats: d0 (s0-s1) and s2.  */
/*
** pass_hfa:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vmov	r5, r6, d0
**	vmov	r7, s2
**	sub	sp, sp, #136
**	vlstm	sp
**	vmov	d0, r5, r6
**	vmov	s2, r7
**	movs	r4, #0
**	vmsr	fpscr, r4
**	mov	r0, r12
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
**	mrs	r4, control
**	lsls	r4, r4, #28
**	it	mi
**	vlldm	sp
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	...
*/
int
pass_hfa (ns_hfa_t *p, struct hfa3 v)
{
  return p (v);
}

/* A double in d0 (the VFP variant passes it in d0 even on a
   single-precision FPU); the double result through r0, r1.  */
/*
** pass_d:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vmov	r5, r6, d0
**	sub	sp, sp, #136
**	vlstm	sp
**	vmov	d0, r5, r6
**	movs	r4, #0
**	vmsr	fpscr, r4
**	mov	r0, r12
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
**	vmov	r0, r1, d0
**	mrs	r4, control
**	lsls	r4, r4, #28
**	it	mi
**	vlldm	sp
**	vmov	d0, r0, r1
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	...
*/
double
pass_d (ns_dd_t *p, double x)
{
  return p (x);
}

/* 11 words (d0-d4, s10): exactly the shuttles r5-r11 and r0-r3 (no core
   argument), the last lone single in r3.  */
/*
** pass_d5f:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vmov	r5, r6, d0
**	vmov	r7, r8, d1
**	vmov	r9, r10, d2
**	vmov	r11, r0, d3
**	vmov	r1, r2, d4
**	vmov	r3, s10
**	sub	sp, sp, #136
**	vlstm	sp
**	vmov	d0, r5, r6
**	vmov	d1, r7, r8
**	vmov	d2, r9, r10
**	vmov	d3, r11, r0
**	vmov	d4, r1, r2
**	vmov	s10, r3
**	movs	r4, #0
**	vmsr	fpscr, r4
**	mov	r0, r12
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
**	mrs	r4, control
**	lsls	r4, r4, #28
**	it	mi
**	vlldm	sp
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	...
*/
void
pass_d5f (ns_d5f_t *p, double a, double b, double c, double d, double e,
          float f)
{
  p (a, b, c, d, e, f);
}

/* 12 words (d0-d5) do not fit the 11 shuttles: the explicit form, d6-d15
   zeroed whole.  */
/*
** pass_d6:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vpush	\{d8-d15\}
**	vmrs	r4, fpscr
**	push	\{r4, r5\}
**	movs	r4, #0
**	vmsr	fpscr, r4
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
**	mov	r0, r12
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
**	...
*/
void
pass_d6 (ns_d6_t *p, double a, double b, double c, double d, double e,
         double f)
{
  p (a, b, c, d, e, f);
}

/* r0-r3 carry integers, so only r5-r11 are shuttles: 8 words (d0-d3)
   do not fit, the explicit form; r0-r3 kept.  */
/*
** pass_i4d4:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vpush	\{d8-d15\}
**	vmrs	r4, fpscr
**	push	\{r4, r5\}
**	movs	r4, #0
**	vmsr	fpscr, r4
**	vmov	d4, r4, r4
**	vmov	d5, r4, r4
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
**	...
*/
void
pass_i4d4 (ns_i4d4_t *p, int a, int b, int c, double d, double e, double f,
           double g)
{
  p (1, a, b, c, d, e, f, g);
}
