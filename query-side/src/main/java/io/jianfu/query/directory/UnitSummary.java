package io.jianfu.query.directory;

public record UnitSummary(String code, String name, String kind, String parentCode) {
}
