/*
 * misuse.c: calls every function of claimkit.h the wrong way and checks the documented answer.
 *
 * NULL for every pointer argument, out-of-range indexes, zero and huge lengths, invalid UTF-8
 * in strict mode, input over max_input_bytes, malformed / wrongly typed / unknown options,
 * bad context JSON, NUL bytes inside the input. The library must never crash or abort, must
 * set out-pointers to NULL on failure, and must fill in claimkit_error as the header says.
 * Run under valgrind by scripts/test-c; exits 0 when every check passes.
 */
#include <claimkit.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int checks = 0, failures = 0;

#define CHECK(cond)                                                              \
    do {                                                                         \
        checks++;                                                                \
        if (!(cond)) {                                                           \
            failures++;                                                          \
            fprintf(stderr, "misuse.c:%d: check failed: %s\n", __LINE__, #cond); \
        }                                                                        \
    } while (0)

/* A non-NULL value to preset out-pointers with, to see that failures reset them. */
static char sentinel_storage;
#define SENTINEL ((void *)&sentinel_storage)

static void reset_error(claimkit_error *err) {
    memset(err, 0x5A, sizeof *err); /* garbage, so every field must be written */
}

static int message_has(const claimkit_error *err, const char *needle) {
    return memchr(err->message, '\0', sizeof err->message) != NULL && strstr(err->message, needle) != NULL;
}

static void versions(void) {
    CHECK(claimkit_version_number() == CLAIMKIT_VERSION_NUMBER);
    CHECK(claimkit_version_string() != NULL);
    CHECK(strcmp(claimkit_version_string(), CLAIMKIT_VERSION_STRING) == 0);
    for (int32_t s = -3; s <= 12; s++) CHECK(claimkit_status_string(s) != NULL);
    CHECK(strcmp(claimkit_status_string(CLAIMKIT_OK), "ok") == 0);
    CHECK(strcmp(claimkit_status_string(INT32_MIN), claimkit_status_string(INT32_MAX)) == 0);
    CHECK(strcmp(claimkit_status_string(CLAIMKIT_ERROR_INVALID_UTF8), claimkit_status_string(CLAIMKIT_OK)) != 0);
}

/* Builds an extractor from options that must be rejected; checks status 4 and the message. */
static void bad_options(const char *options, const char *named) {
    claimkit_extractor *ex = SENTINEL;
    claimkit_error err;
    reset_error(&err);
    int32_t rc = claimkit_extractor_new(options, &ex, &err);
    CHECK(rc == CLAIMKIT_ERROR_INVALID_OPTIONS);
    CHECK(err.status == CLAIMKIT_ERROR_INVALID_OPTIONS);
    CHECK(ex == NULL);
    CHECK(strlen(err.message) > 0);
    if (named != NULL && !message_has(&err, named)) {
        failures++;
        fprintf(stderr, "misuse.c: options %s: message \"%s\" does not name \"%s\"\n", options, err.message, named);
    }
    if (rc == CLAIMKIT_OK) claimkit_extractor_free(ex);
}

static void extractor_misuse(void) {
    claimkit_error err;
    claimkit_extractor *ex = SENTINEL;

    reset_error(&err);
    CHECK(claimkit_extractor_new(NULL, NULL, NULL) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(claimkit_extractor_new(NULL, NULL, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(err.status == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(message_has(&err, "out_extractor"));
    CHECK(claimkit_extractor_new("{}", NULL, NULL) == CLAIMKIT_ERROR_INVALID_ARGUMENT);

    /* NULL, "" and white space all mean defaults; a NULL out_error is fine. */
    const char *defaults[] = {NULL, "", "  \n", "{}"};
    for (size_t i = 0; i < sizeof defaults / sizeof defaults[0]; i++) {
        ex = SENTINEL;
        reset_error(&err);
        CHECK(claimkit_extractor_new(defaults[i], &ex, &err) == CLAIMKIT_OK);
        CHECK(ex != NULL && ex != SENTINEL);
        CHECK(err.status == CLAIMKIT_OK);
        CHECK(err.byte_offset == SIZE_MAX);
        CHECK(err.message[0] == '\0');
        claimkit_extractor_free(ex);
    }
    ex = NULL;
    CHECK(claimkit_extractor_new(NULL, &ex, NULL) == CLAIMKIT_OK);
    claimkit_extractor_free(ex);
    claimkit_extractor_free(NULL); /* no-op */

    bad_options("{", NULL);
    bad_options("not json", NULL);
    bad_options("{\"strict_encoding\": true,}", NULL);
    bad_options("[]", "object");
    bad_options("42", "object");
    bad_options("{\"strict_encoding\": 1}", "strict_encoding");
    bad_options("{\"include_text\": \"yes\"}", "include_text");
    bad_options("{\"max_input_bytes\": -5}", "max_input_bytes");
    bad_options("{\"max_input_bytes\": 0}", "max_input_bytes");
    bad_options("{\"max_input_bytes\": 1.5}", "max_input_bytes");
    bad_options("{\"max_input_bytes\": 1e300}", "max_input_bytes");
    bad_options("{\"max_input_bytes\": \"10\"}", "max_input_bytes");
    bad_options("{\"offset_unit\": \"furlong\"}", "offset_unit");
    bad_options("{\"input_format\": \"pdf\"}", "input_format");
    bad_options("{\"stages\": \"numbers\"}", "stages");
    bad_options("{\"stages\": [\"numbers\", \"astrology\"]}", "stages");
    bad_options("{\"no_such_option\": true}", "no_such_option");

    /* A very long unknown key: the message is truncated but stays NUL-terminated. */
    char long_options[2048];
    memset(long_options, 'k', sizeof long_options);
    memcpy(long_options, "{\"", 2);
    memcpy(long_options + sizeof long_options - 10, "\": true}", 9);
    reset_error(&err);
    ex = SENTINEL;
    CHECK(claimkit_extractor_new(long_options, &ex, &err) == CLAIMKIT_ERROR_INVALID_OPTIONS);
    CHECK(ex == NULL);
    CHECK(memchr(err.message, '\0', sizeof err.message) != NULL);
    CHECK(strlen(err.message) < sizeof err.message);
}

static claimkit_extractor *make(const char *options) {
    claimkit_extractor *ex = NULL;
    claimkit_error err;
    if (claimkit_extractor_new(options, &ex, &err) != CLAIMKIT_OK) {
        fprintf(stderr, "misuse.c: cannot build extractor %s: %s\n", options ? options : "NULL", err.message);
        exit(1);
    }
    return ex;
}

static const char article[] =
    "Officials said on Monday that 1,200 people had left.\n"
    "\n"
    "\xE2\x80\x9CWe are not leaving,\xE2\x80\x9D said Ana Pérez, 41.\n";

static void extract_misuse(claimkit_extractor *ex) {
    claimkit_error err;
    claimkit_document *doc = SENTINEL;
    const size_t len = sizeof article - 1;

    /* NULL extractor / out_document / input. */
    reset_error(&err);
    CHECK(claimkit_extract(NULL, article, len, NULL, &doc, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(doc == NULL);
    CHECK(err.status == CLAIMKIT_ERROR_INVALID_ARGUMENT && message_has(&err, "extractor"));
    CHECK(claimkit_extract(ex, article, len, NULL, NULL, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(claimkit_extract(ex, article, len, NULL, NULL, NULL) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    doc = SENTINEL;
    CHECK(claimkit_extract(ex, NULL, 5, NULL, &doc, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(doc == NULL);
    CHECK(err.status == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    /* Huge lengths are refused before the buffer is read. */
    doc = SENTINEL;
    CHECK(claimkit_extract(ex, article, SIZE_MAX, NULL, &doc, &err) != CLAIMKIT_OK);
    CHECK(doc == NULL);
    doc = SENTINEL;
    CHECK(claimkit_extract(ex, article, SIZE_MAX / 2, NULL, &doc, &err) == CLAIMKIT_ERROR_INPUT_TOO_LARGE);
    CHECK(doc == NULL);

    /* Zero length, with and without a buffer: an empty document with a diagnostic. */
    const char *empties[] = {NULL, article};
    for (size_t i = 0; i < 2; i++) {
        doc = NULL;
        reset_error(&err);
        CHECK(claimkit_extract(ex, empties[i], 0, NULL, &doc, &err) == CLAIMKIT_OK);
        CHECK(doc != NULL);
        CHECK(err.status == CLAIMKIT_OK && err.byte_offset == SIZE_MAX && err.message[0] == '\0');
        CHECK(claimkit_document_sentence_count(doc) == 0);
        CHECK(claimkit_document_claim_count(doc) == 0);
        CHECK(claimkit_document_diagnostic_count(doc) >= 1); /* "empty_input" */
        size_t text_len = 99;
        CHECK(claimkit_document_text(doc, &text_len) != NULL);
        CHECK(text_len == 0);
        claimkit_document_free(doc);
    }

    /* Bad context JSON. */
    const char *bad_contexts[] = {"{", "[]", "{\"reference_date\": \"yesterday\"}", "{\"reference_date\": 20240620}",
                                  "{\"reference_date\": \"2024-13-45\"}", "{\"input_format\": 3}",
                                  "{\"unknown_context\": 1}"};
    for (size_t i = 0; i < sizeof bad_contexts / sizeof bad_contexts[0]; i++) {
        doc = SENTINEL;
        reset_error(&err);
        CHECK(claimkit_extract(ex, article, len, bad_contexts[i], &doc, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
        CHECK(doc == NULL);
        CHECK(err.status == CLAIMKIT_ERROR_INVALID_ARGUMENT && err.message[0] != '\0');
    }
    doc = NULL;
    CHECK(claimkit_extract(ex, article, len, "{\"reference_date\": \"2024-06-20\"}", &doc, NULL) == CLAIMKIT_OK);
    claimkit_document_free(doc);
    doc = NULL;
    CHECK(claimkit_extract(ex, article, len, "", &doc, NULL) == CLAIMKIT_OK);
    claimkit_document_free(doc);
    claimkit_document_free(NULL); /* no-op */
}

static void document_misuse(claimkit_extractor *ex) {
    claimkit_error err;
    claimkit_document *doc = NULL;
    const size_t len = sizeof article - 1;
    CHECK(claimkit_extract(ex, article, len, NULL, &doc, &err) == CLAIMKIT_OK);
    if (doc == NULL) return;

    /* The text is the input, borrowed from the document. */
    size_t text_len = 0;
    const char *text = claimkit_document_text(doc, &text_len);
    CHECK(text != NULL && text_len == len && memcmp(text, article, len) == 0);
    CHECK(claimkit_document_text(doc, NULL) == text);
    text_len = 99;
    CHECK(claimkit_document_text(NULL, &text_len) == NULL && text_len == 0);
    CHECK(claimkit_document_text(NULL, NULL) == NULL);

    /* Sentences: every index in range works, every other fails with an empty span. */
    size_t n = claimkit_document_sentence_count(doc);
    CHECK(n >= 2);
    CHECK(claimkit_document_sentence_count(NULL) == 0);
    for (size_t i = 0; i < n; i++) {
        claimkit_span span = {99, 99};
        CHECK(claimkit_document_sentence(doc, i, &span) == CLAIMKIT_OK);
        CHECK(span.start < span.end && span.end <= len);
    }
    size_t bad_indexes[] = {n, n + 1, SIZE_MAX, SIZE_MAX / 2, (size_t)INT64_MAX + 1};
    for (size_t i = 0; i < sizeof bad_indexes / sizeof bad_indexes[0]; i++) {
        claimkit_span span = {99, 99};
        CHECK(claimkit_document_sentence(doc, bad_indexes[i], &span) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
        CHECK(span.start == 0 && span.end == 0);
    }
    claimkit_span span = {99, 99};
    CHECK(claimkit_document_sentence(NULL, 0, &span) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(span.start == 0 && span.end == 0);
    CHECK(claimkit_document_sentence(doc, 0, NULL) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(claimkit_document_sentence(NULL, 0, NULL) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(claimkit_document_claim_count(NULL) == 0);
    CHECK(claimkit_document_diagnostic_count(NULL) == 0);
    (void)claimkit_document_claim_count(doc);
    (void)claimkit_document_diagnostic_count(doc);

    /* document_to_json. */
    char *json = SENTINEL;
    size_t json_len = 99;
    reset_error(&err);
    CHECK(claimkit_document_to_json(NULL, 0, &json, &json_len, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(json == NULL && json_len == 0 && err.status == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    json_len = 99;
    CHECK(claimkit_document_to_json(doc, 0, NULL, &json_len, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(json_len == 0);
    CHECK(claimkit_document_to_json(doc, 0, NULL, NULL, NULL) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(claimkit_document_to_json(NULL, 0, NULL, NULL, NULL) == CLAIMKIT_ERROR_INVALID_ARGUMENT);

    char *compact = NULL, *pretty = NULL, *unknown_flags = NULL, *no_len = NULL;
    size_t compact_len = 0, pretty_len = 0, unknown_len = 0;
    CHECK(claimkit_document_to_json(doc, 0, &compact, &compact_len, &err) == CLAIMKIT_OK);
    CHECK(compact != NULL && strlen(compact) == compact_len && compact[0] == '{');
    CHECK(strchr(compact, '\n') == NULL);
    CHECK(claimkit_document_to_json(doc, CLAIMKIT_JSON_PRETTY, &pretty, &pretty_len, NULL) == CLAIMKIT_OK);
    CHECK(pretty != NULL && strchr(pretty, '\n') != NULL && pretty_len > compact_len);
    CHECK(claimkit_document_to_json(doc, 0xFFFFFFFEu, &unknown_flags, &unknown_len, NULL) == CLAIMKIT_OK);
    CHECK(unknown_flags != NULL && unknown_len == compact_len && strcmp(unknown_flags, compact) == 0);
    CHECK(claimkit_document_to_json(doc, 0, &no_len, NULL, NULL) == CLAIMKIT_OK);
    CHECK(no_len != NULL && strcmp(no_len, compact) == 0);

    /* The one-shot gives the same bytes as extract + to_json. */
    char *oneshot = NULL;
    size_t oneshot_len = 0;
    CHECK(claimkit_extract_json(ex, article, len, NULL, 0, &oneshot, &oneshot_len, &err) == CLAIMKIT_OK);
    CHECK(oneshot != NULL && oneshot_len == compact_len && memcmp(oneshot, compact, compact_len) == 0);

    claimkit_string_free(compact);
    claimkit_string_free(pretty);
    claimkit_string_free(unknown_flags);
    claimkit_string_free(no_len);
    claimkit_string_free(oneshot);
    claimkit_string_free(NULL); /* no-op */
    claimkit_document_free(doc);
}

static void extract_json_misuse(claimkit_extractor *ex) {
    claimkit_error err;
    const size_t len = sizeof article - 1;
    char *json = SENTINEL;
    size_t json_len = 99;

    reset_error(&err);
    CHECK(claimkit_extract_json(NULL, article, len, NULL, 0, &json, &json_len, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(json == NULL && json_len == 0 && err.status == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    json_len = 99;
    CHECK(claimkit_extract_json(ex, article, len, NULL, 0, NULL, &json_len, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(json_len == 0);
    CHECK(claimkit_extract_json(NULL, NULL, 0, NULL, 0, NULL, NULL, NULL) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    json = SENTINEL;
    CHECK(claimkit_extract_json(ex, NULL, 3, NULL, 0, &json, NULL, NULL) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(json == NULL);
    json = SENTINEL;
    CHECK(claimkit_extract_json(ex, article, SIZE_MAX / 2, NULL, 0, &json, NULL, &err) == CLAIMKIT_ERROR_INPUT_TOO_LARGE);
    CHECK(json == NULL && err.status == CLAIMKIT_ERROR_INPUT_TOO_LARGE);
    json = SENTINEL;
    CHECK(claimkit_extract_json(ex, article, len, "{\"reference_date\": false}", 0, &json, NULL, &err) ==
          CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(json == NULL && message_has(&err, "reference_date"));

    /* Empty input: valid JSON with no sentences. */
    json = NULL;
    CHECK(claimkit_extract_json(ex, NULL, 0, NULL, 0, &json, &json_len, &err) == CLAIMKIT_OK);
    CHECK(json != NULL && strlen(json) == json_len && strstr(json, "\"sentences\":[]") != NULL);
    claimkit_string_free(json);

    /* NUL bytes inside the input are text, not terminators: the whole length is read. */
    static const char with_nuls[] = "First part.\0 Second part said \"nothing\".\0\0 End.";
    const size_t nuls_len = sizeof with_nuls - 1;
    claimkit_document *doc = NULL;
    CHECK(claimkit_extract(ex, with_nuls, nuls_len, NULL, &doc, &err) == CLAIMKIT_OK);
    size_t text_len = 0;
    const char *text = claimkit_document_text(doc, &text_len);
    CHECK(text != NULL && text_len == nuls_len && memcmp(text, with_nuls, nuls_len) == 0);
    CHECK(claimkit_document_sentence_count(doc) >= 1);
    claimkit_document_free(doc);
    json = NULL;
    CHECK(claimkit_extract_json(ex, with_nuls, nuls_len, NULL, 0, &json, &json_len, &err) == CLAIMKIT_OK);
    CHECK(json != NULL && strlen(json) == json_len); /* NULs are escaped in JSON */
    char expected_length[40];
    snprintf(expected_length, sizeof expected_length, "\"text_length\":%zu,", nuls_len);
    CHECK(json != NULL && strstr(json, expected_length) != NULL);
    claimkit_string_free(json);
}

static void strict_encoding(void) {
    claimkit_extractor *strict = make("{\"strict_encoding\": true}");
    claimkit_extractor *lenient = make("{\"strict_encoding\": false}");
    claimkit_error err;
    /* A lone 0xFF at byte 9, an overlong encoding, a truncated sequence at the end. */
    static const char bad1[] = "Caf\xC3\xA9 ok \xFF here.";
    static const char bad2[] = "He said \xC0\xAF no.";
    static const char bad3[] = "Ends in the middle \xE2\x80";
    struct {
        const char *text;
        size_t len, offset;
    } cases[] = {{bad1, sizeof bad1 - 1, 9}, {bad2, sizeof bad2 - 1, 8}, {bad3, sizeof bad3 - 1, 19}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        claimkit_document *doc = SENTINEL;
        reset_error(&err);
        CHECK(claimkit_extract(strict, cases[i].text, cases[i].len, NULL, &doc, &err) == CLAIMKIT_ERROR_INVALID_UTF8);
        CHECK(doc == NULL);
        CHECK(err.status == CLAIMKIT_ERROR_INVALID_UTF8);
        if (err.byte_offset != cases[i].offset) {
            failures++;
            fprintf(stderr, "misuse.c: strict case %zu: byte_offset %zu, expected %zu\n", i, err.byte_offset,
                    cases[i].offset);
        }
        char *json = SENTINEL;
        CHECK(claimkit_extract_json(strict, cases[i].text, cases[i].len, NULL, 0, &json, NULL, &err) ==
              CLAIMKIT_ERROR_INVALID_UTF8);
        CHECK(json == NULL && err.byte_offset == cases[i].offset);

        /* Not strict: repaired, with a diagnostic, and the repaired text is valid UTF-8. */
        doc = NULL;
        CHECK(claimkit_extract(lenient, cases[i].text, cases[i].len, NULL, &doc, &err) == CLAIMKIT_OK);
        CHECK(claimkit_document_diagnostic_count(doc) >= 1);
        claimkit_document_free(doc);
    }
    claimkit_extractor_free(strict);
    claimkit_extractor_free(lenient);
}

static void input_limits(void) {
    claimkit_extractor *small = make("{\"max_input_bytes\": 16}");
    claimkit_error err;
    static const char sixteen[] = "Sixteen bytes!!.";
    static const char seventeen[] = "Seventeen bytes!.";
    claimkit_document *doc = NULL;
    CHECK(claimkit_extract(small, sixteen, 16, NULL, &doc, &err) == CLAIMKIT_OK);
    claimkit_document_free(doc);
    doc = SENTINEL;
    reset_error(&err);
    CHECK(claimkit_extract(small, seventeen, 17, NULL, &doc, &err) == CLAIMKIT_ERROR_INPUT_TOO_LARGE);
    CHECK(doc == NULL && err.status == CLAIMKIT_ERROR_INPUT_TOO_LARGE && message_has(&err, "max_input_bytes"));
    char *json = SENTINEL;
    size_t json_len = 99;
    CHECK(claimkit_extract_json(small, seventeen, 17, NULL, 0, &json, &json_len, &err) == CLAIMKIT_ERROR_INPUT_TOO_LARGE);
    CHECK(json == NULL && json_len == 0);
    claimkit_extractor_free(small);
}

static void compare_misuse(void) {
    claimkit_error err;
    char *json = SENTINEL;
    size_t json_len = 99;
    static const char two[] = "{\"schema_version\": 1, \"id\": \"a\"}\n{\"schema_version\": 1, \"id\": \"b\"}\n";

    /* NULL out_json; NULL input with a length; huge lengths refused before reading. */
    reset_error(&err);
    CHECK(claimkit_compare_json(two, sizeof two - 1, 0, NULL, &json_len, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(json_len == 0 && err.status == CLAIMKIT_ERROR_INVALID_ARGUMENT && message_has(&err, "out_json"));
    CHECK(claimkit_compare_json(NULL, 0, 0, NULL, NULL, NULL) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    json = SENTINEL;
    CHECK(claimkit_compare_json(NULL, 7, 0, &json, NULL, &err) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    CHECK(json == NULL && err.status == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    size_t huge[] = {SIZE_MAX, SIZE_MAX / 2, ((size_t)1 << 30) + 1};
    for (size_t i = 0; i < sizeof huge / sizeof huge[0]; i++) {
        json = SENTINEL;
        json_len = 99;
        reset_error(&err);
        CHECK(claimkit_compare_json(two, huge[i], 0, &json, &json_len, &err) == CLAIMKIT_ERROR_INPUT_TOO_LARGE);
        CHECK(json == NULL && json_len == 0 && err.status == CLAIMKIT_ERROR_INPUT_TOO_LARGE);
    }

    /* No documents: NULL/0, empty, white space, an empty array. */
    const char *empties[] = {NULL, "", " \n\t ", "[]"};
    for (size_t i = 0; i < sizeof empties / sizeof empties[0]; i++) {
        json = NULL;
        reset_error(&err);
        size_t n = empties[i] ? strlen(empties[i]) : 0;
        CHECK(claimkit_compare_json(empties[i], n, 0, &json, &json_len, &err) == CLAIMKIT_OK);
        CHECK(err.status == CLAIMKIT_OK && err.byte_offset == SIZE_MAX && err.message[0] == '\0');
        CHECK(json != NULL && strlen(json) == json_len && strstr(json, "\"groups\":[]") != NULL);
        claimkit_string_free(json);
    }

    /* Two minimal documents: their ids name them; NULL out_len and out_error are fine. */
    json = NULL;
    CHECK(claimkit_compare_json(two, sizeof two - 1, 0, &json, NULL, NULL) == CLAIMKIT_OK);
    CHECK(json != NULL && strstr(json, "\"documents\":[\"a\",\"b\"]") != NULL);
    claimkit_string_free(json);

    /* Malformed JSON, non-objects, article records, invalid UTF-8: INVALID_JSON at an offset. */
    struct {
        const char *input;
        size_t offset;
        const char *named;
    } bad[] = {
        {"{\"schema_version\": 1}\n{\"schema_version\": nul}", 41, "literal"},
        {"[{\"schema_version\": 1},", 23, "end"},
        {"{\"schema_version\": 1}\n\"text\"", 22, "object"},
        {"{\"id\": 1, \"text\": \"Prices rose.\"}", 0, "extract it first"},
        {"  {\"id\": 1}", 2, "schema_version"},
        {"{\"schema_version\": 1, \"title\": \"\xC3\x28\"}", 32, "UTF-8"},
        {"{\"schema_version\": 1} }", 22, "JSON"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        json = SENTINEL;
        json_len = 99;
        reset_error(&err);
        CHECK(claimkit_compare_json(bad[i].input, strlen(bad[i].input), 0, &json, &json_len, &err) ==
              CLAIMKIT_ERROR_INVALID_JSON);
        CHECK(json == NULL && json_len == 0 && err.status == CLAIMKIT_ERROR_INVALID_JSON);
        if (err.byte_offset != bad[i].offset || !message_has(&err, bad[i].named)) {
            failures++;
            fprintf(stderr, "misuse.c: compare case %zu: offset %zu (expected %zu), message \"%s\" (expected \"%s\")\n", i,
                    err.byte_offset, bad[i].offset, err.message, bad[i].named);
        }
    }
}

int main(void) {
    versions();
    extractor_misuse();
    claimkit_extractor *ex = make(NULL);
    extract_misuse(ex);
    document_misuse(ex);
    extract_json_misuse(ex);
    claimkit_extractor_free(ex);
    strict_encoding();
    input_limits();
    compare_misuse();
    if (failures != 0) {
        fprintf(stderr, "misuse: %d of %d checks FAILED\n", failures, checks);
        return 1;
    }
    printf("misuse: all %d checks passed\n", checks);
    return 0;
}
