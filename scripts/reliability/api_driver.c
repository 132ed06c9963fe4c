/*
 * api_driver.c — drives every function of include/claimkit.h, correct use and misuse, for
 * scripts/test-sanitizers (built with -fsanitize=address,undefined against an ASan-built
 * libclaimkit_c.so) and usable under valgrind.
 *
 *   api_driver [FILE...]    each FILE is extracted as text, as HTML and by detection, with
 *                           several option sets, through both the JSON and the document API
 *
 * Every check prints nothing when it holds and "FAIL: …" when it does not; the last line is
 * "N passed, N failed" and the exit status is 1 when anything failed. Every string and handle
 * is freed, so LeakSanitizer (or valgrind) reports any leak on the library's side.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimkit.h"

static int passed, failed;

#define CHECK(cond)                                                                    \
    do {                                                                               \
        if (cond) {                                                                    \
            passed++;                                                                  \
        } else {                                                                       \
            failed++;                                                                  \
            fprintf(stderr, "FAIL: %s (%s:%d)\n", #cond, __FILE__, __LINE__);          \
        }                                                                              \
    } while (0)

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    *len = n;
    return buf;
}

/* extract_json on one input; checks the success contract; returns the status. */
static int32_t extract_json(const claimkit_extractor *ex, const char *in, size_t len,
                            const char *context, uint32_t flags) {
    char *json = (char *)"sentinel";
    size_t json_len = 99;
    claimkit_error err;
    int32_t st = claimkit_extract_json(ex, in, len, context, flags, &json, &json_len, &err);
    CHECK(err.status == st);
    CHECK(memchr(err.message, 0, sizeof err.message) != NULL);
    if (st == CLAIMKIT_OK) {
        CHECK(json != NULL && strlen(json) == json_len && json[0] == '{');
    } else {
        CHECK(json == NULL && json_len == 0 && err.message[0] != '\0');
    }
    claimkit_string_free(json);
    return st;
}

