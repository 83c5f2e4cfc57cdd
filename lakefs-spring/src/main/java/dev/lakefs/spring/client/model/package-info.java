/**
 * Immutable records that mirror the lakeFS REST API's models (lakeFS OpenAPI spec), as read and written by
 * {@link dev.lakefs.spring.client.LakeFSClient}. Names follow the spec's schemas, except that the spec's
 * {@code Repository} is {@link dev.lakefs.spring.client.model.RepositoryProperties}, its {@code Ref} is
 * {@link dev.lakefs.spring.client.model.RefInfo} and its {@code Error} is
 * {@link dev.lakefs.spring.client.model.ErrorMessage}. Times the API sends as Unix epoch seconds are
 * {@link java.time.Instant}s; maps and lists are never null.
 */
@NullMarked
package dev.lakefs.spring.client.model;

import org.jspecify.annotations.NullMarked;
