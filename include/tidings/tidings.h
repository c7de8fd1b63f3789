/*
 * tidings.h - umbrella header of the Tidings library (tidings_core).
 *
 * Tidings turns a stream of news articles into stories. Front ends (the CLI,
 * the server) include only this header and the ones it pulls in.
 */
#ifndef TIDINGS_TIDINGS_H
#define TIDINGS_TIDINGS_H

#define TD_VERSION "0.1.0"

#include "tidings/error.h"
#include "tidings/article.h"
#include "tidings/store.h"
#include "tidings/ingest.h"
#include "tidings/engine.h"
#include "tidings/timeline.h"
#include "tidings/query.h"
#include "tidings/eval.h"
#include "tidings/train.h"
#include "tidings/heap.h"

#endif
