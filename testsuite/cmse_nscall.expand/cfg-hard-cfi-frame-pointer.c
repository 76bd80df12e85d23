/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cfg-hard-cfi-frame-pointer.c - the explicit hard-float form with a
   frame pointer: every stack move of the sequence re-describes the CFA
   through the copy of r7 that push {r4-r11} stored at sp + 12 (see
   cfi-frame-pointer.c): after vpush {d8-d15} at sp + 76, after
   push {r4, r5} at sp + 84, and back in reverse order; after the final
   pop the CFA is r7-based again.  76 and 84 have bit 6 set, so their
   SLEB128 encodings take two bytes (0xcc,0 and 0xd4,0) and the expression
   is 6 bytes long.  The call passes six doubles (12 words, d0-d5), more
   than the core shuttles of the lazy hard-float form hold, so it takes
   the explicit form (plugin/sequence.cc).  Rules: DWARF 5 6.4, 7.6 (SLEB128); plugin/expand.cc.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mcmse -mfloat-abi=hard -mfpu=fpv5-sp-d16 -g -fno-omit-frame-pointer" } */
/* { dg-final { scan-assembler {\tpush\t\{r4-r11\}\n(?:\t\.cfi_(?:escape 0x10,|restore )[^\n]*\n)*\t\.cfi_escape 0xf,0x5,0x7d,0xc,0x6,0x23,0x[0-9a-f]+\n} } } */
/* { dg-final { scan-assembler {\tvpush\t\{d8-d15\}\n(?:\t\.cfi_(?:escape 0x10,|restore )[^\n]*\n)*\t\.cfi_escape 0xf,0x6,0x7d,0xcc,0(?:x0)?,0x6,0x23,0x[0-9a-f]+\n} } } */
/* { dg-final { scan-assembler {\tpush\t\{r4, r5\}\n(?:\t\.cfi_(?:escape 0x10,|restore )[^\n]*\n)*\t\.cfi_escape 0xf,0x6,0x7d,0xd4,0(?:x0)?,0x6,0x23,0x[0-9a-f]+\n} } } */
/* { dg-final { scan-assembler {\tpop\t\{r4, r5\}\n(?:\t\.cfi_(?:escape 0x10,|restore )[^\n]*\n)*\t\.cfi_escape 0xf,0x6,0x7d,0xcc,0(?:x0)?,0x6,0x23,0x[0-9a-f]+\n} } } */
/* { dg-final { scan-assembler {\tvpop\t\{d8-d15\}\n(?:\t\.cfi_(?:escape 0x10,|restore )[^\n]*\n)*\t\.cfi_escape 0xf,0x5,0x7d,0xc,0x6,0x23,0x[0-9a-f]+\n} } } */
/* { dg-final { scan-assembler {\tpop\t\{r4-r11\}\n(?:\t\.cfi_restore [^\n]*\n)*\t\.cfi_def_cfa 7, [0-9]+\n} } } */

typedef void __attribute__ ((cmse_nonsecure_call)) ns_t (double, double, double,
                                                        double, double, double);

void
with_frame_pointer (ns_t *p, double a, double b, double c, double d, double e,
                    double f)
{
  p (a, b, c, d, e, f);
}
