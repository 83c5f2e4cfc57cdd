package dev.lakefs.spring.sample;

import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.transaction.EnableLakeFSTransactions;
import dev.lakefs.spring.transaction.LakeFSTransactionManager;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** TEMPORARY until the Boot transaction auto-configuration lands. */
@Configuration(proxyBeanMethods = false)
@EnableLakeFSTransactions
class TemporaryTransactionConfiguration {

    @Bean
    LakeFSTransactionManager lakeFSTransactionManager(LakeFS lakeFS) {
        return LakeFSTransactionManager.of(lakeFS);
    }

}
