/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-generic.c - misuse corpus: _Generic tells the marked pointer type
   from the unmarked one and selects the marked pointer: expanded.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
typedef int plain_fn (int);
int call (ns_fn *p, plain_fn *q) { return _Generic (p, plain_fn *: q, default: p) (1); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
/* { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } } */
