/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-recursive.c - misuse corpus: a marked type whose parameter points
   to a struct holding a pointer of that same marked type.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

struct node;
typedef int __attribute__ ((cmse_nscall)) visit_fn (struct node *);
struct node { visit_fn *visit; struct node *next; };
int walk (struct node *n) { int s = 0; for (; n; n = n->next) s += n->visit (n); return s; }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
/* { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } } */
