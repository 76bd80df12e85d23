/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cfi-frame-pointer.c - with a frame pointer (-fno-omit-frame-pointer; r7
   in Thumb-2) the CFA is r7-based, but the sequence overwrites r7 with the
   callee address.  So right after push {r4-r11} the CFA must be described
   through the copy of r7 on the stack, and put back on r7 after the pop:
     push {r4-r11}   DW_CFA_def_cfa_expression: *(sp + 12) + K
                     (r4 at sp, r5 sp+4, r6 sp+8, r7 sp+12):
                     .cfi_escape 0xf,0x5,0x7d,0xc,0x6,0x23,K
                       0xf def_cfa_expression, 5 bytes, 0x7d DW_OP_breg13
                       (sp) 12, 0x6 DW_OP_deref, 0x23 DW_OP_plus_uconst K
     sub sp, #136    *(sp + 148) + K: 0xf,0x6,0x7d,0x94,0x1,0x6,0x23,K
     add sp, #136    *(sp + 12) + K again
     pop {r4-r11}    .cfi_def_cfa 7, K
   and never a plain .cfi_def_cfa_offset (which would leave the CFA on the
   cleared r7).  Rules: DWARF 5 6.4 (CFA rules, DW_CFA_def_cfa_expression);
   plugin/expand.cc (REG_CFA_DEF_CFA through the saved r7); anchors.md (both
   compilers keep the CFA on r7 while it is cleared).  */
/* { dg-do compile } */
/* { dg-additional-options "-g -fno-omit-frame-pointer" } */
/* { dg-final { scan-assembler {\tpush\t\{r4-r11\}\n(?:\t\.cfi_(?:escape 0x10,|restore )[^\n]*\n)*\t\.cfi_escape 0xf,0x5,0x7d,0xc,0x6,0x23,0x[0-9a-f]+\n} } } */
/* { dg-final { scan-assembler {\tsub\tsp, sp, #136\n(?:\t\.cfi_(?:escape 0x10,|restore )[^\n]*\n)*\t\.cfi_escape 0xf,0x6,0x7d,0x94,0x1,0x6,0x23,0x[0-9a-f]+\n} } } */
/* { dg-final { scan-assembler {\tadd\tsp, sp, #136\n(?:\t\.cfi_(?:escape 0x10,|restore )[^\n]*\n)*\t\.cfi_escape 0xf,0x5,0x7d,0xc,0x6,0x23,0x[0-9a-f]+\n} } } */
/* { dg-final { scan-assembler {\tpop\t\{r4-r11\}\n(?:\t\.cfi_restore [^\n]*\n)*\t\.cfi_def_cfa 7, [0-9]+\n} } } */
/* { dg-final { scan-assembler-not {\tpush\t\{r4-r11\}\n\t\.cfi_def_cfa_offset} } } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_t (int);

int
with_frame_pointer (ns_t *p, int x)
{
  return p (x);
}
