/* SPDX-License-Identifier: GPL-3.0-or-later */
/* comdat.h - a C++ inline function with a non-secure call, included by
   comdat-a.cc and comdat-b.cc: both objects get a copy in a COMDAT group
   and the linker keeps one.  The plugin's note for the call must be in
   the same group, or ld refuses the note's relocation into the discarded
   copy ("defined in discarded section").  */
typedef int __attribute__ ((cmse_nonsecure_call)) ns_t (int);

inline int
call_it (ns_t *f, int x)
{
  return f (x) + 1;
}
