/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fat-object-code.c - the code part of a fat LTO object is compiled by
   cc1 with the plugin: the call is expanded (blxns through r12, no libgcc
   helper) and the LTO link guard, which only the bytecode must carry, is
   gone from it.  */
/* { dg-do compile } */
/* { dg-additional-options "-flto -ffat-lto-objects" } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_fn (int);

int
call (ns_fn *p, int x)
{
  return p (x) + 1;
}

/* { dg-final { scan-assembler "\tblxns\tr12" } } */
/* { dg-final { scan-assembler-not "__gnu_cmse_nonsecure_call" } } */
/* { dg-final { scan-assembler-not "R_ARM_NONE" } } */
/* { dg-final { scan-assembler-not "add -fplugin=cmse_nscall" } } */
