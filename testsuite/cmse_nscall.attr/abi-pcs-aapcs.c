/* SPDX-License-Identifier: GPL-3.0-or-later */
/* abi-pcs-aapcs.c - pcs("aapcs") selects the base AAPCS for one type even
   under -mfloat-abi=hard, so (double, double, double) puts its third
   argument on the stack under every float ABI, and the message names r0-r3
   only (no s registers).  (The accepted counterpart is
   accept-pcs-aapcs.c.)  */
/* { dg-do compile } */

typedef int __attribute__ ((pcs ("aapcs"), cmse_nscall)) f_3d (double, double, double); /* { dg-error "argument 3 of type 'double' would be passed on the stack: non-secure calls pass arguments in r0-r3 only" } */
