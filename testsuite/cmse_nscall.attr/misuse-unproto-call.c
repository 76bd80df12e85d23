/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-unproto-call.c - misuse corpus: a call with five arguments
   through an unprototyped marked type: reported once, at the mark.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */
/* { dg-options "-std=gnu17" } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (); /* { dg-error "has no prototype" } */
int call (ns_fn *p) { return p (1, 2, 3, 4, 5); }
