/* SPDX-License-Identifier: GPL-3.0-or-later */
/* seq-mainline.S - a hand-written Armv8-M Mainline non-secure call
   sequence (Cortex-M33 with DSP and FP, soft-float ABI) that
   cmse-nscall-check must PASS, and, with one -D switch each, the same
   sequence with one defect that it must report with the right reason
   (check.exp lists switch and expected reason):
     unsigned char ns_call (ns_fn *f, struct { char c; short s; } x)
   argument in r0 (byte 1 is padding: live bits 0xffff00ff), 8-bit
   unsigned result.
   Switches: OMIT_CLEAR_R2 OMIT_CLEAR_R7 OMIT_CLEAR_R11 OMIT_APSR
   NZCVQ_ONLY OMIT_SAVE OMIT_RESTORE OMIT_MASK OMIT_BIC OMIT_VLSTM
   OMIT_ERRATUM UNCOND_VMOV OMIT_EXTEND READ_R4 NO_NOTE SECRET_R1,
   NOTE_SHIFT (a note that names the address after the blxns), LDM_SP
   (the argument reloaded with "ldm sp, {r0, r1}": still PASS) and
   LDM_SP_R1 (the same, r1 left as loaded: a Secure value).
   Limits: assembled only, never run.  */
#include "note.inc"
	.syntax unified
	.thumb
	.arch armv8-m.main
	.arch_extension dsp
	.fpu fpv5-sp-d16
	.text
	.global ns_call
	.type ns_call, %function
	.thumb_func
ns_call:
	push	{r4, lr}
	mov	r3, r0			@ the callee address
	mov	r0, r1			@ the argument
#if defined (LDM_SP) || defined (LDM_SP_R1)
	/* The argument reloaded from the stack by an LDM without writeback
	   (GCC 15 does so for stacked aggregates): sp stays where it is,
	   r0 and r1 hold stacked values, r1 a Secure one (r4).  */
	sub	sp, sp, #8
	str	r1, [sp]
	str	r4, [sp, #4]
	ldm	sp, {r0, r1}
#endif
#ifdef SECRET_R1
	ldr	r1, [r3, #4]		@ r1 := Secure memory
#endif
#ifndef OMIT_SAVE
	push	{r4-r11}
#endif
#ifdef OMIT_BIC
	mov	r12, r3
#else
	bic	r12, r3, #1
#endif
#ifndef OMIT_MASK
	bic	r0, r0, #0xff00
#endif
#ifndef OMIT_VLSTM
	sub	sp, sp, #136
	vlstm	sp
#endif
#if !defined (SECRET_R1) && !defined (LDM_SP_R1)
	mov	r1, r12
#endif
#ifndef OMIT_CLEAR_R2
	mov	r2, r12
#endif
	mov	r3, r12
	mov	r4, r12
	mov	r5, r12
	mov	r6, r12
#ifndef OMIT_CLEAR_R7
	mov	r7, r12
#endif
	mov	r8, r12
	mov	r9, r12
	mov	r10, r12
#ifndef OMIT_CLEAR_R11
	mov	r11, r12
#endif
#ifdef NZCVQ_ONLY
	msr	APSR_nzcvq, r12
#elif !defined (OMIT_APSR)
	msr	APSR_nzcvqg, r12
#endif
.Lsite:
	blxns	r12
.Lafter_site:
#ifdef READ_R4
	mov	r0, r4			@ the callee's r4
#endif
#ifndef OMIT_VLSTM
#ifdef UNCOND_VMOV
	vmov.f32 s0, s0
#elif !defined (OMIT_ERRATUM)
	mrs	r4, control
	lsls	r4, r4, #28
	it	mi
	vmovmi.f32 s0, s0
#endif
	vlldm	sp
	add	sp, sp, #136
#endif
#ifdef OMIT_RESTORE
	add	sp, sp, #32
#elif !defined (OMIT_SAVE)
	pop	{r4-r11}
#endif
#ifndef OMIT_EXTEND
	uxtb	r0, r0
#endif
#if defined (LDM_SP) || defined (LDM_SP_R1)
	add	sp, sp, #8
#endif
	pop	{r4, pc}
	.size ns_call, . - ns_call

#ifdef NOTE_SHIFT
	/* A broken note: 2 bytes past the blxns.  */
	CMSE_NSCALL_NOTE .Lafter_site, 0x07000201, 0x00080101, 0, 0xffff00ff, 0, 0, 0
#elif !defined (NO_NOTE)
	/* Mainline (2), soft float (0), DSP | FP | VLLDM fix (7); r0 an
	   argument, result in r0, 8 bits unsigned.  */
	CMSE_NSCALL_NOTE .Lsite, 0x07000201, 0x00080101, 0, 0xffff00ff, 0, 0, 0
#endif
