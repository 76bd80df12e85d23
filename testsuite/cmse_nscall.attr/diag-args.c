/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diag-args.c - the mark takes no argument: GCC's own error "wrong number
   of arguments specified" (with its note) for the GNU spelling, and "does
   not take any arguments" for the C2x spelling, on a typedef and on a
   pointer variable.  After [[...(1)]] GCC's C parser also reports
   "expected ')'" (it does the same for [[gnu::noinline (1)]]).  GCC 14
   shortened the note's wording (attribs.cc), hence one note per release.  */
/* { dg-do compile } */
/* { dg-options "-std=gnu2x" } */

typedef int __attribute__ ((cmse_nscall (1))) f1 (int); /* { dg-error "wrong number of arguments specified for 'cmse_nscall' attribute" } */
/* { dg-message "expected between 0 and 0, found 1" "GCC 12" { target gcc12 } 11 } */
/* { dg-message "expected 0, found 1" "GCC 14 and later" { target gcc14 gcc15 } 11 } */
int (*__attribute__ ((cmse_nscall ("x", 2))) p2) (int); /* { dg-error "wrong number of arguments specified for 'cmse_nscall' attribute" } */
/* { dg-message "expected between 0 and 0, found 2" "GCC 12" { target gcc12 } 14 } */
/* { dg-message "expected 0, found 2" "GCC 14 and later" { target gcc14 gcc15 } 14 } */
typedef int f3 (int) [[cmse::nonsecure_call (1)]]; /* { dg-error "'nonsecure_call' attribute does not take any arguments" } */
/* { dg-error "expected '\\)' before numeric constant" "GCC's parser recovery" { target *-*-* } 17 } */
int (*p4 [[cmse::nonsecure_call ()]]) (int); /* { dg-error "'nonsecure_call' attribute does not take any arguments" } */
