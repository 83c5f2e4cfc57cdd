package dev.lakefs.embedded.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.lakefs.clients.sdk.ApiClient;
import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.ApiResponse;
import io.lakefs.clients.sdk.AuthApi;
import io.lakefs.clients.sdk.HealthCheckApi;
import io.lakefs.clients.sdk.RepositoriesApi;
import io.lakefs.clients.sdk.model.AuthenticationToken;
import io.lakefs.clients.sdk.model.LoginInformation;
import io.lakefs.clients.sdk.model.Repository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §1 Transport and auth: who may call what, and the shape of the answers (JSON, errors, empty successes). */
class TransportAndAuthConformanceTest extends ConformanceTestSupport {

    @Test
    @DisplayName("§4 Health: GET /healthcheck answers 204 with an empty body and needs no credentials")
    void healthcheckNeedsNoCredentials() throws ApiException {
        // §4 "GET /healthcheck → 204, empty body, no auth"; §1 "/healthcheck has security: []"
        ApiResponse<Void> response = new HealthCheckApi(anonymousClient()).healthCheck().executeWithHttpInfo();
        assertThat(response.getStatusCode()).isEqualTo(204);
        HttpResponse<byte[]> raw = this.http.sendAnonymously("GET", "/healthcheck", null);
        assertThat(raw.statusCode()).isEqualTo(204);
        assertThat(raw.body()).isEmpty();
    }

    @Test
    @DisplayName("§1 Unauthenticated request: no credentials gives 401 'error authenticating request'")
    void requestWithoutCredentialsIsUnauthorized() {
        // §1: the handler's authorize() answers 401 {"message":"error authenticating request"}
        ApiException ex = failsWith(401, () -> new RepositoriesApi(anonymousClient()).listRepositories().execute());
        assertThat(messageOf(ex)).isEqualTo("error authenticating request");
    }

    @Test
    @DisplayName("§1 Unauthenticated request: wrong basic-auth credentials give 401 with an Error body")
    void wrongCredentialsAreUnauthorized() {
        // §1 "Wrong credentials give the same 401 from the middleware"
        ApiClient wrongSecret = anonymousClient();
        wrongSecret.setUsername(this.server.accessKeyId());
        wrongSecret.setPassword("not-the-secret");
        ApiException ex = failsWith(401, () -> new RepositoriesApi(wrongSecret).getRepository(this.repo).execute());
        assertThat(messageOf(ex)).isNotBlank();
        ApiClient unknownKey = anonymousClient();
        unknownKey.setUsername("AKIAUNKNOWNKEY000000");
        unknownKey.setPassword(this.server.secretAccessKey());
        failsWith(401, () -> new RepositoriesApi(unknownKey).getRepository(this.repo).execute());
    }

    @Test
    @DisplayName("§1 A garbage bearer token gives 401")
    void invalidBearerTokenIsUnauthorized() {
        // §1 jwt_token security scheme: a token that is not one the server issued authenticates no one
        ApiClient bearer = anonymousClient();
        bearer.setBearerToken("not-a-token");
        failsWith(401, () -> new RepositoriesApi(bearer).listRepositories().execute());
    }

    @Test
    @DisplayName("§1 POST /auth/login returns a token (expiry in seconds) usable as Authorization: Bearer")
    void loginReturnsBearerToken() throws ApiException {
        // §1: POST /auth/login, body LoginInformation → 200 AuthenticationToken{token, token_expiration}; §5.12 seconds
        ApiResponse<AuthenticationToken> response = new AuthApi(anonymousClient()).login()
                .loginInformation(new LoginInformation().accessKeyId(this.server.accessKeyId())
                        .secretAccessKey(this.server.secretAccessKey()))
                .executeWithHttpInfo();
        assertThat(response.getStatusCode()).isEqualTo(200);
        AuthenticationToken token = response.getData();
        assertThat(token.getToken()).isNotBlank();
        assertThat(token.getTokenExpiration()).isGreaterThan(nowSeconds()).isLessThan(nowSeconds() + 10L * 365 * 86400);
        ApiClient bearer = anonymousClient();
        bearer.setBearerToken(token.getToken());
        Repository repository = new RepositoriesApi(bearer).getRepository(this.repo).execute();
        assertThat(repository.getId()).isEqualTo(this.repo);
    }

    @Test
    @DisplayName("§1 POST /auth/login also sets the internal_auth_session cookie, which authenticates on its own")
    void loginSetsSessionCookie() {
        String credentials = "{\"access_key_id\":\"" + this.server.accessKeyId() + "\",\"secret_access_key\":\""
                + this.server.secretAccessKey() + "\"}";
        HttpResponse<byte[]> login = this.http.sendAnonymously("POST", "/auth/login",
                credentials.getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json");
        assertThat(login.statusCode()).isEqualTo(200);
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("internal_auth_session=")).findFirst()
                .orElseThrow(() -> new AssertionError("no internal_auth_session cookie in " + login.headers().map()));
        String pair = cookie.split(";", 2)[0];
        HttpResponse<byte[]> withCookie = this.http.sendAnonymously("GET", "/repositories/" + this.repo, null,
                "Cookie", pair);
        assertThat(withCookie.statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("§1 POST /auth/login with a wrong secret gives 401")
    void loginWithWrongSecretIsUnauthorized() {
        // §4 /auth/login responses: 401 Unauthorized
        failsWith(401, () -> new AuthApi(anonymousClient()).login()
                .loginInformation(new LoginInformation().accessKeyId(this.server.accessKeyId()).secretAccessKey("nope"))
                .execute());
    }

    @Test
    @DisplayName("§1 JSON answers carry Content-Type application/json and X-Content-Type-Options nosniff")
    void jsonResponsesCarryContentTypeAndNosniff() {
        // §1 "JSON responses carry Content-Type: application/json and X-Content-Type-Options: nosniff"
        HttpResponse<byte[]> ok = this.http.get("/repositories/" + this.repo);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(ok.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        HttpResponse<byte[]> error = this.http.get("/repositories/" + this.repo + "/branches/no-such-branch");
        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(error.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(messageOf(error)).isNotBlank();
    }

    @Test
    @DisplayName("§1 a success with no body writes only the status (204, empty body)")
    void successWithoutBodyIsEmpty() {
        this.http.send("POST", "/repositories/" + this.repo + "/branches",
                "{\"name\":\"doomed\",\"source\":\"main\"}".getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/json");
        HttpResponse<byte[]> deleted = this.http.send("DELETE", "/repositories/" + this.repo + "/branches/doomed", null);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
    }

    @Test
    @DisplayName("§1 Validation runs before auth: a schema violation without credentials is 400, not 401")
    void validationRunsBeforeAuthentication() {
        // §1 "Validation runs before auth. Every request passes kin-openapi validation first"
        HttpResponse<byte[]> response = this.http.sendAnonymously("GET", "/repositories?amount=1001", null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(messageOf(response)).isNotBlank();
    }

}
