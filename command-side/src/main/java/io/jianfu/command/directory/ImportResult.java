package io.jianfu.command.directory;

/** What a bulk import did: rows registered, and rows skipped because that code or id was already registered. */
public record ImportResult(int created, int alreadyRegistered) {
}
