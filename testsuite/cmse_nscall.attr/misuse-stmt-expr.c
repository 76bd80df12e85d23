/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-stmt-expr.c - misuse corpus: a statement expression yielding a
   marked pointer, called.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
int call (ns_fn *p) { return ({ ns_fn *q = p; q; }) (1); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
/* { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } } */
