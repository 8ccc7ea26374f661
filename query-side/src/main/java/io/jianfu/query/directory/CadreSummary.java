package io.jianfu.query.directory;

public record CadreSummary(String id, String name, String unitCode, boolean topLeader) {
}
