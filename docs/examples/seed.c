/* SPDX-License-Identifier: GPL-3.0-or-later */
/* seed.c - the example "make demo" compiles: a Secure function calls
   Non-secure code at an address it was given, as Rust's
   extern "cmse-nonsecure-call" seed does with a transmuted address.  With
   -fplugin=cmse_nscall the call becomes push {r4-r11}; bic; vlstm; clears;
   msr; blxns; vlldm; pop, inline (docs/sequence.md explains each line).  */
#include <stdint.h>

typedef uint32_t __attribute__ ((cmse_nonsecure_call)) ns_fn (void);

uint32_t
call_nonsecure_function (uintptr_t addr)
{
  ns_fn *f = (ns_fn *) addr;
  return f ();
}
