/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cpu-m4.c - a call through a marked type on a CPU without the Armv8-M
   Security Extension (Cortex-M4, Armv7E-M; GCC refuses -mcmse there, so
   the GNU spelling is used without it) is an error at the call, naming the
   CPU.  The typedef alone is fine: nothing is called.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m4 -mfloat-abi=soft" } */

typedef int __attribute__ ((cmse_nscall)) g_fn (int);

int call (g_fn *p) { return p (1); } /* { dg-error "call through non-secure call type 'g_fn' \\{aka 'int\\(int\\)'\\} needs the Armv8-M Security Extension, which 'cortex-m4' does not have" } */
