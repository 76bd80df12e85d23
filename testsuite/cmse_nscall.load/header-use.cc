/* SPDX-License-Identifier: GPL-3.0-or-later */
/* header-use.cc - C++: the public header <cmse_nscall.h> in the declarations
   every supported compiler honours: a typedef of a function type, a
   typedef of a pointer type and a variable (header.tcl compiles it with
   the plugin, with GCC's own -mcmse and with Clang's -mcmse, and counts the
   non-secure calls in the assembly: three).  EXPECT_BY_PLUGIN (0 or 1,
   given with -D) is what CMSE_NSCALL_BY_PLUGIN must be.  */
#include <cmse_nscall.h>

typedef int CMSE_NSCALL header_fn (int);
typedef int CMSE_NSCALL (*header_ptr) (int);
int CMSE_NSCALL (*header_var) (int);

#if CMSE_NSCALL_BY_PLUGIN != EXPECT_BY_PLUGIN
#error "CMSE_NSCALL_BY_PLUGIN is not what this configuration expects"
#endif

int
header_call_fn (header_fn *f, int x)
{
  return f (x);
}

int
header_call_ptr (header_ptr p, int x)
{
  return p (x);
}

int
header_call_var (int x)
{
  return header_var (x);
}
