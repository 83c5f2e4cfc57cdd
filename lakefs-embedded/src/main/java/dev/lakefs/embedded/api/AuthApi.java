package dev.lakefs.embedded.api;

import dev.lakefs.embedded.api.model.AuthenticationToken;
import dev.lakefs.embedded.api.model.CurrentUser;
import dev.lakefs.embedded.api.model.LoginInformation;
import dev.lakefs.embedded.api.model.User;
import dev.lakefs.embedded.http.ApiRequest;
import dev.lakefs.embedded.http.ApiResponse;
import dev.lakefs.embedded.http.Authenticator;
import dev.lakefs.embedded.http.Router;

/** Login (a bearer token, also set as lakeFS's session cookie) and the current user. */
public final class AuthApi {

    private final ServerContext context;

    private final long startedAt;

    public AuthApi(ServerContext context) {
        this.context = context;
        this.startedAt = context.now();
    }

    public void register(Router router) {
        router.handle("login", this::login)
            .handle("getCurrentUser", (request) -> ApiResponse.json(200,
                    new CurrentUser(new User(this.context.committer(), this.startedAt, null, null))));
    }

    private ApiResponse login(ApiRequest request) {
        LoginInformation login = request.json(LoginInformation.class);
        Authenticator.Token token = this.context.authenticator()
            .login(Bodies.require(login.accessKeyId(), "access_key_id"),
                    Bodies.require(login.secretAccessKey(), "secret_access_key"));
        return ApiResponse.json(200, new AuthenticationToken(token.token(), token.expiresAt()))
            .header("Set-Cookie", "internal_auth_session=" + token.token() + "; Path=/; HttpOnly; SameSite=Lax");
    }
}
