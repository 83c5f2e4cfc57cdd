package dev.lakefs.spring.boot.autoconfigure.transaction;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.junit.EmbeddedLakeFSTest;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.boot.autoconfigure.InvalidLakeFSConfigurationException;
import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.transaction.LakeFSTransactionManager;
import dev.lakefs.spring.transaction.LakeFSTransactionMonitor;
import dev.lakefs.spring.transaction.LakeFSTransactional;
import dev.lakefs.spring.transaction.LakeFSTransactionalBeanPostProcessor;
import dev.lakefs.spring.transaction.LakeFSTransactions;
import dev.lakefs.spring.transaction.TransactionObservationContext;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LakeFSTransactionAutoConfiguration}.
 */
@EmbeddedLakeFSTest
class LakeFSTransactionAutoConfigurationTests {

    @TempDir
    static Path home;

    static EmbeddedLakeFS server;


    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LakeFSAutoConfiguration.class, LakeFSTransactionAutoConfiguration.class))
        .withPropertyValues("user.home=" + home, "lakefs.endpoint=" + server.url(),
                "lakefs.access-key-id=" + server.accessKeyId(),
                "lakefs.secret-access-key=" + server.secretAccessKey());

    @Test
    void registersTheManagerAsMonitorAndProcessesTheAnnotation() {
        this.runner.run((context) -> {
            assertThat(context).hasSingleBean(LakeFSTransactionManager.class)
                .hasSingleBean(LakeFSTransactionMonitor.class)
                .hasSingleBean(LakeFSTransactionalBeanPostProcessor.class);
            assertThat(LakeFSTransactionManager.of(context.getBean(LakeFS.class)))
                .isSameAs(context.getBean(LakeFSTransactionManager.class));
        });
    }

    @Test
    void transactionalBeansAreProxiedWithCglibByDefaultAndUseTheDefaultRepository() {
        String repository = createRepository("boot-default");
        this.runner.withUserConfiguration(ServiceConfiguration.class)
            .withPropertyValues("lakefs.transaction.default-repository=" + repository)
            .run((context) -> {
                Loader loader = context.getBean(Loader.class);
                assertThat(AopUtils.isCglibProxy(loader)).isTrue();
                String transactionId = loader.load("boot.txt");
                assertThat(transactionId).startsWith("tx-");
                LakeFS lakeFS = context.getBean(LakeFS.class);
                assertThat(lakeFS.repository(repository).ref("main").object("boot.txt").readString())
                    .isEqualTo("loaded");
            });
    }

    @Test
    void proxyTargetClassFalseUsesJdkProxies() {
        this.runner.withUserConfiguration(ServiceConfiguration.class)
            .withPropertyValues("spring.aop.proxy-target-class=false", "lakefs.transaction.default-repository=any")
            .run((context) -> assertThat(AopUtils.isJdkDynamicProxy(context.getBean(Loader.class))).isTrue());
    }

    @Test
    void aMethodWithoutRepositoryFailsStartupWithoutTheDefault() {
        this.runner.withUserConfiguration(ServiceConfiguration.class).run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOfSatisfying(InvalidLakeFSConfigurationException.class, (failure) -> {
                    assertThat(failure.getSetting()).isEqualTo("lakefs.transaction.default-repository");
                    assertThat(failure).hasMessage("@LakeFSTransactional on " + DefaultLoader.class.getName()
                            + ".load(String) (bean 'loader') names no repository, and "
                            + "lakefs.transaction.default-repository is not set, so no call could run.");
                    assertThat(failure.getAction()).contains("Set lakefs.transaction.default-repository",
                            "@LakeFSTransactional(repository = ");
                });
        });
    }

    @Test
    void aMethodWithoutRepositoryOnAnInterfaceFailsStartupToo() {
        this.runner.withBean("annotatedInterface", AnnotatedInterface.class, () -> (name) -> name)
            .withPropertyValues("spring.aop.proxy-target-class=false")
            .run((context) -> assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(InvalidLakeFSConfigurationException.class)
                .hasMessageContaining(".apply(String) (bean 'annotatedInterface') names no repository"));
    }

    @Test
    void methodsNamingTheirRepositoryNeedNoDefault() {
        this.runner.withPropertyValues("app.repository=from-placeholder")
            .withBean(NamedRepositories.class)
            .run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(AopUtils.isAopProxy(context.getBean(NamedRepositories.class))).isTrue();
            });
    }

    @Test
    void transactionsAreObservedInTheApplicationsRegistry() {
        String repository = createRepository("boot-observed");
        List<TransactionObservationContext> observed = new CopyOnWriteArrayList<>();
        this.runner.withUserConfiguration(ServiceConfiguration.class)
            .withBean(ObservationRegistry.class, () -> {
                ObservationRegistry registry = ObservationRegistry.create();
                registry.observationConfig().observationHandler(new Recorder(observed));
                return registry;
            })
            .withPropertyValues("lakefs.transaction.default-repository=" + repository)
            .run((context) -> {
                context.getBean(Loader.class).load("observed.txt");
                assertThat(observed).singleElement().satisfies((observation) -> {
                    assertThat(observation.getRepository()).isEqualTo(repository);
                    assertThat(observation.getOutcome()).hasToString("COMMITTED");
                });
            });
    }

    @Test
    void backsOffWhenDisabled() {
        this.runner.withPropertyValues("lakefs.transaction.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(LakeFSTransactionManager.class)
                .doesNotHaveBean(LakeFSTransactionalBeanPostProcessor.class));
    }

    @Test
    void backsOffWithoutLakeFS() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(LakeFSTransactionAutoConfiguration.class))
            .run((context) -> assertThat(context).doesNotHaveBean(LakeFSTransactionManager.class));
    }

    @Test
    void backsOffFromAUserDefinedManager() {
        this.runner.withUserConfiguration(CustomManagerConfiguration.class)
            .run((context) -> assertThat(context).getBean(LakeFSTransactionManager.class)
                .isSameAs(context.getBean(CustomManagerConfiguration.class).manager));
    }

    private static String createRepository(String prefix) {
        String repository = prefix + "-" + Long.toHexString(System.nanoTime());
        LakeFS lakeFS = LakeFS.of(dev.lakefs.spring.client.LakeFSClient.builder()
            .endpoint(server.endpoint())
            .credentials(server.accessKeyId(), server.secretAccessKey())
            .build());
        lakeFS.repository(repository).create("mem://bucket/" + repository);
        return repository;
    }

    @Configuration(proxyBeanMethods = false)
    static class ServiceConfiguration {

        @Bean
        Loader loader(LakeFS lakeFS, org.springframework.core.env.Environment environment) {
            return new DefaultLoader(lakeFS,
                    environment.getProperty("lakefs.transaction.default-repository", "unused-repository"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomManagerConfiguration {

        LakeFSTransactionManager manager;

        @Bean
        LakeFSTransactionManager customManager(LakeFS lakeFS) {
            this.manager = new LakeFSTransactionManager(lakeFS);
            return this.manager;
        }
    }

    interface Loader {

        String load(String path);
    }

    static class DefaultLoader implements Loader {

        private final LakeFS lakeFS;

        private final String repository;

        DefaultLoader(LakeFS lakeFS, String repository) {
            this.lakeFS = lakeFS;
            this.repository = repository;
        }

        @Override
        @LakeFSTransactional(commitMessage = "load #{#path}")
        public String load(String path) {
            this.lakeFS.repository(this.repository).branch("main").object(path).upload("loaded");
            return LakeFSTransactions.current().id();
        }
    }

    interface AnnotatedInterface {

        @LakeFSTransactional
        String apply(String name);
    }

    static class NamedRepositories {

        @LakeFSTransactional(repository = "literal-repo")
        public void literal() {
        }

        @LakeFSTransactional(repository = "${app.repository}")
        public void placeholder() {
        }

        @LakeFSTransactional(repository = "#{#name}")
        public void expression(String name) {
        }
    }

    private record Recorder(List<TransactionObservationContext> observed)
            implements ObservationHandler<TransactionObservationContext> {

        @Override
        public boolean supportsContext(Observation.Context context) {
            return context instanceof TransactionObservationContext;
        }

        @Override
        public void onStop(TransactionObservationContext context) {
            this.observed.add(context);
        }
    }
}
