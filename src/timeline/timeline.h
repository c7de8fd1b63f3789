/*
 * timeline.h (module interface) - what src/timeline/ offers the other
 * modules beyond the public include/tidings/timeline.h: a build that can
 * leave out entities, for readers that need only dates and first reports.
 */
#ifndef TD_TIMELINE_TIMELINE_H
#define TD_TIMELINE_TIMELINE_H

#include <stdbool.h>

#include "tidings/timeline.h"

/*
 * `td_timeline_build()`, with `with_entities` false leaving every event's
 * `entities` empty and skipping the entity recogniser (and its gazetteer),
 * which is most of the cost after date tagging. Same errors.
 */
TD_NODISCARD enum td_err timeline_build(const struct td_timeline_input *in, size_t n,
                                        bool with_entities, struct td_timeline *out,
                                        struct td_error *err);

#endif
