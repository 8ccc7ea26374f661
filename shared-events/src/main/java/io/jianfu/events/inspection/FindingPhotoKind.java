package io.jianfu.events.inspection;

/** What a finding's photo shows: the problem (the inspectors' photo) or the target unit's rectification evidence. */
public enum FindingPhotoKind {
    PROBLEM,
    EVIDENCE
}
