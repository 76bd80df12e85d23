/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-mark-on-param.c - misuse corpus: the mark on an int parameter is
   the warning; on a function-pointer parameter it marks the parameter's
   function type.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

void f (int x __attribute__ ((cmse_nscall))); /* { dg-warning "'cmse_nscall' attribute only applies to function types" } */
int g (int (*__attribute__ ((cmse_nscall)) q) (int)) { return q (1); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
