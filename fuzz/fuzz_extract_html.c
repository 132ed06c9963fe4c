/*
 * Fuzz target: arbitrary bytes as an HTML page (context {"input_format":"html"}), then the
 * same bytes with format detection ("auto", for inputs whose size is a multiple of 3, to keep
 * executions fast). Both must succeed: messy HTML is never an error.
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
    int32_t status = fuzz_extract_json(extractor, (const char *)data, size,
                                       "{\"input_format\":\"html\"}", 0);
    FUZZ_CHECK(status == CLAIMKIT_OK); /* messy HTML is never an error */
    if (size % 3 == 0) {
        status = fuzz_extract_json(extractor, (const char *)data, size, NULL, CLAIMKIT_JSON_PRETTY);
        FUZZ_CHECK(status == CLAIMKIT_OK);
    }
    return 0;
}
