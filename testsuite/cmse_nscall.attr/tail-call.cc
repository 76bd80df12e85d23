// SPDX-License-Identifier: GPL-3.0-or-later
// tail-call.cc - tail calls through marked types in C++ (C++11 spelling
// on an alias, GNU spelling on a member), including a tail call from a
// lambda: never a sibling call, always the full sequence.
// { dg-do compile }

using ns_ptr = int (*) (int) [[cmse::nonsecure_call]];
struct S { int (*__attribute__ ((cmse_nscall)) cb) (int); int run (int x); };

int S::run (int x) { return cb (x); }
int tail_alias (ns_ptr p, int x) { return p (x); }
int tail_lambda (ns_ptr p, int x)
{
  auto l = [p] (int y) __attribute__ ((noinline)) { return p (y); };
  return l (x);
}

// { dg-final { scan-assembler-times "blxns\tr12" 3 } }
// { dg-final { scan-assembler-not "\tbx\t(r\[0-9\]+|ip)" } }
// { dg-final { scan-assembler-not "\tblx\t" } }
