/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-variadic-call.c - misuse corpus: a call with many arguments
   through a variadic marked type: reported once, at the mark, not at the
   call.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int, ...); /* { dg-error "takes a variable number of arguments" } */
int call (ns_fn *p) { return p (1, 2, 3, 4, 5, 6.0); }
