/* SPDX-License-Identifier: GPL-3.0-or-later */
/* comdat-b.cc - second user of comdat.h's inline call_it, and the entry
   point of the -nostdlib link (check.exp).  */
#include "comdat.h"

int
use_b (ns_t *f)
{
  return call_it (f, 2);
}

extern "C" void
_start (void)
{
}
