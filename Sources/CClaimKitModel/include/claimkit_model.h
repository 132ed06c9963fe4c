#ifndef CLAIMKIT_MODEL_H
#define CLAIMKIT_MODEL_H
/* Model weights and lexicons compiled into the library as C data (generated files). */
#include <stddef.h>
#include <stdint.h>
/* Check-worthiness model, see scripts/train-checkworthiness. */
extern const unsigned char claimkit_checkworthiness_model[];
extern const size_t claimkit_checkworthiness_model_size;
#endif
