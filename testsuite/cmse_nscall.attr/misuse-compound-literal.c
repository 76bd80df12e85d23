/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-compound-literal.c - misuse corpus: a compound literal with a
   marked pointer member, called through at once.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

struct ops { int (*__attribute__ ((cmse_nscall)) cb) (int); };
int call (int (*__attribute__ ((cmse_nscall)) f) (int)) { return (struct ops) { .cb = f }.cb (1); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
/* { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } } */
