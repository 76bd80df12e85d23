/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diag-proto.c - a variadic or unprototyped (K&R) non-secure call type is
   an error at the mark, on a typedef and on a pointer variable: the
   arguments past the registers, or all of them for a type without a
   prototype, could be on the Secure stack.  (A prototyped (void) type is
   accepted: abi-core-ok.c, accept-signatures.cc.)  */
/* { dg-do compile } */
/* { dg-options "-std=gnu17" } */

typedef int __attribute__ ((cmse_nscall)) f_var (int, ...); /* { dg-error "non-secure call type 'int\\(int, ...\\)' takes a variable number of arguments: the ones past the registers would be passed on the Secure stack" } */
typedef int __attribute__ ((cmse_nscall)) f_kr (); /* { dg-error "non-secure call type 'int\\(\\)' has no prototype: every argument must be known to be passed in registers" } */
int (*__attribute__ ((cmse_nscall)) p_var) (const char *, ...); /* { dg-error "takes a variable number of arguments" } */
void (*__attribute__ ((cmse_nscall)) p_kr) (); /* { dg-error "has no prototype" } */
