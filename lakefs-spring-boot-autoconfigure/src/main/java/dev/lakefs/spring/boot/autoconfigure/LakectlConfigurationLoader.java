package dev.lakefs.spring.boot.autoconfigure;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Finds a lakeFS endpoint and credentials the way lakectl and the lakeFS Python SDK do: the environment variables
 * {@code LAKECTL_SERVER_ENDPOINT_URL}, {@code LAKECTL_CREDENTIALS_ACCESS_KEY_ID} and
 * {@code LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY} override the keys {@code server.endpoint_url},
 * {@code credentials.access_key_id} and {@code credentials.secret_access_key} of {@code ~/.lakectl.yaml}, whose
 * path {@code LAKECTL_CONFIG_FILE} overrides.
 * <p>
 * Variables are looked up through a function, so that the Spring {@link Environment} (which includes the process
 * environment) can be used and tests can supply their own values and home directory.
 */
public final class LakectlConfigurationLoader {

    /** The environment variable holding the endpoint. */
    public static final String ENDPOINT_VARIABLE = "LAKECTL_SERVER_ENDPOINT_URL";

    /** The environment variable holding the access key id. */
    public static final String ACCESS_KEY_ID_VARIABLE = "LAKECTL_CREDENTIALS_ACCESS_KEY_ID";

    /** The environment variable holding the secret access key. */
    public static final String SECRET_ACCESS_KEY_VARIABLE = "LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY";

    /** The environment variable that overrides the path of the configuration file. */
    public static final String CONFIG_FILE_VARIABLE = "LAKECTL_CONFIG_FILE";

    private static final String ENVIRONMENT_SOURCE = "environment variables LAKECTL_*";

    private final Function<String, @Nullable String> variables;

    private final Path homeDirectory;

    /**
     * Creates a loader.
     * @param variables looks up an environment variable by name; returns {@code null} when it is unset
     * @param homeDirectory the directory holding the default {@code .lakectl.yaml}
     */
    public LakectlConfigurationLoader(Function<String, @Nullable String> variables, Path homeDirectory) {
        this.variables = variables;
        this.homeDirectory = homeDirectory;
    }

    /**
     * Creates a loader that reads variables, and the {@code user.home} directory, from the given environment.
     * @param environment the environment, whose system environment property source holds the process variables
     * @return the loader
     */
    public static LakectlConfigurationLoader from(Environment environment) {
        String home = environment.getProperty("user.home", System.getProperty("user.home", "."));
        return new LakectlConfigurationLoader(environment::getProperty, Path.of(home));
    }

    /**
     * Loads the lakectl configuration.
     * @return the configuration, or {@code null} when neither the environment nor the file names an endpoint
     * @throws InvalidLakeFSConfigurationException when the file cannot be read or only half of a key pair is set
     */
    public @Nullable LakectlConfiguration load() {
        ConfigFile file = readConfigFile();
        String endpointFromEnvironment = variable(ENDPOINT_VARIABLE);
        String endpoint = (endpointFromEnvironment != null) ? endpointFromEnvironment : file.endpoint();
        if (endpoint == null) {
            return null;
        }
        String endpointSetting = (endpointFromEnvironment != null) ? ENDPOINT_VARIABLE
                : file.setting("server.endpoint_url");
        String accessKeyId = variable(ACCESS_KEY_ID_VARIABLE);
        String secretAccessKey = variable(SECRET_ACCESS_KEY_VARIABLE);
        LakeFSConfigurationProblems.requireBothOrNeither(accessKeyId, ACCESS_KEY_ID_VARIABLE, secretAccessKey,
                SECRET_ACCESS_KEY_VARIABLE);
        boolean credentialsFromEnvironment = accessKeyId != null;
        if (!credentialsFromEnvironment) {
            accessKeyId = file.accessKeyId();
            secretAccessKey = file.secretAccessKey();
            LakeFSConfigurationProblems.requireBothOrNeither(accessKeyId, file.setting("credentials.access_key_id"),
                    secretAccessKey, file.setting("credentials.secret_access_key"));
        }
        boolean anythingFromFile = endpointFromEnvironment == null
                || (!credentialsFromEnvironment && accessKeyId != null);
        boolean anythingFromEnvironment = endpointFromEnvironment != null || credentialsFromEnvironment;
        String source = describe(anythingFromEnvironment, anythingFromFile ? file.path() : null);
        return new LakectlConfiguration(endpoint, endpointSetting, accessKeyId, secretAccessKey, source);
    }

    private static String describe(boolean fromEnvironment, @Nullable Path file) {
        if (file == null) {
            return ENVIRONMENT_SOURCE;
        }
        return fromEnvironment ? ENVIRONMENT_SOURCE + " and " + file : file.toString();
    }

    private @Nullable String variable(String name) {
        String value = this.variables.apply(name);
        return StringUtils.hasText(value) ? value.trim() : null;
    }

    private ConfigFile readConfigFile() {
        String explicitPath = variable(CONFIG_FILE_VARIABLE);
        Path path = (explicitPath != null) ? Path.of(explicitPath) : this.homeDirectory.resolve(".lakectl.yaml");
        if (!Files.isRegularFile(path)) {
            if (explicitPath != null) {
                throw new InvalidLakeFSConfigurationException(CONFIG_FILE_VARIABLE,
                        "The lakectl configuration file '" + path + "' does not exist or is not a file.",
                        "Point " + CONFIG_FILE_VARIABLE + " at an existing lakectl configuration file, or unset it.");
            }
            return new ConfigFile(path, Map.of());
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return new ConfigFile(path, (document instanceof Map<?, ?> map) ? map : Map.of());
        }
        catch (IOException | YAMLException ex) {
            throw new InvalidLakeFSConfigurationException(path.toString(),
                    "The lakectl configuration file '" + path + "' cannot be read: " + ex.getMessage(),
                    "Fix or remove the file, or set lakefs.endpoint (explicit lakefs.* properties take precedence "
                            + "and the file is then not read).",
                    ex);
        }
    }

    /** The keys of a lakectl configuration file that matter here. */
    private record ConfigFile(Path path, Map<?, ?> document) {

        @Nullable String endpoint() {
            return value("server", "endpoint_url");
        }

        @Nullable String accessKeyId() {
            return value("credentials", "access_key_id");
        }

        @Nullable String secretAccessKey() {
            return value("credentials", "secret_access_key");
        }

        String setting(String key) {
            return key + " in " + this.path;
        }

        private @Nullable String value(String section, String key) {
            Object values = this.document.get(section);
            Object value = (values instanceof Map<?, ?> map) ? map.get(key) : null;
            return (value != null && StringUtils.hasText(value.toString())) ? value.toString().trim() : null;
        }

    }

}
