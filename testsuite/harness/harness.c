/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * harness.c - Secure run time of the cmse_nscall execution harness: board
 * set-up (SAU, MPC, NS stack and vector table, fault enables), semihosting
 * output and exit, the fault report, and the checks declared in harness.h.
 * Compiled WITHOUT the plugin, with the test's -mcpu/-mfloat-abi and
 * -DHARNESS_BOARD_AN505 or -DHARNESS_BOARD_AN547 (lib/cmse_nscall-qemu.exp).
 *
 * Memory map (qemu-trustzone.md, "Security map"):
 *   an505: Secure code 0x10000000, Secure RAM 0x10100000, NS code 0x00200000,
 *          NS RAM 0x00300000; SAU region 0 = 0x00200000-0x003FFFFF NS and
 *          MPC0 (SSRAM1) blocks 0x800-0xFFF NS.
 *   an547: Secure code 0x10000000, Secure RAM 0x30000000, NS code 0x00040000,
 *          NS RAM 0x20040000; SAU regions 0x00040000-0x0007FFFF and
 *          0x20040000-0x2007FFFF NS (no MPC in front of the TCMs).
 * Example output of a fault (plain BLX to NS code):
 *   FAIL: SecureFault (exception 7)
 *     SFSR 0x00000010 INVTRAN
 *     ...
 * and exit status 107.  Exit statuses: harness.h.
 * Limits: no libc; memcpy/memset/memmove/memcmp are provided because GCC may
 * emit calls to them for struct copies even with -nostdlib.  The image's
 * .data is loaded in place by QEMU's -kernel (VMA = LMA), .bss is zeroed here.
 */

#include <stddef.h>
#include "harness.h"

#define REG32(a) (*(volatile uint32_t *) (a))

/* System Control Space, Secure view and NS alias (Armv8-M ARM, B3 / D1).  */
#define SCB_VTOR      0xE000ED08u
#define SCB_VTOR_NS   0xE002ED08u
#define SCB_SHCSR     0xE000ED24u
#define SCB_CFSR      0xE000ED28u
#define SCB_HFSR      0xE000ED2Cu
#define SCB_MMFAR     0xE000ED34u
#define SCB_BFAR      0xE000ED38u
#define SAU_CTRL      0xE000EDD0u
#define SAU_RNR       0xE000EDD8u
#define SAU_RBAR      0xE000EDDCu
#define SAU_RLAR      0xE000EDE0u
#define SAU_SFSR      0xE000EDE4u
#define SAU_SFAR      0xE000EDE8u

/* SHCSR enables: MemManage 16, BusFault 17, UsageFault 18, SecureFault 19,
   so each fault reaches its own handler instead of escalating.  */
#define SHCSR_FAULT_ENABLES 0x000F0000u

extern uint32_t __bss_start[], __bss_end[];
extern void (*__init_array_start[]) (void);
extern void (*__init_array_end[]) (void);
extern const char harness_vectors[], harness_ns_vectors[];
extern const char __ns_stack_top[];
extern int main (void);

/* The record layout is shared with ns_callee.S; keep them in step.  */
_Static_assert (offsetof (struct harness_ns_record, r) == 12, "REC_R");
_Static_assert (offsetof (struct harness_ns_record, lr) == 64, "REC_LR");
_Static_assert (offsetof (struct harness_ns_record, apsr) == 68, "REC_APSR");
_Static_assert (offsetof (struct harness_ns_record, fpscr) == 76, "REC_FPSCR");
_Static_assert (offsetof (struct harness_ns_record, vpr) == 84, "REC_VPR");
_Static_assert (offsetof (struct harness_ns_record, s) == 88, "REC_S");
_Static_assert (offsetof (struct harness_ns_record, log_r0) == 216, "REC_LOG_R0");
_Static_assert (offsetof (struct harness_ns_record, log_entry) == 280, "REC_LOG_ENTRY");
_Static_assert (sizeof (struct harness_ns_record) == 344, "REC_SIZE");
_Static_assert (offsetof (struct harness_ns_reply, s) == 8, "REP_S");
_Static_assert (sizeof (struct harness_ns_reply) == 40, "REP_SIZE");

/* ---- libc pieces GCC may call ---------------------------------------- */

