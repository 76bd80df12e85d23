/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-always-inline.c - misuse corpus: an always_inline helper calling
   through a marked pointer, inlined twice: each inlined copy is a separate
   expanded call.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
static inline __attribute__ ((always_inline)) int helper (ns_fn *p, int x) { return p (x); }
int call (ns_fn *p) { return helper (p, 1) + helper (p, 2); }

/* { dg-final { scan-assembler-times "blxns\tr12" 2 } } */
/* { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } } */
