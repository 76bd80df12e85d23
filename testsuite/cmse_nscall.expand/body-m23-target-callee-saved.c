/* SPDX-License-Identifier: GPL-3.0-or-later */
/* body-m23-target-callee-saved.c - Armv8-M Baseline (Cortex-M23) with
   four int arguments: r0-r3 are taken, so GCC keeps the callee address in
   a callee-saved low register (r4 here; r6 forced by an asm operand).
   r4-r7 carry r8-r11 to the stack, so the sequence uses the three of them
   that do not hold the address:
     push {r4-r7}
     mov r7, r11; mov r6, r10; mov r5, r9; push {r5, r6, r7}
     mov r5, r8; push {r5}
                       r8 lowest, r11 highest, as push {r4-r7} after
                       mov r4, r8 ... would leave them, so the pops after
                       the call are the usual ones
     [mov r4, r6]      only when the address is not in r4 already
     movs r5, #1; bics r4, r5; mov r5..r12, r4; msr APSR_nzcvq, r4
     blxns r4; pop {r4-r7}; mov r8, r4 ... mov r11, r7; pop {r4-r7}
   Clang 19 emits the same for the r4 case; copying the address to ip and
   back instead costs one instruction more (docs/performance.md).  Sum of
   pushes at the blxns: 16 + 12 + 4 = 32, as with the other form.  The
   caller's r8-r11 surviving this is executed in
   cmse_nscall.run/target-callee-saved.c.  Rules: AAPCS 6.1.1; Armv8-M
   Baseline instruction set; plugin/sequence.cc.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m23 -mcmse -O2" } */
/* { dg-final { check-function-bodies "**" } } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns4_t (int, int, int, int);

/*
** call_target_r4:
**	push	\{r4, lr\}
**	...
**	push	\{r4-r7\}
**	mov	r7, r11
**	mov	r6, r10
**	mov	r5, r9
**	push	\{r5, r6, r7\}
**	mov	r5, r8
**	push	\{r5\}
**	movs	r5, #1
**	bics	r4, r5
**	mov	r5, r4
**	mov	r6, r4
**	mov	r7, r4
**	mov	r8, r4
**	mov	r9, r4
**	mov	r10, r4
**	mov	r11, r4
**	mov	r12, r4
**	msr	APSR_nzcvq, r4
**	blxns	r4
**	pop	\{r4-r7\}
**	mov	r8, r4
**	mov	r9, r5
**	mov	r10, r6
**	mov	r11, r7
**	pop	\{r4-r7\}
**	...
*/
int
call_target_r4 (ns4_t *f, int a, int b, int c, int d)
{
  return f (a, b, c, d) + 1;
}

/*
** call_target_r6:
**	push	\{r6, lr\}
**	...
**	push	\{r4-r7\}
**	mov	r7, r11
**	mov	r5, r10
**	mov	r4, r9
**	push	\{r4, r5, r7\}
**	mov	r4, r8
**	push	\{r4\}
**	mov	r4, r6
**	movs	r5, #1
**	bics	r4, r5
**	mov	r5, r4
**	mov	r6, r4
**	mov	r7, r4
**	mov	r8, r4
**	mov	r9, r4
**	mov	r10, r4
**	mov	r11, r4
**	mov	r12, r4
**	msr	APSR_nzcvq, r4
**	blxns	r4
**	pop	\{r4-r7\}
**	mov	r8, r4
**	mov	r9, r5
**	mov	r10, r6
**	mov	r11, r7
**	pop	\{r4-r7\}
**	...
*/
int
call_target_r6 (ns4_t *f, int a, int b, int c, int d)
{
  register ns4_t *t __asm__ ("r6") = f;
  __asm__ ("" : "+r" (t));
  return t (a, b, c, d) + 1;
}
