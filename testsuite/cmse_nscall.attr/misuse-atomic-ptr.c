/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-atomic-ptr.c - misuse corpus: an _Atomic marked pointer: the
   atomic load, then the expanded call.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
ns_fn *_Atomic ap;
int call (void) { return ap (1); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
/* { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } } */
