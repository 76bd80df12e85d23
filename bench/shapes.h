/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * shapes.h - the call shapes that `make bench' measures, shared by the
 * call-site file (sites.c, built by each compiler under test) and the
 * driver (driver.c, built by arm-none-eabi-gcc alone).
 *
 * Before/after: with BENCH_NS = 1 every pointer type below is a
 *   int __attribute__ ((cmse_nonsecure_call)) (int)
 * and each site makes a non-secure call; with BENCH_NS = 0 the same types
 * are plain and each site makes an ordinary call.  The difference of the
 * two builds is the cost of the non-secure call (bench/sites.py).
 * Options: BENCH_NS (0 or 1, required).
 * Limits: no #include, so that any compiler (Clang without a C library)
 * builds sites.c; every shape fits AAPCS argument registers (r0-r3, s0-s15,
 * d0-d7) and result registers, as CMSE requires.
 */
#ifndef CMSE_NSCALL_BENCH_SHAPES_H
#define CMSE_NSCALL_BENCH_SHAPES_H

#if !defined (BENCH_NS)
# error "shapes.h: define BENCH_NS to 0 or 1"
#endif

#if BENCH_NS
# define BENCH_MARK __attribute__ ((cmse_nonsecure_call))
#else
# define BENCH_MARK
#endif

/* A struct argument with padding: bytes 1-3 of r0 are padding that a
   non-secure call must clear (AAPCS 5.5: a composite of 8 bytes goes in
   r0-r1 as if loaded by LDM).  */
struct bench_pad { char c; int i; };

typedef void BENCH_MARK bench_void_t (void);
typedef int BENCH_MARK bench_int_t (int);
typedef int BENCH_MARK bench_int4_t (int, int, int, int);
typedef long long BENCH_MARK bench_ll_t (long long, int);
typedef double BENCH_MARK bench_double_t (double);
typedef void BENCH_MARK bench_struct_t (struct bench_pad);
typedef unsigned char BENCH_MARK bench_narrow_t (void);

/* The targets, set by the driver before the sites run.  */
extern bench_void_t *bench_p_void;
extern bench_int_t *bench_p_int;
extern bench_int4_t *bench_p_int4;
extern bench_ll_t *bench_p_ll;
extern bench_double_t *bench_p_double;
extern bench_struct_t *bench_p_struct;
extern bench_narrow_t *bench_p_narrow;

/* The call sites (sites.c): each passes its own arguments on unchanged,
   so that the function holds nothing but the call.  */
void site_void (void);
int site_int (int);
int site_int4 (int, int, int, int);
long long site_ll (long long, int);
double site_double (double);
void site_struct (struct bench_pad);
int site_narrow (void);

#endif /* CMSE_NSCALL_BENCH_SHAPES_H */
