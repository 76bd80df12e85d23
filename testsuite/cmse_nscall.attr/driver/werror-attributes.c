/* SPDX-License-Identifier: GPL-3.0-or-later */
/* werror-attributes.c - compiled by attr.exp itself (not through dg.exp,
   whose excess-error check would count GCC's closing "some warnings being
   treated as errors" line) with -Werror=attributes: the union padding
   warning on the line with the marker comment must become an error ending in
   [-Werror=attributes], no "warning:" may remain, and the compilation
   must fail without a crash.  */

union u_ci { char c; int i; };
typedef int __attribute__ ((cmse_nscall)) f_ci (union u_ci); /* WERROR-LINE */
