package org.tamar.platform.web;

/**
 * A service listed on the home page. Each hosted service module declares one as a bean.
 *
 * @param id a stable identifier, such as {@code booking}
 * @param path where its first page lives, such as {@code /booking}
 * @param nameKey the message key of its name
 * @param descriptionKey the message key of a one-sentence description
 * @param order the position on the home page, lowest first
 */
public record HostedService(String id, String path, String nameKey, String descriptionKey, int order) {}
