package io.jianfu.events.responsibility;

/** The discipline office (纪委监委) reviewed a pledge and let it stand, with a reason. */
public record ResponsibilityPledgeUpheld(String pledgeId, String reason) {
}
