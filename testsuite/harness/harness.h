/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * harness.h - Secure-side interface of the QEMU TrustZone execution harness
 * for the cmse_nscall suite: the Non-secure (NS) recording callees, the
 * record they leave in NS memory, secret planting and the checks.
 *
 * A test is a Secure program (main) that calls the NS callee through a
 * cmse_nonsecure_call function pointer and then inspects what the callee
 * saw.  Example:
 *
 *   #include "harness.h"
 *   typedef int __attribute__ ((cmse_nonsecure_call)) ns_fn_t (int);
 *   int main (void)
 *   {
 *     ns_fn_t *f = (ns_fn_t *) harness_ns_recorder;
 *     harness_ns_reset ();
 *     harness_ns_reply.r0 = 42;          // what the NS callee returns
 *     HARNESS_PLANT_SECRETS ();          // r0-r12, s0-s31, APSR, FPSCR
 *     int r = f (7);
 *     check_called ("f", 1);
 *     check_eq ("argument r0", harness_ns_record.r[0], 7);
 *     check_eq ("result", r, 42);
 *     check_no_secret_in_record ("f", HARNESS_ARG_R (0));
 *     return harness_exit ();
 *   }
 *
 * Output (semihosting, QEMU's stderr) on a leak, e.g.:
 *   FAIL: f: r5 leaked secret 0x5ec7e705
 *   FAIL: live value lost: a3: expected 0x5ec7a003, got 0xdead0007
 *   harness: 12 checks, 2 failed
 * Exit status: 0 all checks passed, 1 a check failed, 2 no check was made,
 * 100 + exception number for a fault (107 SecureFault, 103 HardFault ...).
 *
 * Build: the image is linked by lib/cmse_nscall-qemu.exp with
 *   -DHARNESS_BOARD_AN505 (mps2-an505, Cortex-M33) or
 *   -DHARNESS_BOARD_AN547 (mps3-an547, Cortex-M55), -I testsuite/harness.
 * Secret patterns: every secret is 0x5EC7xxxx (GPR rN: 0x5EC7E7NN, FP sN:
 * 0x5EC7F5NN, live values 0x5EC7A0NN, live floats 0x5EC7F1NN); the record
 * check flags any recorded word whose upper half is 0x5EC7.
 * Limits: one record (the last call's entry state) plus a log of the first
 * HARNESS_NS_LOG_MAX calls' r0 and entry point; no NS-to-Secure calls (no NSC
 * veneers); r7 is not planted at -O0 (it is GCC's Thumb frame pointer).
 */
#ifndef CMSE_NSCALL_HARNESS_H
#define CMSE_NSCALL_HARNESS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Board layout (qemu-trustzone.md "Security map") ------------------- */
#if defined (HARNESS_BOARD_AN505)
# define HARNESS_NS_CODE_BASE 0x00200000u
# define HARNESS_NS_RAM_BASE  0x00300000u
#elif defined (HARNESS_BOARD_AN547)
# define HARNESS_NS_CODE_BASE 0x00040000u
# define HARNESS_NS_RAM_BASE  0x20040000u
#else
# error "harness.h: define HARNESS_BOARD_AN505 or HARNESS_BOARD_AN547"
#endif

/* Fixed addresses of the NS entry points (ns_callee.S places them with
   .org; the startup checks that the symbols agree).  Thumb bit set, as a
   function pointer to them would have it.  */
#define HARNESS_NS_RECORDER_ADDR         (HARNESS_NS_CODE_BASE + 0x101u)
#define HARNESS_NS_RECORDER_CLOBBER_ADDR (HARNESS_NS_CODE_BASE + 0x181u)
#define HARNESS_NS_RECORDER_B_ADDR       (HARNESS_NS_CODE_BASE + 0x201u)

/* Entry ids the callees store in harness_ns_record.entry / log_entry.  */
#define HARNESS_ENTRY_RECORDER         1u
#define HARNESS_ENTRY_RECORDER_CLOBBER 2u
#define HARNESS_ENTRY_RECORDER_B       3u

/* ---- The NS callees (ns_callee.S, NS code region) -----------------------
   Each stores r0-r12, LR (must be FNC_RETURN), APSR, and when CPACR_NS
   grants FP access s0-s31, FPSCR (and VPR on Armv8.1-M) into
   harness_ns_record, then returns r0, r1 and s0-s7 (d0-d3) from
   harness_ns_reply, with r4-r11 := 0xDEAD00NN, s16-s31 := 0xDEADF5NN and
   APSR N,Z,C,V,Q := 1, GE := 0b0101 (hostile: nothing Secure survives in
   them).  harness_ns_recorder_clobber also sets r2, r3, r12 := 0xDEAD00NN
   and s8-s15 := 0xDEADF5NN; ns_recorder and ns_recorder_b leave r2, r3, r12,
   s8-s15 as they were on entry.  Declared as objects, not functions, so
   that no Secure code can call them without a cast to an NS type.  */
extern const char harness_ns_recorder[];
extern const char harness_ns_recorder_clobber[];
extern const char harness_ns_recorder_b[];

#define HARNESS_NS_LOG_MAX 16

struct harness_ns_record
{
  uint32_t calls;        /* entries since harness_ns_reset () */
  uint32_t entry;        /* HARNESS_ENTRY_* of the last entry */
  uint32_t target;       /* address of the entry point used (Thumb bit clear) */
  uint32_t r[13];        /* r0-r12 at entry */
  uint32_t lr;           /* LR at entry: FNC_RETURN (0xFEFFFFFE/F) */
  uint32_t apsr;         /* mrs apsr at entry (N Z C V Q GE) */
  uint32_t fp_valid;     /* 1 when s[], fpscr were recorded */
  uint32_t fpscr;        /* FPSCR at entry */
  uint32_t vpr_valid;    /* 1 when vpr was recorded (Armv8.1-M only) */
  uint32_t vpr;          /* VPR at entry */
  uint32_t s[32];        /* s0-s31 at entry */
  uint32_t log_r0[HARNESS_NS_LOG_MAX];    /* r0 of call 1..16 */
  uint32_t log_entry[HARNESS_NS_LOG_MAX]; /* entry id of call 1..16 */
};

struct harness_ns_reply
{
  uint32_t r0, r1;       /* returned in r0, r1 */
  uint32_t s[8];         /* returned in s0-s7 (d0-d3) */
};

extern volatile struct harness_ns_record harness_ns_record;
extern volatile struct harness_ns_reply harness_ns_reply;

/* Clear the record and the reply (reply := 0).  */
void harness_ns_reset (void);

/* ---- Secrets ------------------------------------------------------------ */
#define HARNESS_SECRET_MASK     0xFFFF0000u
#define HARNESS_SECRET_TAG      0x5EC70000u
/* The register number is written in decimal digits: r10 -> 0x5ec7e710,
   s17 -> 0x5ec7f517, so a FAIL line names the register twice.  */
#define HARNESS_DEC2(n)         ((((n) / 10) << 4) | ((n) % 10))
#define HARNESS_SECRET_GPR(n)   (0x5EC7E700u | HARNESS_DEC2 (n))
#define HARNESS_SECRET_FP(n)    (0x5EC7F500u | HARNESS_DEC2 (n))
#define HARNESS_SECRET_LIVE(n)  (0x5EC7A000u | HARNESS_DEC2 (n))
#define HARNESS_SECRET_LIVEF(n) (0x5EC7F100u | HARNESS_DEC2 (n))
#define HARNESS_SECRET_VPR_P0   0x5EC7u
/* APSR flags the plant sets: N Z C V Q and GE = 0b1010 (the NS callee leaves
   GE = 0b0101, so a GE value seen by NS tells who set it).  */
#define HARNESS_SECRET_APSR     0xF80A0000u
/* FPSCR N Z C V + cumulative exception flags IDC IXC UFC OFC DZC IOC.  */
#define HARNESS_SECRET_FPSCR    0xF000009Fu

/* Bits of the ARG_MASK of check_no_secret_in_record: the registers that
   legitimately carry argument bits (not scanned for secrets).  */
#define HARNESS_ARG_R(n)   (1u << (n))           /* r0-r3 */
#define HARNESS_ARG_S(n)   (1u << (16 + (n)))    /* s0-s15 */
#define HARNESS_ARG_D(n)   (HARNESS_ARG_S (2 * (n)) | HARNESS_ARG_S (2 * (n) + 1))

/* An opaque copy of X: the compiler cannot fold or rematerialise it, so
   the value has to live in a register or a stack slot.  */
static inline uint32_t
harness_opaque (uint32_t x)
{
  __asm__ volatile ("" : "+r" (x));
  return x;
}

static inline float
harness_opaque_f (float x)
{
#if defined (__ARM_PCS_VFP)
  __asm__ volatile ("" : "+t" (x));
#else
  __asm__ volatile ("" : "+r" (x));
#endif
  return x;
}

static inline float
harness_f32 (uint32_t bits)
{
  union { uint32_t u; float f; } v;
  v.u = bits;
  return v.f;
}

static inline uint32_t
harness_bits (float f)
{
  union { uint32_t u; float f; } v;
  v.f = f;
  return v.u;
}

/* HARNESS_PLANT_SECRETS (): put as the last statement before the NS call.
   Loads HARNESS_SECRET_GPR (n) into r0-r12 (not r7 at -O0), and, when the
   Secure code has an FPU (softfp/hard), HARNESS_SECRET_FP (n) into s0-s31,
   HARNESS_SECRET_FPSCR flags into FPSCR and (Armv8.1-M with MVE) P0 into
   VPR; APSR := HARNESS_SECRET_APSR (GE only on DSP cores).  Everything is
   declared clobbered, so the compiler sets the arguments up after it and
   whatever it does not overwrite reaches the call as a secret.
   (`register ... asm ("rN")' variables are not kept across a CMSE call,
   qemu-trustzone.md; hence clobbers, not register variables.)  */
#if defined (__OPTIMIZE__)
# define HARNESS_R7_LOAD "movw r7, #0xe707\n\tmovt r7, #0x5ec7\n\t"
# define HARNESS_R7_CLOBBER "r7",
#else
# define HARNESS_R7_LOAD ""
# define HARNESS_R7_CLOBBER
#endif

#define HARNESS_LOADR(n) "movw r" #n ", #0xe70" #n "\n\tmovt r" #n ", #0x5ec7\n\t"
#define HARNESS_LOADR2(n) "movw r" #n ", #0xe7" #n "\n\tmovt r" #n ", #0x5ec7\n\t"

#if defined (__ARM_FEATURE_SIMD32)
# define HARNESS_MSR_FLAGS "msr APSR_nzcvqg, r0\n\t"
#else
# define HARNESS_MSR_FLAGS "msr APSR_nzcvq, r0\n\t"
#endif

#define HARNESS_PLANT_GPR_SECRETS()                                          \
  __asm__ volatile (                                                         \
    "movw r0, #0x0000\n\tmovt r0, #0xf80a\n\t" HARNESS_MSR_FLAGS             \
    HARNESS_LOADR (0) HARNESS_LOADR (1) HARNESS_LOADR (2) HARNESS_LOADR (3)  \
    HARNESS_LOADR (4) HARNESS_LOADR (5) HARNESS_LOADR (6) HARNESS_R7_LOAD    \
    HARNESS_LOADR (8) HARNESS_LOADR (9) HARNESS_LOADR2 (10)                  \
    HARNESS_LOADR2 (11) HARNESS_LOADR2 (12)                                  \
    ::: "r0", "r1", "r2", "r3", "r4", "r5", "r6", HARNESS_R7_CLOBBER         \
        "r8", "r9", "r10", "r11", "r12", "cc", "memory")

#if defined (__ARM_FP)
/* FP secrets need FP instructions: softfp and hard float only.  */
# define HARNESS_HAVE_FP_SECRETS 1
# define HARNESS_LOADS(n, hex) \
  "movw r12, #0xf5" hex "\n\tmovt r12, #0x5ec7\n\tvmov s" #n ", r12\n\t"
# if defined (__ARM_FEATURE_MVE)
/* GCC 12 has no clobber name for VPR; no value lives in it across an
   asm statement anyway.  */
#  define HARNESS_VPR_LOAD "movw r12, #0x5ec7\n\tvmsr p0, r12\n\t"
# else
#  define HARNESS_VPR_LOAD ""
# endif
# define HARNESS_PLANT_FP_SECRETS()                                          \
  __asm__ volatile (                                                         \
    HARNESS_LOADS (0, "00") HARNESS_LOADS (1, "01") HARNESS_LOADS (2, "02")  \
    HARNESS_LOADS (3, "03") HARNESS_LOADS (4, "04") HARNESS_LOADS (5, "05")  \
    HARNESS_LOADS (6, "06") HARNESS_LOADS (7, "07") HARNESS_LOADS (8, "08")  \
    HARNESS_LOADS (9, "09") HARNESS_LOADS (10, "10") HARNESS_LOADS (11, "11")\
    HARNESS_LOADS (12, "12") HARNESS_LOADS (13, "13")                        \
    HARNESS_LOADS (14, "14") HARNESS_LOADS (15, "15")                        \
    HARNESS_LOADS (16, "16") HARNESS_LOADS (17, "17")                        \
    HARNESS_LOADS (18, "18") HARNESS_LOADS (19, "19")                        \
    HARNESS_LOADS (20, "20") HARNESS_LOADS (21, "21")                        \
    HARNESS_LOADS (22, "22") HARNESS_LOADS (23, "23")                        \
    HARNESS_LOADS (24, "24") HARNESS_LOADS (25, "25")                        \
    HARNESS_LOADS (26, "26") HARNESS_LOADS (27, "27")                        \
    HARNESS_LOADS (28, "28") HARNESS_LOADS (29, "29")                        \
    HARNESS_LOADS (30, "30") HARNESS_LOADS (31, "31")                        \
    "vmrs r12, fpscr\n\t"                                                    \
    "orr r12, r12, #0xf0000000\n\t"                                          \
    "orr r12, r12, #0x9f\n\t"                                                \
    "vmsr fpscr, r12\n\t"                                                    \
    HARNESS_VPR_LOAD                                                         \
    ::: "r12", "s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9",   \
        "s10", "s11", "s12", "s13", "s14", "s15", "s16", "s17", "s18",      \
        "s19", "s20", "s21", "s22", "s23", "s24", "s25", "s26", "s27",      \
        "s28", "s29", "s30", "s31")
#else
# define HARNESS_HAVE_FP_SECRETS 0
# define HARNESS_PLANT_FP_SECRETS() ((void) 0)
#endif

#define HARNESS_PLANT_SECRETS()                                              \
  do { HARNESS_PLANT_FP_SECRETS (); HARNESS_PLANT_GPR_SECRETS (); } while (0)

/* Eight opaque live values (HARNESS_SECRET_LIVE (0..7)) named P0..P7 that a
   test keeps live across a call; the compiler has to hold them in r4-r11 or
   on the stack, so they test both "no leak" and "restored after".  */
#define HARNESS_LIVE_DECL(p)                                                 \
  uint32_t p##0 = harness_opaque (HARNESS_SECRET_LIVE (0)),                  \
           p##1 = harness_opaque (HARNESS_SECRET_LIVE (1)),                  \
           p##2 = harness_opaque (HARNESS_SECRET_LIVE (2)),                  \
           p##3 = harness_opaque (HARNESS_SECRET_LIVE (3)),                  \
           p##4 = harness_opaque (HARNESS_SECRET_LIVE (4)),                  \
           p##5 = harness_opaque (HARNESS_SECRET_LIVE (5)),                  \
           p##6 = harness_opaque (HARNESS_SECRET_LIVE (6)),                  \
           p##7 = harness_opaque (HARNESS_SECRET_LIVE (7))
#define HARNESS_LIVE_CHECK(p)                                                \
  do {                                                                       \
    check_live (#p "0", p##0, HARNESS_SECRET_LIVE (0));                      \
    check_live (#p "1", p##1, HARNESS_SECRET_LIVE (1));                      \
    check_live (#p "2", p##2, HARNESS_SECRET_LIVE (2));                      \
    check_live (#p "3", p##3, HARNESS_SECRET_LIVE (3));                      \
    check_live (#p "4", p##4, HARNESS_SECRET_LIVE (4));                      \
    check_live (#p "5", p##5, HARNESS_SECRET_LIVE (5));                      \
    check_live (#p "6", p##6, HARNESS_SECRET_LIVE (6));                      \
    check_live (#p "7", p##7, HARNESS_SECRET_LIVE (7));                      \
  } while (0)

/* ---- Checks ----------------------------------------------------------------
   Each check counts toward "N checks", prints one FAIL line on failure and
   returns 1 on pass, 0 on failure.  Names appear in the FAIL text.  */

/* Scan the record of the last NS entry.  Takes WHERE (label) and ARG_MASK
   (HARNESS_ARG_R/S/D bits: registers carrying argument bits, not scanned).
   Fails when: the callee was not reached; LR is not FNC_RETURN (Armv8-M ARM,
   BLXNS); any r0-r12 or s0-s31 holds a 0x5EC7xxxx secret ("r5 leaked secret
   0x5ec7e705"); any r0-r12 holds a Secure address (0x1xxxxxxx, 0x3xxxxxxx:
   the IDAU's Secure half, qemu-trustzone.md); APSR N Z C V Q (and GE when the
   Secure code can clear GE, i.e. a DSP core) hold a bit that the target
   address would not explain (`msr APSR_nzcvq(g), <target>' is a valid clear);
   FPSCR has N Z C V or a cumulative exception flag set; VPR.P0 is the
   planted secret.  Returns the number of problems (0 = clean).  */
int check_no_secret_in_record (const char *where, uint32_t arg_mask);

/* The caller's own callee-saved registers.  harness_call_keeping_callee_saved
   (FN) sets r4-r11 := HARNESS_SECRET_KEPT (4..11), calls FN (a Secure
   function that makes the non-secure call) and stores r4-r11 as FN left
   them in harness_kept[0..7]; check_callee_saved_kept (WHERE) then fails
   for each register whose value did not survive ("r9 of the caller not
   kept: expected 0x5ec7c509, got ...").  The values are secrets too, so the
   record check also catches them reaching the callee.  This is what the
   sequence's r8-r11 save is for on Armv8-M Baseline, where GCC hardly ever
   keeps a value of its own in r8-r11 (AAPCS 6.1.1).  FN must follow the
   AAPCS; the helper is Baseline code, so it runs on every board.  */
#define HARNESS_SECRET_KEPT(n)  (0x5EC7C500u | HARNESS_DEC2 (n))
extern uint32_t harness_kept[8];
void harness_call_keeping_callee_saved (void (*fn) (void));
int check_callee_saved_kept (const char *where);

/* GOT == EXPECTED, else "FAIL: NAME: expected 0x..., got 0x...".  */
int check_eq (const char *name, uint32_t got, uint32_t expected);
/* 64-bit form of check_eq.  */
int check_eq64 (const char *name, uint64_t got, uint64_t expected);
/* A value live across an NS call must be unchanged, else
   "FAIL: live value lost: NAME: expected 0x..., got 0x...".  */
int check_live (const char *name, uint32_t got, uint32_t expected);
/* COND true, else "FAIL: NAME".  */
int check_true (const char *name, int cond);
/* The NS callee was entered exactly N times since harness_ns_reset (),
   else "FAIL: NAME: NS callee entered X times, expected N".  */
int check_called (const char *name, uint32_t n);

/* Print a line (semihosting SYS_WRITE0, ends up on QEMU's stderr).  */
void harness_puts (const char *s);
/* Print "NAME 0x%08x\n".  */
void harness_put_hex (const char *name, uint32_t v);

/* Report "harness: N checks, F failed" and end the run through semihosting
   SYS_EXIT_EXTENDED: status 0 when every check passed and at least one was
   made, 1 when a check failed, 2 when none was made.  Does not return;
   declared int so that `return harness_exit ();' reads naturally.  */
int harness_exit (void);

/* End the run at once with exit status STATUS (semihosting 0x20).  */
void harness_semihost_exit (uint32_t status) __attribute__ ((noreturn));

#ifdef __cplusplus
}
#endif

#endif /* CMSE_NSCALL_HARNESS_H */
