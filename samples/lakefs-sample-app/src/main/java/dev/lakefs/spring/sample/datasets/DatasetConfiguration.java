package dev.lakefs.spring.sample.datasets;

import dev.lakefs.spring.CreateRepositoryOptions;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.Repository;
import dev.lakefs.spring.sample.SampleProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The repository datasets go to, created on start unless it exists. */
@Configuration(proxyBeanMethods = false)
class DatasetConfiguration {

    @Bean
    Repository datasetRepository(LakeFS lakeFS, SampleProperties properties) {
        String id = properties.repository();
        return lakeFS.repository(id)
            .create(properties.storageNamespace(id), CreateRepositoryOptions.defaults().withExistOk(true));
    }

}
