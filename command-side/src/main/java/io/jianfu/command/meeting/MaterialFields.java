package io.jianfu.command.meeting;

import io.jianfu.command.common.Check;
import io.jianfu.command.common.Ids;

import java.util.regex.Pattern;

/** The field rules of {@link UploadMeetingMaterial}: an id, a plain file name, a media type and some content. */
final class MaterialFields {
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}(\\s*;.*)?");
    private static final Pattern FILE_NAME = Pattern.compile("[^/\\\\\\p{Cntrl}]+");

    private MaterialFields() {
    }

    static void check(UploadMeetingMaterial command) {
        byte[] content = command.content();
        Check.fields()
             .that(Ids.isWellFormed(command.materialId()), "id", "must be 1 to 64 letters, digits, '.', '-' or '_'")
             .required("fileName", command.fileName())
             .maxLength("fileName", command.fileName(), 200)
             .that(command.fileName() == null || FILE_NAME.matcher(command.fileName()).matches(), "fileName",
                   "must not contain '/', '\\' or control characters")
             .required("contentType", command.contentType())
             .maxLength("contentType", command.contentType(), 200)
             .that(command.contentType() == null || MEDIA_TYPE.matcher(command.contentType().strip()).matches(),
                   "contentType", "must be a media type such as application/pdf")
             .that(content != null && content.length > 0, "content", "must not be empty")
             .orThrow();
    }
}
