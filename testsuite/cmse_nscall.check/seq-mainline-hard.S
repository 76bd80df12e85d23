/* SPDX-License-Identifier: GPL-3.0-or-later */
/* seq-mainline-hard.S - a hand-written Armv8-M Mainline (Cortex-M33)
   hard-float non-secure call in the plugin's lazy hard-float form,
     double ns_call (ns_fn *f, __fp16 h, double d)
   h in s0 (live bits 0x0000ffff), d in d1 (s2-s3), the result in d0:
   the arguments are read into the core shuttles r5-r7 before VLSTM (the
   read makes the Secure FP context active, so VLSTM saves it), the upper
   half of h is cleared in r5, VLSTM, the arguments are written back,
   FPSCR is set to 0, r0-r11 get the callee address; after BLXNS the
   result waits in r0-r1 across the erratum fix and VLLDM.
   cmse-nscall-check must PASS it, and, with one -D switch each, report
   the defect (check.exp lists switch and expected reason):
     OMIT_MASK     h's upper half-word not cleared
     SECRET_S4     a Secure core register written to s4 after VLSTM
     OMIT_FPSCR    no vmsr after the FP writes following VLSTM
     OMIT_CLEAR_R5 the shuttle r5 not cleared
     NO_ACTIVATE   no FP instruction before VLSTM (no argument read, as
                   for a call with an FP result only): the result move
                   before VLLDM is CVE-2024-7883
   Limits: assembled only, never run.  */
	.syntax unified
	.thumb
	.arch armv8-m.main
	.arch_extension dsp
	.fpu fpv5-sp-d16
	.eabi_attribute Tag_ABI_VFP_args, 1
	.text
	.global ns_call
	.type ns_call, %function
	.thumb_func
ns_call:
	push	{r4, lr}
	push	{r4-r11}
	bic	r12, r0, #1
#ifndef NO_ACTIVATE
	vmov	r5, s0
	vmov	r6, r7, d1
#endif
#ifndef OMIT_MASK
	uxth	r5, r5
#endif
	sub	sp, sp, #136
	vlstm	sp
#ifndef NO_ACTIVATE
	vmov	s0, r5
	vmov	d1, r6, r7
#endif
#ifdef SECRET_S4
	vmov	s4, r8			@ the caller's r8 (Secure)
#endif
#ifndef OMIT_FPSCR
	movs	r4, #0
	vmsr	fpscr, r4
#endif
	mov	r0, r12
	mov	r1, r12
	mov	r2, r12
	mov	r3, r12
	mov	r4, r12
#ifndef OMIT_CLEAR_R5
	mov	r5, r12
#endif
	mov	r6, r12
	mov	r7, r12
	mov	r8, r12
	mov	r9, r12
	mov	r10, r12
	mov	r11, r12
	msr	APSR_nzcvqg, r12
.Lsite:
	blxns	r12
	vmov	r0, r1, d0
	mrs	r4, control
	lsls	r4, r4, #28
	it	mi
	vmovmi.f32 s0, s0
	vlldm	sp
	vmov	d0, r0, r1
	add	sp, sp, #136
	pop	{r4-r11}
	pop	{r4, pc}
	.size ns_call, . - ns_call

	/* Mainline (2), hard (2), DSP | FP | VLLDM fix (7); AAPCS-VFP
	   (word 2 bit 25); s0, s2, s3 arguments and s0-s1 the result
	   (word 3: 0x000d | 0x0003 << 16); live bits s0 0x0000ffff, s2 and
	   s3 whole (the note macro of note.inc has no s registers).  */
	.pushsection .note.cmse_nscall,"o",%note,.Lsite
	.p2align 2
	.4byte 12, 112, 1
	.asciz "cmse_nscall"
	.4byte .Lsite
	.4byte 0x07020201, 0x02000000, 0x0003000d
	.4byte 0, 0, 0, 0
	.4byte 0x0000ffff, 0, 0xffffffff, 0xffffffff
	.rept 12
	.4byte 0
	.endr
	.4byte 0xffffffff, 0xffffffff
	.asciz "hand"
	.p2align 2
	.popsection
