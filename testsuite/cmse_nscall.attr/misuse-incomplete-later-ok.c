/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-incomplete-later-ok.c - misuse corpus: a parameter of incomplete
   struct type cannot be checked at the mark; the struct is completed (8
   bytes, r0-r1) before the call, which is checked and expanded.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

struct inc;
typedef int __attribute__ ((cmse_nscall)) ns_fn (struct inc);
struct inc { int a, b; };
int call (ns_fn *p, struct inc v) { return p (v); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
