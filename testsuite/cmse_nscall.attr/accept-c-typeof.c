/* SPDX-License-Identifier: GPL-3.0-or-later */
/* accept-c-typeof.c - the mark survives the GNU C type operators and
   expressions that keep the pointer type: __auto_type, typeof of the
   pointer and of the function, a conditional between two marked pointers,
   explicit dereferences ((*p) (), (**p) ()) and a round trip through void *
   cast back to the marked type.  Both spellings.  Eight calls, all
   expanded inline, no ordinary indirect call left.  */
/* { dg-do compile } */
/* { dg-options "-std=gnu2x" } */

typedef int ns_fn (int) [[cmse::nonsecure_call]];
typedef int __attribute__ ((cmse_nscall)) gnu_fn (int);

int auto_c2x (ns_fn *p) { __auto_type q = p; return q (1); }
int auto_gnu (gnu_fn *p) { __auto_type q = p; return q (2); }
int typeof_ptr (ns_fn *p) { typeof (p) q = p; return q (3); }
int typeof_fn (gnu_fn *p) { typeof (*p) *q = p; return q (4); }
int cond (int c, ns_fn *p, ns_fn *r) { return (c ? p : r) (5); }
int deref (ns_fn *p) { return (*p) (6); }
int deref2 (gnu_fn *p) { return (**p) (7); }
int round_trip (ns_fn *p) { return ((ns_fn *) (void *) p) (8); }

/* { dg-final { scan-assembler-times "blxns\tr12" 8 } } */
/* { dg-final { scan-assembler-not "__gnu_cmse_nonsecure_call" } } */
/* { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } } */
