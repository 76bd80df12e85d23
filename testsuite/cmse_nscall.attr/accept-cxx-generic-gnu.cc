// SPDX-License-Identifier: GPL-3.0-or-later
// accept-cxx-generic-gnu.cc - with the GNU spelling
// __attribute__((cmse_nscall)) the mark is part of the C++ type (mangled
// U11cmse_nscall), so it survives generic code: template argument
// deduction (by value and by reference), an explicit template argument,
// an explicitly instantiated function template, auto, auto&, lambdas that
// capture the pointer or take it as a parameter (also a generic lambda),
// and a non-type template parameter.  Every indirect call in this file is
// through a marked type, so none may be an ordinary blx/bx.
// { dg-do compile }

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
typedef ns_fn *ns_ptr;
template <typename T> using ns_tptr = T (__attribute__ ((cmse_nscall)) *) (T);

template <typename F> int via (F f, int x) { return f (x); }
template <typename F> int via_ref (F &f, int x) { return f (x); }
template <typename T> T explicit_inst (ns_tptr<T> p, T x) { return p (x); }
template int explicit_inst<int> (ns_tptr<int>, int);
extern ns_fn *const fixed;
template <ns_fn *const &P> int nttp (int x) { return P (x); }

int deduced (ns_ptr p) { return via (p, 1); }
int explicit_arg (ns_ptr p) { return via<ns_ptr> (p, 2); }
int deduced_ref (ns_ptr p) { return via_ref (p, 3); }
int with_auto (ns_ptr p) { auto q = p; return q (4); }
int with_auto_ref (ns_ptr p) { auto &q = *p; return q (5); }
int lambda_capture (ns_ptr p) { auto l = [p] (int x) { return p (x) + 1; }; return l (6); }
int lambda_param (ns_ptr p) { auto l = [] (ns_ptr f, int x) { return f (x); }; return l (p, 7); }
int lambda_generic (ns_ptr p) { auto l = [] (auto f, int x) { return f (x); }; return l (p, 8); }
int non_type (int x) { return nttp<fixed> (x); }

// { dg-final { scan-assembler "blxns\tr12" } }
// { dg-final { scan-assembler-not "__gnu_cmse_nonsecure_call" } }
// { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } }
