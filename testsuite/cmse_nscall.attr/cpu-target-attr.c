/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cpu-target-attr.c - the profile is the current function's: in a
   Cortex-M33 unit, a function switched to Armv8.1-M Mainline with
   __attribute__((target("arch=armv8.1-m.main"))) gets the Armv8.1-M
   sequence (clrm, and vscclrm {vpr} for the erratum only if in effect),
   while its Cortex-M33 neighbour keeps the Mainline one (mov clears and
   msr APSR_nzcvqg).  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mcmse -mfloat-abi=soft" } */

typedef int __attribute__ ((cmse_nscall)) g_fn (int);

int m33 (g_fn *p) { return p (1); }
int __attribute__ ((target ("arch=armv8.1-m.main"))) v81m (g_fn *p) { return p (2); }

/* { dg-final { scan-assembler-times "blxns\tr12" 2 } } */
/* { dg-final { scan-assembler-times "\tclrm\t\{r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, APSR\}" 1 } } */
/* { dg-final { scan-assembler-times "msr\tAPSR_nzcvqg, r12" 1 } } */
