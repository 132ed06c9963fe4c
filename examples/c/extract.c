/*
 * extract.c: reads one article with libclaimkit and prints what it claims.
 *
 *   extract [--date YYYY-MM-DD] [--options JSON] [--repeat N] ARTICLE
 *
 * Shows the usual way to use claimkit from C: build one extractor, call
 * claimkit_extract_json() per article, read the JSON with any JSON library (jansson here),
 * free the string with claimkit_string_free(), free the extractor at the end.
 * --repeat N runs the extraction N times (for leak checks under valgrind); every run must
 * give byte-identical JSON.
 *
 * Build: see examples/c/Makefile (pkg-config claimkit jansson).
 */
#include <claimkit.h>
#include <jansson.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads a whole file into a malloc'ed buffer; returns NULL (and prints why) on failure. */
static char *read_file(const char *path, size_t *out_len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        perror(path);
        return NULL;
    }
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    while (buf != NULL) {
        size_t n = fread(buf + len, 1, cap - len, f);
        len += n;
        if (n == 0) break;
        if (len == cap) {
            char *bigger = realloc(buf, cap * 2);
            if (bigger == NULL) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    if (buf == NULL || ferror(f)) {
        fprintf(stderr, "%s: read error\n", path);
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    *out_len = len;
    return buf;
}

/* The "text" of a span object such as {"start": 0, "end": 4, "text": "said"}, or a default. */
static const char *span_text(const json_t *object, const char *key, const char *fallback) {
    const char *text = json_string_value(json_object_get(json_object_get(object, key), "text"));
    return text != NULL ? text : fallback;
}

static void print_claims(const json_t *claims) {
    size_t i;
    json_t *claim;
    printf("claims: %zu\n", json_array_size(claims));
    json_array_foreach(claims, i, claim) {
        const json_t *speaker = json_object_get(claim, "speaker");
        const char *name = json_string_value(json_object_get(speaker, "name"));
        printf("  [%s] %s %s: %s\n", json_string_value(json_object_get(claim, "kind")),
               name != NULL ? name : "(no speaker)", span_text(claim, "cue", "-"),
               span_text(claim, "content", ""));
    }
}

static void print_quantities(const json_t *quantities) {
    size_t i;
    json_t *q;
    printf("numbers: %zu\n", json_array_size(quantities));
    json_array_foreach(quantities, i, q) {
        const json_t *value = json_object_get(q, "value");
        const char *unit = json_string_value(json_object_get(q, "unit"));
        printf("  %s", json_string_value(json_object_get(q, "text")));
        if (json_is_number(value)) printf(" = %g", json_number_value(value));
        if (unit != NULL) printf(" %s", unit);
        printf(" (%s, %s)\n", json_string_value(json_object_get(q, "kind")),
               json_string_value(json_object_get(q, "qualifier")));
    }
}

static void print_times(const json_t *times) {
    size_t i;
    json_t *t;
    printf("dates: %zu\n", json_array_size(times));
    json_array_foreach(times, i, t) {
        const char *value = json_string_value(json_object_get(t, "value"));
        printf("  %s -> %s\n", json_string_value(json_object_get(t, "text")),
               value != NULL ? value : "(unresolved)");
    }
}

/* Prints a summary of one document; returns 0, or 1 if the JSON is not what it should be. */
static int print_document(const char *json, size_t json_len) {
    json_error_t jerr;
    json_t *doc = json_loadb(json, json_len, 0, &jerr);
    if (doc == NULL) {
        fprintf(stderr, "claimkit returned invalid JSON: %s (line %d)\n", jerr.text, jerr.line);
        return 1;
    }
    printf("schema_version: %lld\n", (long long)json_integer_value(json_object_get(doc, "schema_version")));
    printf("blocks: %zu\n", json_array_size(json_object_get(doc, "blocks")));
    printf("sentences: %zu\n", json_array_size(json_object_get(doc, "sentences")));
    print_claims(json_object_get(doc, "claims"));
    print_quantities(json_object_get(doc, "quantities"));
    print_times(json_object_get(doc, "times"));
    printf("diagnostics: %zu\n", json_array_size(json_object_get(doc, "diagnostics")));
    json_decref(doc);
    return 0;
}

static int usage(void) {
    fprintf(stderr, "usage: extract [--date YYYY-MM-DD] [--options JSON] [--repeat N] ARTICLE\n");
    return 2;
}

int main(int argc, char **argv) {
    const char *path = NULL, *date = NULL, *options = NULL;
    long repeat = 1;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--date") == 0 && i + 1 < argc) {
            date = argv[++i];
        } else if (strcmp(argv[i], "--options") == 0 && i + 1 < argc) {
            options = argv[++i];
        } else if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
            repeat = strtol(argv[++i], NULL, 10);
            if (repeat < 1) return usage();
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            return usage();
        } else if (path == NULL) {
            path = argv[i];
        } else {
            return usage();
        }
    }
    if (path == NULL) return usage();

    if (claimkit_version_number() / 1000000 != CLAIMKIT_VERSION_MAJOR) {
        fprintf(stderr, "libclaimkit %s does not match claimkit.h %s\n", claimkit_version_string(),
                CLAIMKIT_VERSION_STRING);
        return 1;
    }

    size_t len = 0;
    char *article = read_file(path, &len);
    if (article == NULL) return 1;

    claimkit_error err;
    claimkit_extractor *extractor = NULL;
    if (claimkit_extractor_new(options, &extractor, &err) != CLAIMKIT_OK) {
        fprintf(stderr, "options: %s: %s\n", claimkit_status_string(err.status), err.message);
        free(article);
        return 1;
    }

    /* The context JSON carries the reference date; build it only when one was given. */
    char context[64];
    const char *context_json = NULL;
    if (date != NULL) {
        if (strlen(date) > 20) {
            fprintf(stderr, "--date: not a date: %s\n", date);
            claimkit_extractor_free(extractor);
            free(article);
            return 1;
        }
        snprintf(context, sizeof context, "{\"reference_date\": \"%s\"}", date);
        context_json = context;
    }

    int status = 0;
    char *first = NULL; /* the first run's JSON: later runs must match it byte for byte */
    size_t first_len = 0;
    for (long run = 0; run < repeat && status == 0; run++) {
        char *json = NULL;
        size_t json_len = 0;
        int32_t rc = claimkit_extract_json(extractor, article, len, context_json, 0, &json, &json_len, &err);
        if (rc != CLAIMKIT_OK) {
            fprintf(stderr, "%s: %s: %s", path, claimkit_status_string(rc), err.message);
            if (err.byte_offset != SIZE_MAX) fprintf(stderr, " (at byte %zu)", err.byte_offset);
            fprintf(stderr, "\n");
            status = 1;
        } else if (run == 0) {
            first = json; /* keep it; freed below */
            first_len = json_len;
            status = print_document(json, json_len);
            json = NULL;
        } else if (json_len != first_len || memcmp(json, first, json_len) != 0) {
            fprintf(stderr, "run %ld gave different JSON than run 0\n", run);
            status = 1;
        }
        claimkit_string_free(json);
    }
    if (status == 0 && repeat > 1) printf("runs: %ld, identical JSON (%zu bytes)\n", repeat, first_len);

    claimkit_string_free(first);
    claimkit_extractor_free(extractor);
    free(article);
    return status;
}
