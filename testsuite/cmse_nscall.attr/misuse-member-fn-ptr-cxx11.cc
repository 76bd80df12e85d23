// SPDX-License-Identifier: GPL-3.0-or-later
// misuse-member-fn-ptr-cxx11.cc - misuse corpus: the C++11 mark after a
// pointer-to-member-function type marks the method type: whatever it
// means, the compiler must not crash, and no call through it may be an
// ordinary blx/bx.
// The compiler must not crash (a crash is a FAIL by itself).
// { dg-do compile }

struct S { int f (int); };
using pmf = int (S::*) (int) [[cmse::nonsecure_call]];
int call (S &s, pmf m) { return (s.*m) (1); }

// { dg-final { scan-assembler "blxns\tr12" } }
// { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } }
