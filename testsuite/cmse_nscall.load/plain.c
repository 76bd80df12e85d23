/* SPDX-License-Identifier: GPL-3.0-or-later */
/* plain.c - C code with no non-secure call: loading the plugin must not
   change a single line of its assembly (load.exp compares with and
   without -fplugin).  Covers ordinary indirect calls, tail calls, struct
   and float arguments, narrow returns and a GCC-native cmse entry.  */

typedef int (*plain_fn) (int);
struct pair { char c; long long v; };

static int table[16];

unsigned char narrow (unsigned char x) { return x + 1; }

int call_through (plain_fn f, int x) { return f (x) + f (x + 1); }

int tail_call (plain_fn f, int x) { return f (x); }

long long sum_pair (struct pair p, struct pair q) { return p.c + q.v; }

float scale (float a, double b) { return (float) (a * b); }

int loop (plain_fn f, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += table[f (i) & 15];
  return s;
}
