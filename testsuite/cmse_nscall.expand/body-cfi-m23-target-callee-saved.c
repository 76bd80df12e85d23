/* SPDX-License-Identifier: GPL-3.0-or-later */
/* body-cfi-m23-target-callee-saved.c - -g on Armv8-M Baseline with the callee
   address in r4 (four int arguments), where r8-r11 are stored by two
   pushes through r5-r7 (body-m23-target-callee-saved.c).  The CFI must
   follow both:
     -O2, CFA on sp (prologue push {r4, lr}, CFA = sp + 8):
       push {r4-r7}: CFA = sp + 24; r5 at CFA - 20, r6 - 16, r7 - 12;
       push {r5, r6, r7}: r9 at CFA - 36, r10 - 32, r11 - 28, CFA = sp + 36;
       push {r5}: r8 at CFA - 40, CFA = sp + 40.
     -O0 (call4_fp below, frame pointer r7, CFA = r7 + 32 after the
       prologue push {r4, r7, lr}; sub sp, #20): the sequence overwrites
       r7, so the CFA is an expression through r7's copy on the stack,
       DW_OP_breg13 (sp) <offset>; DW_OP_deref; DW_OP_plus_uconst 32, and
       every rule is an expression from sp, restated after each push:
       r7's copy at sp + 12, then sp + 24 and sp + 28; r8 at sp + 0 after
       the last push, r9-r11 at sp + 4..12, r5/r6 at sp + 20/24.
   Rules: DWARF 5 6.4 (CFA and register rules, DW_CFA_expression);
   plugin/expand.cc.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m23 -mcmse -O2 -g" } */
/* { dg-final { scan-assembler {\tpush\t\{r5, r6, r7\}\n\t\.cfi_offset 11, -28\n\t\.cfi_offset 10, -32\n\t\.cfi_offset 9, -36\n\t\.cfi_def_cfa_offset 36\n} } } */
/* { dg-final { scan-assembler {\tpush\t\{r5\}\n\t\.cfi_offset 8, -40\n\t\.cfi_def_cfa_offset 40\n} } } */
/* The -O0 function: CFA through the saved r7 after each of the three pushes.  */
/* { dg-final { scan-assembler {\tpush\t\{r4-r7\}\n(?:\t\.cfi_escape 0x10,[^\n]*\n)*\t\.cfi_escape 0xf,0x5,0x7d,0xc,0x6,0x23,0x20\n} } } */
/* { dg-final { scan-assembler {\tpush\t\{r5, r6, r7\}\n\t\.cfi_escape 0x10,0xb,0x2,0x7d,0x8\n\t\.cfi_escape 0x10,0xa,0x2,0x7d,0x4\n\t\.cfi_escape 0x10,0x9,0x2,0x7d,0\n\t\.cfi_escape 0x10,0x6,0x2,0x7d,0x14\n\t\.cfi_escape 0x10,0x5,0x2,0x7d,0x10\n\t\.cfi_escape 0xf,0x5,0x7d,0x18,0x6,0x23,0x20\n} } } */
/* { dg-final { scan-assembler {\tpush\t\{r5\}\n\t\.cfi_escape 0x10,0x8,0x2,0x7d,0\n\t\.cfi_escape 0x10,0xb,0x2,0x7d,0xc\n\t\.cfi_escape 0x10,0xa,0x2,0x7d,0x8\n\t\.cfi_escape 0x10,0x9,0x2,0x7d,0x4\n\t\.cfi_escape 0x10,0x6,0x2,0x7d,0x18\n\t\.cfi_escape 0x10,0x5,0x2,0x7d,0x14\n\t\.cfi_escape 0xf,0x5,0x7d,0x1c,0x6,0x23,0x20\n} } } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns4_t (int, int, int, int);

int
call4 (ns4_t *f, int a, int b, int c, int d)
{
  return f (a, b, c, d) + 1;
}

int __attribute__ ((optimize ("O0")))
call4_fp (ns4_t *f, int a, int b, int c, int d)
{
  return f (a, b, c, d) + 1;
}
