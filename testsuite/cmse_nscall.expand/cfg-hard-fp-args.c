/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cfg-hard-fp-args.c - -mfloat-abi=hard with FP arguments: the explicit
   form of the sequence.  After push {r4-r11} and the bic: vpush {d8-d15}
   (s16-s31 are callee-saved and the callee is not trusted to preserve
   them); FPSCR saved (vmrs r4, fpscr; push {r4, r5}: 8 bytes keep sp
   8-aligned), then zeroed (its flags and modes are Secure state); every
   s/d register that carries no argument is zeroed from r4 = 0 (whole
   d registers with vmov dN, r4, r4, a lone single with vmov sN, r4); the
   argument registers are not touched; no VLSTM/VLLDM.  After BLXNS:
   pop {r4, r5}; vmsr fpscr, r4; vpop {d8-d15}; pop {r4-r11}.  Core
   registers are handled as in soft float (no core argument here except
   where noted, so r0-r11 all get the callee address).
   Rules: AAPCS 6.1.2 (s0-s15 argument/scratch, s16-s31 callee-saved) and
   6.5 (VFP variant: back-filling, doubles in even pairs, homogeneous
   aggregates in consecutive s registers); Armv8-M (BLXNS neither saves
   nor clears FP registers); plugin/sequence.cc (explicit form).  Anchors.md: GCC 12 fills s
   registers with 1.0 and ICEs on homogeneous aggregates.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mcmse -mfloat-abi=hard -mfpu=fpv5-sp-d16" } */
/* { dg-final { check-function-bodies "**" } } */
/* { dg-final { scan-assembler-not {\tvlstm\t} } } */
/* { dg-final { scan-assembler-not {\tvlldm\t} } } */

struct hfa3 { float a, b, c; };

typedef float __attribute__ ((cmse_nonsecure_call)) ns_ff_t (float);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_fi_t (float, int);
typedef void __attribute__ ((cmse_nonsecure_call)) ns_fdf_t (float, double, float);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_hfa_t (struct hfa3);
typedef double __attribute__ ((cmse_nonsecure_call)) ns_dd_t (double);

/* s0 = x: s1 zeroed alone, d1-d15 whole; the result comes back in s0.  */
/*
** pass_f:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vpush	\{d8-d15\}
**	vmrs	r4, fpscr
**	push	\{r4, r5\}
**	movs	r4, #0
**	vmsr	fpscr, r4
**	vmov	s1, r4
**	vmov	d1, r4, r4
**	vmov	d2, r4, r4
**	vmov	d3, r4, r4
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
float
pass_f (ns_ff_t *p, float x)
{
  return p (x);
}

/* s0 = x and r0 = i: r0 kept, r1-r11 get the callee address.  */
/*
** pass_f_i:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vpush	\{d8-d15\}
**	vmrs	r4, fpscr
**	push	\{r4, r5\}
**	movs	r4, #0
**	vmsr	fpscr, r4
**	vmov	s1, r4
**	vmov	d1, r4, r4
**	vmov	d2, r4, r4
**	vmov	d3, r4, r4
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
int
pass_f_i (ns_fi_t *p, float x, int i)
{
  return p (x, i);
}

/* x in s0, y in d1 (s2:s3), z back-filled into s1: d0-d1 kept.  */
/*
** pass_f_d_f:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vpush	\{d8-d15\}
**	vmrs	r4, fpscr
**	push	\{r4, r5\}
**	movs	r4, #0
**	vmsr	fpscr, r4
**	vmov	d2, r4, r4
**	vmov	d3, r4, r4
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
pass_f_d_f (ns_fdf_t *p, float x, double y, float z)
{
  p (x, y, z);
}

/* A homogeneous aggregate of three floats: s0-s2; s3 zeroed alone.  */
/*
** pass_hfa:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vpush	\{d8-d15\}
**	vmrs	r4, fpscr
**	push	\{r4, r5\}
**	movs	r4, #0
**	vmsr	fpscr, r4
**	vmov	s3, r4
**	vmov	d2, r4, r4
**	vmov	d3, r4, r4
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
int
pass_hfa (ns_hfa_t *p, struct hfa3 v)
{
  return p (v);
}

/* A double in d0 (the VFP variant passes it in d0 even on a
   single-precision FPU); d1-d15 zeroed.  */
/*
** pass_d:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	vpush	\{d8-d15\}
**	vmrs	r4, fpscr
**	push	\{r4, r5\}
**	movs	r4, #0
**	vmsr	fpscr, r4
**	vmov	d1, r4, r4
**	vmov	d2, r4, r4
**	vmov	d3, r4, r4
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
double
pass_d (ns_dd_t *p, double x)
{
  return p (x);
}
