/*
 * compare.c: compares two documents with claimkit_compare_json() and checks the groups.
 *
 *   compare A.json B.json [ARTICLE]
 *
 * A and B are hand-made claimkit documents (tests/compare/harbour-*.json, written by
 * tests/compare/make-fixtures) between which there is one group of each kind: the same figure
 * (agree), figures that cannot both hold (conflict), a claim asserted in one and denied in the
 * other (conflict) and bounds that can both hold (related). The documents are passed once as a
 * JSON array and once as JSON Lines; both must give the same bytes. With ARTICLE, the article
 * is also extracted twice and the two real documents compared (must succeed). Run under
 * valgrind by scripts/test-c; exits 0 when every check passes.
 */
#include <claimkit.h>
#include <jansson.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int checks = 0, failures = 0;

#define CHECK(cond)                                                               \
    do {                                                                          \
        checks++;                                                                 \
        if (!(cond)) {                                                            \
            failures++;                                                           \
            fprintf(stderr, "compare.c:%d: check failed: %s\n", __LINE__, #cond); \
        }                                                                         \
    } while (0)

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
            if (bigger == NULL) free(buf);
            buf = bigger;
            cap *= 2;
        }
    }
    fclose(f);
    *out_len = len;
    return buf;
}

/* Re-serialises a document compactly (one line), so two of them make JSON Lines. */
static char *one_line(const char *json, size_t len) {
    json_error_t jerr;
    json_t *doc = json_loadb(json, len, 0, &jerr);
    if (doc == NULL) {
        fprintf(stderr, "compare.c: fixture is not JSON: %s\n", jerr.text);
        exit(1);
    }
    char *line = json_dumps(doc, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(doc);
    return line;
}

/* The first group with this basis (and measure, when given), or NULL. Borrowed. */
static json_t *find_group(json_t *groups, const char *basis, const char *measure) {
    size_t i;
    json_t *g;
    json_array_foreach(groups, i, g) {
        const char *b = json_string_value(json_object_get(g, "basis"));
        const char *m = json_string_value(json_object_get(g, "measure"));
        if (b && strcmp(b, basis) == 0 && (measure == NULL || (m && strcmp(m, measure) == 0))) return g;
    }
    return NULL;
}

static int relation_is(json_t *group, const char *relation) {
    const char *r = group ? json_string_value(json_object_get(group, "relation")) : NULL;
    return r != NULL && strcmp(r, relation) == 0;
}

static void check_groups(const char *json) {
    json_error_t jerr;
    json_t *root = json_loads(json, 0, &jerr);
    CHECK(root != NULL);
    if (root == NULL) return;
    json_t *docs = json_object_get(root, "documents");
    CHECK(json_array_size(docs) == 2);
    CHECK(strcmp(json_string_value(json_array_get(docs, 0)), "harbour-a") == 0);
    json_t *groups = json_object_get(root, "groups");
    CHECK(json_is_array(groups) && json_array_size(groups) >= 4);

    json_t *vehicles = find_group(groups, "measure", "vehicles");
    CHECK(relation_is(vehicles, "agree"));
    json_t *money = find_group(groups, "measure", "money");
    CHECK(relation_is(money, "conflict"));
    const char *why = money ? json_string_value(json_object_get(money, "reason")) : NULL;
    CHECK(why != NULL && strstr(why, "48,000,000") != NULL && strstr(why, "75,000,000") != NULL);
    json_t *denial = find_group(groups, "denial", NULL);
    CHECK(relation_is(denial, "conflict"));
    json_t *members = denial ? json_object_get(denial, "claims") : NULL;
    CHECK(json_array_size(members) == 2);
    const char *m0 = json_string_value(json_object_get(json_array_get(members, 0), "modality"));
    const char *m1 = json_string_value(json_object_get(json_array_get(members, 1), "modality"));
    CHECK(m0 && m1 && strcmp(m0, "asserted") == 0 && strcmp(m1, "denied") == 0);
    CHECK(relation_is(find_group(groups, "measure", "munitions"), "related"));

    size_t i;
    json_t *g;
    json_array_foreach(groups, i, g) {
        printf("  %-8s %-8s %s\n", json_string_value(json_object_get(g, "relation")),
               json_string_value(json_object_get(g, "basis")), json_string_value(json_object_get(g, "reason")));
    }
    json_decref(root);
}

/* Extracts ARTICLE twice (ids one and two) and compares the two real documents. */
static void compare_real(const char *article_path) {
    size_t len = 0;
    char *article = read_file(article_path, &len);
    if (article == NULL) {
        failures++;
        return;
    }
    claimkit_extractor *ex = NULL;
    CHECK(claimkit_extractor_new(NULL, &ex, NULL) == CLAIMKIT_OK);
    char *doc = NULL;
    size_t doc_len = 0;
    CHECK(claimkit_extract_json(ex, article, len, NULL, 0, &doc, &doc_len, NULL) == CLAIMKIT_OK);
    /* Two copies as JSON Lines. */
    char *lines = malloc(2 * doc_len + 2);
    if (lines != NULL && doc != NULL) {
        memcpy(lines, doc, doc_len);
        lines[doc_len] = '\n';
        memcpy(lines + doc_len + 1, doc, doc_len);
        lines[2 * doc_len + 1] = '\n';
        char *out = NULL;
        claimkit_error err;
        CHECK(claimkit_compare_json(lines, 2 * doc_len + 2, 0, &out, NULL, &err) == CLAIMKIT_OK);
        CHECK(out != NULL && strstr(out, "\"documents\":[\"d1\",\"d2\"]") != NULL);
        printf("compare: %s extracted twice: %zu bytes of comparison\n", article_path, out ? strlen(out) : 0);
        claimkit_string_free(out);
    }
    free(lines);
    claimkit_string_free(doc);
    claimkit_extractor_free(ex);
    free(article);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: compare A.json B.json [ARTICLE]\n");
        return 2;
    }
    size_t a_len = 0, b_len = 0;
    char *a = read_file(argv[1], &a_len);
    char *b = read_file(argv[2], &b_len);
    if (a == NULL || b == NULL) return 2;

    /* As a JSON array: [A,B]. */
    size_t array_len = a_len + b_len + 3;
    char *array = malloc(array_len);
    if (array == NULL) return 2;
    array[0] = '[';
    memcpy(array + 1, a, a_len);
    array[1 + a_len] = ',';
    memcpy(array + 2 + a_len, b, b_len);
    array[array_len - 1] = ']';

    char *out = NULL;
    size_t out_len = 0;
    claimkit_error err;
    CHECK(claimkit_compare_json(array, array_len, 0, &out, &out_len, &err) == CLAIMKIT_OK);
    CHECK(err.status == CLAIMKIT_OK && out != NULL && strlen(out) == out_len);
    if (out != NULL) check_groups(out);

    /* As JSON Lines: the same bytes. */
    char *line_a = one_line(a, a_len), *line_b = one_line(b, b_len);
    size_t la = strlen(line_a), lb = strlen(line_b);
    char *lines = malloc(la + lb + 2);
    if (lines == NULL) return 2;
    memcpy(lines, line_a, la);
    lines[la] = '\n';
    memcpy(lines + la + 1, line_b, lb);
    lines[la + lb + 1] = '\n';
    char *out_lines = NULL;
    CHECK(claimkit_compare_json(lines, la + lb + 2, 0, &out_lines, NULL, NULL) == CLAIMKIT_OK);
    CHECK(out != NULL && out_lines != NULL && strcmp(out, out_lines) == 0);

    /* Malformed: the second line is cut short; the offset points into it. */
    char *bad_out = (char *)&err; /* any non-NULL value: must be reset */
    size_t bad_len = 99;
    CHECK(claimkit_compare_json(lines, la + 1 + lb / 2, 0, &bad_out, &bad_len, &err) == CLAIMKIT_ERROR_INVALID_JSON);
    CHECK(bad_out == NULL && bad_len == 0 && err.status == CLAIMKIT_ERROR_INVALID_JSON);
    CHECK(err.byte_offset > la && err.byte_offset <= la + 1 + lb / 2);
    printf("compare: truncated JSON Lines -> %s at byte %zu (%s)\n", claimkit_status_string(err.status), err.byte_offset,
           err.message);

    if (argc > 3) compare_real(argv[3]);

    claimkit_string_free(out);
    claimkit_string_free(out_lines);
    free(lines);
    free(line_a);
    free(line_b);
    free(array);
    free(a);
    free(b);
    if (failures != 0) {
        fprintf(stderr, "compare: %d of %d checks FAILED\n", failures, checks);
        return 1;
    }
    printf("compare: all %d checks passed\n", checks);
    return 0;
}
