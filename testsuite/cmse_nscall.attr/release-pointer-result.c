/* SPDX-License-Identifier: GPL-3.0-or-later */
/* release-pointer-result.c - a mark written after a pointer result type,
   "void *__attribute__ ((M)) f (void)".  GCC's own cmse_nonsecure_call
   marks the function type there in GCC 12, but GCC 14 and 15 (the Arm back
   end's attribute handler) apply it to the pointer type, warn and drop
   it, so a call through that type would be an ordinary branch into
   Non-secure code; the exact warning is expected on those releases and
   none on GCC 12.  The plugin's cmse_nscall in the same place marks the
   function type in every release: the call through it is expanded; the
   call through the native typedef is expanded too on GCC 12 only, hence
   the count of BLXNS per release.  */
/* { dg-do compile } */

typedef void *__attribute__ ((cmse_nonsecure_call)) nat_fn (void); /* { dg-warning "'cmse_nonsecure_call' attribute only applies to base type of a function pointer \\\[-Wattributes\\\]" "GCC 14 and later" { target gcc14 gcc15 } } */
typedef void *__attribute__ ((cmse_nscall)) own_fn (void);

void *via_own (own_fn *p) { return p (); }
void *via_native (nat_fn *p) { return (char *) p () + 1; }

/* { dg-final { scan-assembler {via_own:\n(?:[^\n]*\n)*?\tblxns\tr12\n(?:[^\n]*\n)*?via_native:} } } */
/* { dg-final { scan-assembler-times {\tblxns\tr12\n} [expr {[cmse_nscall_gcc_major] == 12 ? 2 : 1}] } } */
