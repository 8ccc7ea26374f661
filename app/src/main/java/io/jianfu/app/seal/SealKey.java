package io.jianfu.app.seal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.security.KeyFactory;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The server's Ed25519 key pair. Its id is the first 16 hex digits of SHA-256 over the X.509 encoding of the public
 * key, so anyone holding the public key can compute it.
 */
public final class SealKey {
    public static final String ALGORITHM = "Ed25519";
    static final int SEED_LENGTH = 32;

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String id;

    SealKey(KeyPair pair) {
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
        this.id = idOf(publicKey.getEncoded());
    }

    public static SealKey generate() {
        try {
            return new SealKey(KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot generate Ed25519 keys", e);
        }
    }

    /**
     * The key pair of a 32-byte Ed25519 private key (seed). The JDK cannot derive a public key from a private one
     * directly, but its generator draws exactly the seed from the random source it is given.
     */
    public static SealKey fromSeed(byte[] seed) {
        if (seed.length != SEED_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 private key is " + SEED_LENGTH + " bytes");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(255, new FixedRandom(seed));
            return new SealKey(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot build Ed25519 keys", e);
        }
    }

    /** Reads a PKCS#8 (DER) Ed25519 private key, as {@code openssl genpkey -algorithm ed25519} writes it. */
    public static SealKey fromPkcs8(byte[] der) {
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
            byte[] seed = ((EdECPrivateKey) key).getBytes()
                                               .orElseThrow(() -> new IllegalArgumentException("no key bytes"));
            return fromSeed(seed);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("not a PKCS#8 Ed25519 private key", e);
        }
    }

    /** The private key in PKCS#8 PEM, readable by openssl. */
    public String privateKeyPem() {
        return pem("PRIVATE KEY", privateKey.getEncoded());
    }

    public String id() {
        return id;
    }

    /** The public key in X.509 (SubjectPublicKeyInfo) encoding, as {@code openssl pkey -pubout} writes it. */
    public byte[] publicKeyX509() {
        return publicKey.getEncoded();
    }

    public byte[] sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing failed", e);
        }
    }

    public boolean verifies(byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException malformed) {
            return false;
        }
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKeyX509());
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    static String idOf(byte[] publicX509) {
        return HexFormat.of().formatHex(EventChain.sha256().digest(publicX509)).substring(0, 16);
    }

    /** Hands out the given bytes as "random" bytes exactly once. */
    private static final class FixedRandom extends SecureRandom {
        private byte[] bytes;

        FixedRandom(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] out) {
            if (bytes == null || out.length != bytes.length) {
                throw new IllegalStateException("Unexpected request for " + out.length + " random bytes");
            }
            System.arraycopy(bytes, 0, out, 0, out.length);
            Arrays.fill(bytes, (byte) 0);
            bytes = null;
        }
    }
}
