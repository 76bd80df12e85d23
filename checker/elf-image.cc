// SPDX-License-Identifier: GPL-3.0-or-later
//
// elf-image.cc - read an Arm ELF file with libelf (elf-image.h).
//
// Example: .cmse_nscall.note in an object holds address 0 and a REL
// relocation R_ARM_ABS32 against the section symbol of .text with the
// in-place addend 0x34; this reader turns it into (shndx of .text, 0x34).
// In a linked image the word is already 0x10000234.
// Options: none.  Limits: see elf-image.h.

#include "elf-image.h"
#include "note-format.h"

#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <string.h>
#include <unistd.h>

static uint32_t
cmse_check_word (const uint8_t *p)
{
  return (uint32_t) p[0] | (uint32_t) p[1] << 8 | (uint32_t) p[2] << 16
         | (uint32_t) p[3] << 24;
}

static uint32_t
cmse_check_uleb (const uint8_t **p, const uint8_t *end)
{
  uint32_t value = 0;
  unsigned shift = 0;
  while (*p < end)
    {
      uint8_t byte = *(*p)++;
      if (shift < 32)
        value |= (uint32_t) (byte & 0x7f) << shift;
      shift += 7;
      if (!(byte & 0x80))
        break;
    }
  return value;
}

// Parse .ARM.attributes (ARM IHI 0045 "Build attributes"): format 'A',
// then subsections (length, vendor NUL, tag Tag_File 1 + size, pairs).
// Tags 4, 5, 65, 67 and odd tags above 32 take strings; 32 takes a ULEB
// and a string; all others a ULEB.
static void
cmse_check_parse_attributes (const std::vector<uint8_t> &data, cmse_attributes *out)
{
  if (data.size () < 1 || data[0] != 'A')
    return;
  const uint8_t *p = data.data () + 1, *end = data.data () + data.size ();
  while (p + 4 <= end)
    {
      uint32_t len = cmse_check_word (p);
      if (len < 4 || len > (uint32_t) (end - p))
        return;
      const uint8_t *sub_end = p + len;
      const uint8_t *q = p + 4;
      std::string vendor;
      while (q < sub_end && *q)
        vendor += (char) *q++;
      q++;
      if (vendor == "aeabi")
        while (q + 5 <= sub_end)
          {
            uint8_t tag = *q;
            uint32_t size = cmse_check_word (q + 1);
            if (size < 5 || size > (uint32_t) (sub_end - q))
              break;
            const uint8_t *r = q + 5, *r_end = q + size;
            if (tag == 1)      // Tag_File
              while (r < r_end)
                {
                  uint32_t t = cmse_check_uleb (&r, r_end);
                  bool is_string = t == 4 || t == 5 || t == 65 || t == 67
                                   || (t > 32 && (t & 1));
                  if (t == 32)
                    {
                      cmse_check_uleb (&r, r_end);
                      is_string = true;
                    }
                  if (is_string)
                    {
                      std::string s;
                      while (r < r_end && *r)
                        s += (char) *r++;
                      r++;
                      if (t == 5)
                        out->cpu_name = s;
                      continue;
                    }
                  uint32_t v = cmse_check_uleb (&r, r_end);
                  switch (t)
                    {
                    case 6: out->cpu_arch = v; break;
                    case 10: out->fp_arch = v; break;
                    case 28: out->vfp_args = v; break;
                    case 46: out->dsp = v; break;
                    case 48: out->mve = v; break;
                    default: break;
                    }
                }
            q += size;
          }
      p = sub_end;
    }
}

