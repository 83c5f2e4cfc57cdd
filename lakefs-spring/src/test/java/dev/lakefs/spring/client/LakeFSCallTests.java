package dev.lakefs.spring.client;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LakeFSCallTests {

    private static final String API = "http://localhost:8000/api/v1";

    @Test
    void queryParametersFollowThePathInTheOrderAddedWithTheirValuesEncoded() {
        LakeFSCall call = new LakeFSCall(Operation.STAT_OBJECT).path("repository", "repo")
            .path("ref", "main")
            .query("path", "dir/a&b=c+d e.csv")
            .query("user_metadata", true)
            .query("skipped", null)
            .flag("presign", false);
        assertThat(call.toUri(API)).hasToString(
                API + "/repositories/repo/refs/main/objects/stat?path=dir%2Fa%26b%3Dc%2Bd%20e.csv&user_metadata=true");
    }

    @Test
    void repeatsAQueryParameterForEachValue() {
        LakeFSCall call = new LakeFSCall(Operation.LIST_OBJECTS).path("repository", "repo")
            .path("ref", "main")
            .queryAll("prefix", List.of("a/", "b?"));
        assertThat(call.toUri(API))
            .hasToString(API + "/repositories/repo/refs/main/objects/ls?prefix=a%2F&prefix=b%3F");
    }

    @Test
    void aCallWithoutQueryHasNoQuestionMark() {
        LakeFSCall call = new LakeFSCall(Operation.GET_BRANCH).path("repository", "repo").path("branch", "main");
        assertThat(call.toUri(API)).hasToString(API + "/repositories/repo/branches/main");
        assertThat(call.toUri(API).getRawQuery()).isNull();
    }

}
