/* SPDX-License-Identifier: GPL-3.0-or-later */
/* body-note.c - every expanded call is recorded in an ELF note for the
   image checker cmse-nscall-check (plugin/notes.cc; layout in
   checker/note-format.h; docs/image-checker.md): a label is set at the
   blxns, and section .cmse_nscall.note (SHT_NOTE, not allocated, linked
   to the code through that label, SHF_LINK_ORDER) gets
   namesz 12, descsz 112, type 1, owner "cmse_nscall", the label, then
   word 1 = format 1 | Mainline (2) << 8 | soft float (0) << 16 |
   (DSP 1 | VLLDM fix 4) << 24 = 0x05000201 for -mcpu=cortex-m33;
   word 2 = r0 carries an argument (1) | result in r0 (1 << 8) | 8-bit
   result (8 << 16), unsigned = 0x00080101; word 3 = no s register;
   words 4-7 = the data bits of r0-r3: struct { char c; short s; } has
   byte 1 as padding, 0xffff00ff; then s0-s15 (0), the aggregate result
   masks (none, 0xffffffff) and the plugin version.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mfloat-abi=soft -mcmse -O2" } */
/* { dg-final { scan-assembler {\.set \.Lcmse_nscall_site_1, \.\n(?:@[^\n]*\n)*\tpush\t\{r4-r11\}\n} } } */
/* { dg-final { scan-assembler {\.pushsection \.cmse_nscall\.note,"o",%note,\.Lcmse_nscall_site_1\n} } } */
/* { dg-final { scan-assembler {\.pushsection \.cmse_nscall\.note,"o",%note,\.Lcmse_nscall_site_2\n} } } */
/* { dg-final { scan-assembler {\.p2align 2\n\t\.4byte 12, 112, 1\n\t\.asciz "cmse_nscall"\n\t\.4byte \.Lcmse_nscall_site_1\n\t\.4byte 0x05000201\n\t\.4byte 0x00080101\n\t\.4byte 0x00000000\n\t\.4byte 0xffff00ff\n\t\.4byte 0x00000000\n\t\.4byte 0x00000000\n\t\.4byte 0x00000000\n(?:\t\.4byte 0x00000000\n){16}\t\.4byte 0xffffffff\n\t\.4byte 0xffffffff\n\t\.asciz "[0-9]+\.[0-9]+\.[0-9]+"\n} } } */
/* Second site: void (*)(int, int, int, int), no result: r0-r3 all data.  */
/* { dg-final { scan-assembler {\.4byte \.Lcmse_nscall_site_2\n\t\.4byte 0x05000201\n\t\.4byte 0x0000000f\n\t\.4byte 0x00000000\n(?:\t\.4byte 0xffffffff\n){4}} } } */

struct cs { char c; short s; };
typedef unsigned char __attribute__ ((cmse_nonsecure_call)) ns_cs_t (struct cs);
typedef void __attribute__ ((cmse_nonsecure_call)) ns_4_t (int, int, int, int);

unsigned char
pass_cs (ns_cs_t *f, struct cs x)
{
  return f (x);
}

void
pass_4 (ns_4_t *f, int a, int b, int c)
{
  f (a, b, c, 4);
}
