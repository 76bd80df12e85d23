/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cfg-cfi-m23-prologue-saved.c - -g on Armv8-M Baseline when the prologue
   already saved r8 (many values live across the call; at -O1, -O2, -O3
   push {r5, r6, r7, lr} of r8-r11 through low registers): the sequence's
   `mov r8, r4' that gives r8 back then needs no CFI note, because r8 keeps
   the prologue's rule.  The plugin used to mark such a step frame-related
   with no note, and dwarf2cfi.cc then read the asm pattern as the CFI
   expression: internal compiler error in dwarf2out_frame_debug_expr at
   -O1, -O2 and -O3 (found by the option fuzzing of cmse_nscall.fuzz with
   -g3).  The crash detection of lib/cmse_nscall.exp fails the test on any
   internal error; the scans check that the sequence is there.
   Rules: plugin/expand.cc (cmse_nscall_mark_frame_related); DWARF 5 6.4.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m23 -mcmse -g" } */
/* { dg-final { scan-assembler {\tblxns\tr4\n} } } */
/* { dg-final { scan-assembler {\tmov\tr8, r4\n} } } */

#include <stdint.h>

typedef uint32_t __attribute__ ((cmse_nonsecure_call)) ns_fn (uint32_t);

uint32_t sink (uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t,
               uint32_t, uint32_t, uint32_t);

uint32_t
keep_many (ns_fn *f, uint32_t a, uint32_t b, uint32_t c, uint32_t d)
{
  uint32_t x = a * 3, y = b * 5, z = c * 7, w = d * 9;
  uint32_t v = a ^ b, u = c ^ d, t = a + d, s = b - c;
  uint32_t r = f (a);
  return sink (r, x, y, z, w, v, u, t, s);
}
