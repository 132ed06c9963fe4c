/*
 * Fuzz target: arbitrary bytes as a plain-text article.
 *
 * Runs the whole pipeline once per input: for three inputs in four (by size) through
 * claimkit_extract_json (the one-shot call every binding uses; compact or pretty by the
 * input's parity); for the fourth through claimkit_extract (the document handle: sentence
 * spans must lie inside the text, in order, on UTF-8 boundaries), then
 * claimkit_document_to_json on that document (same contract as the one-shot JSON). One
 * extraction per input, not two: the extraction is what costs (about 1 ms under ASan for a
 * 500-byte input), and executions per second are what a short run lives on.
 */
#include "fuzz_common.h"

static claimkit_extractor *extractor;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    claimkit_error error;
    if (claimkit_extractor_new(NULL, &extractor, &error) != CLAIMKIT_OK) {
        fprintf(stderr, "claimkit_extractor_new: %s\n", error.message);
        abort();
    }
    return 0;
}

static void check_document(const uint8_t *data, size_t size, uint32_t flags) {
    claimkit_document *doc = (claimkit_document *)1;
    claimkit_error error;
    int32_t status = claimkit_extract(extractor, (const char *)data, size,
                                      "{\"input_format\":\"text\",\"reference_date\":\"2024-06-20\"}",
                                      &doc, &error);
    fuzz_check_error(&error, status);
    FUZZ_CHECK(status == CLAIMKIT_OK); /* default options: text never fails */
    FUZZ_CHECK(doc != NULL);
    size_t text_len = 0;
    const unsigned char *text = (const unsigned char *)claimkit_document_text(doc, &text_len);
    FUZZ_CHECK(text != NULL);
    FUZZ_CHECK(fuzz_valid_utf8(text, text_len));
    size_t sentences = claimkit_document_sentence_count(doc);
    size_t previous_end = 0;
    for (size_t i = 0; i < sentences; i++) {
        claimkit_span span;
        FUZZ_CHECK(claimkit_document_sentence(doc, i, &span) == CLAIMKIT_OK);
        FUZZ_CHECK(span.start <= span.end && span.end <= text_len);
        FUZZ_CHECK(span.start >= previous_end); /* sentences do not overlap */
        FUZZ_CHECK(fuzz_valid_utf8(text + span.start, span.end - span.start));
        previous_end = span.end;
    }
    claimkit_span span = {1, 1};
    FUZZ_CHECK(claimkit_document_sentence(doc, sentences, &span) == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    FUZZ_CHECK(span.start == 0 && span.end == 0);
    (void)claimkit_document_claim_count(doc);
    (void)claimkit_document_diagnostic_count(doc);

    char *json = (char *)1;
    size_t json_len = 12345;
    status = claimkit_document_to_json(doc, flags, &json, &json_len, &error);
    fuzz_check_error(&error, status);
    FUZZ_CHECK(status == CLAIMKIT_OK);
    fuzz_check_json(json, json_len);
    claimkit_string_free(json);
    claimkit_document_free(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint32_t flags = size & 1 ? CLAIMKIT_JSON_PRETTY : 0;
    if (size % 4 == 3) {
        check_document(data, size, flags);
        return 0;
    }
    int32_t status = fuzz_extract_json(extractor, (const char *)data, size, "{\"input_format\":\"text\"}", flags);
    FUZZ_CHECK(status == CLAIMKIT_OK); /* default options: text never fails */
    return 0;
}
