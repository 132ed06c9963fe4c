/*
 * threads_driver.c — 8 threads share one claimkit_extractor and call claimkit_extract_json
 * (and the document API) on varied inputs at once, for scripts/test-sanitizers under
 * ThreadSanitizer. Each result must be byte-identical to the one computed first on the main
 * thread: the library promises an immutable extractor and no global mutable state.
 *
 *   threads_driver [ITERATIONS] [FILE...]
 *
 * Last line "N passed, N failed"; exit status 1 on any mismatch or error.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimkit.h"

#define THREADS 8
#define MAX_INPUTS 64

typedef struct {
    char *data;
    size_t len;
    const char *context;
    char *expected; /* JSON from the main thread */
} input;

static input inputs[MAX_INPUTS];
static int input_count;
static claimkit_extractor *shared;
static int iterations = 20;

static void add(const char *data, size_t len, const char *context) {
    if (input_count == MAX_INPUTS) return;
    input *in = &inputs[input_count++];
    in->data = malloc(len ? len : 1);
    memcpy(in->data, data, len);
    in->len = len;
    in->context = context;
}

static char *run(const input *in, int32_t *status) {
    char *json = NULL;
    size_t len = 0;
    claimkit_error err;
    *status = claimkit_extract_json(shared, in->data, in->len, in->context, 0, &json, &len, &err);
    return json;
}

static void *worker(void *arg) {
    intptr_t id = (intptr_t)arg;
    intptr_t bad = 0;
    for (int it = 0; it < iterations; it++) {
        for (int k = 0; k < input_count; k++) {
            /* each thread walks the inputs from a different place */
            const input *in = &inputs[(k + id * 3 + it) % input_count];
            int32_t status;
            char *json = run(in, &status);
            if (status != CLAIMKIT_OK || json == NULL || strcmp(json, in->expected) != 0) bad++;
            claimkit_string_free(json);
            if ((k + it) % 4 == 0) {
                claimkit_document *doc = NULL;
                if (claimkit_extract(shared, in->data, in->len, in->context, &doc, NULL) != CLAIMKIT_OK) bad++;
                size_t n = claimkit_document_sentence_count(doc);
                claimkit_span sp;
                for (size_t s = 0; s < n; s++) claimkit_document_sentence(doc, s, &sp);
                claimkit_document_free(doc);
            }
        }
    }
    return (void *)bad;
}

int main(int argc, char **argv) {
    int passed = 0, failed = 0;
    if (argc > 1) iterations = atoi(argv[1]);
    claimkit_error err;
    if (claimkit_extractor_new("{\"include_text\": true}", &shared, &err) != CLAIMKIT_OK) {
        fprintf(stderr, "extractor: %s\n", err.message);
        return 1;
    }
    static const char *texts[] = {
        "LONDON, June 20 (Staff) - \"We will cut prices by 5% next year,\" the minister said on Tuesday.",
        "\xe2\x80\x9cIt is not over,\xe2\x80\x9d Ms Rivera told reporters yesterday. Sales rose to $1.2bn.",
        "U.S. officials said the plan may fail. Critics, however, denied it -- twice.\n\nNew paragraph here.",
        "caf\xe9 \x93quoted\x94 text with Windows-1252 bytes. 3,000 people left in 2023.",
        "",
        "<html><body><p>\"Prices rose 10%,\" he said on Monday.</p><p>It might rain.</p></body></html>",
        "<div><p>Unclosed <b>markup &amp; entities &#8220;q&#8221;</div>",
    };
    static const char *contexts[] = {NULL, "{\"reference_date\":\"2024-06-20\"}", "{\"input_format\":\"html\"}"};
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++)
        for (size_t c = 0; c < 3; c++) add(texts[t], strlen(texts[t]), contexts[c]);
    for (int i = 2; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) continue;
        static char buf[1 << 16];
        size_t n = fread(buf, 1, sizeof buf, f);
        fclose(f);
        add(buf, n, NULL);
        add(buf, n, "{\"input_format\":\"html\"}");
    }
    for (int k = 0; k < input_count; k++) {
        int32_t status;
        inputs[k].expected = run(&inputs[k], &status);
        if (status != CLAIMKIT_OK) {
            fprintf(stderr, "input %d: status %d\n", k, status);
            failed++;
        }
    }
    pthread_t threads[THREADS];
    for (intptr_t t = 0; t < THREADS; t++) pthread_create(&threads[t], NULL, worker, (void *)t);
    for (int t = 0; t < THREADS; t++) {
        void *bad;
        pthread_join(threads[t], &bad);
        if ((intptr_t)bad == 0) {
            passed++;
        } else {
            failed++;
            fprintf(stderr, "thread %d: %ld results differed or failed\n", t, (long)(intptr_t)bad);
        }
    }
    for (int k = 0; k < input_count; k++) {
        claimkit_string_free(inputs[k].expected);
        free(inputs[k].data);
    }
    claimkit_extractor_free(shared);
    printf("%d inputs x %d iterations x %d threads: %d passed, %d failed\n", input_count, iterations,
           THREADS, passed, failed);
    return failed ? 1 : 0;
}
