/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-vector-arg.c - misuse corpus: GNU vector arguments and results: a
   16-byte vector (r0-r3, or q0 under hard float) and an 8-byte one:
   accepted.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef int v4si __attribute__ ((vector_size (16)));
typedef int v2si __attribute__ ((vector_size (8)));
typedef int __attribute__ ((cmse_nscall)) ns_fn (v4si);
typedef v2si __attribute__ ((cmse_nscall)) ns_fn2 (v2si);
int call (ns_fn *p, v4si v) { return p (v); }
v2si call2 (ns_fn2 *p, v2si v) { return p (v); }

/* { dg-final { scan-assembler-times "blxns\tr12" 2 } } */
