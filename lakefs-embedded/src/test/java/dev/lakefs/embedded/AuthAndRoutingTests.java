package dev.lakefs.embedded;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Transport, authentication, validation and routing, SEMANTICS.md §1 and §2. */
class AuthAndRoutingTests extends EmbeddedServerTestSupport {

    @Test
    @DisplayName("§4 /healthcheck answers 204 with no credentials and no body")
    void healthcheckNeedsNoAuth() {
        LakeFSHttp.Response response = this.http.call("GET", "/healthcheck").noAuth().send();
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    @Test
    @DisplayName("§1 no credentials or wrong credentials: 401 {\"message\":\"error authenticating request\"}")
    void unauthenticated() {
        LakeFSHttp.Response anonymous = this.http.call("GET", "/repositories").noAuth().send();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.message()).isEqualTo("error authenticating request");
        LakeFSHttp.Response wrong = this.http.call("GET", "/repositories").basicAuth(lakeFS.accessKeyId(), "nope")
            .send();
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(this.http.call("GET", "/repositories").bearer("not.a.token").send().status()).isEqualTo(401);
    }

    @Test
    @DisplayName("§1 POST /auth/login returns a token usable as a bearer token, with its expiry in seconds")
    void loginToken() {
        LakeFSHttp.Response login = this.http.call("POST", "/auth/login").noAuth()
            .json("{\"access_key_id\":\"" + lakeFS.accessKeyId() + "\",\"secret_access_key\":\""
                    + lakeFS.secretAccessKey() + "\"}")
            .send();
        assertThat(login.status()).isEqualTo(200);
        String token = login.json().path("token").asString();
        assertThat(login.json().path("token_expiration").asLong()).isGreaterThan(System.currentTimeMillis() / 1000);
        assertThat(login.header("Set-Cookie")).startsWith("internal_auth_session=");
        assertThat(this.http.call("GET", "/repositories").bearer(token).send().status()).isEqualTo(200);
        assertThat(this.http.call("GET", "/repositories").noAuth().header("Cookie", "internal_auth_session=" + token)
            .send().status()).isEqualTo(200);
        assertThat(this.http.call("POST", "/auth/login").noAuth()
            .json("{\"access_key_id\":\"x\",\"secret_access_key\":\"y\"}").send().status()).isEqualTo(401);
    }

    @Test
    @DisplayName("§1 JSON responses carry Content-Type application/json and X-Content-Type-Options: nosniff")
    void jsonHeaders() {
        LakeFSHttp.Response response = this.http.get("/repositories");
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    @DisplayName("§1 validation runs before auth: a bad amount is 400 even without credentials")
    void validationBeforeAuth() {
        assertThat(this.http.call("GET", "/repositories?amount=5000").noAuth().send().status()).isEqualTo(400);
        assertThat(this.http.call("GET", repo("/refs/main/objects")).noAuth().send().status()).isEqualTo(400);
    }

    @Test
    @DisplayName("§1 an unknown path is 404 {\"message\":\"invalid API endpoint\"}")
    void unknownPath() {
        for (String path : new String[] { "/nothing-here", repo("/nonsense"), repo("/branches//objects") }) {
            LakeFSHttp.Response response = this.http.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.message()).isEqualTo("invalid API endpoint");
        }
    }

    @Test
    @DisplayName("a known path with a method it does not have is 405; every answer carries X-Request-Id")
    void wrongMethod() {
        LakeFSHttp.Response response = this.http.call("PATCH", repo("")).send();
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("X-Request-Id")).isNotBlank();
    }

    @Test
    @DisplayName("spec operations the server does not emulate answer 501 with a message, never a hang")
    void unimplementedIs501() {
        LakeFSHttp.Response response = this.http.get("/auth/users");
        assertThat(response.status()).isEqualTo(501);
        assertThat(response.message()).contains("listUsers");
        assertThat(this.http.post(repo("/branches/main/staging/pmpu?path=x"), "{}").status()).isEqualTo(501);
    }

    @Test
    @DisplayName("§4 /config reports a mem blockstore with presign and import support; version endpoints answer")
    void config() {
        JsonNode config = this.http.get("/config").json();
        JsonNode storage = config.path("storage_config");
        assertThat(storage.path("blockstore_type").asString()).isEqualTo("mem");
        assertThat(storage.path("pre_sign_support").asBoolean()).isTrue();
        assertThat(storage.path("import_support").asBoolean()).isTrue();
        assertThat(storage.has("blockstore_namespace_ValidityRegex")).isTrue();
        assertThat(config.path("version_config").path("version").asString()).isNotEmpty();
        assertThat(this.http.get("/config/version").json().path("version").asString()).isNotEmpty();
        assertThat(this.http.get("/config/storage").json().path("blockstore_type").asString()).isEqualTo("mem");
        assertThat(this.http.get("/user").json().path("user").path("id").asString()).isEqualTo("admin");
    }

    @Test
    @DisplayName("requests are recorded with operation id, lower-cased headers and status")
    void recordedRequests() {
        this.http.get(repo("/branches/main"));
        RecordedRequest last = lakeFS.recordedRequests().get(lakeFS.recordedRequests().size() - 1);
        assertThat(last.operationId()).isEqualTo("getBranch");
        assertThat(last.method()).isEqualTo("GET");
        assertThat(last.path()).isEqualTo("/api/v1/repositories/" + this.repository + "/branches/main");
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.headers()).containsKey("authorization");
    }
}
