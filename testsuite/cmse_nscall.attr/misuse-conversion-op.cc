// SPDX-License-Identifier: GPL-3.0-or-later
// misuse-conversion-op.cc - misuse corpus: a class with a conversion
// operator to a marked pointer, called like a function: the surrogate call
// goes through the marked type, expanded.
// The compiler must not crash (a crash is a FAIL by itself).
// { dg-do compile }

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
struct F { ns_fn *p; operator ns_fn * () const { return p; } };
int call (const F &f) { return f (1); }

// { dg-final { scan-assembler-times "blxns\tr12" 1 } }
// { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } }
