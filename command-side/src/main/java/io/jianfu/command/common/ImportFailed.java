package io.jianfu.command.common;

/** A row of a bulk import was refused; nothing of the file was stored (HTTP 422). */
public class ImportFailed extends RuntimeException {
    private final long line;

    public ImportFailed(long line, String problem) {
        super("Line " + line + ": " + problem + " Nothing was imported.");
        this.line = line;
    }

    public long line() {
        return line;
    }
}
