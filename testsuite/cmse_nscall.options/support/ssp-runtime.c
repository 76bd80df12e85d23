/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ssp-runtime.c - what -fstack-protector-strong needs from a C library
   (libssp/newlib): the canary and the failure hook, for the harness images
   of options.exp, which link without libc.  A smashed canary ends the run
   with exit status 4 and a FAIL line.  */
#include "harness.h"

uint32_t __stack_chk_guard = 0x5ec7c0deu;

void __stack_chk_fail (void) __attribute__ ((noreturn));

void
__stack_chk_fail (void)
{
  harness_puts ("FAIL: stack protector: canary overwritten\n");
  harness_semihost_exit (4);
}
