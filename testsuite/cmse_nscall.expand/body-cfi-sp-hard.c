/* SPDX-License-Identifier: GPL-3.0-or-later */
/* body-cfi-sp-hard.c - -g, no frame pointer, the explicit hard-float form
   (-O2, prologue push {r3, lr}: CFA = sp + 8).  Six double arguments
   (12 words, d0-d5) do not fit the core shuttles of the lazy hard-float
   form (plugin/sequence.cc), so this call still takes the explicit form:
     push {r4-r11}      .cfi_def_cfa_offset 40
     vpush {d8-d15}     .cfi_def_cfa_offset 104
     push {r4, r5}      .cfi_def_cfa_offset 112
     pop {r4, r5}       .cfi_def_cfa_offset 104
     vpop {d8-d15}      .cfi_def_cfa_offset 40
     pop {r4-r11}       .cfi_def_cfa_offset 8
   The sequence zeroes d8-d15 (s16-s31, callee-saved) after saving them:
   the callers' s16 then lives only in the vpush area, at CFA - 104
   (vpush stores d8 lowest), so the CFI needs an offset rule for it (GCC
   numbers s16 as DWARF register 80, as its own prologues do; 264, the
   d8 number, is accepted too).  Rules:
   DWARF 5 6.4; AAPCS 6.1.2; plugin/expand.cc.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mcmse -mfloat-abi=hard -mfpu=fpv5-sp-d16 -O2 -g" } */
/* { dg-final { scan-assembler {\tpush\t\{r4-r11\}\n(?:\t\.cfi_(?:offset|restore) [^\n]*\n)*\t\.cfi_def_cfa_offset 40\n} } } */
/* { dg-final { scan-assembler {\tvpush\t\{d8-d15\}\n(?:\t\.cfi_(?:offset|restore) [^\n]*\n)*\t\.cfi_def_cfa_offset 104\n} } } */
/* { dg-final { scan-assembler {\tpush\t\{r4, r5\}\n(?:\t\.cfi_(?:offset|restore) [^\n]*\n)*\t\.cfi_def_cfa_offset 112\n} } } */
/* { dg-final { scan-assembler {\tpop\t\{r4, r5\}\n(?:\t\.cfi_(?:offset|restore) [^\n]*\n)*\t\.cfi_def_cfa_offset 104\n} } } */
/* { dg-final { scan-assembler {\tvpop\t\{d8-d15\}\n(?:\t\.cfi_(?:offset|restore) [^\n]*\n)*\t\.cfi_def_cfa_offset 40\n} } } */
/* { dg-final { scan-assembler {\tpop\t\{r4-r11\}\n(?:\t\.cfi_(?:offset|restore) [^\n]*\n)*\t\.cfi_def_cfa_offset 8\n} } } */
/* { dg-final { scan-assembler {\.cfi_offset (?:80|264), -104\n} } } */

typedef void __attribute__ ((cmse_nonsecure_call)) ns_t (double, double, double,
                                                        double, double, double);

void
call_f (ns_t *p, double a, double b, double c, double d, double e, double f)
{
  p (a, b, c, d, e, f);
}
