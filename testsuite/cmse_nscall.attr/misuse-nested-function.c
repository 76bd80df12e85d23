/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-nested-function.c - misuse corpus: a GNU C nested function
   calling through a marked pointer of the enclosing function (static chain
   in r12 before the sequence takes r12).
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
int outer (ns_fn *p, int x) { int inner (int y) { return p (y + x); } return inner (1) + inner (2); }

/* { dg-final { scan-assembler "blxns\tr12" } } */
/* { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } } */
