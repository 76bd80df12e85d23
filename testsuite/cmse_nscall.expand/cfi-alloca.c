/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cfi-alloca.c - a variable-size frame (alloca) forces the frame pointer
   r7 at every -O level; the sequence clears r7, so the CFA is described
   through the copy of r7 that push {r4-r11} stored at sp + 12, then put
   back on r7 after the pop (see cfi-frame-pointer.c for the encoding).
   Rules: DWARF 5
   6.4; plugin/expand.cc; anchors.md.  */
/* { dg-do compile } */
/* { dg-additional-options "-g" } */
/* { dg-final { scan-assembler {\tpush\t\{r4-r11\}\n(?:\t\.cfi_(?:escape 0x10,|restore )[^\n]*\n)*\t\.cfi_escape 0xf,0x5,0x7d,0xc,0x6,0x23,0x[0-9a-f]+\n} } } */
/* { dg-final { scan-assembler {\tsub\tsp, sp, #136\n(?:\t\.cfi_(?:escape 0x10,|restore )[^\n]*\n)*\t\.cfi_escape 0xf,0x6,0x7d,0x94,0x1,0x6,0x23,0x[0-9a-f]+\n} } } */
/* { dg-final { scan-assembler {\tadd\tsp, sp, #136\n(?:\t\.cfi_(?:escape 0x10,|restore )[^\n]*\n)*\t\.cfi_escape 0xf,0x5,0x7d,0xc,0x6,0x23,0x[0-9a-f]+\n} } } */
/* { dg-final { scan-assembler {\tpop\t\{r4-r11\}\n(?:\t\.cfi_restore [^\n]*\n)*\t\.cfi_def_cfa 7, [0-9]+\n} } } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_t (int);

void fill (char *, int);

int
with_alloca (ns_t *p, int n)
{
  char *buf = __builtin_alloca (n);
  fill (buf, n);
  return p (buf[0]);
}
