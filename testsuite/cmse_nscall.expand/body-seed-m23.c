/* SPDX-License-Identifier: GPL-3.0-or-later */
/* body-seed-m23.c - the seed example on Armv8-M Baseline (Cortex-M23),
   checked whole at -O2.  Baseline is Thumb-1 plus a few instructions:
     push {r4-r7}; mov r7, r11 ... mov r4, r8; push {r4-r7}
                       push reaches r0-r7 only, so r8-r11 go through
                       r4-r7; all eight callee-saved values are stored
     movs r5, #1; bics r0, r5
                       bit 0 cleared in place (no bic #imm on Baseline):
                       r0 carries no argument, so it is call-clobbered
                       and nothing reads it after the call
     mov rN, r0        every other register r1-r12 gets the public
                       address (no argument here), r4 too, which the
                       msr and the blxns then use
     msr APSR_nzcvq, r4   flags; no GE field without DSP
     blxns r4
     pop {r4-r7}; mov r8, r4 ... mov r11, r7; pop {r4-r7}
                       r8-r11, then r4-r7 back; a 32-bit result needs
                       no re-extension; there is no FP state to hide.
   Sum of pushes at the blxns: 8 + 16 + 16 = 40, a multiple of 8.
   Rules: AAPCS 6.1.1; Armv8-M Baseline instruction set; plugin/sequence.cc.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m23 -mcmse -O2" } */
/* { dg-final { check-function-bodies "**" } } */
/* { dg-final { scan-assembler-not "__gnu_cmse_nonsecure_call" } } */

#include <stdint.h>

typedef uint32_t __attribute__ ((cmse_nonsecure_call)) ns_fn (void);

/*
** call_nonsecure_function:
**	push	\{r[0-7], lr\}
**	push	\{r4-r7\}
**	mov	r7, r11
**	mov	r6, r10
**	mov	r5, r9
**	mov	r4, r8
**	push	\{r4-r7\}
**	movs	r5, #1
**	bics	r0, r5
**	mov	r1, r0
**	mov	r2, r0
**	mov	r3, r0
**	mov	r4, r0
**	mov	r5, r0
**	mov	r6, r0
**	mov	r7, r0
**	mov	r8, r0
**	mov	r9, r0
**	mov	r10, r0
**	mov	r11, r0
**	mov	r12, r0
**	msr	APSR_nzcvq, r4
**	blxns	r4
**	pop	\{r4-r7\}
**	mov	r8, r4
**	mov	r9, r5
**	mov	r10, r6
**	mov	r11, r7
**	pop	\{r4-r7\}
**	pop	\{r[0-7], pc\}
*/
uint32_t
call_nonsecure_function (uintptr_t addr)
{
  ns_fn *f = (ns_fn *) addr;
  return f ();
}
