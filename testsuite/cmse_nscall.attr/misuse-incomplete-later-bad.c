/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-incomplete-later-bad.c - misuse corpus: the struct completed
   after the mark is 20 bytes: the limit is checked at the call instead
   (r1-r3 and the stack: split).
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

struct inc;
typedef int __attribute__ ((cmse_nscall)) ns_fn (int, struct inc);
struct inc { int a[5]; };
int call (ns_fn *p, struct inc v) { return p (1, v); } /* { dg-error "argument 2 of type 'struct inc' would be split between registers and the stack" } */
