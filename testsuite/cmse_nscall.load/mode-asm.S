/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mode-asm.S - assembler with C preprocessing (the driver runs cc1 -E
   -lang-asm on it, and that cc1 loads the plugin): modes.tcl checks that
   its preprocessed text, dependencies and object are the same with and
   without -fplugin, and that the predefined __CMSE_NSCALL__ is visible
   here as in C.  */
#include "mode-asm.h"

	.syntax unified
	.thumb
	.text
	.global	mode_asm_add
	.type	mode_asm_add, %function
mode_asm_add:
#if defined(__ARM_FEATURE_CMSE) && (__ARM_FEATURE_CMSE & 2)
	adds	r0, r0, #MODE_ASM_STEP
#else
	adds	r0, r0, #1
#endif
	bx	lr
	.size	mode_asm_add, .-mode_asm_add
