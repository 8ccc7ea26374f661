package io.jianfu.query.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The relative change of a figure against an earlier period: (now − before) / before, to four places. */
public final class Change {

    private Change() {
    }

    public static BigDecimal of(long current, long previous) {
        return of(BigDecimal.valueOf(current), BigDecimal.valueOf(previous));
    }

    /** Null when either figure is unknown or the earlier one is zero, where no ratio exists. */
    public static BigDecimal of(BigDecimal current, BigDecimal previous) {
        if (current == null || previous == null || previous.signum() == 0) {
            return null;
        }
        return current.subtract(previous).divide(previous, 4, RoundingMode.HALF_UP);
    }
}
