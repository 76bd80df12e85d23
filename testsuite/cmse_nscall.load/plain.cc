// SPDX-License-Identifier: GPL-3.0-or-later
// plain.cc - C++ code with no non-secure call: loading the plugin must not
// change its assembly (load.exp).  Virtual calls, templates, lambdas,
// pointers to members and by-value class arguments.

struct Shape { virtual int area () const = 0; virtual ~Shape () {} };
struct Square : Shape { int s; int area () const override { return s * s; } };

template <typename F> int apply_twice (F f, int x) { return f (f (x)); }

struct Blob { char tag; long long value; };

int by_value (Blob b) { return b.tag + (int) b.value; }

int use (const Shape &s, int (*cb) (int), int Square::*field, Square &q)
{
  auto twice = [cb] (int v) { return cb (v) * 2; };
  return s.area () + apply_twice (twice, q.*field) + by_value (Blob{1, 2});
}
