package dev.lakefs.embedded.versioning;

import java.util.List;

/**
 * Where repositories report the changes they apply, in order: a data directory's journal, or nowhere for a server
 * that keeps its state in memory only. Each call is made before the request that caused it is answered.
 */
public interface ChangeSink {

    /** Keeps nothing: the state lives in memory only. */
    ChangeSink NONE = new ChangeSink() {

        @Override
        public void created(Repository repository, List<StateChange> changes) {
        }

        @Override
        public void deleted(String repositoryId) {
        }

        @Override
        public void changed(String repositoryId, List<StateChange> changes) {
        }

        @Override
        public boolean keeps() {
            return false;
        }
    };

    /** A repository was created, with its first changes (its first commit and default branch). */
    void created(Repository repository, List<StateChange> changes);

    /** A repository was deleted. */
    void deleted(String repositoryId);

    /** A repository applied these changes, together (one exclusive section of its lock). */
    void changed(String repositoryId, List<StateChange> changes);

    /** Whether changes are kept anywhere; when not, repositories need not describe them. */
    default boolean keeps() {
        return true;
    }
}
