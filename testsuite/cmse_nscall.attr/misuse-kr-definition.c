/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-kr-definition.c - misuse corpus: a K&R (old-style) definition
   whose parameter is a marked pointer: the parameter type is prototyped,
   the call is expanded.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */
/* { dg-options "-std=gnu17" } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
int call (p, x) ns_fn *p; int x; { return p (x); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
/* { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } } */
