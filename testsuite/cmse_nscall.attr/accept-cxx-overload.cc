// SPDX-License-Identifier: GPL-3.0-or-later
// accept-cxx-overload.cc - with the GNU spelling a marked pointer type is
// a distinct C++ type: two overloads, one taking the marked and one the
// unmarked pointer, are both defined, under distinct mangled names
// (U11cmse_nscall), and only the marked one calls through blxns.
// { dg-do compile }

typedef int __attribute__ ((cmse_nscall)) g_fn (int);
typedef int plain_fn (int);

int over (g_fn *p) { return p (1); }
int over (plain_fn *p) { return p (2) + 1; }

// { dg-final { scan-assembler "_Z4overPU11cmse_nscallFiiE:" } }
// { dg-final { scan-assembler "_Z4overPFiiE:" } }
// { dg-final { scan-assembler-times "blxns\tr12" 1 } }
