// SPDX-License-Identifier: GPL-3.0-or-later
// misuse-virtual-marked.cc - misuse corpus: the mark on virtual member
// functions (both spellings): "marks function" errors.
// The compiler must not crash (a crash is a FAIL by itself).
// { dg-do compile }

struct B
{
  virtual int f (int) __attribute__ ((cmse_nscall)); // { dg-error "'cmse_nscall' marks function 'int B::f\\(int\\)'" }
  [[cmse::nonsecure_call]] virtual int g (int); // { dg-error "'cmse::nonsecure_call' marks function 'int B::g\\(int\\)'" }
};
