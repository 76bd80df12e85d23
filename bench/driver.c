/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * driver.c - the Secure main program of a `make bench' QEMU run: points the
 * targets of shapes.h at the harness's Non-secure recorder (BENCH_NS=1) or
 * at Secure stubs (BENCH_NS=0) and calls every site of sites.c twice.
 * bench/sites.py counts, in QEMU's per-instruction exec log, the Secure
 * instructions from each site's first instruction to its return into main,
 * leaving out the callee (NS code, or the stubs below).
 *
 * Before/after: built by arm-none-eabi-gcc without the plugin and linked
 * with sites.o (any compiler) and the harness of testsuite/harness:
 *   qemu-system-arm -M mps2-an505 ... -kernel bench.elf  ->  "harness: PASS"
 * Options: BENCH_NS (0/1), HARNESS_BOARD_AN505 / HARNESS_BOARD_AN547.
 * Limits: checks only what every compiler gets right (the callee is reached
 * the expected number of times, an int result comes back); the defects of
 * each compiler are the test suite's business, not the benchmark's.
 */
#include "harness.h"
#include "shapes.h"

#define BENCH_ROUNDS 2

bench_void_t *bench_p_void;
bench_int_t *bench_p_int;
bench_int4_t *bench_p_int4;
bench_ll_t *bench_p_ll;
bench_double_t *bench_p_double;
bench_struct_t *bench_p_struct;
bench_narrow_t *bench_p_narrow;

#if !BENCH_NS
/* Secure stand-ins for the callee; sites.py leaves their instructions out
   (names start with bench_stub_).  */
static volatile unsigned bench_stub_calls;
__attribute__ ((noinline)) static void bench_stub_void (void) { bench_stub_calls++; }
__attribute__ ((noinline)) static int bench_stub_int (int a) { bench_stub_calls++; return 42 + (a - a); }
__attribute__ ((noinline)) static int bench_stub_int4 (int a, int b, int c, int d)
{ bench_stub_calls++; return a + b + c + d; }
__attribute__ ((noinline)) static long long bench_stub_ll (long long a, int b)
{ bench_stub_calls++; return a + b; }
__attribute__ ((noinline)) static double bench_stub_double (double a) { bench_stub_calls++; return a; }
__attribute__ ((noinline)) static void bench_stub_struct (struct bench_pad s)
{ bench_stub_calls++; (void) s; }
__attribute__ ((noinline)) static unsigned char bench_stub_narrow (void) { bench_stub_calls++; return 7; }
#endif

int
main (void)
{
  struct bench_pad pad = { 1, 2 };
  int r = 0;
#if BENCH_NS
  bench_p_void = (bench_void_t *) harness_ns_recorder;
  bench_p_int = (bench_int_t *) harness_ns_recorder;
  bench_p_int4 = (bench_int4_t *) harness_ns_recorder;
  bench_p_ll = (bench_ll_t *) harness_ns_recorder;
  bench_p_double = (bench_double_t *) harness_ns_recorder;
  bench_p_struct = (bench_struct_t *) harness_ns_recorder;
  bench_p_narrow = (bench_narrow_t *) harness_ns_recorder;
  harness_ns_reset ();
  harness_ns_reply.r0 = 42;
#else
  bench_p_void = bench_stub_void;
  bench_p_int = bench_stub_int;
  bench_p_int4 = bench_stub_int4;
  bench_p_ll = bench_stub_ll;
  bench_p_double = bench_stub_double;
  bench_p_struct = bench_stub_struct;
  bench_p_narrow = bench_stub_narrow;
#endif
  for (int i = 0; i < BENCH_ROUNDS; i++)
    {
      site_void ();
      r = site_int (7);
      site_int4 (1, 2, 3, 4);
      site_ll (5, 6);
      site_double (1.5);
      site_struct (pad);
      site_narrow ();
    }
#if BENCH_NS
  check_called ("every site", 7 * BENCH_ROUNDS);
#else
  check_eq ("every site", bench_stub_calls, 7 * BENCH_ROUNDS);
#endif
  check_eq ("site_int result", (uint32_t) r, 42);
  return harness_exit ();
}
