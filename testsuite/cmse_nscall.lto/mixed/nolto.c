/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nolto.c - the non-LTO half of lto.exp's mixed link: compiled with the
   plugin and without -flto, so its non-secure call is expanded by cc1 and
   its object carries no LTO link guard.  mixed/main.c, compiled with
   -flto, calls lto_mixed_nolto_call.  Limits: not a test by itself (no
   main); lto.exp builds it.  */

#include "harness.h"

typedef uint32_t __attribute__ ((cmse_nonsecure_call)) ns_u32_fn (uint32_t);

uint32_t __attribute__ ((noinline))
lto_mixed_nolto_call (uint32_t x)
{
  HARNESS_PLANT_SECRETS ();
  return ((ns_u32_fn *) HARNESS_NS_RECORDER_ADDR) (x);
}
