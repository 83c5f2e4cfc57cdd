/**
 * Throughput of large uploads and downloads, streamed, with the client's heap capped at 128 MiB.
 */
@NullMarked
package dev.lakefs.spring.benchmarks.transfer;

import org.jspecify.annotations.NullMarked;
