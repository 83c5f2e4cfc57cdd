package dev.lakefs.embedded.versioning;

import java.util.Iterator;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Objects by path as a reader sees them (a commit's tree, or a branch with its staging area), readable from any path
 * on without copying: a page of a listing costs the depth of the tree plus the page.
 */
public interface EntryView {

    /** The object at a path, or null. */
    @Nullable Entry get(String path);

    /** The objects whose paths sort at or after {@code path}, in path order. */
    Iterator<Map.Entry<String, Entry>> from(String path);
}
