// SPDX-License-Identifier: GPL-3.0-or-later
// cxx-member-call.cc - C++: an NS callback stored in a class, called from a
// member function and from a template, with values live across the call.
// The typedef form carries the attribute (the `using' alias form is
// dropped by GCC 12 with a warning, anchors.md).
/* { dg-do run } */

#include "harness.h"

typedef int __attribute__ ((cmse_nonsecure_call)) ns_fn_t (int, int);

class Channel
{
public:
  explicit Channel (ns_fn_t *cb) : cb_ (cb), sent_ (0) {}
  __attribute__ ((noinline)) int send (int a, int b)
  {
    HARNESS_LIVE_DECL (k);
    HARNESS_PLANT_SECRETS ();
    int r = cb_ (a, b);
    HARNESS_LIVE_CHECK (k);
    sent_++;
    return r;
  }
  int sent () const { return sent_; }
private:
  ns_fn_t *cb_;
  int sent_;
};

template <typename T>
__attribute__ ((noinline)) T
call_as (ns_fn_t *f, int a)
{
  return static_cast<T> (f (a, -a));
}

int
main ()
{
  harness_ns_reset ();
  harness_ns_reply.r0 = 99;
  Channel ch ((ns_fn_t *) harness_ns_recorder);
  check_eq ("send result", (uint32_t) ch.send (3, 4), 99u);
  check_eq ("r0", harness_ns_record.r[0], 3u);
  check_eq ("r1", harness_ns_record.r[1], 4u);
  check_no_secret_in_record ("Channel::send", HARNESS_ARG_R (0) | HARNESS_ARG_R (1));
  check_eq ("sent", (uint32_t) ch.sent (), 1u);
  harness_ns_reply.r0 = 0x12345678u;
  check_eq ("template result", (uint32_t) call_as<long> ((ns_fn_t *) harness_ns_recorder_b, 6),
	    0x12345678u);
  check_called ("two calls", 2);
  return harness_exit ();
}
