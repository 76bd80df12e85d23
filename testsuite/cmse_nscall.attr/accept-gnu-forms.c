/* SPDX-License-Identifier: GPL-3.0-or-later */
/* accept-gnu-forms.c - every placement of the plugin's GNU spelling
   __attribute__((cmse_nscall)) in C: typedef of the function type, pointer
   typedef (mark inside the pointer declarator), plain pointer variable,
   parameter, struct member and array of pointers.  Each of the six calls
   is expanded inline (six blxns), none goes through GCC's library veneer,
   and the one unmarked call stays an ordinary blx/bx.  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
typedef int (*__attribute__ ((cmse_nscall)) ns_ptr) (int);
int (*__attribute__ ((cmse_nscall)) global_ptr) (int);
struct ops
{
  int (*__attribute__ ((cmse_nscall)) cb) (int);
  void (*plain) (void);
};
int (*__attribute__ ((cmse_nscall)) table[4]) (int);

int via_fn_typedef (ns_fn *p) { return p (1); }
int via_ptr_typedef (ns_ptr p) { return p (2); }
int via_global (void) { return global_ptr (3); }
int via_member (struct ops *o) { o->plain (); return o->cb (4); }
int via_array (int i) { return table[i & 3] (5); }
int via_param (int (*__attribute__ ((cmse_nscall)) q) (int)) { return q (6); }

/* { dg-final { scan-assembler-times "blxns\tr12" 6 } } */
/* { dg-final { scan-assembler-times "push\t\{r4-r11\}" 6 } } */
/* { dg-final { scan-assembler-not "__gnu_cmse_nonsecure_call" } } */
/* { dg-final { scan-assembler "\tbl?x\tr\[0-9\]" } } */
