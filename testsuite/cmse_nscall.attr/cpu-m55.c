/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cpu-m55.c - Armv8.1-M Mainline (Cortex-M55), hard float, a float
   argument and result: FPCXT_S (FPSCR and CONTROL_S.SFPA) is saved with
   vstr and restored with vldr; s16-s31 are pushed; every s register but
   the argument s0, and VPR, are cleared by one vscclrm; r0-r11 (none
   carries an argument: it is in s0) and APSR are zeroed by one clrm;
   FPSCR is not written: saving FPCXT_S sets it to FPDSCR_NS (the order
   is checked in cmse_nscall.expand/body-m55-hard-fp.c).  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m55 -mcmse -mfloat-abi=hard" } */

typedef float __attribute__ ((cmse_nscall)) g_fn (float);

float call (g_fn *p) { return p (1.0f); }

/* { dg-final { scan-assembler "vstr\tfpcxts, \\\[sp, #-8\\\]!" } } */
/* { dg-final { scan-assembler "vldr\tfpcxts, \\\[sp\\\], #8" } } */
/* { dg-final { scan-assembler "vpush\t\{d8-d15\}" } } */
/* { dg-final { scan-assembler "vscclrm\t\{s1-s31, vpr\}" } } */
/* { dg-final { scan-assembler "clrm\t\{r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, APSR\}" } } */
/* { dg-final { scan-assembler-not "vmsr\tfpscr" } } */
/* { dg-final { scan-assembler "blxns\tr12" } } */
/* { dg-final { scan-assembler-not "msr\tAPSR" } } */
/* { dg-final { scan-assembler-not "vlstm" } } */
