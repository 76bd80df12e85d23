/* SPDX-License-Identifier: GPL-3.0-or-later */
/* abi-core-stack.c - signatures the AAPCS cannot place in r0-r3 / r0-r1
   are errors at the mark, under every float ABI (integer and composite
   arguments use core registers under hard float too):
     (int x5)                  argument 5 on the stack
     (int, int, int, long long) the long long needs an even pair: r3 is
                               skipped and it goes on the stack (rule C.3)
     (char[17] struct)         r0-r3 and one byte on the stack: split
     (struct of 5 floats)      20 bytes, not a homogeneous aggregate (more
                               than 4 members), so core registers: split
     (int, struct {char; long long}) the 16-byte struct starts at r2: split
     struct {int a, b;} ()     a composite over 4 bytes is returned in memory
   The message names the registers of the ABI in use, so only the common
   part is matched here.  Nothing is compiled: no call.  */
/* { dg-do compile } */

struct s17 { char c[17]; };
struct five_f { float a, b, c, d, e; };
struct char_ll { char c; long long l; };
struct two_i { int a, b; };

typedef int __attribute__ ((cmse_nscall)) f_5i (int, int, int, int, int); /* { dg-error "argument 5 of type 'int' would be passed on the stack: non-secure calls pass arguments in r0-r3" } */
typedef int __attribute__ ((cmse_nscall)) f_3i_ll (int, int, int, long long); /* { dg-error "argument 4 of type 'long long int' would be passed on the stack" } */
typedef int __attribute__ ((cmse_nscall)) f_s17 (struct s17); /* { dg-error "argument 1 of type 'struct s17' would be split between registers and the stack: non-secure calls pass arguments in r0-r3" } */
typedef int __attribute__ ((cmse_nscall)) f_five_f (struct five_f); /* { dg-error "argument 1 of type 'struct five_f' would be split between registers and the stack" } */
typedef int __attribute__ ((cmse_nscall)) f_i_char_ll (int, struct char_ll); /* { dg-error "argument 2 of type 'struct char_ll' would be split between registers and the stack" } */
typedef struct two_i __attribute__ ((cmse_nscall)) r_two_i (void); /* { dg-error "the result of type 'struct two_i' would be returned in memory: non-secure calls return values in r0-r1" } */
