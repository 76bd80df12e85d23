/* SPDX-License-Identifier: GPL-3.0-or-later */
/* gc-sections.c - two functions with a non-secure call each, built with
   -ffunction-sections and linked with --gc-sections and entry "kept":
   "dropped" is removed, its note stays (non-allocated notes are kept)
   with address 0, and the checker must ignore it and check "kept"'s site
   only (check.exp).  */
typedef int __attribute__ ((cmse_nonsecure_call)) ns_t (int);

ns_t *volatile callee;

int
dropped (int x)
{
  return callee (x) + 2;
}

int
kept (int x)
{
  return callee (x) + 1;
}
