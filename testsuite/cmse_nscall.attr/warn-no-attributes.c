/* SPDX-License-Identifier: GPL-3.0-or-later */
/* warn-no-attributes.c - -Wno-attributes silences both -Wattributes
   warnings: the union padding warning (at the mark and anywhere else) and
   GCC's "only applies to function types"; the call is still expanded.  */
/* { dg-do compile } */
/* { dg-additional-options "-Wno-attributes" } */

union u_ci { char c; int i; };
typedef int __attribute__ ((cmse_nscall)) f_ci (union u_ci);
int __attribute__ ((cmse_nscall)) not_a_function;

int call (f_ci *p, union u_ci a) { return p (a); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
