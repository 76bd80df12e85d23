// SPDX-License-Identifier: GPL-3.0-or-later
// accept-signatures.cc - C++ signatures that fit the registers and are
// accepted: "()" (a prototype with no argument in C++), a trivially
// copyable class in r0, a reference argument (a pointer in r0), a
// pointer-to-member-data argument, a bool result (narrowed to 0/1 after
// the call with "and r0, r0, #1"), an enum class result of underlying
// type unsigned char (uxtb).  Six calls, six blxns.
// { dg-do compile }

struct trivial { int x; };
struct holder { int a, b; };
enum class small : unsigned char { a, b };

typedef int __attribute__ ((cmse_nscall)) f_empty ();
using f_trivial = int (trivial) [[cmse::nonsecure_call]];
typedef int __attribute__ ((cmse_nscall)) f_ref (const holder &);
typedef int __attribute__ ((cmse_nscall)) f_pmd (int holder::*);
typedef bool __attribute__ ((cmse_nscall)) f_bool (int);
typedef small __attribute__ ((cmse_nscall)) f_small (int);

int c1 (f_empty *p) { return p (); }
int c2 (f_trivial *p, trivial t) { return p (t); }
int c3 (f_ref *p, const holder &h) { return p (h); }
int c4 (f_pmd *p) { return p (&holder::b); }
bool c5 (f_bool *p) { return p (5); }
small c6 (f_small *p) { return p (6); }

// { dg-final { scan-assembler-times "blxns\tr12" 6 } }
// { dg-final { scan-assembler "\tand\tr0, r0, #1" } }
// { dg-final { scan-assembler "\tuxtb\tr0, r0" } }
