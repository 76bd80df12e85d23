// SPDX-License-Identifier: GPL-3.0-or-later
// accept-gnu-forms.cc - the GNU spelling __attribute__((cmse_nscall)) in
// C++: function typedef, pointer typedef, global pointer, parameter, class
// member called from a member function, array of pointers, reference to a
// marked function type.  Seven marked calls, all expanded inline, none
// through __gnu_cmse_nonsecure_call; the member function is defined out of
// class so that it is emitted at every -O.
// { dg-do compile }

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
typedef int (*__attribute__ ((cmse_nscall)) ns_ptr) (int);
int (*__attribute__ ((cmse_nscall)) global_ptr) (int);
int (*__attribute__ ((cmse_nscall)) table[4]) (int);

struct S
{
  ns_ptr cb;
  int call (int x);
};
int S::call (int x) { return cb (x); }

int via_fn_typedef (ns_fn *p) { return p (1); }
int via_ptr_typedef (ns_ptr p) { return p (2); }
int via_global () { return global_ptr (3); }
int via_array (int i) { return table[i & 3] (5); }
int via_param (int (*__attribute__ ((cmse_nscall)) q) (int)) { return q (6); }
int via_ref (ns_fn &r) { return r (7); }

// { dg-final { scan-assembler-times "blxns\tr12" 7 } }
// { dg-final { scan-assembler-not "__gnu_cmse_nonsecure_call" } }
// { dg-final { scan-assembler-not "\tblx\tr\[0-9\]" } }
