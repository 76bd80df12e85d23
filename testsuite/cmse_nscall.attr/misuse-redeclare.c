/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-redeclare.c - misuse corpus: a marked pointer redeclared without
   the mark: C's "conflicting types" error and its note.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
extern ns_fn *gp; /* { dg-message "previous declaration of 'gp'" } */
extern int (*gp) (int); /* { dg-error "conflicting types for 'gp'" } */
