/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diag-incompatible.c - a marked and an unmarked function pointer are
   different types in C: assigning, returning or passing one as the other
   without a cast is GCC's -Wincompatible-pointer-types warning, for the
   GNU spelling and for GCC's own attribute, in both directions.  With a
   cast there is no warning and the call through the marked type is
   expanded.  GCC 14 made -Wincompatible-pointer-types an error by default;
   -Wno-error= keeps it the same diagnostic in every release.  */
/* { dg-do compile } */
/* { dg-options "-Wno-error=incompatible-pointer-types" } */

typedef int __attribute__ ((cmse_nscall)) g_fn (int);
typedef int __attribute__ ((cmse_nonsecure_call)) n_fn (int);
typedef int plain_fn (int);

plain_fn *plain;
void take_marked (g_fn *); /* { dg-message "expected 'int \\(__attribute__\\(\\(cmse_nscall\\)\\) \\*\\)\\(int\\)' but argument is of type 'int \\(\\*\\)\\(int\\)'" } */

void a1 (g_fn *p) { plain = p; } /* { dg-warning "assignment to 'int \\(\\*\\)\\(int\\)' from incompatible pointer type 'int \\(__attribute__\\(\\(cmse_nscall\\)\\) \\*\\)\\(int\\)'" } */
void a2 (n_fn *p) { plain = p; } /* { dg-warning "incompatible pointer type" } */
g_fn *a3 (void) { return plain; } /* { dg-warning "incompatible return type" } */
void a4 (void) { take_marked (plain); } /* { dg-warning "incompatible pointer type" } */
int a5 (void) { return ((g_fn *) plain) (5); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
