package io.jianfu.command.inspection;

import org.springframework.stereotype.Component;

import java.security.SecureRandom;

/**
 * Verification codes of 12 characters from a 32-letter alphabet without look-alikes (0/O, 1/I): 60 random bits from
 * {@link SecureRandom}, so a code cannot be guessed from another.
 */
@Component
public class SecureVerificationCodes implements VerificationCodes {
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
