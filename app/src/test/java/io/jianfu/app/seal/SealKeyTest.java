package io.jianfu.app.seal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Ed25519 key: kept in a file, read back as the same key, and the signed checkpoint text. */
class SealKeyTest {

    @TempDir
    Path dir;

    @Test
    void aPrivateKeyAloneGivesBackItsPublicKey() throws Exception {
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] seed = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
        SealKey key = SealKey.fromSeed(seed);
        assertThat(key.publicKeyX509()).isEqualTo(pair.getPublic().getEncoded());
        assertThat(SealKey.fromPkcs8(pair.getPrivate().getEncoded()).id()).isEqualTo(key.id());
    }

    @Test
    void aGeneratedKeyIsKeptAndReadBackOnTheNextStart() throws Exception {
        SealKeyFile files = new SealKeyFile();
        SealKey first = files.sealKey("", dir.toString());
        SealKey second = files.sealKey("", dir.toString());
        assertThat(second.id()).isEqualTo(first.id());
        Path pem = dir.resolve("seal/seal-key.pem");
        assertThat(Files.readString(pem)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.getPosixFilePermissions(pem)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                                                                                 PosixFilePermission.OWNER_WRITE);

        Path configured = Files.copy(pem, dir.resolve("configured.pem"));
        assertThat(files.sealKey(configured.toString(), "/nowhere").id()).isEqualTo(first.id());
        String base64 = Files.readString(pem).replaceAll("-----(BEGIN|END) PRIVATE KEY-----|\\s", "");
        PrivateKey stored = KeyFactory.getInstance(SealKey.ALGORITHM)
                                      .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        Path raw = Files.write(dir.resolve("raw.key"), ((EdECPrivateKey) stored).getBytes().orElseThrow());
        assertThat(files.sealKey(raw.toString(), "/nowhere").id()).isEqualTo(first.id());
    }

    @Test
    void aConfiguredKeyFileMustExistAndHoldAKey() throws Exception {
        SealKeyFile files = new SealKeyFile();
        assertThatThrownBy(() -> files.sealKey(dir.resolve("missing.pem").toString(), dir.toString()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not exist");
        Path junk = Files.writeString(dir.resolve("junk.pem"), "not a key");
        assertThatThrownBy(() -> files.sealKey(junk.toString(), dir.toString()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not an Ed25519 private key");
    }

    @Test
    void aCheckpointSignsTheDocumentedTextAndEveryFieldCounts() {
        SealKey key = SealKey.generate();
        byte[] link = new byte[32];
        link[0] = (byte) 0xab;
        Checkpoint checkpoint = Checkpoint.signed(120, link, 118, Instant.parse("2026-03-04T01:02:03.456789Z"), key);
        assertThat(new String(checkpoint.signedText(), StandardCharsets.UTF_8)).isEqualTo(
                "jianfu-seal-checkpoint/v1\nposition=120\nlink=ab" + "00".repeat(31) + "\nevents=118\n"
                        + "sealedAt=2026-03-04T01:02:03.456Z\nkeyId=" + key.id() + "\n");
        assertThat(checkpoint.signedBy(key)).isTrue();
        assertThat(new Checkpoint(121, link, 118, checkpoint.sealedAt(), key.id(), checkpoint.signature())
                           .signedBy(key)).isFalse();
        assertThat(new Checkpoint(120, link, 119, checkpoint.sealedAt(), key.id(), checkpoint.signature())
                           .signedBy(key)).isFalse();
        assertThat(new Checkpoint(120, link, 118, checkpoint.sealedAt().plusMillis(1), key.id(),
                                  checkpoint.signature()).signedBy(key)).isFalse();
        assertThat(checkpoint.signedBy(SealKey.generate())).isFalse();
        assertThat(Checkpoint.signed(120, link, 118, Instant.parse("2026-03-04T01:02:03Z"), key).sealedAtText())
                .isEqualTo("2026-03-04T01:02:03.000Z");
    }
}
