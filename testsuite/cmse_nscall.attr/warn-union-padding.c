/* SPDX-License-Identifier: GPL-3.0-or-later */
/* warn-union-padding.c - a union argument whose members disagree on which
   bits are padding cannot be cleared safely: the -Wattributes warning at
   the mark names the argument, also for a union nested in a struct.  A
   union whose members cover the same bits (char[4] and int) is not
   warned about.  No call here (the call site is warn-union-once.c).  */
/* { dg-do compile } */

union u_ci { char c; int i; };
union u_si { short s; int i; };
union u_same { char c[4]; int i; };
struct nest { int a; union u_ci x; };

typedef int __attribute__ ((cmse_nscall)) f_ci (union u_ci); /* { dg-warning "argument 1 of type 'union u_ci': bits that are padding in one union member but data in another are passed to Non-secure code uncleared and may leak Secure data" } */
typedef int __attribute__ ((cmse_nscall)) f_si (int, union u_si); /* { dg-warning "argument 2 of type 'union u_si': bits that are padding" } */
typedef int __attribute__ ((cmse_nscall)) f_nest (struct nest); /* { dg-warning "argument 1 of type 'struct nest': bits that are padding" } */
typedef int __attribute__ ((cmse_nscall)) f_same (union u_same);
