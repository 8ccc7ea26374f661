package io.jianfu.command.responsibility;

import java.time.LocalDate;
import java.util.Optional;

/** What command handlers may ask of the responsibility list: the version of a matter in force on a day. */
public interface ResponsibilityList {

    /** Empty when no such matter is listed, or it was not (or no longer) in force on {@code day}. */
    Optional<MatterInForce> inForce(String matterId, LocalDate day);
}
