// SPDX-License-Identifier: GPL-3.0-or-later
// misuse-ctor-friend.cc - misuse corpus: the mark on a constructor, a
// destructor and a friend function: "marks function" errors.
// The compiler must not crash (a crash is a FAIL by itself).
// { dg-do compile }

struct C
{
  C () __attribute__ ((cmse_nscall)); // { dg-error "marks function 'C::C\\(\\)'" }
  [[cmse::nonsecure_call]] ~C (); // { dg-error "marks function 'C::~C\\(\\)'" }
  friend int fr (int) __attribute__ ((cmse_nscall)); // { dg-error "marks function 'int fr\\(int\\)'" }
};
