package dev.lakefs.spring.client;

import org.junit.jupiter.api.Test;

import dev.lakefs.spring.client.model.AuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LakeFSClientAuthenticationTests extends EmbeddedServerSupport {

    @Test
    void basicAuthenticationWithAccessKey() {
        LakeFSClient client = client();
        assertThat(client.listRepositories().collectList().block()).isNotNull();
        assertThat(requestsTo("listRepositories")).last()
            .satisfies((request) -> assertThat(request.headers().get("authorization")).singleElement()
                .asString()
                .startsWith("Basic "));
    }

    @Test
    void bearerTokenFromLogin() {
        AuthenticationToken token = client().login(server.accessKeyId(), server.secretAccessKey()).block();
        assertThat(token.token()).isNotBlank();
        assertThat(token.toString()).doesNotContain(token.token());
        LakeFSClient bearer = LakeFSClient.builder().endpoint(server.endpoint()).bearerToken(token.token()).build();
        assertThat(bearer.getCurrentUser().block().user().id()).isNotBlank();
        assertThat(requestsTo("getCurrentUser")).last()
            .satisfies((request) -> assertThat(request.headers().get("authorization")).singleElement()
                .asString()
                .startsWith("Bearer ")
                .doesNotContain(token.token()));
        assertThat(bearer.toString()).doesNotContain(token.token());
    }

    @Test
    void loginWithWrongSecretIsUnauthorized() {
        assertThatExceptionOfType(LakeFSUnauthorizedException.class)
            .isThrownBy(() -> client().login(server.accessKeyId(), "not-the-secret").block())
            .satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("not-the-secret"));
    }

    @Test
    void withoutCredentialsOnlyTheHealthCheckAnswers() {
        LakeFSClient anonymous = LakeFSClient.builder().endpoint(server.url()).retry(RetrySettings.none()).build();
        assertThat(anonymous.endpoint()).hasToString(server.endpoint());
        anonymous.healthCheck().block();
        assertThatExceptionOfType(LakeFSUnauthorizedException.class)
            .isThrownBy(() -> anonymous.listRepositories().blockFirst());
    }

}
