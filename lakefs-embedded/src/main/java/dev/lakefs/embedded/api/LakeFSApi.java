package dev.lakefs.embedded.api;

import dev.lakefs.embedded.http.Router;

/** Wires every implemented operation's handler into a router. */
public final class LakeFSApi {

    private LakeFSApi() {
    }

    /** A router with the handlers of every API area. */
    public static Router router(ServerContext context, ImportApi imports) {
        Router router = new Router();
        new ConfigApi(context).register(router);
        new AuthApi(context).register(router);
        new RepositoryApi(context).register(router);
        new BranchApi(context).register(router);
        new CommitApi(context).register(router);
        new RefApi(context).register(router);
        new TagApi(context).register(router);
        new ObjectApi(context).register(router);
        new BranchProtectionApi(context).register(router);
        new StagingApi(context).register(router);
        imports.register(router);
        return router;
    }
}
