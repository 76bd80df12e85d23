/* SPDX-License-Identifier: GPL-3.0-or-later */
/* assemble-no-cfi-asm.c - with -fno-dwarf2-cfi-asm GCC writes .debug_frame
   itself instead of .cfi_* directives; the sequence must then contain no
   .cfi_* text of its own (the assembler rejects CFI directives outside
   .cfi_startproc), and its unwind information comes from the notes on the
   inserted instructions.  Assembling, with and without a frame pointer, is
   the check.  Rules: gcc-internals.md (CFI via notes, not asm text).  */
/* { dg-do assemble } */
/* { dg-additional-options "-g -fno-dwarf2-cfi-asm" } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_t (int);

void fill (char *, int);

int
no_frame_pointer (ns_t *p, int x)
{
  return p (x);
}

int
frame_pointer (ns_t *p, int n)
{
  char *buf = __builtin_alloca (n);
  fill (buf, n);
  return p (buf[0]);
}
