/* SPDX-License-Identifier: GPL-3.0-or-later */
/* callee-saved-secrets.c - secrets in every callee-saved register.  Eight
   live 0x5EC7A0NN values the compiler keeps in r4-r11 (or on the stack)
   across the call, plus planted 0x5EC7E7NN in r0-r12: the NS callee must
   see none of them, and after it returns (having trashed r4-r11 with
   0xdead00NN) the live values must be back.  Both NS entry points, and
   once more entered through harness_call_keeping_callee_saved: the
   caller's own r4-r11 (0x5EC7C5NN, which the function need not touch) must
   not reach the callee and must be back after it.  */
/* { dg-do run } */

#include "harness.h"

typedef void __attribute__ ((cmse_nonsecure_call)) ns_t (void);

static void __attribute__ ((noinline))
call (ns_t *f, const char *where)
{
  HARNESS_LIVE_DECL (v);
  HARNESS_PLANT_SECRETS ();
  f ();
  HARNESS_LIVE_CHECK (v);
  check_no_secret_in_record (where, 0);
}

/* Entered with the caller's r4-r11 set (harness.h).  No planted secrets
   here: their clobbers would make GCC's prologue save r4-r11 itself, and
   only the sequence is to keep them.  */
static ns_t *volatile kept_callee;

static void __attribute__ ((noinline))
call_clobber_kept (void)
{
  kept_callee ();
}

int
main (void)
{
  harness_ns_reset ();
  call ((ns_t *) harness_ns_recorder, "ns_recorder");
  call ((ns_t *) harness_ns_recorder_clobber, "ns_recorder_clobber");
  kept_callee = (ns_t *) harness_ns_recorder_clobber;
  harness_call_keeping_callee_saved (call_clobber_kept);
  check_no_secret_in_record ("ns_recorder_clobber, caller's r4-r11", 0);
  check_callee_saved_kept ("ns_recorder_clobber, caller's r4-r11");
  check_called ("three calls", 3);
  return harness_exit ();
}
