/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-returns-marked-ptr.c - misuse corpus: an unmarked function
   returning a marked pointer, called at once: the call through the result
   is expanded.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
extern ns_fn *lookup (int);
int call (void) { return lookup (1) (2); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
/* { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } } */
