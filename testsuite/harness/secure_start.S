/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * secure_start.S - Secure vector table, reset entry and fault entry of the
 * cmse_nscall execution harness (mps2-an505 Cortex-M33, mps3-an547
 * Cortex-M55; Cortex-M23 Baseline code runs on the an505's M33).
 *
 * Reset: the core boots in Secure state and reads SP/PC from the table at
 * INITSVTOR (qemu-trustzone.md), so .vectors must be first in Secure code.
 * harness_reset grants FP access before any C runs, because hard-float or
 * MVE code may touch FP registers in any function (even a loop GCC
 * vectorises), and an FP instruction without CPACR access is a NOCP
 * UsageFault:
 *   CPACR_S |= CP10/CP11 full, NSACR |= CP10/CP11 (NS may use FP),
 *   CPACR_NS |= CP10/CP11 full, FPCCR_S.TS = 1 (FP registers are Secure
 *   state, so lazy stacking hides them from NS, as real Secure firmware sets)
 * and then calls harness_secure_init (harness.c), which never returns.
 * Faults: every fault vector enters harness_fault_entry, which hands
 * EXC_RETURN and the stack pointers to harness_fault_report (harness.c).
 * Options: none; assembled with the Secure code's -mcpu/-mfloat-abi.
 * Limits: Baseline instructions only (this file is also built for
 * -mcpu=cortex-m23); no interrupts are used, IRQ vectors are not listed.
 */

	.syntax unified
	.thumb

	.equ CPACR_S,  0xE000ED88
	.equ NSACR,    0xE000ED8C
	.equ CPACR_NS, 0xE002ED88
	.equ FPCCR_S,  0xE000EF34

	.section .vectors, "a", %progbits
	.p2align 7
	.global harness_vectors
harness_vectors:
	.word	__stack_top
	.word	harness_reset
	.word	harness_fault_entry	/* 2 NMI */
	.word	harness_fault_entry	/* 3 HardFault */
	.word	harness_fault_entry	/* 4 MemManage */
	.word	harness_fault_entry	/* 5 BusFault */
	.word	harness_fault_entry	/* 6 UsageFault */
	.word	harness_fault_entry	/* 7 SecureFault */
	.word	0, 0, 0
	.word	harness_fault_entry	/* 11 SVCall */
	.word	harness_fault_entry	/* 12 DebugMonitor */
	.word	0
	.word	harness_fault_entry	/* 14 PendSV */
	.word	harness_fault_entry	/* 15 SysTick */

	.text
	.p2align 2
	.global	harness_reset
	.thumb_func
	.type	harness_reset, %function
harness_reset:
	ldr	r3, =0x00F00000		/* CP10, CP11: full access */
	ldr	r0, =CPACR_S
	ldr	r1, [r0]
	orrs	r1, r3
	str	r1, [r0]
	ldr	r0, =NSACR
	ldr	r1, [r0]
	movs	r2, #3
	lsls	r2, r2, #10		/* NSACR.CP10, CP11 */
	orrs	r1, r2
	str	r1, [r0]
	ldr	r0, =CPACR_NS
	ldr	r1, [r0]
	orrs	r1, r3
	str	r1, [r0]
	ldr	r0, =FPCCR_S
	ldr	r1, [r0]
	movs	r2, #1
	lsls	r2, r2, #26		/* FPCCR.TS */
	orrs	r1, r2
	str	r1, [r0]
	dsb
	isb
	bl	harness_secure_init
1:	b	1b
	.size	harness_reset, . - harness_reset

	.global	harness_fault_entry
	.thumb_func
	.type	harness_fault_entry, %function
harness_fault_entry:
	mov	r0, lr			/* EXC_RETURN */
	mrs	r1, msp
	mrs	r2, psp
	mrs	r3, msp_ns
	bl	harness_fault_report	/* does not return */
2:	b	2b
	.size	harness_fault_entry, . - harness_fault_entry
	.ltorg
