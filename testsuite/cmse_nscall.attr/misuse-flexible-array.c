/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-flexible-array.c - misuse corpus: structs ending in a flexible
   array member and a zero-length array passed by value: only the 4-byte
   header is passed, accepted.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

struct flex { int n; int a[]; };
struct zero { int n; int z[0]; };
typedef int __attribute__ ((cmse_nscall)) ns_fn (struct flex, struct zero);
int call (ns_fn *p, struct flex *f, struct zero z) { return p (*f, z); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
