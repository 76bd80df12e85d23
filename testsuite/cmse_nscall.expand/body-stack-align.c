/* SPDX-License-Identifier: GPL-3.0-or-later */
/* body-stack-align.c - sp is 8-byte aligned at every BLXNS.  The caller's
   frame is aligned (GCC sees an ordinary call: a non-leaf function whose
   prologue keeps sp 8-aligned, AAPCS 5.2.1.2), and everything the
   sequence pushes before BLXNS is a multiple of 8:
     lazy form      push {r4-r11} 32 + sub sp, #136 = 168
     explicit form  push {r4-r11} 32 + vpush {d8-d15} 64 + push {r4, r5} 8
                    = 104
   Checked whole at -O2 with hard float (both forms in one unit):
     lazy:     8 (push {rX, lr}) + 168 = 176
     explicit: 8 + 104 = 112
     locals:   push {lr} 4 + sub sp, #20, or push {rX, lr} 8 + sub sp,
               #16 (the array needs 16; which form is GCC's choice), then
               + 168: a multiple of 8 either way
   Rules: AAPCS 5.2.1.2 (sp 8-aligned at a public interface, and a call to
   Non-secure code is one); plugin/sequence.h.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mcmse -mfloat-abi=hard -mfpu=fpv5-sp-d16 -O2" } */
/* { dg-final { check-function-bodies "**" } } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_i_t (void);
typedef void __attribute__ ((cmse_nonsecure_call)) ns_d6_t (double, double, double,
                                                          double, double, double);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_p_t (int *);

/*
** lazy:
**	push	\{r[0-3], lr\}
**	push	\{r4-r11\}
**	bic	r12, r0, #1
**	sub	sp, sp, #136
**	vlstm	sp
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
**	pop	\{r[0-3], pc\}
*/
int
lazy (ns_i_t *p)
{
  return p ();
}

/* Six doubles (12 words) do not fit the core shuttles of the lazy
   hard-float form, so this call takes the explicit form
   (plugin/sequence.cc); d0-d5 carry the arguments, d6-d15 are zeroed.  */
/*
** explicit:
**	push	\{r[0-3], lr\}
**	push	\{r4-r11\}
**	bic	r12, r0, #1
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
**	pop	\{r[0-3], pc\}
*/
void
explicit (ns_d6_t *p, double a, double b, double c, double d, double e, double f)
{
  p (a, b, c, d, e, f);
}

/* A 16-byte local array passed by address: the prologue is 24 bytes
   (push {lr} + sub sp, #20) or (push {rX, lr} + sub sp, #16).  GCC 14
   schedules other instructions between the push and the sub; none of
   them may move sp (no push, pop or write to sp).  */
/* { dg-final { scan-assembler {with_locals:\n(?:[^\n]*\n)*?\t(?:push\t\{lr\}\n(?:\t(?!v?push|v?pop|[a-z.]+\tsp,)[^\n]*\n)*\tsub\tsp, sp, #20|push\t\{r[0-3], lr\}\n(?:\t(?!v?push|v?pop|[a-z.]+\tsp,)[^\n]*\n)*\tsub\tsp, sp, #16)\n} } } */
/*
** with_locals:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
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
**	...
**	pop	\{r4-r11\}
**	...
*/
int
with_locals (ns_p_t *p)
{
  int buf[4] = { 1, 2, 3, 4 };
  return p (buf);
}