void *memcpy (void *, const void *, size_t);
void *memmove (void *, const void *, size_t);
void *memset (void *, int, size_t);
int memcmp (const void *, const void *, size_t);

void *
memcpy (void *d, const void *s, size_t n)
{
  unsigned char *dp = (unsigned char *) d;
  const unsigned char *sp = (const unsigned char *) s;
  while (n--)
    *dp++ = *sp++;
  return d;
}

void *
memmove (void *d, const void *s, size_t n)
{
  unsigned char *dp = (unsigned char *) d;
  const unsigned char *sp = (const unsigned char *) s;
  if (dp < sp)
    while (n--)
      *dp++ = *sp++;
  else
    while (n--)
      dp[n] = sp[n];
  return d;
}

void *
memset (void *d, int c, size_t n)
{
  unsigned char *dp = (unsigned char *) d;
  while (n--)
    *dp++ = (unsigned char) c;
  return d;
}

int
memcmp (const void *a, const void *b, size_t n)
{
  const unsigned char *ap = (const unsigned char *) a;
  const unsigned char *bp = (const unsigned char *) b;
  for (; n; n--, ap++, bp++)
    if (*ap != *bp)
      return *ap < *bp ? -1 : 1;
  return 0;
}

/* ---- Semihosting (ARM semihosting spec: BKPT 0xAB on M-profile) -------- */

static uint32_t
semihost (uint32_t op, const void *arg)
{
  register uint32_t r0 __asm__ ("r0") = op;
  register const void *r1 __asm__ ("r1") = arg;
  __asm__ volatile ("bkpt 0xab" : "+r" (r0) : "r" (r1) : "memory");
  return r0;
}

void
harness_puts (const char *s)
{
  semihost (0x04, s);		/* SYS_WRITE0 */
}

void
harness_semihost_exit (uint32_t status)
{
  /* SYS_EXIT_EXTENDED: {ADP_Stopped_ApplicationExit, status}; QEMU exits
     with STATUS (qemu-trustzone.md).  */
  static volatile uint32_t block[2];
  block[0] = 0x20026;
  block[1] = status;
  for (;;)
    semihost (0x20, (const void *) block);
}

/* Output is assembled in one buffer per line: one SYS_WRITE0 per line keeps
   the lines whole in QEMU's stderr.  */
static char line[160];
static unsigned line_len;

static void
out_str (const char *s)
{
  while (*s && line_len < sizeof line - 1)
    line[line_len++] = *s++;
}

static void
out_hex (uint32_t v)
{
  static const char digits[] = "0123456789abcdef";
  char buf[11];
  buf[0] = '0';
  buf[1] = 'x';
  for (int i = 0; i < 8; i++)
    buf[2 + i] = digits[(v >> (28 - 4 * i)) & 0xf];
  buf[10] = 0;
  out_str (buf);
}

static void
out_dec (uint32_t v)
{
  char buf[11];
  int i = 10;
  buf[i] = 0;
  do
    {
      buf[--i] = (char) ('0' + v % 10);
      v /= 10;
    }
  while (v && i > 0);
  out_str (buf + i);
}

static void
out_flush (void)
{
  line[line_len++] = '\n';
  line[line_len] = 0;
  harness_puts (line);
  line_len = 0;
}

void
harness_put_hex (const char *name, uint32_t v)
{
  out_str (name);
  out_str (" ");
  out_hex (v);
  out_flush ();
}

/* ---- Checks ----------------------------------------------------------- */

static uint32_t n_checks, n_failed;

static int
verdict (int ok)
{
  n_checks++;
  if (!ok)
    n_failed++;
  return ok;
}

int
check_eq (const char *name, uint32_t got, uint32_t expected)
{
  if (verdict (got == expected))
    return 1;
  out_str ("FAIL: ");
  out_str (name);
  out_str (": expected ");
  out_hex (expected);
  out_str (", got ");
  out_hex (got);
  out_flush ();
  return 0;
}

int
check_eq64 (const char *name, uint64_t got, uint64_t expected)
{
  if (verdict (got == expected))
    return 1;
  out_str ("FAIL: ");
  out_str (name);
  out_str (": expected ");
  out_hex ((uint32_t) (expected >> 32));
  out_str (":");
  out_hex ((uint32_t) expected);
  out_str (", got ");
  out_hex ((uint32_t) (got >> 32));
  out_str (":");
  out_hex ((uint32_t) got);
  out_flush ();
  return 0;
}

