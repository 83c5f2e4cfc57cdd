/**
 * The {@code lakefs} actuator endpoint and info contributor, and their auto-configuration.
 */
@NullMarked
package dev.lakefs.spring.boot.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
