/* SPDX-License-Identifier: GPL-3.0-or-later */
/* body-seed.c - the seed example, Cortex-M33 soft float (DSP, erratum
   fix on), checked whole at -O2.  Expected shape, instruction by instruction:
     push {rX, lr}     the prologue: lr (BLXNS overwrites it with
                       FNC_RETURN) and one pad register, 8 bytes, so sp
                       stays 8-aligned (AAPCS 5.2.1.2)
     push {r4-r11}     Secure callee-saved values, restored whatever the
                       callee does (AAPCS 6.1.1: the callee is untrusted)
     bic r12, r0, #1   addr arrives in r0 (AAPCS 6.5); BLXNS needs bit 0
                       clear to enter Non-secure state; a copy, so r0 can
                       be cleared and addr is not changed in place
     sub sp, #136; vlstm sp   save and hide s0-s31 and FPSCR (a NOP
                       without an FPU; FPCCR_S.TS = 1 required)
     mov r0..r11, r12  no argument: every register gets the public address
     msr APSR_nzcvqg, r12   flags (and GE with DSP) carry no Secure state
     blxns r12
     mrs r4, control; lsls r4, r4, #28; it mi; vmovmi.f32 s0, s0
                       the VLLDM erratum fix (CVE-2021-35465; .inst.w,
                       which check-function-bodies does not show)
     vlldm sp; add sp, #136; pop {r4-r11}
     pop {rX, pc}      a 32-bit result: no re-extension.
   Sum of pushes at the blxns: 8 + 32 + 136 = 176, a multiple of 8.
   Rules: AAPCS; Armv8-M Security Extension; plugin/sequence.h.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mcmse -mfloat-abi=soft -O2" } */
/* { dg-final { check-function-bodies "**" } } */
/* { dg-final { scan-assembler-not "__gnu_cmse_nonsecure_call" } } */
/* { dg-final { scan-assembler {\tit\tmi\n\t\.inst\.w\t0xeeb00a40\n\tvlldm\tsp\n} } } */

/*
** call_nonsecure_function:
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
#include <stdint.h>

typedef uint32_t __attribute__ ((cmse_nonsecure_call)) ns_fn (void);

uint32_t
call_nonsecure_function (uintptr_t addr)
{
  return ((ns_fn *) addr) ();
}
