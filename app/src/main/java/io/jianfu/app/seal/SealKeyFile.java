package io.jianfu.app.seal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the seal's signing key: the file named by {@code jianfu.seal.key-file} (PKCS#8 PEM, PKCS#8 DER or the raw
 * 32-byte private key), which must then exist; otherwise {@code <data-dir>/seal/seal-key.pem}, generated on the first
 * start and kept.
 */
@Configuration(proxyBeanMethods = false)
public class SealKeyFile {
    private static final Logger log = LoggerFactory.getLogger(SealKeyFile.class);
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----(.*?)-----END PRIVATE KEY-----", Pattern.DOTALL);

    @Bean
    SealKey sealKey(@Value("${jianfu.seal.key-file:}") String configured,
                    @Value("${jianfu.data-dir:./data}") String dataDir) {
        if (!configured.isBlank()) {
            Path file = Path.of(configured);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("jianfu.seal.key-file " + file.toAbsolutePath() + " does not exist");
            }
            SealKey key = read(file);
            log.info("Seal key {} read from {}", key.id(), file.toAbsolutePath());
            return key;
        }
        Path file = Path.of(dataDir, "seal", "seal-key.pem").toAbsolutePath();
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        SealKey key = SealKey.generate();
        write(file, key);
        log.info("Generated seal key {} in {}", key.id(), file);
        return key;
    }

    static SealKey read(Path file) {
        try {
            byte[] content = Files.readAllBytes(file);
            if (content.length == SealKey.SEED_LENGTH) {
                return SealKey.fromSeed(content);
            }
            Matcher pem = PEM.matcher(new String(content, StandardCharsets.US_ASCII));
            if (pem.find()) {
                return SealKey.fromPkcs8(Base64.getMimeDecoder().decode(pem.group(1)));
            }
            return SealKey.fromPkcs8(content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seal key " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The seal key " + file + " is not an Ed25519 private key", e);
        }
    }

    static void write(Path file, SealKey key) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, key.privateKeyPem(), StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW,
                              StandardOpenOption.WRITE);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the seal key " + file, e);
        }
    }
}
