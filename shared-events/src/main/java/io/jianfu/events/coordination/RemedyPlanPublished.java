package io.jianfu.events.coordination;

import java.time.OffsetDateTime;

/** The street or the lead department published the plan that will solve a coordination request. */
public record RemedyPlanPublished(String requestId, String publishedByUnitCode, String plan,
                                  OffsetDateTime publishedAt) {
}
