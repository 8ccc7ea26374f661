package io.jianfu.query.burden;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 基层负担: a street or town's load in a period beside the period of the same length just before it; {@code units}
 * are the unit and the communities or villages under it. {@code change} maps a figure to (this − earlier) / earlier.
 */
public record BurdenReport(String unitCode, List<String> units, BurdenFigures current, BurdenFigures previous,
                           Map<String, BigDecimal> change) {
}
