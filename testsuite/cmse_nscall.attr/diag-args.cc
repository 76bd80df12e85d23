// SPDX-License-Identifier: GPL-3.0-or-later
// diag-args.cc - the mark takes no argument, in C++: GCC's own errors for
// the GNU spelling with an argument and for [[cmse::nonsecure_call(...)]]
// on a pointer declarator and on a typedef.  GCC 14 shortened the note's
// wording (attribs.cc), hence one note per release.
// { dg-do compile }

typedef int __attribute__ ((cmse_nscall (1))) f1 (int); // { dg-error "wrong number of arguments specified for 'cmse_nscall' attribute" }
// { dg-message "expected between 0 and 0, found 1" "GCC 12" { target gcc12 } 8 }
// { dg-message "expected 0, found 1" "GCC 14 and later" { target gcc14 gcc15 } 8 }
typedef int f2 (int) [[cmse::nonsecure_call (1)]]; // { dg-error "'nonsecure_call' attribute does not take any arguments" }
int (*p3 [[cmse::nonsecure_call (1, 2)]]) (int); // { dg-error "'nonsecure_call' attribute does not take any arguments" }
