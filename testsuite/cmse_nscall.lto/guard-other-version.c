/* SPDX-License-Identifier: GPL-3.0-or-later */
/* guard-other-version.c - at an -flto link, a link guard written by
   another version of the plugin is an error naming both versions: the
   bytecode's private marks may mean something else to this version.  The
   guard of a fictitious version 0.0.1 is written here by hand, in the form
   the plugin gives it (docs/lto.md); lto1 cannot tell who wrote it.  */
/* { dg-do link } */
/* { dg-additional-options "-flto -Wl,-u,main" } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_fn (int);

int
main (void)
{
  __asm__ __volatile__ (".reloc ., R_ARM_NONE, \"cmse_nscall 0.0.1: add -fplugin=cmse_nscall to the link command of this -flto build\""); /* { dg-error "this non-secure call was prepared for '-flto' by cmse_nscall 0\\.0\\.1, but the link uses cmse_nscall \[0-9.\]+; compile and link with the same version" } */
  return ((ns_fn *) 0x200001) (1);
}
