/*
 * Fuzz target: the JSON reader through the per-article context JSON of claimkit_extract_json.
 * A context is either accepted (the article is extracted) or refused with
 * CLAIMKIT_ERROR_INVALID_ARGUMENT and a message; nothing else. The article is extracted for a
 * quarter of the inputs, an empty input for the others.
 */
#include "fuzz_common.h"

static claimkit_extractor *extractor;

static const char article[] =
    "<p>Officials said on Monday that 3,000 people had left since last week.</p>"
    "<p>\"It is not over,\" Ms Rivera told reporters yesterday.</p>";

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    claimkit_error error;
    if (claimkit_extractor_new("", &extractor, &error) != CLAIMKIT_OK) abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *context = fuzz_cstring(data, size);
    claimkit_error error;
    /* The article for a quarter of the inputs (by size), an empty input otherwise: a parsed
       context is what is being tested, and a full extraction costs a hundred times the parse. */
    size_t len = size % 4 == 0 ? sizeof article - 1 : 0;
    int32_t status = fuzz_extract_json(extractor, article, len, context, 0);
    FUZZ_CHECK(status == CLAIMKIT_OK || status == CLAIMKIT_ERROR_INVALID_ARGUMENT);
    (void)error;
    free(context);
    return 0;
}
