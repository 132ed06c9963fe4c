#ifndef CLAIMKIT_MODEL_H
#define CLAIMKIT_MODEL_H
/* Model weights and lexicons compiled into the library as C data (generated files). */
#include <stddef.h>
#include <stdint.h>
/* Check-worthiness model blob (layout: scripts/train-checkworthiness), generated into
   checkworthiness_model.c. */
extern const unsigned char claimkit_checkworthiness_model[];
extern const size_t claimkit_checkworthiness_model_size;
/* Accessors for Swift, which does not import arrays of unknown size. */
const unsigned char *claimkit_checkworthiness_model_bytes(void);
size_t claimkit_checkworthiness_model_length(void);
#endif