/* The document API on one input: text, sentences in bounds and ordered, JSON. */
static void extract_document(const claimkit_extractor *ex, const char *in, size_t len,
                             const char *context) {
    claimkit_document *doc = NULL;
    claimkit_error err;
    int32_t st = claimkit_extract(ex, in, len, context, &doc, &err);
    CHECK(st == CLAIMKIT_OK && doc != NULL);
    if (st != CLAIMKIT_OK) return;
    size_t text_len = 0;
    const char *text = claimkit_document_text(doc, &text_len);
    CHECK(text != NULL);
    size_t n = claimkit_document_sentence_count(doc), prev = 0;
    for (size_t i = 0; i < n; i++) {
        claimkit_span sp;
        CHECK(claimkit_document_sentence(doc, i, &sp) == CLAIMKIT_OK);
        CHECK(sp.start <= sp.end && sp.end <= text_len && sp.start >= prev);
        prev = sp.end;
    }
    claimkit_span sp = {7, 7};
    CHECK(claimkit_document_sentence(doc, n, &sp) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(sp.start == 0 && sp.end == 0);
    CHECK(claimkit_document_sentence(doc, SIZE_MAX, &sp) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(claimkit_document_sentence(doc, 0, NULL) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    (void)claimkit_document_claim_count(doc);
    (void)claimkit_document_diagnostic_count(doc);
    for (uint32_t flags = 0; flags < 2; flags++) {
        char *json = NULL;
        size_t json_len = 0;
        CHECK(claimkit_document_to_json(doc, flags | 0x80000000u, &json, &json_len, &err) == CLAIMKIT_OK);
        CHECK(json != NULL && strlen(json) == json_len);
        claimkit_string_free(json);
    }
    CHECK(claimkit_document_to_json(doc, 0, NULL, NULL, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    claimkit_document_free(doc);
}

static claimkit_extractor *new_extractor(const char *options) {
    claimkit_extractor *ex = NULL;
    claimkit_error err;
    int32_t st = claimkit_extractor_new(options, &ex, &err);
    CHECK(st == CLAIMKIT_OK && ex != NULL);
    if (st != CLAIMKIT_OK) fprintf(stderr, "options %s: %s\n", options ? options : "NULL", err.message);
    return ex;
}

static void misuse(void) {
    claimkit_error err;
    claimkit_extractor *ex = NULL;
    char *json = (char *)"x";
    size_t len = 5;
    claimkit_document *doc = (claimkit_document *)&len;

    CHECK(claimkit_version_number() == CLAIMKIT_VERSION_NUMBER);
    CHECK(strcmp(claimkit_version_string(), CLAIMKIT_VERSION_STRING) == 0);
    for (int32_t s = -2; s < 12; s++) CHECK(claimkit_status_string(s) != NULL);
    CHECK(strcmp(claimkit_status_string(CLAIMKIT_OK), "ok") == 0);

    /* options */
    CHECK(claimkit_extractor_new(NULL, NULL, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(err.status == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    const char *bad_options[] = {
        "{", "[]", "null", "{\"nope\": 1}", "{\"max_input_bytes\": 0}", "{\"max_input_bytes\": 1e300}",
        "{\"max_input_bytes\": -1}", "{\"max_input_bytes\": 2.5}", "{\"stages\": [\"telepathy\"]}",
        "{\"offset_unit\": \"bytes\"}", "{\"include_text\": 1}", "{\"input_format\": null}",
        "{\"strict_encoding\": true} x", "{\"a\":\"\xff\"}", "{\"a\":\"\\ud800\"", "\"\\u12\"",
    };
    for (size_t i = 0; i < sizeof bad_options / sizeof *bad_options; i++) {
        ex = (claimkit_extractor *)&len;
        CHECK(claimkit_extractor_new(bad_options[i], &ex, &err) == CLAIMKIT_ERROR_INVALID_OPTIONS);
        CHECK(ex == NULL && err.status == CLAIMKIT_ERROR_INVALID_OPTIONS && err.message[0] != '\0');
        CHECK(claimkit_extractor_new(bad_options[i], &ex, NULL) == CLAIMKIT_ERROR_INVALID_OPTIONS);
    }
    /* JSON nested far deeper than the reader allows: an error, not a stack overflow */
    size_t depth = 200000;
    char *deep = malloc(2 * depth + 1);
    memset(deep, '[', depth);
    memset(deep + depth, ']', depth);
    deep[2 * depth] = 0;
    CHECK(claimkit_extractor_new(deep, &ex, &err) == CLAIMKIT_ERROR_INVALID_OPTIONS);
    free(deep);

    ex = new_extractor("");
    claimkit_extractor *strict = new_extractor("{\"strict_encoding\": true}");
    claimkit_extractor *tiny = new_extractor("{\"max_input_bytes\": 4}");

    /* extract_json */
    CHECK(claimkit_extract_json(NULL, "a", 1, NULL, 0, &json, &len, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(json == NULL && len == 0);
    CHECK(claimkit_extract_json(ex, "a", 1, NULL, 0, NULL, &len, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(claimkit_extract_json(ex, NULL, 3, NULL, 0, &json, &len, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(extract_json(ex, NULL, 0, NULL, 0) == CLAIMKIT_OK);
    CHECK(extract_json(ex, "", 0, NULL, 0) == CLAIMKIT_OK);
    /* a length no buffer can have: refused before any byte is read */
    CHECK(extract_json(ex, "abc", SIZE_MAX, NULL, 0) != CLAIMKIT_OK);
    CHECK(extract_json(ex, "abc", SIZE_MAX / 2, NULL, 0) == CLAIMKIT_ERROR_INPUT_TOO_LARGE);
    CHECK(extract_json(tiny, "hello", 5, NULL, 0) == CLAIMKIT_ERROR_INPUT_TOO_LARGE);
    CHECK(extract_json(tiny, "hell", 4, NULL, 0) == CLAIMKIT_OK);
    CHECK(extract_json(ex, "a\0b. c\0.", 8, NULL, 0) == CLAIMKIT_OK);
    CHECK(claimkit_extract_json(strict, "ab\xff" "cd", 5, NULL, 0, &json, &len, &err) == CLAIMKIT_ERROR_INVALID_UTF8);
    CHECK(err.byte_offset == 2 && json == NULL);
    CHECK(extract_json(ex, "caf\xe9 \x93q\x94 \x81\xff.", 13, NULL, 0) == CLAIMKIT_OK);
    /* input not NUL-terminated: only [input, input+len) may be read (ASan checks) */
    char *exact = malloc(9);
    memcpy(exact, "He said.\"", 9);
    CHECK(extract_json(ex, exact, 9, NULL, 0) == CLAIMKIT_OK);
    CHECK(extract_json(ex, exact, 9, "{\"input_format\":\"html\"}", 0) == CLAIMKIT_OK);
    exact[0] = '<';
    CHECK(extract_json(ex, exact, 9, NULL, 1) == CLAIMKIT_OK);
    free(exact);

    /* context */
    const char *bad_contexts[] = {
        "{", "[]", "1", "{\"reference_date\": \"yesterday\"}", "{\"reference_date\": \"2023-02-29\"}",
        "{\"reference_date\": 5}", "{\"input_format\": \"pdf\"}", "{\"x\": 1}", "{\"input_format\": \"html\"",
    };
    for (size_t i = 0; i < sizeof bad_contexts / sizeof *bad_contexts; i++)
        CHECK(extract_json(ex, "Text.", 5, bad_contexts[i], 0) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(extract_json(ex, "Text.", 5, "", 0) == CLAIMKIT_OK);
    CHECK(extract_json(ex, "Text.", 5, "{\"reference_date\": null}", 0) == CLAIMKIT_OK);
    CHECK(extract_json(ex, "Text.", 5, " {\"reference_date\": \"2024-02-29\", \"input_format\": \"auto\"} ", 0) == CLAIMKIT_OK);

    /* document API */
    CHECK(claimkit_extract(ex, "a", 1, NULL, NULL, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(claimkit_extract(NULL, "a", 1, NULL, &doc, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(doc == NULL);
    CHECK(claimkit_extract(strict, "\xc3(", 2, NULL, &doc, &err) == CLAIMKIT_ERROR_INVALID_UTF8 && doc == NULL);
    CHECK(claimkit_document_to_json(NULL, 0, &json, &len, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(json == NULL && len == 0);
    len = 3;
    CHECK(claimkit_document_text(NULL, &len) == NULL && len == 0);
    CHECK(claimkit_document_text(NULL, NULL) == NULL);
    CHECK(claimkit_document_sentence_count(NULL) == 0);
    CHECK(claimkit_document_claim_count(NULL) == 0);
    CHECK(claimkit_document_diagnostic_count(NULL) == 0);
    claimkit_span sp = {1, 2};
    CHECK(claimkit_document_sentence(NULL, 0, &sp) == CLAIMKIT_ERROR_INVALID_ARGUMENT && sp.start == 0);
    extract_document(ex, "", 0, NULL);
    extract_document(ex, "One. Two! Three?", 16, "{\"reference_date\":\"2024-06-20\"}");

    claimkit_extractor_free(NULL);
    claimkit_document_free(NULL);
    claimkit_string_free(NULL);
    claimkit_extractor_free(ex);
    claimkit_extractor_free(strict);
    claimkit_extractor_free(tiny);
}

/* Generated hostile inputs (kept small: the sizes that scale are test-pathological's job). */
static void generated(const claimkit_extractor *ex) {
    size_t n = 200000;
    char *buf = malloc(n);
    const char *patterns[] = {"\"", "\xe2\x80\x9c", "U.S. ", "1", "-- ", "<div>", "\xe2\x80\x9c\"'\xe2\x80\x99", "\r\n", " ", "\xff", "\xe2\x80"};
    for (size_t p = 0; p < sizeof patterns / sizeof *patterns; p++) {
        size_t k = strlen(patterns[p]);
        for (size_t i = 0; i < n; i++) buf[i] = patterns[p][i % k];
        CHECK(extract_json(ex, buf, n, NULL, 0) == CLAIMKIT_OK);
        CHECK(extract_json(ex, buf, n, "{\"input_format\":\"html\"}", 0) == CLAIMKIT_OK);
    }
    free(buf);
}

int main(int argc, char **argv) {
    misuse();
    const char *option_sets[] = {
        NULL, "{\"offset_unit\": \"codepoint\", \"include_text\": true}",
        "{\"stages\": []}", "{\"stages\": [\"scoring\"], \"input_format\": \"text\"}",
    };
    claimkit_extractor *ex = new_extractor(NULL);
    generated(ex);
    for (int i = 1; i < argc; i++) {
        size_t len = 0;
        char *data = read_file(argv[i], &len);
        if (!data) {
            fprintf(stderr, "cannot read %s\n", argv[i]);
            failed++;
            continue;
        }
        for (size_t o = 0; o < sizeof option_sets / sizeof *option_sets; o++) {
            claimkit_extractor *e = new_extractor(option_sets[o]);
            CHECK(extract_json(e, data, len, NULL, o & 1) == CLAIMKIT_OK);
            CHECK(extract_json(e, data, len, "{\"input_format\":\"html\"}", 0) == CLAIMKIT_OK);
            CHECK(extract_json(e, data, len, "{\"input_format\":\"text\",\"reference_date\":\"2024-06-20\"}", 0) == CLAIMKIT_OK);
            claimkit_extractor_free(e);
        }
        extract_document(ex, data, len, NULL);
        extract_document(ex, data, len, "{\"input_format\":\"html\"}");
        free(data);
    }
    claimkit_extractor_free(ex);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
