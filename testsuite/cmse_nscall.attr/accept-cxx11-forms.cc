// SPDX-License-Identifier: GPL-3.0-or-later
// accept-cxx11-forms.cc - [[cmse::nonsecure_call]] in the C++11 forms
// that name the marked type directly: a using alias of the function type
// and of the pointer type, an alias template, a reference to a marked
// function type, decltype of a marked pointer, a class member, a pointer
// declarator and a parameter.  Eight calls, all expanded inline; no
// ordinary indirect call is left.
// { dg-do compile }

using ns_fn = int (int) [[cmse::nonsecure_call]];
using ns_ptr = int (*) (int) [[cmse::nonsecure_call]];
template <typename T> using ns_tptr = T (*) (T) [[cmse::nonsecure_call]];
int (*global_ptr [[cmse::nonsecure_call]]) (int);

struct S
{
  ns_ptr cb;
  int call (int x);
};
int S::call (int x) { return cb (x); }

int via_fn_alias (ns_fn *p) { return p (1); }
int via_ptr_alias (ns_ptr p) { return p (2); }
int via_alias_template (ns_tptr<int> p) { return p (3); }
int via_ref (ns_fn &r) { return r (4); }
int via_decltype (ns_ptr p) { decltype (p) q = p; return q (5); }
int via_global () { return global_ptr (6); }
int via_param (int (*q [[cmse::nonsecure_call]]) (int)) { return q (7); }

// { dg-final { scan-assembler-times "blxns\tr12" 8 } }
// { dg-final { scan-assembler-not "__gnu_cmse_nonsecure_call" } }
// { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } }
