// SPDX-License-Identifier: GPL-3.0-or-later
// diag-incompatible-cxx11.cc - [[cmse::nonsecure_call]] must make a type
// that does not convert implicitly to or from the unmarked type, as the
// GNU spelling does (diag-incompatible.cc).
// { dg-do compile }

using ns_ptr = int (*) (int) [[cmse::nonsecure_call]];
typedef int plain_fn (int);

plain_fn *plain;

void a1 (ns_ptr p) { plain = p; } // { dg-error "invalid conversion" }
ns_ptr a2 () { return plain; } // { dg-error "invalid conversion" }
