package dev.lakefs.embedded.api;

import java.util.Arrays;
import java.util.List;

import dev.lakefs.embedded.api.model.BranchProtectionRule;
import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.ApiRequest;
import dev.lakefs.embedded.http.ApiResponse;
import dev.lakefs.embedded.http.Router;
import dev.lakefs.embedded.versioning.Repository;

/**
 * Branch protection rules (lakeFS's controller: {@code GetBranchProtectionRules}, {@code SetBranchProtectionRules}
 * with its {@code If-Match} ETag, and the deprecated internal create, delete and preflight). Every rule blocks
 * staging writes and commits on the branches its pattern matches; merges are not blocked.
 */
public final class BranchProtectionApi {

    private final ServerContext context;

    public BranchProtectionApi(ServerContext context) {
        this.context = context;
    }

    public void register(Router router) {
        router.handle("getBranchProtectionRules", this::get)
            .handle("internalGetBranchProtectionRules", this::get)
            .handle("setBranchProtectionRules", this::set)
            .handle("internalCreateBranchProtectionRule", this::create)
            .handle("internalDeleteBranchProtectionRule", this::delete)
            .handle("createBranchProtectionRulePreflight", this::preflight);
    }

    /** 200 with the rules and their ETag (empty before any were saved). */
    private ApiResponse get(ApiRequest request) {
        Repository repository = this.context.repository(request);
        return repository.read(() -> {
            List<BranchProtectionRule> rules = repository.protection().patterns().stream()
                .map(BranchProtectionRule::new)
                .toList();
            return ApiResponse.json(200, rules).header("ETag", repository.protection().etag());
        });
    }

    /** Replaces every rule; 412 when {@code If-Match} does not hold, 403 on a read-only repository. */
    private ApiResponse set(ApiRequest request) {
        Repository repository = this.context.repository(request);
        List<String> patterns = Arrays.stream(request.json(BranchProtectionRule[].class))
            .map(BranchProtectionApi::pattern)
            .toList();
        String ifMatch = request.header("If-Match");
        repository.update(() -> {
            repository.checkWritable(false);
            repository.replaceProtection(patterns, ifMatch);
        });
        return ApiResponse.empty(204);
    }

    private ApiResponse create(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String pattern = pattern(request.json(BranchProtectionRule.class));
        repository.update(() -> {
            repository.checkWritable(false);
            repository.addProtection(pattern);
        });
        return ApiResponse.empty(204);
    }

    /** 204 when a rule had that pattern, else a bare 404 as lakeFS writes it. */
    private ApiResponse delete(ApiRequest request) {
        Repository repository = this.context.repository(request);
        String pattern = Bodies.require(request.json(BranchProtectionRule.class).pattern(), "pattern");
        boolean removed = repository.write(() -> {
            if (!repository.protection().patterns().contains(pattern)) {
                return false;
            }
            repository.checkWritable(false);
            return repository.removeProtection(pattern);
        });
        return ApiResponse.empty(removed ? 204 : 404);
    }

    private ApiResponse preflight(ApiRequest request) {
        this.context.repository(request);
        return ApiResponse.empty(204);
    }

    /** The spec requires a pattern of at least one character. */
    private static String pattern(BranchProtectionRule rule) {
        String pattern = Bodies.require(rule.pattern(), "pattern");
        if (pattern.isEmpty()) {
            throw ApiException.badRequest("request body has an error: doesn't match schema: Error at \"/pattern\": "
                    + "minimum string length is 1");
        }
        return pattern;
    }
}