// Decode the notes of note section SEC (index SHNDX) into IMAGE->notes.
// RELOCS are the relocations that patch SEC (objects only).
static void
cmse_check_parse_notes (const cmse_section &sec, cmse_image *image)
{
  const std::vector<uint8_t> &d = sec.data;
  size_t pos = 0;
  const std::vector<cmse_reloc> *relocs = NULL;
  auto it = image->relocs.find (sec.index);
  if (it != image->relocs.end ())
    relocs = &it->second;
  while (pos + 12 <= d.size ())
    {
      uint32_t namesz = cmse_check_word (&d[pos]);
      uint32_t descsz = cmse_check_word (&d[pos + 4]);
      uint32_t type = cmse_check_word (&d[pos + 8]);
      size_t name_at = pos + 12;
      size_t desc_at = name_at + ((namesz + 3) & ~3u);
      size_t next = desc_at + ((descsz + 3) & ~3u);
      if (next > d.size () || next <= pos)
        {
          image->note_problems.push_back ("truncated note at offset "
                                          + std::to_string (pos));
          return;
        }
      std::string owner ((const char *) &d[name_at],
                         strnlen ((const char *) &d[name_at], namesz));
      if (owner != CMSE_NSCALL_NOTE_OWNER || type != CMSE_NSCALL_NOTE_TYPE_SITE)
        {
          pos = next;
          continue;
        }
      if (descsz < CMSE_NSCALL_NOTE_WORDS * 4)
        {
          image->note_problems.push_back ("short note at offset " + std::to_string (pos));
          pos = next;
          continue;
        }
      const uint8_t *w = &d[desc_at];
      cmse_site_note n;
      n.addr = cmse_check_word (w);
      n.shndx = 0;
      bool resolved = !image->relocatable;
      if (relocs)
        for (const cmse_reloc &r : *relocs)
          if (r.offset == desc_at && r.sym < image->symbols.size ())
            {
              const cmse_symbol &s = image->symbols[r.sym];
              n.shndx = s.shndx;
              n.addr += s.value;
              resolved = true;
            }
      if (!resolved)
        {
          image->note_problems.push_back ("note at offset " + std::to_string (pos)
                                          + " has no relocation to its call site");
          pos = next;
          continue;
        }
      uint32_t w1 = cmse_check_word (w + 4), w2 = cmse_check_word (w + 8);
      uint32_t w3 = cmse_check_word (w + 12);
      if ((w1 & 0xff) != CMSE_NSCALL_NOTE_FORMAT)
        {
          image->note_problems.push_back ("note format " + std::to_string (w1 & 0xff)
                                          + " not understood");
          pos = next;
          continue;
        }
      n.profile = (w1 >> 8) & 0xff;
      n.float_abi = (w1 >> 16) & 0xff;
      n.flags = (w1 >> 24) & 0xff;
      n.core_args = w2 & 0xf;
      n.core_result = (w2 >> 8) & 0xf;
      n.result_bits = (w2 >> 16) & 0xff;
      n.result_signed = (w2 >> 24) & 1;
      n.vfp_abi = (w2 >> 25) & 1;
      n.vfp_args = w3 & 0xffff;
      n.vfp_result = w3 >> 16;
      for (unsigned i = 0; i < 4; i++)
        n.core_live[i] = cmse_check_word (w + 16 + 4 * i);
      for (unsigned i = 0; i < 16; i++)
        n.vfp_live[i] = cmse_check_word (w + 32 + 4 * i);
      n.result_live[0] = cmse_check_word (w + 96);
      n.result_live[1] = cmse_check_word (w + 100);
      const char *v = (const char *) w + CMSE_NSCALL_NOTE_WORDS * 4;
      n.version.assign (v, strnlen (v, descsz - CMSE_NSCALL_NOTE_WORDS * 4));
      image->notes.push_back (n);
      pos = next;
    }
}

const cmse_section *
cmse_image_section (const cmse_image &image, unsigned index)
{
  for (const cmse_section &s : image.sections)
    if (s.index == index)
      return &s;
  return NULL;
}

