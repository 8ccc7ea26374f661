package io.jianfu.query.audit;

import java.util.Map;

/**
 * A view rebuilt from the event store beside what it held before. Each digest maps a table to the MD5 of its rows in
 * a fixed order and the row count; {@code identical} compares them. The comparison is exact when no event arrived
 * during the rebuild ({@code quiet}: the store's head did not move); otherwise new events may explain a difference.
 */
public record ViewRebuild(String processingGroup, long livePosition, Map<String, String> liveDigest,
                          long rebuiltPosition, Map<String, String> rebuiltDigest, boolean identical, boolean quiet,
                          long millis) {
}
