package io.jianfu.command.evaluation;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Ballots} in memory for the fixtures (no transaction to check). */
class InMemoryBallots implements Ballots {
    final Map<String, byte[]> salts = new HashMap<>();
    final Map<String, Map<ByteBuffer, Boolean>> tokens = new HashMap<>();
    final Map<String, List<HeldAnswer>> held = new HashMap<>();

    @Override
    public boolean exists(String campaignId) {
        return salts.containsKey(campaignId);
    }

    @Override
    public void open(String campaignId, byte[] salt, Collection<byte[]> tokenHashes) {
        salts.put(campaignId, salt);
        Map<ByteBuffer, Boolean> used = new HashMap<>();
        tokenHashes.forEach(hash -> used.put(ByteBuffer.wrap(hash), false));
        tokens.put(campaignId, used);
    }

    @Override
    public Optional<byte[]> salt(String campaignId) {
        return Optional.ofNullable(salts.get(campaignId));
    }

    @Override
    public Consumption consume(String campaignId, byte[] tokenHash) {
        Map<ByteBuffer, Boolean> used = tokens.getOrDefault(campaignId, Map.of());
        Boolean wasUsed = used.get(ByteBuffer.wrap(tokenHash));
        if (wasUsed == null) {
            return Consumption.UNKNOWN;
        }
        if (wasUsed) {
            return Consumption.ALREADY_USED;
        }
        used.put(ByteBuffer.wrap(tokenHash), true);
        return Consumption.CONSUMED;
    }

    @Override
    public boolean holds(String campaignId, byte[] tokenHash) {
        return tokens.getOrDefault(campaignId, Map.of()).containsKey(ByteBuffer.wrap(tokenHash));
    }

    @Override
    public void hold(String campaignId, HeldAnswer answer) {
        held.computeIfAbsent(campaignId, id -> new ArrayList<>()).add(answer);
    }

    @Override
    public List<HeldAnswer> release(String campaignId) {
        List<HeldAnswer> answers = held.remove(campaignId);
        return answers == null ? List.of() : answers;
    }

    @Override
    public void burn(String campaignId) {
        salts.remove(campaignId);
        tokens.remove(campaignId);
    }
}
