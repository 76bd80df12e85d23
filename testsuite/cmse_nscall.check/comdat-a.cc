/* SPDX-License-Identifier: GPL-3.0-or-later */
/* comdat-a.cc - first user of comdat.h's inline call_it (check.exp).  */
#include "comdat.h"

int
use_a (ns_t *f)
{
  return call_it (f, 1);
}