int
check_live (const char *name, uint32_t got, uint32_t expected)
{
  if (verdict (got == expected))
    return 1;
  out_str ("FAIL: live value lost: expected ");
  out_hex (expected);
  out_str (", got ");
  out_hex (got);
  out_str (" (");
  out_str (name);
  out_str (")");
  out_flush ();
  return 0;
}

int
check_true (const char *name, int cond)
{
  if (verdict (cond != 0))
    return 1;
  out_str ("FAIL: ");
  out_str (name);
  out_flush ();
  return 0;
}

int
check_called (const char *name, uint32_t n)
{
  uint32_t calls = harness_ns_record.calls;
  if (verdict (calls == n))
    return 1;
  out_str ("FAIL: ");
  out_str (name);
  out_str (": NS callee entered ");
  out_dec (calls);
  out_str (" times, expected ");
  out_dec (n);
  out_flush ();
  return 0;
}

static void
leak (const char *reg, unsigned regno, const char *what, uint32_t v,
      const char *where)
{
  out_str ("FAIL: ");
  out_str (reg);
  if (regno != ~0u)
    out_dec (regno);
  out_str (" leaked ");
  out_str (what);
  out_str (" ");
  out_hex (v);
  out_str (" (at ");
  out_str (where);
  out_str (")");
  out_flush ();
}

static int
is_secret (uint32_t v)
{
  return (v & HARNESS_SECRET_MASK) == HARNESS_SECRET_TAG;
}

/* The IDAU's Secure half: address bit 28 set (qemu-trustzone.md).  Only
   the two regions this harness's Secure code and RAM live in are tested,
   so that data words (e.g. 1.0f = 0x3f800000 in r0) in other ranges do
   not count; r0-r12 are integer registers, where such values are rare.  */
static int
is_secure_address (uint32_t v)
{
#if defined (HARNESS_BOARD_AN505)
  return v >= 0x10000000u && v < 0x10400000u;
#else
  return (v >= 0x10000000u && v < 0x10080000u)
	 || (v >= 0x30000000u && v < 0x30080000u);
#endif
}

int
check_no_secret_in_record (const char *where, uint32_t arg_mask)
{
  volatile struct harness_ns_record *rec = &harness_ns_record;
  uint32_t problems = 0;

  if (rec->calls == 0)
    {
      verdict (0);
      out_str ("FAIL: NS callee not reached (at ");
      out_str (where);
      out_str (")");
      out_flush ();
      return 1;
    }

  /* BLXNS sets LR to FNC_RETURN (Armv8-M ARM, rule on BLXNS).  */
  if ((rec->lr & ~1u) != 0xFEFFFFFEu)
    {
      out_str ("FAIL: LR at NS entry is not FNC_RETURN: ");
      out_hex (rec->lr);
      out_str (" (at ");
      out_str (where);
      out_str (")");
      out_flush ();
      problems++;
    }

  for (unsigned i = 0; i < 13; i++)
    {
      uint32_t v = rec->r[i];
      if (i < 4 && (arg_mask & HARNESS_ARG_R (i)))
	continue;
      if (is_secret (v))
	{
	  leak ("r", i, "secret", v, where);
	  problems++;
	}
      else if (is_secure_address (v))
	{
	  leak ("r", i, "Secure address", v, where);
	  problems++;
	}
    }

  /* Flags: `msr APSR_nzcvq(g), <target address>' is a valid way to clear
     them (the Rust/Clang sequence), so bits the target address has in the
     N Z C V Q / GE positions are allowed.  */
  uint32_t allowed = rec->target & 0xF80F0000u;
  uint32_t nzcvq = rec->apsr & 0xF8000000u & ~allowed;
  if (nzcvq)
    {
      leak ("APSR.NZCVQ", ~0u, "secret", nzcvq, where);
      problems++;
    }
#if defined (__ARM_FEATURE_SIMD32)
  /* Only Secure code with the DSP extension can write GE; without it the
     GE bits the NS callee sees are the ones it left itself.  */
  uint32_t ge = rec->apsr & 0x000F0000u & ~allowed;
  if (ge & HARNESS_SECRET_APSR)
    {
      leak ("APSR.GE", ~0u, "secret", ge, where);
      problems++;
    }
  else if (ge)
    {
      /* Not the planted pattern (e.g. GE = 0b0101 that the NS callee
	 left on an earlier call): still flags the sequence did not clear.  */
      out_str ("FAIL: APSR.GE not cleared before BLXNS: ");
      out_hex (ge);
      out_str (" (at ");
      out_str (where);
      out_str (")");
      out_flush ();
      problems++;
    }
#endif

  if (rec->fp_valid)
    {
      for (unsigned i = 0; i < 32; i++)
	{
	  uint32_t v = rec->s[i];
	  if (i < 16 && (arg_mask & HARNESS_ARG_S (i)))
	    continue;
	  if (is_secret (v))
	    {
	      leak ("s", i, "secret", v, where);
	      problems++;
	    }
	}
      /* N Z C V, QC and the cumulative exception flags: set only by
	 Secure FP instructions (the NS callee leaves FPSCR alone).  */
      uint32_t fl = rec->fpscr & 0xF800009Fu;
      if (fl)
	{
	  leak ("FPSCR", ~0u, "secret", fl, where);
	  problems++;
	}
    }
  if (rec->vpr_valid && (rec->vpr & 0xFFFFu) == HARNESS_SECRET_VPR_P0)
    {
      leak ("VPR.P0", ~0u, "secret", rec->vpr, where);
      problems++;
    }

  n_checks++;
  if (problems)
    n_failed++;
  return (int) problems;
}

