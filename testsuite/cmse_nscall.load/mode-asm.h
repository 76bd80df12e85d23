/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mode-asm.h - a header for mode-asm.S, so that -M, -MM and -MD of an
   assembler source list a dependency (modes.tcl).  */
#define MODE_ASM_STEP 2
