/*
 * Fuzz target: arbitrary bytes as the options JSON of claimkit_extractor_new (the JSON
 * reader plus option validation). When the options are accepted, the extractor must work:
 * it extracts a small fixed article (or, for three inputs in four, an empty one), and is freed.
 */
#include "fuzz_common.h"

static const char article[] =
    "LONDON, June 20 (Staff) - \"We will cut prices by 5% next year,\" the minister said on "
    "Tuesday. Sales rose to $1.2bn, according to the ministry.\n\nCritics said it may fail.";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *options = fuzz_cstring(data, size);
    claimkit_extractor *extractor = (claimkit_extractor *)1;
    claimkit_error error;
    int32_t status = claimkit_extractor_new(options, &extractor, &error);
    fuzz_check_error(&error, status);
    if (status == CLAIMKIT_OK) {
        FUZZ_CHECK(extractor != NULL);
        /* The whole article for a quarter of the accepted options (by size), an empty one
           otherwise: the JSON reader, not the pipeline, is what this target is about, and a
           full extraction costs a hundred times the parse. */
        size_t len = size % 4 == 0 ? sizeof article - 1 : 0;
        status = fuzz_extract_json(extractor, article, len, NULL, 0);
        /* the only per-call failure options can cause: a max_input_bytes below the article */
        FUZZ_CHECK(status == CLAIMKIT_OK || status == CLAIMKIT_ERROR_INPUT_TOO_LARGE);
        claimkit_extractor_free(extractor);
    } else {
        FUZZ_CHECK(status == CLAIMKIT_ERROR_INVALID_OPTIONS);
        FUZZ_CHECK(extractor == NULL);
        FUZZ_CHECK(error.message[0] != '\0');
    }
    free(options);
    return 0;
}