/* harness_call_keeping_callee_saved (harness.h).  Assembler, because C
   cannot choose what r4-r11 hold around a call.  Armv8-M Baseline
   instructions only (movw/movt reach r8-r11 there); push {r3-r7, lr} plus
   four words keeps sp 8-aligned for FN (AAPCS 5.2.1.2).  */
#define HARNESS_LOAD_KEPT(n, dec)                                            \
  "\tmovw r" #n ", #0xc5" dec "\n\tmovt r" #n ", #0x5ec7\n"
__asm__ (
  "\t.syntax unified\n"
  "\t.text\n"
  "\t.global harness_call_keeping_callee_saved\n"
  "\t.type harness_call_keeping_callee_saved, %function\n"
  "\t.thumb_func\n"
  "harness_call_keeping_callee_saved:\n"
  "\tpush {r3, r4, r5, r6, r7, lr}\n"
  "\tmov r4, r8\n\tmov r5, r9\n\tmov r6, r10\n\tmov r7, r11\n"
  "\tpush {r4, r5, r6, r7}\n"
  HARNESS_LOAD_KEPT (4, "04") HARNESS_LOAD_KEPT (5, "05")
  HARNESS_LOAD_KEPT (6, "06") HARNESS_LOAD_KEPT (7, "07")
  HARNESS_LOAD_KEPT (8, "08") HARNESS_LOAD_KEPT (9, "09")
  HARNESS_LOAD_KEPT (10, "10") HARNESS_LOAD_KEPT (11, "11")
  "\tblx r0\n"
  "\tldr r0, =harness_kept\n"
  "\tstr r4, [r0, #0]\n\tstr r5, [r0, #4]\n"
  "\tstr r6, [r0, #8]\n\tstr r7, [r0, #12]\n"
  "\tmov r1, r8\n\tstr r1, [r0, #16]\n\tmov r1, r9\n\tstr r1, [r0, #20]\n"
  "\tmov r1, r10\n\tstr r1, [r0, #24]\n\tmov r1, r11\n\tstr r1, [r0, #28]\n"
  "\tpop {r4, r5, r6, r7}\n"
  "\tmov r8, r4\n\tmov r9, r5\n\tmov r10, r6\n\tmov r11, r7\n"
  "\tpop {r3, r4, r5, r6, r7, pc}\n"
  "\t.ltorg\n"
  "\t.size harness_call_keeping_callee_saved, . - harness_call_keeping_callee_saved\n");

uint32_t harness_kept[8];

