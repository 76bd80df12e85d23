/* SPDX-License-Identifier: GPL-3.0-or-later */
/* struct-padding.c - struct arguments with padding.  The Secure copy of
   each struct starts from all-ones memory, so its padding bytes hold 0xff;
   the NS callee must see the members and zero padding:
     struct { char c; short s; }      r0 = s << 16 | c   (byte 1 padding)
     struct { char c; int i; }        r0 = c (bytes 1-3 padding), r1 = i
     struct { short a; char b; }      r0 = b << 16 | a   (byte 3 padding)  */
/* { dg-do run } */

#include "harness.h"

struct cs { char c; short s; };
struct ci { char c; int i; };
struct sc { short a; char b; };

typedef int __attribute__ ((cmse_nonsecure_call)) ns_cs_t (struct cs);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_ci_t (struct ci);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_sc_t (struct sc, struct cs);

static void __attribute__ ((noinline))
fill (void *p, unsigned n)
{
  unsigned char *b = (unsigned char *) p;
  for (unsigned i = 0; i < n; i++)
    b[i] = (unsigned char) harness_opaque (0xff);
}

static void __attribute__ ((noinline))
call_cs (ns_cs_t *f)
{
  struct cs v;
  fill (&v, sizeof v);
  v.c = 0x12;
  v.s = 0x3456;
  HARNESS_PLANT_SECRETS ();
  f (v);
}

static void __attribute__ ((noinline))
call_ci (ns_ci_t *f)
{
  struct ci v;
  fill (&v, sizeof v);
  v.c = 0x7a;
  v.i = 0x0b0c0d0e;
  HARNESS_PLANT_SECRETS ();
  f (v);
}

static void __attribute__ ((noinline))
call_sc (ns_sc_t *f)
{
  struct sc v;
  struct cs w;
  fill (&v, sizeof v);
  fill (&w, sizeof w);
  v.a = 0x2345;
  v.b = 0x67;
  w.c = 0x01;
  w.s = 0x0203;
  HARNESS_PLANT_SECRETS ();
  f (v, w);
}

int
main (void)
{
  harness_ns_reset ();
  call_cs ((ns_cs_t *) harness_ns_recorder);
  check_called ("f(struct cs)", 1);
  check_eq ("struct {char; short} in r0, padding zero", harness_ns_record.r[0], 0x34560012u);
  check_no_secret_in_record ("f(struct cs)", HARNESS_ARG_R (0));

  harness_ns_reset ();
  call_ci ((ns_ci_t *) harness_ns_recorder);
  check_called ("f(struct ci)", 1);
  check_eq ("struct {char; int}: r0, padding zero", harness_ns_record.r[0], 0x0000007au);
  check_eq ("struct {char; int}: r1", harness_ns_record.r[1], 0x0b0c0d0eu);
  check_no_secret_in_record ("f(struct ci)", HARNESS_ARG_R (0) | HARNESS_ARG_R (1));

  harness_ns_reset ();
  call_sc ((ns_sc_t *) harness_ns_recorder_clobber);
  check_called ("f(struct sc, struct cs)", 1);
  check_eq ("struct {short; char} in r0, padding zero", harness_ns_record.r[0], 0x00672345u);
  check_eq ("struct {char; short} in r1, padding zero", harness_ns_record.r[1], 0x02030001u);
  check_no_secret_in_record ("f(struct sc, struct cs)", HARNESS_ARG_R (0) | HARNESS_ARG_R (1));
  return harness_exit ();
}
