// SPDX-License-Identifier: GPL-3.0-or-later
// diag-nontrivial.cc - a class argument with a non-trivial copy
// constructor or destructor is passed by invisible reference to a Secure
// temporary, which Non-secure code cannot read: an error naming the
// argument, with both plugin spellings.  A result of such a class is
// returned through a hidden pointer (in memory): the result error.  (A
// trivially copyable class of the same size is accepted:
// accept-signatures.cc.)
// { dg-do compile }

struct copy_nt { copy_nt (const copy_nt &); int x; };
struct dtor_nt { ~dtor_nt (); int x; };

typedef int __attribute__ ((cmse_nscall)) f_copy (int, copy_nt); // { dg-error "argument 2 of type 'copy_nt' would be passed by reference to a Secure copy, which Non-secure code cannot read: its copy constructor or destructor is not trivial" }
using f_dtor = int (dtor_nt) [[cmse::nonsecure_call]]; // { dg-error "argument 1 of type 'dtor_nt' would be passed by reference to a Secure copy" }
typedef copy_nt __attribute__ ((cmse_nscall)) r_copy (); // { dg-error "the result of type 'copy_nt' would be returned in memory: non-secure calls return values in r0-r1" }
