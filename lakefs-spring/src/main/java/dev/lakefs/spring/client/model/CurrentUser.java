package dev.lakefs.spring.client.model;

/**
 * What {@code getCurrentUser} answers.
 *
 * @param user the user the credentials belong to
 */
public record CurrentUser(User user) {
}
