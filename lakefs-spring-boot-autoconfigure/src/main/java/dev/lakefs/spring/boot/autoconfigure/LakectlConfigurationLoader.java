package dev.lakefs.spring.boot.autoconfigure;

import java.nio.file.Path;
import java.util.function.Function;

import dev.lakefs.spring.client.Lakectl;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;

/**
 * Finds a lakeFS endpoint and credentials the way lakectl and the lakeFS Python SDK do: the environment variables
 * {@code LAKECTL_SERVER_ENDPOINT_URL}, {@code LAKECTL_CREDENTIALS_ACCESS_KEY_ID} and
 * {@code LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY} override the keys {@code server.endpoint_url},
 * {@code credentials.access_key_id} and {@code credentials.secret_access_key} of {@code ~/.lakectl.yaml}, whose
 * path {@code LAKECTL_CONFIG_FILE} overrides. The reading is the library's {@link Lakectl} (which the
 * {@code lakefs://} file system uses without Boot too); this class reports its problems as
 * {@link InvalidLakeFSConfigurationException}s, which Boot's failure analysis turns into a startup message.
 * <p>
 * Variables are looked up through a function, so that the Spring {@link Environment} (which includes the process
 * environment) can be used and tests can supply their own values and home directory.
 */
public final class LakectlConfigurationLoader {

    /** The environment variable holding the endpoint. */
    public static final String ENDPOINT_VARIABLE = Lakectl.ENDPOINT_VARIABLE;

    /** The environment variable holding the access key id. */
    public static final String ACCESS_KEY_ID_VARIABLE = Lakectl.ACCESS_KEY_ID_VARIABLE;

    /** The environment variable holding the secret access key. */
    public static final String SECRET_ACCESS_KEY_VARIABLE = Lakectl.SECRET_ACCESS_KEY_VARIABLE;

    /** The environment variable that overrides the path of the configuration file. */
    public static final String CONFIG_FILE_VARIABLE = Lakectl.CONFIG_FILE_VARIABLE;

    private static final String UNREADABLE_FILE_ACTION = "Fix or remove the file, or set lakefs.endpoint (explicit "
            + "lakefs.* properties take precedence and the file is then not read).";

    private final Lakectl lakectl;

    /**
     * Creates a loader.
     * @param variables looks up an environment variable by name; returns {@code null} when it is unset
     * @param homeDirectory the directory holding the default {@code .lakectl.yaml}
     */
    public LakectlConfigurationLoader(Function<String, @Nullable String> variables, Path homeDirectory) {
        this.lakectl = new Lakectl(variables, homeDirectory);
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
        Lakectl.Settings settings;
        try {
            settings = this.lakectl.load();
        }
        catch (Lakectl.InvalidConfigurationException ex) {
            Throwable cause = ex.getCause();
            if (cause != null) {
                throw new InvalidLakeFSConfigurationException(ex.getSetting(), ex.getProblem(), UNREADABLE_FILE_ACTION,
                        cause);
            }
            throw new InvalidLakeFSConfigurationException(ex.getSetting(), ex.getProblem(), ex.getAction());
        }
        if (settings == null) {
            return null;
        }
        return new LakectlConfiguration(settings.endpoint(), settings.endpointSetting(), settings.accessKeyId(),
                settings.secretAccessKey(), settings.source());
    }

}
