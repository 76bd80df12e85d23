/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diag-proto-c2x.c - the variadic check with the [[cmse::nonsecure_call]]
   spelling (C2x): the mark site reports it, once.  */
/* { dg-do compile } */
/* { dg-options "-std=c2x" } */
/* (The declarations start on line 10: dg.exp finds ":LINE:" anywhere in a
   message, so a message in column 7 would also match an expectation for
   line 7.)  */

typedef int f_var (int, ...) [[cmse::nonsecure_call]]; /* { dg-error "takes a variable number of arguments: the ones past the registers would be passed on the Secure stack" } */
int (*p_var [[cmse::nonsecure_call]]) (int, ...); /* { dg-error "takes a variable number of arguments" } */
