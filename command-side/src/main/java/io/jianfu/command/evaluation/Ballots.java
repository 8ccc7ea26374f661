package io.jianfu.command.evaluation;

import io.jianfu.events.evaluation.DepartmentAnswer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The ballot box of each open campaign, kept on the command side outside the event store: the salt, the salted token
 * hashes with a used flag (no time, no respondent unit, rows in hash order), and the answers held until the campaign
 * closes. Every method runs inside the command's transaction.
 */
public interface Ballots {

    enum Consumption { CONSUMED, ALREADY_USED, UNKNOWN }

    /** An answer held back until its campaign closes: nothing but the answers. */
    record HeldAnswer(List<DepartmentAnswer> answers) {
    }

    boolean exists(String campaignId);

    void open(String campaignId, byte[] salt, Collection<byte[]> tokenHashes);

    Optional<byte[]> salt(String campaignId);

    /** Marks the token used if it is unused; tells which case applied. */
    Consumption consume(String campaignId, byte[] tokenHash);

    boolean holds(String campaignId, byte[] tokenHash);

    void hold(String campaignId, HeldAnswer answer);

    /** Removes and returns every held answer of the campaign. */
    List<HeldAnswer> release(String campaignId);

    /** Forgets the campaign's salt and token hashes; a closed campaign needs neither. */
    void burn(String campaignId);
}
