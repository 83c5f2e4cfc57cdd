package dev.lakefs.spring.boot.autoconfigure.s3;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Qualifies an injection point of type {@code S3Client} or {@code S3Presigner} as lakeFS's: the auto-configured
 * {@code lakeFSS3Client} and {@code lakeFSS3Presigner} are not default candidates, so that a plain {@code S3Client}
 * injection point keeps meaning the application's own (AWS) client.
 * <pre class="code">
 * DatasetExporter(&#64;LakeFSGateway S3Client lakeFS, S3Client aws) { ... }
 * </pre>
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE,
        ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface LakeFSGateway {

}
