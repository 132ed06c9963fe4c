/*
 * Fuzz target: arbitrary bytes as an HTML page: with context {"input_format":"html"} for two
 * inputs in three (by size), with no context (format detection, "auto") for the third. Must
 * succeed either way: messy HTML is never an error. One extraction per input (see
 * fuzz_extract_text.c: executions per second are what a short run lives on).
 */
#include "fuzz_common.h"

static claimkit_extractor *extractor;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    claimkit_error error;
    if (claimkit_extractor_new("{\"include_text\": true}", &extractor, &error) != CLAIMKIT_OK) {
        fprintf(stderr, "claimkit_extractor_new: %s\n", error.message);
        abort();
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *context = size % 3 == 0 ? NULL : "{\"input_format\":\"html\"}";
    int32_t status = fuzz_extract_json(extractor, (const char *)data, size, context,
                                       size & 1 ? CLAIMKIT_JSON_PRETTY : 0);
    FUZZ_CHECK(status == CLAIMKIT_OK); /* messy HTML is never an error */
    return 0;
}
