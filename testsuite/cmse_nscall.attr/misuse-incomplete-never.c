/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-incomplete-never.c - misuse corpus: a call passing an object of a
   never-completed struct type: the front end rejects it; the plugin adds
   nothing.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

struct inc;
typedef int __attribute__ ((cmse_nscall)) ns_fn (struct inc);
extern struct inc obj;
int call (ns_fn *p) { return p (obj); } /* { dg-error "'obj' has an incomplete type" } */
/* { dg-error "type of formal parameter 1 is incomplete" "" { target *-*-* } 11 } */
