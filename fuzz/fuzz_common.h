/*
 * Shared helpers for the claimkit libFuzzer targets.
 *
 * Every target checks the C interface's contract on whatever the library returns, so a
 * broken promise is a crash libFuzzer can save and minimise, not a silent pass:
 *   - a status is one of the documented codes;
 *   - on success the JSON string is non-NULL, NUL-terminated at *out_len, and starts with '{';
 *   - on failure every out-pointer is NULL/0 and the error message is NUL-terminated;
 *   - every string is freed with claimkit_string_free (ASan's leak check catches misses).
 */
#ifndef CLAIMKIT_FUZZ_COMMON_H
#define CLAIMKIT_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimkit.h"

#define FUZZ_CHECK(cond)                                                              \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "contract violated: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
            abort();                                                                  \
        }                                                                             \
    } while (0)

static inline void fuzz_check_error(const claimkit_error *error, int32_t status) {
    FUZZ_CHECK(error->status == status);
    FUZZ_CHECK(memchr(error->message, 0, sizeof error->message) != NULL);
    FUZZ_CHECK(status >= CLAIMKIT_OK && status <= CLAIMKIT_ERROR_INTERNAL);
    FUZZ_CHECK(status != CLAIMKIT_ERROR_INTERNAL);
}

/* A NUL-terminated copy of fuzz bytes (the C interface takes options/context as C strings). */
static inline char *fuzz_cstring(const uint8_t *data, size_t size) {
    char *s = (char *)malloc(size + 1);
    if (s == NULL) abort();
    if (size > 0) memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

/* True when [s, s+n) is valid UTF-8 (no overlongs, surrogates or values above U+10FFFF). */
/* Not instrumented: a check on the output, not code under test (its byte comparisons were
   ≈ 8 % of an execution under comparison tracing). */
__attribute__((no_sanitize("coverage"))) static inline int fuzz_valid_utf8(const unsigned char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned char b = s[i];
        size_t len;
        unsigned char lo = 0x80, hi = 0xBF;
        if (b < 0x80) { i++; continue; }
        else if (b >= 0xC2 && b <= 0xDF) len = 2;
        else if (b >= 0xE0 && b <= 0xEF) { len = 3; if (b == 0xE0) lo = 0xA0; if (b == 0xED) hi = 0x9F; }
        else if (b >= 0xF0 && b <= 0xF4) { len = 4; if (b == 0xF0) lo = 0x90; if (b == 0xF4) hi = 0x8F; }
        else return 0;
        if (i + len > n) return 0;
        if (s[i + 1] < lo || s[i + 1] > hi) return 0;
        for (size_t k = 2; k < len; k++) if ((s[i + k] & 0xC0) != 0x80) return 0;
        i += len;
    }
    return 1;
}

/* A returned JSON document: non-NULL, NUL-terminated at json_len, an object, valid UTF-8. */
static inline void fuzz_check_json(const char *json, size_t json_len) {
    FUZZ_CHECK(json != NULL);
    FUZZ_CHECK(strlen(json) == json_len);
    FUZZ_CHECK(json_len >= 2 && json[0] == '{');
    FUZZ_CHECK(json[json_len - 1] == '}' || json[json_len - 1] == '\n');
    FUZZ_CHECK(fuzz_valid_utf8((const unsigned char *)json, json_len));
}

/* Runs claimkit_extract_json and checks the result's contract. Returns the status. */
static inline int32_t fuzz_extract_json(const claimkit_extractor *extractor, const char *input,
                                        size_t input_len, const char *context, uint32_t flags) {
    char *json = (char *)1; /* must be overwritten */
    size_t json_len = 12345;
    claimkit_error error;
    int32_t status = claimkit_extract_json(extractor, input, input_len, context, flags, &json,
                                           &json_len, &error);
    fuzz_check_error(&error, status);
    if (status == CLAIMKIT_OK) {
        fuzz_check_json(json, json_len);
    } else {
        FUZZ_CHECK(json == NULL);
        FUZZ_CHECK(json_len == 0);
    }
    claimkit_string_free(json);
    return status;
}

#endif
