/* SPDX-License-Identifier: GPL-3.0-or-later */
/* body-cfi-fp.c - -g with a frame pointer (-fno-omit-frame-pointer, -O2,
   the seed function, prologue push {r7, lr}; add r7, sp, #0: CFA =
   r7 + 8, r7 saved at CFA - 8).  The CFA moves off r7 onto the copy that
   push {r4-r11} stored at sp + 12 (cfi-frame-pointer.c) and back after
   the pop.  As in the sp-based case (body-cfi-sp.c), the registers the
   prologue did not save - r4-r6 and r8-r11 - are overwritten with the
   callee address by the sequence, so their callers' values are then only
   in the sequence's save area and the CFI must say so.  Because the CFA
   is then an expression (*(sp + 12) + 8), with alloca not a constant
   distance from sp, each rule is an expression from sp as well
   (DW_CFA_expression, .cfi_escape 0x10): r4 at sp + 0, ..., r11 at
   sp + 28; r7, which the prologue saved, keeps its rule (CFA - 8) and
   gets no new one.
   Rules: DWARF 5 6.4.1 (register rules); plugin/expand.cc; anchors.md
   (a push of registers the prologue already saved must not get a new
   rule; the others need one).  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mcmse -mfloat-abi=soft -O2 -g -fno-omit-frame-pointer" } */
/* { dg-final { scan-assembler {\tpush\t\{r7, lr\}\n\t\.cfi_def_cfa_offset 8\n\t\.cfi_offset 7, -8\n} } } */
/* { dg-final { scan-assembler {\tpush\t\{r4-r11\}\n(?:\t\.cfi_(?:escape 0x10,|restore )[^\n]*\n)*\t\.cfi_escape 0xf,0x5,0x7d,0xc,0x6,0x23,0x8\n} } } */
/* { dg-final { scan-assembler {\tpop\t\{r4-r11\}\n(?:\t\.cfi_restore [^\n]*\n)*\t\.cfi_def_cfa 7, 8\n} } } */
/* { dg-final { scan-assembler {\.cfi_escape 0x10,0x4,0x2,0x7d,0\n} } } */
/* { dg-final { scan-assembler {\.cfi_escape 0x10,0xb,0x2,0x7d,0x1c\n} } } */
/* { dg-final { scan-assembler-not {\.cfi_escape 0x10,0x7,} } } */

#include <stdint.h>

typedef uint32_t __attribute__ ((cmse_nonsecure_call)) ns_fn (void);

uint32_t
call_nonsecure_function (uintptr_t addr)
{
  return ((ns_fn *) addr) ();
}
