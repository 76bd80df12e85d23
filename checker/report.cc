// SPDX-License-Identifier: GPL-3.0-or-later
//
// report.cc - text and JSON output of cmse-nscall-check (report.h).
//
// Example: a site without a note is marked "(no note)" so a reviewer sees
// which verdicts rest on the conservative assumption that no register
// carries an argument.
// Options: see report.h.  Limits: JSON strings escape ", \ and control
// characters only (the texts are ASCII).

#include "report.h"

static std::string
cmse_report_where (const cmse_site_result &s, bool relocatable)
{
  char b[32];
  snprintf (b, sizeof b, "0x%08x", s.addr);
  return relocatable ? s.section + "+" + b : std::string (b);
}

static std::string
cmse_report_json_string (const std::string &s)
{
  std::string out = "\"";
  for (char c : s)
    {
      if (c == '"' || c == '\\')
        {
          out += '\\';
          out += c;
        }
      else if ((unsigned char) c < 0x20)
        {
          char b[8];
          snprintf (b, sizeof b, "\\u%04x", c);
          out += b;
        }
      else
        out += c;
    }
  return out + "\"";
}

void
cmse_report_text (FILE *out, const std::string &file, bool relocatable,
                  const std::vector<cmse_site_result> &sites,
                  const std::vector<std::string> &problems, bool all_reasons)
{
  unsigned pass = 0, fail = 0, no_note = 0;
  for (const cmse_site_result &s : sites)
    {
      std::string tag = s.has_note ? "(note: cmse_nscall " + s.note_version + ")"
                                   : "(no note)";
      if (s.kind != "inline")
        tag += " (" + s.kind + ")";
      fprintf (out, "%s: %s %s %s", file.c_str (), cmse_report_where (s, relocatable).c_str (),
               s.function.c_str (), s.pass ? "PASS" : "FAIL");
      if (!s.pass)
        fprintf (out, " %s", s.reasons[0].c_str ());
      fprintf (out, " %s\n", tag.c_str ());
      if (all_reasons)
        for (size_t i = 1; i < s.reasons.size (); i++)
          fprintf (out, "%s:   also: %s\n", file.c_str (), s.reasons[i].c_str ());
      (s.pass ? pass : fail)++;
      if (!s.has_note)
        no_note++;
    }
  for (const std::string &p : problems)
    fprintf (out, "%s: FAIL %s\n", file.c_str (), p.c_str ());
  fprintf (out, "%s: %zu call %s: %u PASS, %u FAIL, %u without a note%s\n",
           file.c_str (), sites.size (), sites.size () == 1 ? "site" : "sites",
           pass, fail, no_note,
           problems.empty () ? "" : ", notes inconsistent with the code");
}

void
cmse_report_json (FILE *out, const std::string &file, bool relocatable,
                  const std::vector<cmse_site_result> &sites,
                  const std::vector<std::string> &problems)
{
  unsigned pass = 0, fail = 0, no_note = 0;
  fprintf (out, "{\"file\": %s, \"relocatable\": %s, \"sites\": [",
           cmse_report_json_string (file).c_str (), relocatable ? "true" : "false");
  for (size_t i = 0; i < sites.size (); i++)
    {
      const cmse_site_result &s = sites[i];
      char addr[16];
      snprintf (addr, sizeof addr, "0x%08x", s.addr);
      fprintf (out, "%s{\"section\": %s, \"address\": \"%s\", \"function\": %s, "
               "\"kind\": %s, \"verdict\": \"%s\", \"note\": %s, \"reasons\": [",
               i ? ", " : "", cmse_report_json_string (s.section).c_str (), addr,
               cmse_report_json_string (s.function).c_str (),
               cmse_report_json_string (s.kind).c_str (), s.pass ? "PASS" : "FAIL",
               s.has_note ? cmse_report_json_string (s.note_version).c_str () : "null");
      for (size_t j = 0; j < s.reasons.size (); j++)
        fprintf (out, "%s%s", j ? ", " : "", cmse_report_json_string (s.reasons[j]).c_str ());
      fprintf (out, "]}");
      (s.pass ? pass : fail)++;
      if (!s.has_note)
        no_note++;
    }
  fprintf (out, "], \"problems\": [");
  for (size_t i = 0; i < problems.size (); i++)
    fprintf (out, "%s%s", i ? ", " : "", cmse_report_json_string (problems[i]).c_str ());
  fprintf (out, "], \"summary\": {\"sites\": %zu, \"pass\": %u, \"fail\": %u, "
           "\"without_note\": %u}}", sites.size (), pass, fail, no_note);
}
