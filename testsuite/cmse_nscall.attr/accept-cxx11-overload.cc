// SPDX-License-Identifier: GPL-3.0-or-later
// accept-cxx11-overload.cc - [[cmse::nonsecure_call]] must make a distinct
// C++ type, as the GNU spelling does (accept-cxx-overload.cc): overloads
// on the marked and the unmarked pointer are two functions with two
// different mangled names, and only the marked one calls through blxns.
// { dg-do compile }

using ns_ptr = int (*) (int) [[cmse::nonsecure_call]];
typedef int plain_fn (int);

int over (ns_ptr p) { return p (1); }
int over (plain_fn *p) { return p (2) + 1; }

// { dg-final { scan-assembler "_Z4overPFiiE:" } }
// { dg-final { scan-assembler-times "blxns\tr12" 1 } }
// { dg-final { scan-assembler-times "(?n)^_Z4over\[^:\]*:" 2 } }
