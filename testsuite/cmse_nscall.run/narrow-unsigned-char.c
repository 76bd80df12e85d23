/* SPDX-License-Identifier: GPL-3.0-or-later */
/* narrow-unsigned-char.c - CVE-2024-0151: an unsigned char result whose
   register NS fills with garbage above bit 7 (r0 = 0xabcdef80).  The Secure
   side must see 0x80: `table[f ()]' stays inside a 256-entry table and
   `(unsigned) f () <= 255'.  GCC 12's native expansion trusts r0.  */
/* { dg-do run } */

#include "harness.h"

typedef unsigned char __attribute__ ((cmse_nonsecure_call)) ns_t (void);

static uint8_t table[256];

static unsigned __attribute__ ((noinline))
as_unsigned (ns_t *f)
{
  return f ();
}

static unsigned __attribute__ ((noinline))
index_table (ns_t *f)
{
  /* The address, not the loaded byte, shows whether the index stayed in
     range: an index of 0xabcdef80 would read far outside Secure RAM.  */
  return (unsigned) ((uintptr_t) &table[f ()] - (uintptr_t) table);
}

static int __attribute__ ((noinline))
compare (ns_t *f)
{
  unsigned char c = f ();
  return c == 0x80;
}

int
main (void)
{
  ns_t *f = (ns_t *) harness_ns_recorder;

  harness_ns_reset ();
  harness_ns_reply.r0 = 0xabcdef80u;
  unsigned v = as_unsigned (f);
  check_true ("(unsigned) f () <= 255", v <= 255);
  check_eq ("unsigned char result", v, 0x80u);
  check_eq ("table[f ()] index", index_table (f), 0x80u);
  check_true ("f () == 0x80", compare (f));
  check_called ("unsigned char f ()", 3);
  return harness_exit ();
}
