/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ns_callee.S - the Non-secure side of the cmse_nscall execution harness:
 * a hostile NS callee that records the register state a Secure caller hands
 * over through BLXNS, then returns with its own garbage everywhere except
 * the return registers.  Assembled WITHOUT the plugin, never compiled.
 *
 * Placed in the NS code region (.ns_text, linker script), data in NS RAM
 * (.ns_data).  Layout of .ns_text (fixed, harness.h relies on it):
 *   +0x000  NS vector table (VTOR_NS): MSP_NS, then ns_fault for all
 *   +0x100  harness_ns_recorder           (entry id 1)
 *   +0x180  harness_ns_recorder_clobber   (entry id 2, also trashes r2 r3 r12 s8-s15)
 *   +0x200  harness_ns_recorder_b         (entry id 3, a second distinct target)
 * Before -> after of one call, e.g. a Secure `r = f (7)' with
 * harness_ns_reply.r0 = 42:
 *   record.r[0] = 7, record.lr = FNC_RETURN, record.s[] = s0-s31 at entry;
 *   back in Secure state: r0 = 42, r1 = reply.r1, s0-s7 = reply.s[],
 *   r4-r11 = 0xDEAD0004..0xDEAD0011, s16-s31 = 0xDEADF516..0xDEADF531,
 *   APSR N Z C V Q = 1, GE = 0b0101.
 * Options (preprocessor): HARNESS_BOARD_AN547 assembles for Armv8.1-M
 * (Cortex-M55) and also records VPR; otherwise Armv8-M Mainline with DSP
 * and FPv5-SP (Cortex-M33).  Assembled with -mfloat-abi equal to the Secure
 * code's so that the object's EABI attributes link with it.
 * Limits: records only the last entry (plus r0/entry id of the first 16);
 * the FP part runs only when CPACR_NS grants CP10/CP11 (the Secure startup
 * always grants it); FPSCR is left as found (a stale NS FPSCR is not a
 * Secure leak, so trashing it would blur the check).
 */

	.syntax unified
	.thumb
#if defined (HARNESS_BOARD_AN547)
	.arch armv8.1-m.main
	.arch_extension mve.fp
	.fpu fpv5-d16
#else
	.arch armv8-m.main
	.arch_extension dsp
	.fpu fpv5-sp-d16
#endif

/* struct harness_ns_record (harness.h; harness.c checks these offsets).  */
	.equ REC_CALLS,     0
	.equ REC_ENTRY,     4
	.equ REC_TARGET,    8
	.equ REC_R,         12
	.equ REC_LR,        64
	.equ REC_APSR,      68
	.equ REC_FP_VALID,  72
	.equ REC_FPSCR,     76
	.equ REC_VPR_VALID, 80
	.equ REC_VPR,       84
	.equ REC_S,         88
	.equ REC_LOG_R0,    216
	.equ REC_LOG_ENTRY, 280
	.equ REC_SIZE,      344
	.equ LOG_MAX,       16
/* struct harness_ns_reply.  */
	.equ REP_R0,        0
	.equ REP_R1,        4
	.equ REP_S,         8
	.equ REP_SIZE,      40

	.equ CPACR,         0xE000ED88	/* CPACR_NS when read from NS state */
	.equ GARBAGE_FLAGS, 0xF8050000	/* N Z C V Q, GE = 0b0101 */

	.section .ns_text, "ax", %progbits
	.p2align 7
	.global harness_ns_vectors
harness_ns_vectors:
	.word	__ns_stack_top
	.rept	15
	.word	ns_fault
	.endr

/* Any exception taken to NS state means the harness or a test is broken:
   say so and stop with 100 + exception number, like the Secure handlers.  */
	.org	0x80
	.thumb_func
	.type	ns_fault, %function
ns_fault:
	ldr	r1, =ns_fault_msg
	movs	r0, #0x04		/* SYS_WRITE0 */
	bkpt	0xab
	mrs	r2, ipsr
	adds	r2, r2, #100
	ldr	r1, =ns_exit_block
	ldr	r3, =0x20026		/* ADP_Stopped_ApplicationExit */
	str	r3, [r1]
	str	r2, [r1, #4]
	movs	r0, #0x20		/* SYS_EXIT_EXTENDED */
	bkpt	0xab
1:	b	1b
	.ltorg

/* Entry stub: save r0-r12 and LR before anything can change them, read
   APSR before any flag-setting instruction, then go to the common body
   with r0 = APSR, r1 = entry id, r2 = clobber mode, r3 = own address.  */
	.macro	NS_ENTRY name, id, clobber
	.global	\name
	.thumb_func
	.type	\name, %function
\name:
	push	{r0-r12, lr}
	mrs	r0, apsr
	mov	r1, #\id
	mov	r2, #\clobber
	adr	r3, \name
	b	ns_record_common
	.size	\name, . - \name
	.endm

	.org	0x100
	NS_ENTRY harness_ns_recorder, 1, 0
	.org	0x180
	NS_ENTRY harness_ns_recorder_clobber, 2, 1
	.org	0x200
	NS_ENTRY harness_ns_recorder_b, 3, 0

	.org	0x280
	.thumb_func
	.type	ns_record_common, %function
ns_record_common:
	ldr	r4, =harness_ns_record
	str	r0, [r4, #REC_APSR]
	str	r1, [r4, #REC_ENTRY]
	str	r3, [r4, #REC_TARGET]
	ldr	r5, [sp, #52]
	str	r5, [r4, #REC_LR]
	/* call log */
	ldr	r5, [r4, #REC_CALLS]
	cmp	r5, #LOG_MAX
	bhs	1f
	ldr	r7, [sp]
	add	r6, r4, #REC_LOG_R0
	str	r7, [r6, r5, lsl #2]
	add	r6, r4, #REC_LOG_ENTRY
	str	r1, [r6, r5, lsl #2]
1:	adds	r5, r5, #1
	str	r5, [r4, #REC_CALLS]
	/* r0-r12 from the stack */
	add	r5, r4, #REC_R
	mov	r6, sp
	movs	r7, #13
2:	ldr	r8, [r6], #4
	str	r8, [r5], #4
	subs	r7, r7, #1
	bne	2b

	/* FP state, only when NS may use the FPU */
	movs	r5, #0
	str	r5, [r4, #REC_FP_VALID]
	str	r5, [r4, #REC_VPR_VALID]
	ldr	r5, =CPACR
	ldr	r5, [r5]
	and	r5, r5, #0x00F00000
	cmp	r5, #0x00F00000
	bne	ns_no_fp
	add	r5, r4, #REC_S
	vstmia	r5, {s0-s31}
	vmrs	r5, fpscr
	str	r5, [r4, #REC_FPSCR]
	movs	r5, #1
	str	r5, [r4, #REC_FP_VALID]
#if defined (HARNESS_BOARD_AN547)
	vmrs	r6, vpr
	str	r6, [r4, #REC_VPR]
	str	r5, [r4, #REC_VPR_VALID]
#endif
	/* trash the callee-saved FP registers, optionally s8-s15 too */
	ldr	r5, =ns_garbage_s
	add	r6, r5, #64
	vldmia	r6, {s16-s31}
	cbz	r2, 3f
	add	r6, r5, #32
	vldmia	r6, {s8-s15}
3:	ldr	r6, =harness_ns_reply + REP_S
	vldmia	r6, {s0-s7}
ns_no_fp:
	ldr	lr, [sp, #52]
	cbnz	r2, 4f
	ldr	r3, [sp, #12]
	ldr	r12, [sp, #48]
	ldr	r2, [sp, #8]
	b	5f
4:	ldr	r2, =0xDEAD0002
	ldr	r3, =0xDEAD0003
	ldr	r12, =0xDEAD0012
5:	add	sp, sp, #56
	ldr	r0, =harness_ns_reply
	ldr	r1, [r0, #REP_R1]
	ldr	r0, [r0, #REP_R0]
	ldr	r4, =GARBAGE_FLAGS
	msr	APSR_nzcvqg, r4
	ldr	r4, =0xDEAD0004
	ldr	r5, =0xDEAD0005
	ldr	r6, =0xDEAD0006
	ldr	r7, =0xDEAD0007
	ldr	r8, =0xDEAD0008
	ldr	r9, =0xDEAD0009
	ldr	r10, =0xDEAD0010
	ldr	r11, =0xDEAD0011
	bx	lr			/* lr = FNC_RETURN */
	.size	ns_record_common, . - ns_record_common
	.ltorg

	.p2align 2
ns_garbage_s:
	.irp	n, 00,01,02,03,04,05,06,07,08,09,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	.word	0xDEADF5\n
	.endr
ns_fault_msg:
	.asciz	"FAIL: fault taken in Non-secure state\n"

	.section .ns_data, "aw", %progbits
	.p2align 3
	.global	harness_ns_record
	.type	harness_ns_record, %object
harness_ns_record:
	.space	REC_SIZE
	.size	harness_ns_record, REC_SIZE
	.global	harness_ns_reply
	.type	harness_ns_reply, %object
harness_ns_reply:
	.space	REP_SIZE
	.size	harness_ns_reply, REP_SIZE
ns_exit_block:
	.space	8
