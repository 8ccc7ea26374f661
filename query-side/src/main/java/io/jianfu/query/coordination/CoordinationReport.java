package io.jianfu.query.coordination;

import java.math.BigDecimal;
import java.util.Map;

/**
 * 属地权责 figures for a period beside an earlier one (by default the same number of days just before it).
 * {@code change} maps a figure to (this − earlier) / earlier, e.g. −0.8889 for 6 complaints against 54.
 */
public record CoordinationReport(String streetCode, CoordinationFigures current, CoordinationFigures previous,
                                 Map<String, BigDecimal> change) {
}
