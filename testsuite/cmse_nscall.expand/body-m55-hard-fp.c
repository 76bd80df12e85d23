/* SPDX-License-Identifier: GPL-3.0-or-later */
/* body-m55-hard-fp.c - Armv8.1-M hard float with FP values: the argument
   travels in s0 and the result comes back in s0, so nothing may hide the
   FP registers lazily.  Instead:
     vpush {d8-d15}            callee-saved s16-s31 (AAPCS 6.1.2); as an FP
                               instruction it also makes the Secure FP
                               context active, so the vscclrm is no NOP
     vscclrm {s1-s31, vpr}     every FP register but the argument, and the
                               MVE predicate register, zeroed
     vstr fpcxts, [sp, #-8]!   FPSCR and CONTROL_S.SFPA saved (FPCXT_S);
                               the read sets FPSCR to FPDSCR_NS (LTPSIZE 4
                               = no tail predication, see
                               cmse_nscall.run/fpscr-ltpsize.c) and clears
                               SFPA; no FP instruction may follow it
     clrm {r0-r11, APSR}       no core argument: all zeroed
     blxns r12; vldr fpcxts, [sp], #8; vpop {d8-d15}; pop {r4-r11}
   GCC 12 itself neither saves nor clears FPSCR here.
   Sum of pushes at the blxns: 8 + 32 + 8 + 64 = 112.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m55 -mcmse -mfloat-abi=hard -O2" } */
/* { dg-final { check-function-bodies "**" } } */

typedef float __attribute__ ((cmse_nonsecure_call)) ns_fn (float);

/*
** call_f:
**	push	\{r[0-3], lr\}
**	...
**	push	\{r4-r11\}
**	bic	r12, r[0-3], #1
**	vpush	\{d8-d15\}
**	vscclrm	\{s1-s31, vpr\}
**	vstr	fpcxts, \[sp, #-8\]!
**	clrm	\{r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, APSR\}
**	blxns	r12
**	vldr	fpcxts, \[sp\], #8
**	vpop	\{d8-d15\}
**	pop	\{r4-r11\}
**	...
*/
float
call_f (ns_fn *p, float x)
{
  return p (x);
}
