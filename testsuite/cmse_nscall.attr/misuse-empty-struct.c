/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-empty-struct.c - misuse corpus: a GNU C empty struct (size 0) as
   argument and as result: no register carries it, accepted.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

struct empty { };
typedef int __attribute__ ((cmse_nscall)) ns_fn (struct empty, int);
typedef struct empty __attribute__ ((cmse_nscall)) ns_fn2 (void);
int call (ns_fn *p, struct empty e) { return p (e, 1); }
void call2 (ns_fn2 *p) { p (); }

/* { dg-final { scan-assembler-times "blxns\tr12" 2 } } */
