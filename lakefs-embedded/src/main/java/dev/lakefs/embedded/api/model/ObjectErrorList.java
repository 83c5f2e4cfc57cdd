package dev.lakefs.embedded.api.model;

import java.util.List;

/** lakeFS's {@code ObjectErrorList}. */
public record ObjectErrorList(List<ObjectError> errors) {
}
