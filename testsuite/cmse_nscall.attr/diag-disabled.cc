// SPDX-License-Identifier: GPL-3.0-or-later
// diag-disabled.cc - with -fplugin-arg-cmse_nscall-disable the plugin's
// own spellings are errors in C++ too: typedef, using alias, alias
// template, class member.
// { dg-do compile }
// { dg-additional-options "-fplugin-arg-cmse_nscall-disable" }

typedef int __attribute__ ((cmse_nscall)) g_fn (int); // { dg-error "'cmse_nscall' cannot be honoured: the cmse_nscall plugin was loaded with '-fplugin-arg-cmse_nscall-disable'" }
using c_ptr = int (*) (int) [[cmse::nonsecure_call]]; // { dg-error "'cmse::nonsecure_call' cannot be honoured" }
template <typename T> using t_ptr = T (*) (T) [[cmse::nonsecure_call]]; // { dg-error "'cmse::nonsecure_call' cannot be honoured" }
struct S { int (*__attribute__ ((cmse_nscall)) cb) (int); }; // { dg-error "'cmse_nscall' cannot be honoured" }
