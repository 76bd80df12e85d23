/* SPDX-License-Identifier: GPL-3.0-or-later */
/* seq-baseline.S - a hand-written Armv8-M Baseline (Cortex-M23)
   non-secure call, int (*)(int): r8-r11 are saved and restored through
   r4-r7, as Baseline's push and pop reach only r0-r7.  cmse-nscall-check
   must PASS it; with -DOMIT_HIGH_SAVE (r8-r11 never stored) or
   -DOMIT_HIGH_RESTORE (stored, never moved back) it must report r8.
   Limits: assembled only, never run.  */
#include "note.inc"
	.syntax unified
	.thumb
	.arch armv8-m.base
	.text
	.global ns_call_base
	.type ns_call_base, %function
	.thumb_func
ns_call_base:
	push	{r4, lr}
	mov	r3, r0
	mov	r0, r1
	push	{r4-r7}
#ifndef OMIT_HIGH_SAVE
	mov	r7, r11
	mov	r6, r10
	mov	r5, r9
	mov	r4, r8
	push	{r4-r7}
#endif
	mov	r4, r3
	movs	r5, #1
	bics	r4, r5
	mov	r1, r4
	mov	r2, r4
	mov	r3, r4
	mov	r5, r4
	mov	r6, r4
	mov	r7, r4
	mov	r8, r4
	mov	r9, r4
	mov	r10, r4
	mov	r11, r4
	mov	r12, r4
	msr	APSR_nzcvq, r4
.Lsite_base:
	blxns	r4
#ifndef OMIT_HIGH_SAVE
	pop	{r4-r7}
#ifndef OMIT_HIGH_RESTORE
	mov	r8, r4
	mov	r9, r5
	mov	r10, r6
	mov	r11, r7
#endif
#endif
	pop	{r4-r7}
	pop	{r4, pc}
	.size ns_call_base, . - ns_call_base

	/* Baseline (1), soft (0), no flags; r0 an argument, result r0.  */
	CMSE_NSCALL_NOTE .Lsite_base, 0x00000101, 0x00000101, 0, 0xffffffff, 0, 0, 0
