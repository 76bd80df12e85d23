/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ns-call.c - the one Secure source the install tests build through each
   installed helper (CMake package, pkg-config file, specs file, ccache).
   With the plugin, call_ns holds the inline sequence ending in "blxns";
   without it, GCC 12 calls __gnu_cmse_nonsecure_call instead, which is
   what install.exp looks for to tell the two apart.
   Options: -mcpu=cortex-m33 -mcmse (given by install.exp).
   Limits: links only with -nostdlib (nothing calls a C library).  */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_fn (int);

int
call_ns (ns_fn *f, int x)
{
  return f (x) + 1;
}

/* The entry of the -nostdlib test images.  */
void
_start (void)
{
  call_ns ((ns_fn *) 0x00200001, 1);
  for (;;)
    ;
}
