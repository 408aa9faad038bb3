package dev.orderledger.notification.webhook;

import org.springframework.core.io.Resource;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The TLS context of webhook deliveries: the JDK's trusted authorities, plus the certificates of a
 * configured PKCS12 store (a receiver with a certificate of its own, a company's authority, the tests'
 * self-signed receiver). A server's chain is accepted when either trusts it; the host name is checked
 * either way.
 */
final class TrustedCertificates {

    private TrustedCertificates() {
    }

    /** The JDK's default context when no store is given; else one trusting both. */
    static SSLContext context(Resource store, String password) {
        try {
            if (store == null) {
                return SSLContext.getDefault();
            }
            KeyStore extra = KeyStore.getInstance("PKCS12");
            try (InputStream in = store.getInputStream()) {
                extra.load(in, password.toCharArray());
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new Either(trustManager(null), trustManager(extra))}, null);
            return context;
        } catch (IOException | GeneralSecurityException unreadable) {
            throw new IllegalStateException("ledger.notifications.webhooks.trust-store " + store + " cannot be read: "
                    + unreadable.getMessage(), unreadable);
        }
    }

    private static X509ExtendedTrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return Arrays.stream(factory.getTrustManagers()).filter(X509ExtendedTrustManager.class::isInstance)
                .map(X509ExtendedTrustManager.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("the JDK gives no X.509 trust manager"));
    }

    /** Trusts a server when the first trust manager does, or else the second. */
    private static final class Either extends X509ExtendedTrustManager {

        private interface Check {
            void on(X509ExtendedTrustManager manager) throws CertificateException;
        }

        private final X509ExtendedTrustManager first;
        private final X509ExtendedTrustManager second;

        Either(X509ExtendedTrustManager first, X509ExtendedTrustManager second) {
            this.first = first;
            this.second = second;
        }

        private void either(Check check) throws CertificateException {
            try {
                check.on(first);
            } catch (CertificateException notByTheFirst) {
                check.on(second);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            either(manager -> manager.checkServerTrusted(chain, authType, socket));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            either(manager -> manager.checkServerTrusted(chain, authType, engine));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            either(manager -> manager.checkServerTrusted(chain, authType));
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            throw new CertificateException("webhook deliveries are clients only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            throw new CertificateException("webhook deliveries are clients only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("webhook deliveries are clients only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return Stream.concat(Arrays.stream(first.getAcceptedIssuers()), Arrays.stream(second.getAcceptedIssuers()))
                    .toArray(X509Certificate[]::new);
        }
    }
}
