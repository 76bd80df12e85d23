/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-typeof-sizeof.c - misuse corpus: calls through a marked pointer
   inside typeof and sizeof are never evaluated: nothing is expanded.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */
/* { dg-options "-std=gnu17" } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
int call (ns_fn *p) { typeof (p (1)) x = 3; return x + sizeof (p (2)); }

/* { dg-final { scan-assembler-not "blxns" } } */
