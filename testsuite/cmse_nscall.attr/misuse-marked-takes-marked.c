/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-marked-takes-marked.c - misuse corpus: a marked type taking a
   marked pointer as argument, and a call through both.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall)) inner (int);
typedef int __attribute__ ((cmse_nscall)) outer (inner *, int);
int call (outer *o, inner *i) { return o (i, 1) + i (2); }

/* { dg-final { scan-assembler-times "blxns\tr12" 2 } } */
/* { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } } */
