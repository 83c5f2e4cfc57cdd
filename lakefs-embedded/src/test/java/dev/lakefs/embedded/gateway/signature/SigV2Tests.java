package dev.lakefs.embedded.gateway.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.Headers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static dev.lakefs.embedded.gateway.signature.SigV4HeaderTests.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SigV2 (Authorization: AWS key:signature) and lakeFS's "JavaV2" query signature. The SDK for Java v2 has no SigV2
 * signer, so the expected signatures are AWS's published REST authentication examples (bucket johnsmith, sent here
 * path-style) or HMACs computed in the test over the string lakeFS's v2.go and javav2.go describe.
 */
class SigV2Tests {

    private static final String KEY = "AKIAIOSFODNN7EXAMPLE";

    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    @Test
    @DisplayName("AWS's published SigV2 examples: object GET, object PUT, list, ?acl, upload with x-amz-meta-*")
    void awsDocumentationExamples() throws IOException {
        verifierAt("2007-03-27T19:36:42Z").verify(request("GET", "/johnsmith/photos/puppy.jpg", null,
                "bWq2s1WEIj+Ydj0vQ697zp+IXMU=", "Date", "Tue, 27 Mar 2007 19:36:42 +0000"));
        verifierAt("2007-03-27T21:15:45Z").verify(request("PUT", "/johnsmith/photos/puppy.jpg", null,
                "MyyxeRY7whkBe+bq8fHCL/2kKUg=", "Content-Type", "image/jpeg", "Content-Length", "94328", "Date",
                "Tue, 27 Mar 2007 21:15:45 +0000"));
        verifierAt("2007-03-27T19:42:41Z").verify(request("GET", "/johnsmith/",
                "prefix=photos&max-keys=50&marker=puppy",
                "htDYFYduRNen8P9ZfE/s9SuKy0U=", "User-Agent", "Mozilla/5.0", "Date",
                "Tue, 27 Mar 2007 19:42:41 +0000"));
        verifierAt("2007-03-27T19:44:46Z").verify(request("GET", "/johnsmith/", "acl",
                "c2WLPFtWHVgbEmeEG93a4cG37dM=", "Date", "Tue, 27 Mar 2007 19:44:46 +0000"));
        VerifiedRequest upload = verifierAt("2007-03-27T21:06:08Z").verify(request("PUT",
                "/static.johnsmith.net/db-backup.dat.gz", null, "ilyl83RwaSoYIEdixDQcA4OnAnc=", "User-Agent",
                "curl/7.15.5", "Date", "Tue, 27 Mar 2007 21:06:08 +0000", "x-amz-acl", "public-read", "content-type",
                "application/x-download", "Content-MD5", "4gJE4saaMU4BqNR0kLY+lw==", "X-Amz-Meta-ReviewedBy",
                "joe@johnsmith.net", "X-Amz-Meta-ReviewedBy", "jane@johnsmith.net", "X-Amz-Meta-FileChecksum",
                "0x02661779", "X-Amz-Meta-ChecksumAlgorithm", "crc32", "Content-Disposition",
                "attachment; filename=database.dat", "Content-Encoding", "gzip", "Content-Length", "5913339"));
        assertThat(upload.accessKeyId()).isEqualTo(KEY);
        assertThat(upload.decodedContentLength()).isEqualTo(5913339);
    }

    @Test
    @DisplayName("a changed path, header or sub-resource: SignatureDoesNotMatch 403; another key: AccessDenied 403")
    void tampered() {
        SignatureVerifier verifier = verifierAt("2007-03-27T19:36:42Z");
        assertRefused(() -> verifier.verify(request("GET", "/johnsmith/photos/kitten.jpg", null,
                "bWq2s1WEIj+Ydj0vQ697zp+IXMU=", "Date", "Tue, 27 Mar 2007 19:36:42 +0000")),
                "SignatureDoesNotMatch", 403);
        assertRefused(() -> verifier.verify(request("GET", "/johnsmith/photos/puppy.jpg", "acl",
                "bWq2s1WEIj+Ydj0vQ697zp+IXMU=", "Date", "Tue, 27 Mar 2007 19:36:42 +0000")),
                "SignatureDoesNotMatch", 403);
        assertRefused(() -> verifier.verify(request("GET", "/johnsmith/photos/puppy.jpg", null,
                "bWq2s1WEIj+Ydj0vQ697zp+IXMU=", "Date", "Tue, 27 Mar 2007 19:36:42 +0000", "x-amz-meta-a", "b")),
                "SignatureDoesNotMatch", 403);
        assertRefused(() -> new SignatureVerifier("AKIAOTHER", SECRET,
                Clock.fixed(Instant.parse("2007-03-27T19:36:42Z"), ZoneOffset.UTC)).verify(request("GET",
                        "/johnsmith/photos/puppy.jpg", null, "bWq2s1WEIj+Ydj0vQ697zp+IXMU=", "Date",
                        "Tue, 27 Mar 2007 19:36:42 +0000")), "AccessDenied", 403);
    }

    @Test
    @DisplayName("no date: MissingFields 400; an unparsable one: MalformedDate 400; 16 minutes off: skew errors")
    void dates() {
        SignatureVerifier verifier = verifierAt("2007-03-27T19:36:42Z");
        assertRefused(() -> verifier.verify(request("GET", "/johnsmith/photos/puppy.jpg", null,
                "bWq2s1WEIj+Ydj0vQ697zp+IXMU=")), "MissingFields", 400);
        assertRefused(() -> verifier.verify(request("GET", "/johnsmith/photos/puppy.jpg", null,
                "bWq2s1WEIj+Ydj0vQ697zp+IXMU=", "Date", "27/03/2007")), "MalformedDate", 400);
        assertRefused(() -> verifierAt("2007-03-27T19:52:43Z").verify(request("GET", "/johnsmith/photos/puppy.jpg",
                null, "bWq2s1WEIj+Ydj0vQ697zp+IXMU=", "Date", "Tue, 27 Mar 2007 19:36:42 +0000")),
                "RequestTimeTooSkewed", 403);
        assertRefused(() -> verifierAt("2007-03-27T19:20:41Z").verify(request("GET", "/johnsmith/photos/puppy.jpg",
                null, "bWq2s1WEIj+Ydj0vQ697zp+IXMU=", "Date", "Tue, 27 Mar 2007 19:36:42 +0000")),
                "AccessDenied", 403);
    }

    @Test
    @DisplayName("lakeFS signs the sub-resources it looks up in lower case only: ?uploadId and ?partNumber are left out")
    void mixedCaseSubResourcesNotSigned() throws Exception {
        String stringToSign = "PUT\n\n\nTue, 27 Mar 2007 19:36:42 +0000\n/repo/main/big.bin?uploads";
        String signature = hmac("HmacSHA1", stringToSign);
        VerifiedRequest verified = verifierAt("2007-03-27T19:36:42Z").verify(request("PUT", "/repo/main/big.bin",
                "uploadId=abc&partNumber=2&uploads", signature, "Date", "Tue, 27 Mar 2007 19:36:42 +0000"));
        assertThat(verified.accessKeyId()).isEqualTo(KEY);
    }

    @Test
    @DisplayName("presigned SigV2 (AWSAccessKeyId, Expires, Signature) is not supported by lakeFS: MissingFields 400")
    void presignedSigV2Refused() {
        Headers headers = new Headers();
        headers.add("Host", "localhost:8000");
        SignatureException refused = SigV4HeaderTests.refusal(() -> verifierAt("2007-03-27T19:36:42Z")
            .verify(new SignedRequest("GET", "/johnsmith/photos/puppy.jpg",
                    "AWSAccessKeyId=" + KEY + "&Expires=1175139620&Signature=NpgCjnDzrM%2BWFzoENXmpNDUsSn8%3D",
                    headers, new ByteArrayInputStream(new byte[0]))));
        assertThat(refused.code()).isEqualTo("MissingFields");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(SignatureVerifier.isSigned(headers, "AWSAccessKeyId=" + KEY + "&Expires=1")).isTrue();
    }

    @Test
    @DisplayName("JavaV2: HMAC-SHA256 over POST, Host, path and the sorted query, whatever the method")
    void javaV2() throws Exception {
        String query = "AWSAccessKeyId=" + KEY + "&SignatureMethod=HmacSHA256&SignatureVersion=2"
                + "&Timestamp=2007-03-27T19%3A36%3A42.123Z&prefix=a+b";
        String stringToSign = "POST\nlocalhost:8000\n/repo/main/file.txt\nAWSAccessKeyId=" + KEY
                + "&SignatureMethod=HmacSHA256&SignatureVersion=2&Timestamp=2007-03-27T19%3A36%3A42.123Z&prefix=a+b";
        String signature = java.net.URLEncoder.encode(hmac("HmacSHA256", stringToSign), StandardCharsets.UTF_8);
        Headers headers = new Headers();
        headers.add("Host", "localhost:8000");
        SignatureVerifier verifier = verifierAt("2007-03-27T19:36:42Z");
        VerifiedRequest verified = verifier.verify(new SignedRequest("GET", "/repo/main/file.txt",
                query + "&Signature=" + signature, headers, new ByteArrayInputStream(new byte[0])));
        assertThat(verified.accessKeyId()).isEqualTo(KEY);
        assertRefused(() -> verifier.verify(new SignedRequest("GET", "/repo/main/other.txt",
                query + "&Signature=" + signature, headers, new ByteArrayInputStream(new byte[0]))),
                "SignatureDoesNotMatch", 403);
        assertRefused(() -> verifier.verify(new SignedRequest("GET", "/repo/main/file.txt",
                query.replace("&Timestamp=2007-03-27T19%3A36%3A42.123Z", "") + "&Signature=" + signature, headers,
                new ByteArrayInputStream(new byte[0]))), "MissingFields", 400);
    }

    private static SignatureVerifier verifierAt(String now) {
        return new SignatureVerifier(KEY, SECRET, Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }

    private static SignedRequest request(String method, String path, @org.jspecify.annotations.Nullable String query,
            String signature, String... headerPairs) {
        Headers headers = new Headers();
        headers.add("Host", "localhost:8000");
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.add(headerPairs[i], headerPairs[i + 1]);
        }
        headers.add("Authorization", "AWS " + KEY + ":" + signature);
        return new SignedRequest(method, path, query, headers, new ByteArrayInputStream(new byte[0]));
    }

    private static String hmac(String algorithm, String stringToSign) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), algorithm));
        return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    }
}
