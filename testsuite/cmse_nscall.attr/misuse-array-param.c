/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-array-param.c - misuse corpus: array and VLA parameters in a
   marked type decay to pointers: r0-r2, accepted.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int a[10], int n, int m[n]);
int call (ns_fn *p, int *a) { return p (a, 3, a); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
