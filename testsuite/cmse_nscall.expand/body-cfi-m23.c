/* SPDX-License-Identifier: GPL-3.0-or-later */
/* body-cfi-m23.c - -g on Armv8-M Baseline, the seed function at -O2
   (prologue push {r4, lr}: CFA = sp + 8, r4 at CFA - 8).  The sequence
   stores r4-r7, then r8-r11 through r4-r7, and overwrites all of them, so
   the CFI must say where the callers' values are until they are back:
     push {r4-r7}: CFA = sp + 24; r5 at CFA - 20, r6 - 16, r7 - 12 (r4 keeps
       the prologue's rule: the caller's value is in the prologue's slot);
     push {r4-r7} (r8-r11): CFA = sp + 40; r8 at CFA - 40 ... r11 at - 28;
     pop {r4-r7}: CFA = sp + 24; the values of r8-r11 are now in r4-r7, not
       yet in r8-r11, so their rules stay until mov r11, r7 gives them back;
     pop {r4-r7}: r5-r7 restored, CFA = sp + 8.
   Rules: DWARF 5 6.4 (CFA and register rules); plugin/expand.cc.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m23 -mcmse -O2 -g" } */
/* { dg-final { scan-assembler {\tpush\t\{r4-r7\}\n\t\.cfi_offset 7, -12\n\t\.cfi_offset 6, -16\n\t\.cfi_offset 5, -20\n\t\.cfi_def_cfa_offset 24\n} } } */
/* { dg-final { scan-assembler {\tpush\t\{r4-r7\}\n\t\.cfi_offset 11, -28\n\t\.cfi_offset 10, -32\n\t\.cfi_offset 9, -36\n\t\.cfi_offset 8, -40\n\t\.cfi_def_cfa_offset 40\n} } } */
/* Each Baseline instruction is preceded by ".syntax unified" (divided
   syntax is GCC's default for Thumb-1 inline asm).  */
/* { dg-final { scan-assembler {\tblxns\tr4\n(?:\t\.syntax unified\n)?\tpop\t\{r4-r7\}\n\t\.cfi_def_cfa_offset 24\n} } } */
/* { dg-final { scan-assembler {\tmov\tr11, r7\n\t\.cfi_restore 11\n\t\.cfi_restore 10\n\t\.cfi_restore 9\n\t\.cfi_restore 8\n} } } */
/* { dg-final { scan-assembler {\tpop\t\{r4-r7\}\n\t\.cfi_restore 7\n\t\.cfi_restore 6\n\t\.cfi_restore 5\n\t\.cfi_def_cfa_offset 8\n} } } */
/* { dg-final { scan-assembler-not {\.cfi_offset 4, -24} } } */

#include <stdint.h>

typedef uint32_t __attribute__ ((cmse_nonsecure_call)) ns_fn (void);

uint32_t
call_nonsecure_function (uintptr_t addr)
{
  ns_fn *f = (ns_fn *) addr;
  return f ();
}
