package dev.lakefs.embedded.durability;

import java.util.List;
import java.util.function.Consumer;

import dev.lakefs.embedded.http.Authenticator;
import dev.lakefs.embedded.storage.BlobStore;
import dev.lakefs.embedded.versioning.Repositories;
import dev.lakefs.embedded.versioning.Repository;
import dev.lakefs.embedded.versioning.StateChange;

/**
 * Applies journal records to an empty server. A record that does not apply (a change to an unknown repository or
 * branch) is logged and skipped: the directory always opens.
 */
final class Replay implements Consumer<JournalRecord> {

    private static final System.Logger logger = System.getLogger(Replay.class.getName());

    private final Repositories repositories;

    private final BlobStore blobs;

    private final Authenticator authenticator;

    private long records;

    Replay(Repositories repositories, BlobStore blobs, Authenticator authenticator) {
        this.repositories = repositories;
        this.blobs = blobs;
        this.authenticator = authenticator;
    }

    long records() {
        return this.records;
    }

    @Override
    public void accept(JournalRecord record) {
        this.records++;
        try {
            apply(record);
        }
        catch (RuntimeException ex) {
            logger.log(System.Logger.Level.WARNING, "Skipped journal record " + this.records + " (" + record.getClass()
                .getSimpleName() + "): " + ex.getMessage());
        }
    }

    private void apply(JournalRecord record) {
        if (record instanceof JournalRecord.RepositoryCreated created) {
            Repository repository = this.repositories.restore(created.id(), created.creationDate(),
                    created.defaultBranch(), created.storageNamespace(), created.readOnly(), created.storageId());
            changes(repository, created.changes());
        }
        else if (record instanceof JournalRecord.RepositoryChanged changed) {
            Repository repository = this.repositories.find(changed.id());
            if (repository == null) {
                throw new IllegalStateException("no repository " + changed.id());
            }
            changes(repository, changed.changes());
        }
        else if (record instanceof JournalRecord.RepositoryDeleted deleted) {
            this.repositories.forget(deleted.id());
        }
        else if (record instanceof JournalRecord.BlobStored stored) {
            this.blobs.restore(stored.blob());
        }
        else if (record instanceof JournalRecord.TokensRevoked revoked) {
            this.authenticator.revokeTokensIssuedBefore(revoked.notBeforeMillis());
        }
    }

    private static void changes(Repository repository, List<StateChange> changes) {
        changes.forEach(repository::replay);
    }
}
