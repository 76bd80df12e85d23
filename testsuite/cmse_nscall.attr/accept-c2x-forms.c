/* SPDX-License-Identifier: GPL-3.0-or-later */
/* accept-c2x-forms.c - the standard-attribute spelling
   [[cmse::nonsecure_call]] under -std=c2x, in each place where C2x makes
   it appertain to a function type or to a declaration of a pointer to
   one: after a function declarator in a typedef, after the declarator of a
   pointer typedef, variable, member and parameter, and at the start of a
   declaration.  An array of marked pointers is declared through the
   typedef.  Seven calls, all expanded inline.  */
/* { dg-do compile } */
/* { dg-options "-std=c2x" } */

typedef int ns_fn (int) [[cmse::nonsecure_call]];
typedef int (*ns_ptr) (int) [[cmse::nonsecure_call]];
int (*global_ptr [[cmse::nonsecure_call]]) (int);
[[cmse::nonsecure_call]] int (*leading) (int);
struct ops { int (*cb [[cmse::nonsecure_call]]) (int); };
ns_ptr table[2];

int via_fn_typedef (ns_fn *p) { return p (1); }
int via_ptr_typedef (ns_ptr p) { return p (2); }
int via_global (void) { return global_ptr (3); }
int via_leading (void) { return leading (4); }
int via_member (struct ops *o) { return o->cb (5); }
int via_array (int i) { return table[i & 1] (6); }
int via_param (int (*q [[cmse::nonsecure_call]]) (int)) { return q (7); }

/* { dg-final { scan-assembler-times "blxns\tr12" 7 } } */
/* { dg-final { scan-assembler-not "__gnu_cmse_nonsecure_call" } } */
/* { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } } */
