/* SPDX-License-Identifier: GPL-3.0-or-later */
/* body-cfi-sp.c - -g, no frame pointer: the CFA is sp-based, and every
   stack move of the sequence is described (-O2, the seed function, whose
   prologue push {r3, lr} leaves CFA = sp + 8):
     push {r4-r11}      .cfi_def_cfa_offset 40
     sub sp, sp, #136   .cfi_def_cfa_offset 176
     add sp, sp, #136   .cfi_def_cfa_offset 40
     pop {r4-r11}       .cfi_def_cfa_offset 8
   (a register rule may come between the instruction and the CFA rule:
   both apply at the same address) and the callers' r4-r11, which the sequence overwrites with the callee
   address, can still be found: this prologue saved none of them, so after
   push {r4-r11} their only copy is in the sequence's save area, and the
   CFI must say so (r4 at CFA - 40 ... r11 at CFA - 12), then restore the
   "same value" rule after the pop.  Without that a debugger stopped at
   the blxns (or in the Non-secure callee) shows every caller's r4-r11 as
   the callee address.  Rules: DWARF 5 6.4.1 (register rules: a
   callee-saved register whose value is no longer in the register needs an
   offset rule) and 6.4 (CFA); plugin/expand.cc (REG_CFA_ADJUST_CFA);
   anchors.md (debugger unwinding: CFA, return address and r4-r11 of each
   caller are compared).  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mcmse -mfloat-abi=soft -O2 -g" } */
/* { dg-final { scan-assembler {\tpush\t\{r[0-3], lr\}\n(?:\t\.cfi_(?:offset|restore) [^\n]*\n)*\t\.cfi_def_cfa_offset 8\n} } } */
/* { dg-final { scan-assembler {\tpush\t\{r4-r11\}\n(?:\t\.cfi_(?:offset|restore) [^\n]*\n)*\t\.cfi_def_cfa_offset 40\n} } } */
/* { dg-final { scan-assembler {\tsub\tsp, sp, #136\n(?:\t\.cfi_(?:offset|restore) [^\n]*\n)*\t\.cfi_def_cfa_offset 176\n} } } */
/* { dg-final { scan-assembler {\tadd\tsp, sp, #136\n(?:\t\.cfi_(?:offset|restore) [^\n]*\n)*\t\.cfi_def_cfa_offset 40\n} } } */
/* { dg-final { scan-assembler {\tpop\t\{r4-r11\}\n(?:\t\.cfi_(?:offset|restore) [^\n]*\n)*\t\.cfi_def_cfa_offset 8\n} } } */
/* { dg-final { scan-assembler-not {\.cfi_def_cfa_register} } } */
/* { dg-final { scan-assembler {\.cfi_offset 4, -40\n} } } */
/* { dg-final { scan-assembler {\.cfi_offset 11, -12\n} } } */
/* { dg-final { scan-assembler {\.cfi_restore 4\n} } } */

#include <stdint.h>

typedef uint32_t __attribute__ ((cmse_nonsecure_call)) ns_fn (void);

uint32_t
call_nonsecure_function (uintptr_t addr)
{
  return ((ns_fn *) addr) ();
}
