/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diag-big-endian.c - the register layout code assumes little-endian:
   under -mbig-endian a marked type is an error at the mark, never a call
   with wrongly cleared registers.  */
/* { dg-do compile } */
/* { dg-additional-options "-mbig-endian" } */

typedef int __attribute__ ((cmse_nscall)) g_fn (int); /* { dg-error "non-secure call type 'int\\(int\\)': big-endian targets are not supported by cmse_nscall" } */
