/* SPDX-License-Identifier: GPL-3.0-or-later */
/* header-plugin-only.c - the positions where only the plugin honours the
   mark (GCC's own -mcmse ignores it there with a warning): a structure
   member and a cast.  header.tcl expects two non-secure calls with the
   plugin, and with CMSE_NSCALL_REQUIRE_PLUGIN an error without it.  */
#define CMSE_NSCALL_REQUIRE_PLUGIN
#include <cmse_nscall.h>

struct header_ops { int CMSE_NSCALL (*op) (int); };

int
header_member (struct header_ops *ops, int x)
{
  return ops->op (x);
}

int
header_cast (unsigned long address, int x)
{
  return ((int CMSE_NSCALL (*) (int)) address) (x);
}
