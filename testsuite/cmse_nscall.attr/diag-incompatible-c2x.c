/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diag-incompatible-c2x.c - the [[cmse::nonsecure_call]] spelling makes a
   type different from the unmarked one, exactly as the GNU spelling does
   (diag-incompatible.c): mixing the two without a cast must be the
   -Wincompatible-pointer-types warning in both directions.  GCC 14 made
   that warning an error by default; -Wno-error= keeps it the same
   diagnostic in every release.  */
/* { dg-do compile } */
/* { dg-options "-std=c2x -Wno-error=incompatible-pointer-types" } */

typedef int ns_fn (int) [[cmse::nonsecure_call]];
typedef int plain_fn (int);

plain_fn *plain;

void a1 (ns_fn *p) { plain = p; } /* { dg-warning "incompatible pointer type" } */
ns_fn *a2 (void) { return plain; } /* { dg-warning "incompatible return type" } */