int
check_callee_saved_kept (const char *where)
{
  int ok = 1;
  for (unsigned i = 0; i < 8; i++)
    {
      uint32_t expected = HARNESS_SECRET_KEPT (4 + i);
      if (verdict (harness_kept[i] == expected))
        continue;
      ok = 0;
      out_str ("FAIL: r");
      out_dec (4 + i);
      out_str (" of the caller not kept: expected ");
      out_hex (expected);
      out_str (", got ");
      out_hex (harness_kept[i]);
      out_str (" (at ");
      out_str (where);
      out_str (")");
      out_flush ();
    }
  return ok;
}

void
harness_ns_reset (void)
{
  volatile uint32_t *p = (volatile uint32_t *) &harness_ns_record;
  for (unsigned i = 0; i < sizeof harness_ns_record / 4; i++)
    p[i] = 0;
  p = (volatile uint32_t *) &harness_ns_reply;
  for (unsigned i = 0; i < sizeof harness_ns_reply / 4; i++)
    p[i] = 0;
}

int
harness_exit (void)
{
  out_str ("harness: ");
  out_dec (n_checks);
  out_str (" checks, ");
  out_dec (n_failed);
  out_str (" failed");
  out_flush ();
  if (n_failed)
    harness_semihost_exit (1);
  if (n_checks == 0)
    {
      harness_puts ("FAIL: no check was made\n");
      harness_semihost_exit (2);
    }
  harness_puts ("harness: PASS\n");
  harness_semihost_exit (0);
}

/* ---- Faults ------------------------------------------------------------ */

static void
out_bits (uint32_t v, const char *const names[32])
{
  for (unsigned i = 0; i < 32; i++)
    if ((v & (1u << i)) && names[i])
      {
	out_str (" ");
	out_str (names[i]);
      }
}

static const char *const sfsr_names[32] = {
  "INVEP", "INVIS", "INVER", "AUVIOL", "INVTRAN", "LSPERR", "SFARVALID",
  "LSERR"
};

static const char *const cfsr_names[32] = {
  "IACCVIOL", "DACCVIOL", 0, "MUNSTKERR", "MSTKERR", "MLSPERR", 0,
  "MMARVALID", "IBUSERR", "PRECISERR", "IMPRECISERR", "UNSTKERR", "STKERR",
  "LSPERR", 0, "BFARVALID", "UNDEFINSTR", "INVSTATE", "INVPC", "NOCP",
  "STKOF", 0, 0, 0, "UNALIGNED", "DIVBYZERO"
};

static const char *const hfsr_names[32] = {
  0, "VECTTBL", [30] = "FORCED", [31] = "DEBUGEVT"
};

static const char *const exc_names[16] = {
  "Thread", "Reset", "NMI", "HardFault", "MemManage", "BusFault",
  "UsageFault", "SecureFault", 0, 0, 0, "SVCall", "DebugMonitor", 0,
  "PendSV", "SysTick"
};

/* Called by harness_fault_entry with EXC_RETURN, MSP_S, PSP_S and MSP_NS as
   they were on exception entry.  Prints the fault and its syndrome
   registers and exits with 100 + exception number.  */
void harness_fault_report (uint32_t exc_return, uint32_t msp, uint32_t psp,
			   uint32_t msp_ns) __attribute__ ((noreturn));

