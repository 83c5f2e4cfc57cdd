package dev.lakefs.embedded.junit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import dev.lakefs.embedded.EmbeddedLakeFS;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts an embedded lakeFS server for a test class and stops it after the class. Use it through
 * {@link EmbeddedLakeFSTest @EmbeddedLakeFSTest}, {@code @ExtendWith(EmbeddedLakeFSExtension.class)}, or as a
 * static {@code @RegisterExtension} field to configure the server:
 *
 * <pre>{@code
 * @RegisterExtension
 * static EmbeddedLakeFSExtension lakeFS = new EmbeddedLakeFSExtension(builder -> builder.spillThreshold(1024));
 * }</pre>
 *
 * Fields and parameters of type {@link EmbeddedLakeFS} receive the server; {@code String} fields and parameters
 * annotated with {@link TestRepository @TestRepository} receive a repository created for the current test.
 */
public class EmbeddedLakeFSExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
        .create(EmbeddedLakeFSExtension.class);

    private static final AtomicInteger REPOSITORY_COUNTER = new AtomicInteger();

    private final Consumer<EmbeddedLakeFS.Builder> customizer;

    private volatile @Nullable EmbeddedLakeFS server;

    /** An extension with the server's defaults (random port, quickstart credentials). */
    public EmbeddedLakeFSExtension() {
        this((builder) -> {
        });
    }

    /** An extension whose server is configured by {@code customizer} before it starts. */
    public EmbeddedLakeFSExtension(Consumer<EmbeddedLakeFS.Builder> customizer) {
        this.customizer = customizer;
    }

    /** The running server (for static {@code @RegisterExtension} use); fails before the test class started. */
    public EmbeddedLakeFS server() {
        EmbeddedLakeFS running = this.server;
        if (running == null) {
            throw new IllegalStateException("The embedded lakeFS server starts before the test class runs");
        }
        return running;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        EmbeddedLakeFS started = server(context);
        for (Field field : fields(context.getRequiredTestClass())) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == EmbeddedLakeFS.class) {
                field.setAccessible(true);
                field.set(null, started);
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        EmbeddedLakeFS started = server(context);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Field field : fields(instance.getClass())) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                if (field.getType() == EmbeddedLakeFS.class) {
                    field.setAccessible(true);
                    field.set(instance, started);
                }
                TestRepository repository = field.getAnnotation(TestRepository.class);
                if (repository != null && field.getType() == String.class) {
                    field.setAccessible(true);
                    field.set(instance, newRepository(started, context, repository));
                }
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == EmbeddedLakeFS.class
                || (type == String.class && parameterContext.isAnnotated(TestRepository.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        EmbeddedLakeFS started = server(extensionContext);
        if (parameterContext.getParameter().getType() == EmbeddedLakeFS.class) {
            return started;
        }
        TestRepository repository = parameterContext.findAnnotation(TestRepository.class)
            .orElseThrow(() -> new ParameterResolutionException("@TestRepository expected"));
        return newRepository(started, extensionContext, repository);
    }

    /** Declared fields of a class and its superclasses. */
    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            fields.addAll(List.of(current.getDeclaredFields()));
        }
        return fields;
    }

    /** The class's server, started on first use and closed by JUnit with the class's store. */
    private EmbeddedLakeFS server(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        // Keyed by this extension: a nested class sees its enclosing class's server through the store hierarchy,
        // while another registration (e.g. a customized @RegisterExtension) gets its own.
        EmbeddedLakeFS started = classContext.getStore(NAMESPACE)
            .computeIfAbsent(this, (key) -> {
                EmbeddedLakeFS.Builder builder = EmbeddedLakeFS.builder();
                this.customizer.accept(builder);
                return builder.build().start();
            }, EmbeddedLakeFS.class);
        this.server = started;
        return started;
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    /** A repository named after the test, unique within the JVM, valid under lakeFS's naming rule. */
    private static String newRepository(EmbeddedLakeFS server, ExtensionContext context, TestRepository annotation) {
        String base = context.getTestMethod().map((method) -> method.getName()).orElse("test")
            .replaceAll("([a-z])([A-Z])", "$1-$2")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9-]", "-");
        String suffix = "-" + REPOSITORY_COUNTER.incrementAndGet();
        String id = "t-" + base;
        if (id.length() + suffix.length() > 63) {
            id = id.substring(0, 63 - suffix.length());
        }
        return server.createRepository(id + suffix, annotation.defaultBranch());
    }
}
