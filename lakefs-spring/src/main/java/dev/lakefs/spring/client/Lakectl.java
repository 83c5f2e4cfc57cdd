package dev.lakefs.spring.client;

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

/**
 * Finds a lakeFS endpoint and credentials the way lakectl and the lakeFS Python SDK do: the environment variables
 * {@code LAKECTL_SERVER_ENDPOINT_URL}, {@code LAKECTL_CREDENTIALS_ACCESS_KEY_ID} and
 * {@code LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY} override the keys {@code server.endpoint_url},
 * {@code credentials.access_key_id} and {@code credentials.secret_access_key} of {@code ~/.lakectl.yaml}, whose
 * path {@code LAKECTL_CONFIG_FILE} overrides. Spring Boot's auto-configuration and the {@code lakefs://} file
 * system both use it.
 * <pre>{@code
 * Lakectl.Settings settings = Lakectl.fromSystem().load();
 * }</pre>
 */
public final class Lakectl {

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
    public Lakectl(Function<String, @Nullable String> variables, Path homeDirectory) {
        this.variables = variables;
        this.homeDirectory = homeDirectory;
    }

    /**
     * A loader of the process environment and the {@code user.home} directory.
     * @return the loader
     */
    public static Lakectl fromSystem() {
        return new Lakectl(System::getenv, Path.of(System.getProperty("user.home", ".")));
    }

    /**
     * An endpoint and credentials found in lakectl's environment variables or configuration file.
     *
     * @param endpoint the endpoint, as configured (not yet normalised)
     * @param endpointSetting where the endpoint was found, e.g. {@code LAKECTL_SERVER_ENDPOINT_URL}
     * @param accessKeyId the access key id, if any
     * @param secretAccessKey the secret access key, if any
     * @param source where the configuration came from, for logs; never contains a secret
     */
    public record Settings(String endpoint, String endpointSetting, @Nullable String accessKeyId,
            @Nullable String secretAccessKey, String source) {

        /**
         * A client builder with this endpoint and, when set, these credentials.
         * @return the builder
         */
        public LakeFSClient.Builder toClientBuilder() {
            LakeFSClient.Builder builder = LakeFSClient.builder().endpoint(this.endpoint);
            if (this.accessKeyId != null && this.secretAccessKey != null) {
                builder.credentials(this.accessKeyId, this.secretAccessKey);
            }
            return builder;
        }

        @Override
        public String toString() {
            return "Lakectl.Settings[endpoint=" + this.endpoint + ", accessKeyId=" + this.accessKeyId
                    + ", secretAccessKey=" + ((this.secretAccessKey != null) ? "******" : null) + ", source="
                    + this.source + "]";
        }
    }

    /**
     * lakectl's configuration is unusable: the setting that is wrong, what is wrong, and what to do.
     */
    public static final class InvalidConfigurationException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        private final String setting;

        private final String problem;

        private final String action;

        InvalidConfigurationException(String setting, String problem, String action, @Nullable Throwable cause) {
            super(problem + " " + action, cause);
            this.setting = setting;
            this.problem = problem;
            this.action = action;
        }

        /**
         * The setting (variable or file key) at fault.
         * @return the setting
         */
        public String getSetting() {
            return this.setting;
        }

        /**
         * What is wrong, without the advice.
         * @return the problem
         */
        public String getProblem() {
            return this.problem;
        }

        /**
         * What to do about it.
         * @return the action
         */
        public String getAction() {
            return this.action;
        }
    }

    /**
     * Loads the lakectl configuration.
     * @return the settings, or {@code null} when neither the environment nor the file names an endpoint
     * @throws InvalidConfigurationException when the file cannot be read or only half of a key pair is set
     */
    public @Nullable Settings load() {
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
        requireBothOrNeither(accessKeyId, ACCESS_KEY_ID_VARIABLE, secretAccessKey, SECRET_ACCESS_KEY_VARIABLE);
        boolean credentialsFromEnvironment = accessKeyId != null;
        if (!credentialsFromEnvironment) {
            accessKeyId = file.accessKeyId();
            secretAccessKey = file.secretAccessKey();
            requireBothOrNeither(accessKeyId, file.setting("credentials.access_key_id"), secretAccessKey,
                    file.setting("credentials.secret_access_key"));
        }
        boolean anythingFromFile = endpointFromEnvironment == null
                || (!credentialsFromEnvironment && accessKeyId != null);
        boolean anythingFromEnvironment = endpointFromEnvironment != null || credentialsFromEnvironment;
        String source = describe(anythingFromEnvironment, anythingFromFile ? file.path() : null);
        return new Settings(endpoint, endpointSetting, accessKeyId, secretAccessKey, source);
    }

    private static void requireBothOrNeither(@Nullable String first, String firstSetting, @Nullable String second,
            String secondSetting) {
        if ((first == null) != (second == null)) {
            String missing = (first == null) ? firstSetting : secondSetting;
            String present = (first == null) ? secondSetting : firstSetting;
            throw new InvalidConfigurationException(missing,
                    present + " is set but " + missing + " is not; they only work together.",
                    "Set both " + present + " and " + missing + ", or neither.", null);
        }
    }

    private static String describe(boolean fromEnvironment, @Nullable Path file) {
        if (file == null) {
            return ENVIRONMENT_SOURCE;
        }
        return fromEnvironment ? ENVIRONMENT_SOURCE + " and " + file : file.toString();
    }

    private @Nullable String variable(String name) {
        String value = this.variables.apply(name);
        return (value != null && !value.isBlank()) ? value.trim() : null;
    }

    private ConfigFile readConfigFile() {
        String explicitPath = variable(CONFIG_FILE_VARIABLE);
        Path path = (explicitPath != null) ? Path.of(explicitPath) : this.homeDirectory.resolve(".lakectl.yaml");
        if (!Files.isRegularFile(path)) {
            if (explicitPath != null) {
                throw new InvalidConfigurationException(CONFIG_FILE_VARIABLE,
                        "The lakectl configuration file '" + path + "' does not exist or is not a file.",
                        "Point " + CONFIG_FILE_VARIABLE + " at an existing lakectl configuration file, or unset it.",
                        null);
            }
            return new ConfigFile(path, Map.of());
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return new ConfigFile(path, (document instanceof Map<?, ?> map) ? map : Map.of());
        }
        catch (IOException | YAMLException ex) {
            throw new InvalidConfigurationException(path.toString(),
                    "The lakectl configuration file '" + path + "' cannot be read: " + ex.getMessage(),
                    "Fix or remove the file, or configure lakeFS explicitly (explicit settings take precedence "
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
            return (value != null && !value.toString().isBlank()) ? value.toString().trim() : null;
        }
    }
}
