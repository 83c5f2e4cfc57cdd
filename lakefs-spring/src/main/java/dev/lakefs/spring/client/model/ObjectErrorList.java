package dev.lakefs.spring.client.model;

import java.util.List;

/**
 * What a bulk delete answers: the paths that could not be deleted (missing paths are not errors).
 *
 * @param errors the failed paths, empty on full success
 */
public record ObjectErrorList(List<ObjectError> errors) {

    public ObjectErrorList {
        errors = ModelCollections.copyOf(errors);
    }

}
