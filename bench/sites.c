/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sites.c - one call site per shape of shapes.h; the file each compiler
 * under test (plugin, GCC -mcmse, Clang -mcmse) builds twice: with
 * -DBENCH_NS=1 (non-secure calls) and -DBENCH_NS=0 (plain calls).
 *
 * Before/after, e.g. site_int with GCC -O2:
 *   BENCH_NS=0: push {r3,lr}; ldr r3,=bench_p_int; ldr r3,[r3]; blx r3; pop {r3,pc}
 *   BENCH_NS=1: the same around the compiler's non-secure call sequence
 * bench/sites.py takes each function's size (symbol size, literal pool
 * included) and runs both builds under QEMU.
 * Options: built with -fno-optimize-sibling-calls, so that the plain build
 *   makes a call too (a non-secure call is never a tail call).
 * Limits: no #include but shapes.h (see there).
 */
#include "shapes.h"

void site_void (void) { bench_p_void (); }
int site_int (int a) { return bench_p_int (a); }
int site_int4 (int a, int b, int c, int d) { return bench_p_int4 (a, b, c, d); }
long long site_ll (long long a, int b) { return bench_p_ll (a, b); }
double site_double (double a) { return bench_p_double (a); }
void site_struct (struct bench_pad s) { bench_p_struct (s); }
int site_narrow (void) { return bench_p_narrow (); }
