package io.jianfu.events.coordination;

/** How a coordination request found its departments. */
public enum RoutingBasis {
    /** The responsibility list named them: the matter given when the request was raised, in the version in force. */
    LIST,
    /** No listed matter fitted, so the street (or town) named the departments itself. */
    BY_HAND
}
