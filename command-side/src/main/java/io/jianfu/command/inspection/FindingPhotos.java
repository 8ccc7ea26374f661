package io.jianfu.command.inspection;

import io.jianfu.command.common.Check;
import io.jianfu.command.common.Ids;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The field rules of {@link AddFindingPhoto}: an id and a non-empty JPEG or PNG whose bytes match its type. */
final class FindingPhotos {
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private FindingPhotos() {
    }

    /** The media type without parameters, lower case; null if none was given. */
    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    static void check(AddFindingPhoto command) {
        String type = mediaType(command.contentType());
        byte[] content = command.content();
        boolean present = content != null && content.length > 0;
        Check.fields()
             .that(Ids.isWellFormed(command.photoId()), "id", "must be 1 to 64 letters, digits, '.', '-' or '_'")
             .required("contentType", type)
             .that(type == null || JPEG.equals(type) || PNG.equals(type), "contentType",
                   "must be image/jpeg or image/png")
             .that(present, "content", "must not be empty")
             .that(!present || type == null || !JPEG.equals(type) || startsWith(content, JPEG_START), "content",
                   "is not a JPEG image")
             .that(!present || type == null || !PNG.equals(type) || startsWith(content, PNG_START), "content",
                   "is not a PNG image")
             .orThrow();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
