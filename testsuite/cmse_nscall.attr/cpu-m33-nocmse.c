/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cpu-m33-nocmse.c - the plugin's GNU spelling needs no -mcmse: on
   Cortex-M33 without it (the Security Extension is there, only GCC's own
   CMSE support is off) the call is expanded inline as usual.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mfloat-abi=soft" } */

typedef int __attribute__ ((cmse_nscall)) g_fn (int);

int call (g_fn *p) { return p (1); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
/* { dg-final { scan-assembler-times "push\t\\{r4-r11\\}" 1 } } */
