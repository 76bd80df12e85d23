/* SPDX-License-Identifier: GPL-3.0-or-later */
/* seq-v81m-hard.S - a hand-written Armv8.1-M Mainline (Cortex-M55)
   hard-float non-secure call, float (*)(float): the float in s0 is kept,
   s1-s31 and VPR are cleared with vscclrm, then FPSCR is reset by saving
   FPCXT_S (which loads FPDSCR_NS), r0-r11 and APSR are cleared with clrm;
   s16-s31 are saved and restored (the plugin's order, docs/sequence.md).
   cmse-nscall-check must PASS it; with
   -DOMIT_FPSCR (no FPCXT_S save: GCC 12's Armv8.1-M expansion)
   it must report FPSCR; with -DOMIT_S5 (s5 left out of the clear) s5;
   with -DOMIT_VPUSH (s16-s31 cleared but never saved) s16-s31.
   Limits: assembled only, never run.  */
#include "note.inc"
	.syntax unified
	.thumb
	.arch armv8.1-m.main
	.arch_extension mve.fp
	.fpu fpv5-d16
	.eabi_attribute Tag_ABI_VFP_args, 1
	.text
	.global ns_call_hard
	.type ns_call_hard, %function
	.thumb_func
ns_call_hard:
	push	{r4, lr}
	push	{r4-r11}
	bic	r12, r0, #1
#ifndef OMIT_VPUSH
	vpush	{d8-d15}
#endif
#ifdef OMIT_S5
	vscclrm	{s1-s4, vpr}
	vscclrm	{s6-s31, vpr}
#else
	vscclrm	{s1-s31, vpr}
#endif
#ifndef OMIT_FPSCR
	vstr	fpcxts, [sp, #-8]!
#endif
	clrm	{r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, APSR}
.Lsite_hard:
	blxns	r12
#ifndef OMIT_FPSCR
	vldr	fpcxts, [sp], #8
#endif
#ifndef OMIT_VPUSH
	vpop	{d8-d15}
#endif
	pop	{r4-r11}
	pop	{r4, pc}
	.size ns_call_hard, . - ns_call_hard

	/* Armv8.1-M (3), hard (2), DSP | FP | VLLDM fix (7); result in s0,
	   s0 an argument (word 3: bit 0 and bit 16).  The note macro leaves
	   s0's live mask 0, so the argument's 32 bits are given here.  */
	.pushsection .cmse_nscall.note,"o",%note,.Lsite_hard
	.p2align 2
	.4byte 12, 112, 1
	.asciz "cmse_nscall"
	.4byte .Lsite_hard
	.4byte 0x07020301, 0x02000000, 0x00010001
	.4byte 0, 0, 0, 0
	.4byte 0xffffffff
	.rept 15
	.4byte 0
	.endr
	.4byte 0xffffffff, 0xffffffff
	.asciz "hand"
	.p2align 2
	.popsection
