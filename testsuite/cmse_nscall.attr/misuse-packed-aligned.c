/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-packed-aligned.c - misuse corpus: a packed 5-byte struct (r0-r1)
   and an aligned(16) 16-byte struct (r0-r3) as arguments: accepted.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

struct __attribute__ ((packed)) pk { char c; int i; };
struct __attribute__ ((aligned (16))) al { int i; };
typedef int __attribute__ ((cmse_nscall)) ns_fn (struct pk);
typedef int __attribute__ ((cmse_nscall)) ns_fn2 (struct al);
int call (ns_fn *p, struct pk v) { return p (v); }
int call2 (ns_fn2 *p, struct al v) { return p (v); }

/* { dg-final { scan-assembler-times "blxns\tr12" 2 } } */