bool
cmse_image_read (const std::string &path, cmse_image *image, std::string *error)
{
  image->path = path;
  if (elf_version (EV_CURRENT) == EV_NONE)
    {
      *error = path + ": libelf is out of date";
      return false;
    }
  int fd = open (path.c_str (), O_RDONLY);
  if (fd < 0)
    {
      *error = path + ": " + strerror (errno);
      return false;
    }
  Elf *elf = elf_begin (fd, ELF_C_READ, NULL);
  GElf_Ehdr ehdr;
  bool ok = elf && elf_kind (elf) == ELF_K_ELF && gelf_getehdr (elf, &ehdr)
            && ehdr.e_ident[EI_CLASS] == ELFCLASS32
            && ehdr.e_ident[EI_DATA] == ELFDATA2LSB && ehdr.e_machine == EM_ARM;
  if (!ok)
    {
      // A static library is the usual near miss: say what to check instead.
      *error = path + (elf && elf_kind (elf) == ELF_K_AR
                       ? ": an ar archive; check the linked image, or each "
                         "member after 'ar x'"
                       : ": not a 32-bit little-endian Arm ELF file");
      if (elf)
        elf_end (elf);
      close (fd);
      return false;
    }
  image->relocatable = ehdr.e_type == ET_REL;
  size_t shstrndx;
  elf_getshdrstrndx (elf, &shstrndx);
  Elf_Scn *scn = NULL;
  while ((scn = elf_nextscn (elf, scn)))
    {
      GElf_Shdr sh;
      if (!gelf_getshdr (scn, &sh))
        continue;
      cmse_section s;
      const char *name = elf_strptr (elf, shstrndx, sh.sh_name);
      s.name = name ? name : "";
      s.index = elf_ndxscn (scn);
      s.addr = sh.sh_addr;
      s.type = sh.sh_type;
      s.flags = sh.sh_flags;
      Elf_Data *data = sh.sh_type == SHT_NOBITS ? NULL : elf_rawdata (scn, NULL);
      if (data && data->d_buf)
        s.data.assign ((const uint8_t *) data->d_buf,
                       (const uint8_t *) data->d_buf + data->d_size);
      if (sh.sh_type == SHT_SYMTAB && data)
        {
          size_t n = sh.sh_entsize ? sh.sh_size / sh.sh_entsize : 0;
          Elf_Data *sd = elf_getdata (scn, NULL);
          for (size_t i = 0; i < n; i++)
            {
              GElf_Sym sym;
              if (!gelf_getsym (sd, i, &sym))
                break;
              cmse_symbol y;
              const char *sn = elf_strptr (elf, sh.sh_link, sym.st_name);
              y.name = sn ? sn : "";
              y.value = sym.st_value;
              y.size = sym.st_size;
              y.shndx = sym.st_shndx;
              y.type = GELF_ST_TYPE (sym.st_info);
              y.bind = GELF_ST_BIND (sym.st_info);
              image->symbols.push_back (y);
            }
        }
      else if (sh.sh_type == SHT_REL && data)
        {
          size_t n = sh.sh_entsize ? sh.sh_size / sh.sh_entsize : 0;
          Elf_Data *rd = elf_getdata (scn, NULL);
          for (size_t i = 0; i < n; i++)
            {
              GElf_Rel rel;
              if (!gelf_getrel (rd, i, &rel))
                break;
              image->relocs[sh.sh_info].push_back (
                { (uint32_t) rel.r_offset, (unsigned) GELF_R_TYPE (rel.r_info),
                  (unsigned) GELF_R_SYM (rel.r_info) });
            }
        }
      image->sections.push_back (s);
    }
  elf_end (elf);
  close (fd);
  for (const cmse_section &s : image->sections)
    if (s.type == SHT_ARM_ATTRIBUTES)
      cmse_check_parse_attributes (s.data, &image->attributes);
  for (const cmse_section &s : image->sections)
    if (s.type == SHT_NOTE && (s.name == CMSE_NSCALL_NOTE_SECTION
                               || s.name == CMSE_NSCALL_NOTE_SECTION_OLD))
      cmse_check_parse_notes (s, image);
  return true;
}
