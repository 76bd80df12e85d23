// SPDX-License-Identifier: GPL-3.0-or-later
// diag-incompatible.cc - in C++ a marked and an unmarked function pointer
// do not convert implicitly: "invalid conversion" errors, both directions,
// for the GNU spelling and GCC's own attribute.
// { dg-do compile }

typedef int __attribute__ ((cmse_nscall)) g_fn (int);
typedef int __attribute__ ((cmse_nonsecure_call)) n_fn (int);
typedef int plain_fn (int);

plain_fn *plain;

void a1 (g_fn *p) { plain = p; } // { dg-error "invalid conversion from 'int \\(__attribute__\\(\\(cmse_nscall\\)\\) \\*\\)\\(int\\)' to 'int \\(\\*\\)\\(int\\)'" }
void a2 (n_fn *p) { plain = p; } // { dg-error "invalid conversion" }
g_fn *a3 () { return plain; } // { dg-error "invalid conversion from 'int \\(\\*\\)\\(int\\)' to 'int \\(__attribute__\\(\\(cmse_nscall\\)\\) \\*\\)\\(int\\)'" }
