/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-incomplete-result.c - misuse corpus: an incomplete result type
   completed as an 8-byte struct before the call: a composite over 4 bytes
   is returned in memory, reported at the call.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

struct inc;
typedef struct inc __attribute__ ((cmse_nscall)) ns_fn (void);
struct inc { int a, b; };
int call (ns_fn *p) { return p ().a; } /* { dg-error "the result of type 'struct inc' would be returned in memory" } */
