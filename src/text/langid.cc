/*
 * langid.cc - the only C++ in Tidings: a shim that calls CLD2 (Compact
 * Language Detector 2) and returns its raw language code to C. lang.c maps
 * that code to the ISO 639-1 codes the rest of the library uses.
 */
#include <cstddef>
#include <cstdio> /* compact_lang_det.h uses FILE without including it */

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "text/text_int.h"

/*
 * CLD2 reaches its answer within the first few kilobytes; scanning a whole
 * long article would only cost time.
 */
static const size_t LANGID_MAX_BYTES = 16 * 1024;

/* Shortens `len` to at most LANGID_MAX_BYTES without splitting a UTF-8 sequence. */
static int clip_len(const char *s, size_t len)
{
    if (len <= LANGID_MAX_BYTES)
        return static_cast<int>(len);
    len = LANGID_MAX_BYTES;
    while (len > 0 && (static_cast<unsigned char>(s[len]) & 0xC0) == 0x80)
        len--;
    return static_cast<int>(len);
}

extern "C" const char *langid_cld2(const char *s, size_t len, bool *reliable)
{
    *reliable = false;
    if (s == NULL || len == 0)
        return "un";
    /* No C++ exception may cross into C code; CLD2 should not throw, but `new` can. */
    try {
        CLD2::CLDHints hints = {NULL, NULL, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
        CLD2::Language lang3[3];
        int percent3[3];
        double score3[3];
        int text_bytes = 0, valid_prefix = 0;
        bool rel = false;
        /* Best effort: short headlines should still get a guess, marked unreliable. */
        CLD2::Language lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(
            s, clip_len(s, len), true, &hints, CLD2::kCLDFlagBestEffort, lang3, percent3,
            score3, NULL, &text_bytes, &rel, &valid_prefix);
        *reliable = rel;
        return CLD2::LanguageCode(lang);
    } catch (...) {
        return "un";
    }
}