void
harness_fault_report (uint32_t exc_return, uint32_t msp, uint32_t psp,
		      uint32_t msp_ns)
{
  uint32_t ipsr;
  __asm__ volatile ("mrs %0, ipsr" : "=r" (ipsr));
  ipsr &= 0x1ff;

  out_str ("FAIL: ");
  out_str (ipsr < 16 && exc_names[ipsr] ? exc_names[ipsr] : "exception");
  out_str (" (exception ");
  out_dec (ipsr);
  out_str (")");
  out_flush ();

  uint32_t sfsr = REG32 (SAU_SFSR);
  out_str ("  SFSR ");
  out_hex (sfsr);
  out_bits (sfsr, sfsr_names);
  out_flush ();
  if (sfsr & (1u << 6))
    harness_put_hex ("  SFAR", REG32 (SAU_SFAR));
  uint32_t cfsr = REG32 (SCB_CFSR);
  out_str ("  CFSR ");
  out_hex (cfsr);
  out_bits (cfsr, cfsr_names);
  out_flush ();
  if (cfsr & (1u << 15))
    harness_put_hex ("  BFAR", REG32 (SCB_BFAR));
  if (cfsr & (1u << 7))
    harness_put_hex ("  MMFAR", REG32 (SCB_MMFAR));
  uint32_t hfsr = REG32 (SCB_HFSR);
  out_str ("  HFSR ");
  out_hex (hfsr);
  out_bits (hfsr, hfsr_names);
  out_flush ();
  harness_put_hex ("  EXC_RETURN", exc_return);

  /* EXC_RETURN.S (bit 6) says which state's stack holds the frame, SPSEL
     (bit 2) which stack, DCRS (bit 5) == 0 adds the 40-byte callee
     context (integrity signature + r4-r11) below a Secure frame
     (Armv8-M ARM, exception entry).  */
  uint32_t frame;
  if (exc_return & (1u << 6))
    {
      frame = (exc_return & (1u << 2)) ? psp : msp;
      if (!(exc_return & (1u << 5)))
	frame += 40;
    }
  else
    frame = msp_ns;
  if ((frame & 3) == 0 && frame != 0)
    {
      harness_put_hex ("  stacked PC", ((volatile uint32_t *) frame)[6]);
      harness_put_hex ("  stacked LR", ((volatile uint32_t *) frame)[5]);
    }
  harness_semihost_exit (100 + ipsr);
}

/* ---- Start-up --------------------------------------------------------- */

static void
sau_region (uint32_t n, uint32_t base, uint32_t limit)
{
  REG32 (SAU_RNR) = n;
  REG32 (SAU_RBAR) = base & ~0x1Fu;
  REG32 (SAU_RLAR) = (limit & ~0x1Fu) | 1u;	/* enable, NSC = 0 */
}

static void
security_setup (void)
{
#if defined (HARNESS_BOARD_AN505)
  /* MPC0 guards SSRAM1 and starts all-Secure.  Clear CTRL.AUTOINC (bit 8)
     so that each LUT write hits the index just set (qemu-trustzone.md).  */
  const uint32_t mpc = 0x58007000u;
  REG32 (mpc + 0x00) &= ~(1u << 8);
  for (uint32_t idx = 0x800 / 32; idx < 0x1000 / 32; idx++)
    {
      REG32 (mpc + 0x18) = idx;
      REG32 (mpc + 0x1C) = 0xFFFFFFFFu;
    }
  sau_region (0, 0x00200000u, 0x003FFFFFu);
#else
  sau_region (0, 0x00040000u, 0x0007FFFFu);
  sau_region (1, 0x20040000u, 0x2007FFFFu);
#endif
  REG32 (SAU_CTRL) = 1u;	/* ENABLE, ALLNS = 0 */
  __asm__ volatile ("dsb\n\tisb" ::: "memory");
}

/* Entered from harness_reset (secure_start.S) with FP access granted.  */
void harness_secure_init (void) __attribute__ ((noreturn));

void
harness_secure_init (void)
{
  for (volatile uint32_t *p = __bss_start; p < __bss_end; p++)
    *p = 0;

  REG32 (SCB_VTOR) = (uint32_t) harness_vectors;
  REG32 (SCB_SHCSR) |= SHCSR_FAULT_ENABLES;
  security_setup ();

  /* NS state's vector table and main stack, used if NS code faults and by
     the NS callee's own pushes.  */
  REG32 (SCB_VTOR_NS) = (uint32_t) harness_ns_vectors;
  __asm__ volatile ("msr msp_ns, %0" :: "r" (__ns_stack_top));

  /* harness.h hands out fixed entry addresses; a layout drift would make a
     test call the wrong code.  */
  if ((uint32_t) harness_ns_recorder != HARNESS_NS_RECORDER_ADDR
      || (uint32_t) harness_ns_recorder_clobber != HARNESS_NS_RECORDER_CLOBBER_ADDR
      || (uint32_t) harness_ns_recorder_b != HARNESS_NS_RECORDER_B_ADDR)
    {
      harness_put_hex ("FAIL: harness: NS entry not at its fixed address:",
		       (uint32_t) harness_ns_recorder);
      harness_semihost_exit (3);
    }

  harness_ns_reset ();
  for (void (**f) (void) = __init_array_start; f < __init_array_end; f++)
    (*f) ();
  main ();
  harness_exit ();
  harness_semihost_exit (1);
}
