package dev.lakefs.spring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Whether the lakeFS installation has been set up ({@code getSetupState}); its login configuration is not mapped.
 *
 * @param state {@code initialized} or {@code not_initialized}, when sent
 * @param commPrefsMissing whether the communication preferences are still to be given
 */
public record SetupState(@Nullable String state, boolean commPrefsMissing) {

    /**
     * Whether the installation is set up and usable.
     * @return whether the state is {@code initialized}
     */
    public boolean initialized() {
        return "initialized".equals(this.state);
    }

}
