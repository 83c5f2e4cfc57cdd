package dev.lakefs.spring.client.model;

/**
 * What {@code importStart} answers.
 *
 * @param id the id of the import, for {@code importStatus} and {@code importCancel}
 */
public record ImportCreationResponse(String id) {
}
