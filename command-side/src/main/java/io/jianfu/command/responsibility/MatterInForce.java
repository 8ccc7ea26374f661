package io.jianfu.command.responsibility;

import io.jianfu.events.responsibility.MatterTerms;

/** What the responsibility list says about a matter on some day: the version in force and its terms. */
public record MatterInForce(String matterId, int version, MatterTerms terms) {
}
