package io.jianfu.command.inspection;

/** Makes verification codes (一事一码) for published inspections. */
@FunctionalInterface
public interface VerificationCodes {
    String next();
}
