/**
 * The low-level, reactive lakeFS client: {@link dev.lakefs.spring.client.LakeFSClient}, one method per lakeFS REST
 * operation on Spring's {@code WebClient}, with its typed exceptions ({@link dev.lakefs.spring.client.LakeFSException}
 * and subclasses), retry and proxy settings, and request options. The API's models are in
 * {@link dev.lakefs.spring.client.model}.
 */
@NullMarked
package dev.lakefs.spring.client;

import org.jspecify.annotations.NullMarked;
