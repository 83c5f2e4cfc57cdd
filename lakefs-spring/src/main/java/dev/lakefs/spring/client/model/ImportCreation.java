package dev.lakefs.spring.client.model;

import java.util.List;

/**
 * The body of {@code importStart}.
 *
 * @param paths the sources to import
 * @param commit the commit the import creates
 * @param force whether to import even into a read-only repository
 */
public record ImportCreation(List<ImportLocation> paths, CommitCreation commit, boolean force) {

    public ImportCreation {
        paths = ModelCollections.copyOf(paths);
    }

}
